/**
 * Group the pages of a batch that hold the same document: the official page, a county's copy of
 * a city's page, a Traditional mirror, a copy site's page with its watermarks, an excerpt cut at
 * another place, the HTML page and a text dump of it. One page of each group is kept.
 *
 *     groupCopies([
 *       { path: 'copy-site/1.html', fingerprint: f1, official: false, length: 5200 },
 *       { path: 'gov/notice.html',  fingerprint: f2, official: true,  length: 4800 },  // f1's document
 *       { path: 'gov/report.html',  fingerprint: f3, official: true,  length: 9100 },
 *     ])
 *     → [{ keep: 'gov/notice.html', copies: ['copy-site/1.html'] }]
 *
 * Candidate pairs come from a locality-sensitive index (pages whose sketches agree on both bins of
 * a band), never from all pairs; each candidate is verified against the copy criterion
 * (src/rules/copies.ts), and the groups are the connected components of the verified pairs.
 */
import { compareSketches, decodeMinhash, type Fingerprint, type FingerprintComparison } from './fingerprint.js'
import {
  COPY_MIN_CONTAINMENT,
  COPY_MIN_COVERAGE,
  LSH_BAND_WIDTH,
  LSH_BANDS,
  LSH_BUCKET_LIMIT,
  OFFICIAL_HOST_SUFFIXES,
  OFFICIAL_SITE_MARK,
  SKETCH_BINS,
} from './rules/copies.js'
import type { Report } from './types.js'

/** Bits of a band's key (see bandKey). */
const BAND_KEY_BITS = 32

/** A page that may be a copy of another. */
export interface CopyCandidate {
  /** the page's path (source.path), unique in the batch */
  path: string
  /** null: never grouped */
  fingerprint: Fingerprint | null
  /** the page is on an official site (a .gov.cn host …) — decided by the caller */
  official: boolean
  /** how complete the body is: its length in characters */
  length: number
  /** the document's 文号 (Report.docNumber), when known: two pages whose 文号 differ are never
   *  copies, however alike their bodies (omitted: unknown) */
  docNumber?: string | null
}

/** Pages holding one document. */
export interface CopyGroup {
  /** the page to keep: official over copy site, then the most complete body (largest `length`,
   *  then most shingles), then the first in input order */
  keep: string
  /** the other pages of the group, in input order */
  copies: string[]
}

/**
 * What grouping needs of a parsed page.
 * @param report a page's Report
 * @returns its path (source.path; '' for a page read from stdin), fingerprint, body length, and
 *   whether it is an official site's: its address (source.url) or a folder of its path is an
 *   official host (OFFICIAL_HOST_SUFFIXES), or its chrome held a 网站标识码 (OFFICIAL_SITE_MARK)
 */
export function copyCandidateOf(report: Report): CopyCandidate {
  const official =
    isOfficialUrl(report.source.url) ||
    (report.source.path ?? '').split(/[\\/]/).some((folder) => isOfficialHost(folder.toLowerCase())) ||
    report.removed.some((removal) => OFFICIAL_SITE_MARK.test(removal.text))
  return { path: report.source.path ?? '', fingerprint: report.fingerprint, official, length: report.body.length, docNumber: report.docNumber }
}

/**
 * @param url a page's address, or null
 * @returns whether its host ends with one of OFFICIAL_HOST_SUFFIXES (www.gz.gov.cn: yes;
 *   www.gov.cn.example.com, a page without an address: no)
 */
export function isOfficialUrl(url: string | null): boolean {
  if (url === null) return false
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return false
  }
  return isOfficialHost(host)
}

function isOfficialHost(host: string): boolean {
  return OFFICIAL_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) || host === suffix.slice(1))
}

/**
 * Whether two compared pages hold the same document (the copy criterion of src/rules/copies.ts).
 * @param comparison what compareFingerprints says of the two
 * @returns whether most of the smaller is in the larger and together they cover much of it
 */
export function isCopy(comparison: FingerprintComparison): boolean {
  return comparison.containment >= COPY_MIN_CONTAINMENT && comparison.coverage >= COPY_MIN_COVERAGE
}

/**
 * Group the pages that hold the same document.
 * @param items the pages of a batch, in input order; a page without a fingerprint, or with a
 *   fingerprint of another scheme than its candidate's, is never grouped with it
 * @returns the groups of two pages or more, ordered by their first page's input order
 */
