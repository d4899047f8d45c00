/**
 * Data for telling copies of one document from different documents (src/fingerprint.ts,
 * src/duplicates.ts): how a body is cut into shingles and sketched, and when two sketches are the
 * same document — the official page, a county's copy of a city's page, a Traditional mirror, a
 * copy site's page with its watermarks, an excerpt cut at another place, a text dump of the page.
 *
 * Measured on the bodies of fixtures/seeds, fixtures/pages, fixtures/equivalence and the real-html
 * corpus: 172 documents, their 557 equivalence copies, 4128 synthetic copies of them (cut at
 * 10–40% from either end keeping ≥ 55%, watermark lines every 2–5 lines, ASCII ↔ full-width
 * punctuation, line breaks removed, a county's forwarding note around the whole), every pair of
 * different documents (14 705, among them the annual reports of similar counties), and 100 000
 * synthetic documents drawn from the real sentences in families that share phrases. Figures below
 * are estimates from the sketches, as the grouping sees them, measured with shingles that spanned
 * line breaks; shingles now stay within a paragraph, which takes a watermark line's seams out of
 * the comparison (the copies measured above only gain).
 */

/** Characters per shingle, on the folded text (Han, Latin, digits only): "依法行政工作" →
 *  依法行政工, 法行政工作. Measured over 3–8: at 3–4 a short document's shingles are nearly all
 *  in some other report (containment up to 0.99 between different documents); at 6–8 the
 *  shingles across a watermark or an edit cost true copies containment (p1 0.79 → 0.73); 5 keeps
 *  different documents ≤ 0.47 containment and true copies ≥ 0.79 at p1. */
export const SHINGLE_LENGTH = 5

/** Bins of the one-permutation MinHash sketch: the top 6 bits of a shingle's hash choose one of
 *  64 bins. Fixed by the sketch's format (64 minima, 512 hex characters); the standard error of
 *  a Jaccard estimate is √(J(1−J)/64), ±0.06 at J = 0.5 — the noise the thresholds leave room
 *  for. */
export const SKETCH_BINS = 64

/** A folded text shorter than this has no fingerprint (and is never grouped): "政府信息公开" or
 *  a bare title says nothing about which document a page holds. 20 folded characters are 16
 *  shingles, a quarter of the bins; the others are filled from their neighbours. */
export const MIN_FOLDED_LENGTH = 20

/**
 * The copy criterion: two pages hold the same document when most shingles of the smaller are in
 * the larger (containment) and together they cover much of the larger (coverage). An excerpt
 * that holds most of another page's body is its copy; two reports of one site and year are not.
 *
 * Containment: synthetic copies measure ≥ 0.79 at p1 (exactly 0.85: the rest is the sketch's
 * noise), different documents ≤ 0.47 (two 2023 notices on 做好法治政府建设年度报告工作 from
 * different counties; exactly 0.44). 0.7 would still separate these, but among 100 000 documents
 * whose families share half their sentences (exactly 0.5–0.7) it merged 79 groups; 0.8 merges 2
 * and leaves 14 of 13 299 copied documents split, most of whose copies still meet through a third
 * page.
 */
export const COPY_MIN_CONTAINMENT = 0.8

/** Coverage: an excerpt keeping 55% of a page covers ≥ 0.53 of it at p1 (a 55% cut with the
 *  sketch's noise stays above 0.45 by about 2σ); a one-paragraph notice whose phrases all recur
 *  in a long report covers a few percent of it. Different documents cover ≤ 0.38. */
export const COPY_MIN_COVERAGE = 0.45

/** Locality-sensitive index: candidate pairs are pages whose sketches agree on both bins of at
 *  least one band (32 bands × 2 bins = the 64 bins). A pair at the criterion's lowest Jaccard
 *  (0.40: containment 0.8 at coverage 0.45) is a candidate with probability 1 − (1 − J²)³² ≈
 *  0.997; two different documents at J = 0.1 with probability 0.27, and are turned down by the
 *  criterion. */
export const LSH_BANDS = 32
export const LSH_BAND_WIDTH = 2

/** A page is verified against at most the first this many pages of each of its buckets. A
 *  crowded bucket holds a sketch fragment unrelated pages share (a phrase every report prints,
 *  法治政府建设, whose shingles are the minima of both bins): among 50 000 documents built from
 *  real sentences, buckets of up to 400 pages. Verifying every pair there is quadratic; copies of a
 *  page still meet, in this bucket's first pages or in another band. */
export const LSH_BUCKET_LIMIT = 8

/** Hosts of official sites, by their ending: a page whose address (source.url) ends so — or saved
 *  under a folder named for such a host (crawl/www.gz.gov.cn/…) — is kept over its copies
 *  elsewhere (www.gz.gov.cn, rsj.gz.gov.cn, www.npc.gov.cn). */
export const OFFICIAL_HOST_SUFFIXES: readonly string[] = ['.gov.cn']

/** A footer line only a government site carries: the 网站标识码 every government website is given
 *  (网站标识码：4417000019). A page whose chrome held one is an official site's, whatever its
 *  address; a page with neither counts as a copy site's. */
export const OFFICIAL_SITE_MARK = /网站标识码|網站標識碼/