export function groupCopies(items: readonly CopyCandidate[]): CopyGroup[] {
  const sketches = items.map((item) => (item.fingerprint === null ? undefined : decodeMinhash(item.fingerprint.minhash)))
  const parent = Int32Array.from(items, (_, i) => i)
  const find = (i: number): number => {
    // path halving: every other node on the way points to its grandparent
    while (parent[i] !== i) {
      const up = parent[parent[i]!]!
      parent[i] = up
      i = up
    }
    return i
  }
  const copies = (i: number, j: number): boolean => {
    const a = items[i]!.fingerprint!
    const b = items[j]!.fingerprint!
    return a.scheme === b.scheme && sketchesAreCopies(sketches[i]!, a.shingles, sketches[j]!, b.shingles)
  }
  // each group's 文号, held by its root: copies of one document carry its 文号 or none, so two
  // pages — or two groups, even through a page that has none — whose 文号 differ are never joined
  // (two penalty decisions of one site whose bodies are mostly its menus: 金罚决字〔2024〕36号
  // beside 浙金罚决字〔2024〕52号)
  const groupNumber: (string | null)[] = items.map((item) => item.docNumber ?? null)

  // Band by band: the pages with a sketch, sorted by the band's key (then by input order), so
  // that a bucket is a run of equal keys; each page of a run is verified against the run's first
  // LSH_BUCKET_LIMIT pages that are not yet in its group. A Float64Array holds key × 2^indexBits +
  // index, exactly (below 2^53), and sorts natively: no Map of 100 000s of small arrays.
  const indexBits = Math.max(1, Math.ceil(Math.log2(items.length + 1)))
  const keyBits = Math.min(BAND_KEY_BITS, 53 - indexBits)
  const indexScale = 2 ** indexBits
  const sketched = sketches.flatMap((sketch, i) => (sketch === undefined ? [] : [i]))
  const order = new Float64Array(sketched.length)
  for (let band = 0; band < LSH_BANDS; band++) {
    for (let k = 0; k < sketched.length; k++) {
      const i = sketched[k]!
      order[k] = (bandKey(sketches[i]!, band * LSH_BAND_WIDTH) >>> (BAND_KEY_BITS - keyBits)) * indexScale + i
    }
    order.sort()
    for (let start = 0; start < order.length; ) {
      const key = Math.floor(order[start]! / indexScale)
      let end = start + 1
      while (end < order.length && Math.floor(order[end]! / indexScale) === key) end++
      for (let p = start + 1; p < end; p++) {
        const i = order[p]! % indexScale
        for (let q = start; q < p && q < start + LSH_BUCKET_LIMIT; q++) {
          const j = order[q]! % indexScale
          const root = find(i)
          const other = find(j)
          if (root === other) continue
          const numbers = [groupNumber[root], groupNumber[other]]
          if (numbers[0] !== null && numbers[1] !== null && numbers[0] !== numbers[1]) continue
          if (!copies(i, j)) continue
          // the earlier page's root stays the root, so a group's root is its first page
          const [kept, joined] = root < other ? [root, other] : [other, root]
          parent[joined] = kept
          groupNumber[kept] ??= groupNumber[joined] ?? null
        }
      }
      start = end
    }
  }

  const members = new Map<number, number[]>()
  for (let i = 0; i < items.length; i++) {
    const root = find(i)
    const group = members.get(root)
    if (group === undefined) members.set(root, [i])
    else group.push(i)
  }
  const groups: CopyGroup[] = []
  for (const group of members.values()) {
    if (group.length < 2) continue
    const keep = group.reduce((best, i) => (better(items[i]!, items[best]!) ? i : best))
    groups.push({ keep: items[keep]!.path, copies: group.filter((i) => i !== keep).map((i) => items[i]!.path) })
  }
  return groups
}

/**
 * Which page of each group stands for the others.
 * @param groups what groupCopies returns
 * @returns each copy's path → the kept page's path (for `parse --dedupe`)
 */
export function duplicateOfMap(groups: readonly CopyGroup[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const group of groups) for (const copy of group.copies) map.set(copy, group.keep)
  return map
}

/**
 * isCopy(compareSketches(…)), with the pairs that cannot pass turned down early: most candidates
 * from a crowded bucket are different documents, and this is the inner loop of the grouping.
 */
function sketchesAreCopies(a: Uint32Array, sizeA: number, b: Uint32Array, sizeB: number): boolean {
  const min = Math.min(sizeA, sizeB)
  const max = Math.max(sizeA, sizeB)
  // coverage is at most min/max, whatever the sketches say
  if (min < COPY_MIN_COVERAGE * max) return false
  // the shared count both thresholds ask for, the Jaccard estimate that gives it, and so the
  // number of unequal bins past which the pair fails (one spare bin against rounding)
  const shared = Math.max(COPY_MIN_CONTAINMENT * min, COPY_MIN_COVERAGE * max)
  const jaccard = shared / (sizeA + sizeB - shared)
  let unequalLeft = SKETCH_BINS - Math.ceil(jaccard * SKETCH_BINS) + 1
  for (let i = 0; i < SKETCH_BINS; i++) if (a[i] !== b[i] && --unequalLeft < 0) return false
  return isCopy(compareSketches(a, sizeA, b, sizeB))
}

/** Whether page `a` is a better page to keep than `b`, which comes earlier in input order. */
function better(a: CopyCandidate, b: CopyCandidate): boolean {
  if (a.official !== b.official) return a.official
  if (a.length !== b.length) return a.length > b.length
  return (a.fingerprint?.shingles ?? 0) > (b.fingerprint?.shingles ?? 0)
}

/** A band's key: its LSH_BAND_WIDTH bins mixed into one unsigned 32-bit number (the two values'
 *  64 bits do not fit a double beside an index; a rare collision is only a candidate that
 *  verification turns down). */
function bandKey(sketch: Uint32Array, start: number): number {
  let h = 0
  for (let k = start; k < start + LSH_BAND_WIDTH; k++) h = Math.imul(h ^ sketch[k]!, 0x9e3779b1) ^ (h >>> 15)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  return h >>> 0
}
