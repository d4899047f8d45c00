/**
 * Grouping copies (src/duplicates.ts) on the bodies of the seed pages and copies made of them the
 * way copy sites make them: an excerpt cut elsewhere, a watermark line every few paragraphs,
 * ASCII punctuation, the lines run together, a county's forwarding note around the city's text.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { copyCandidateOf, duplicateOfMap, groupCopies, isCopy, isOfficialUrl, type CopyCandidate } from '../src/duplicates.js'
import { compareFingerprints, fingerprintOf } from '../src/fingerprint.js'
import { COPY_MIN_CONTAINMENT, COPY_MIN_COVERAGE } from '../src/rules/copies.js'
import { parseReport } from '../src/index.js'

const SEEDS = readdirSync(new URL('../fixtures/seeds/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
const bodyOf = (dir: string): string =>
  (JSON.parse(readFileSync(new URL(`../fixtures/${dir}/expected.json`, import.meta.url), 'utf8')) as { body: string }).body

const lines = (text: string) => text.split('\n')
/** The lines from `from` to `to` (fractions of the line count). */
const excerpt = (text: string, from: number, to: number) => {
  const all = lines(text)
  return all.slice(Math.floor(all.length * from), Math.ceil(all.length * to)).join('\n')
}
/** A copy site's line after every `every` lines. */
const watermark = (text: string, every = 4) =>
  lines(text)
    .flatMap((line, i) => (i % every === every - 1 ? [line, '来源：某某法律网 www.example.com 转载请注明出处'] : [line]))
    .join('\n')
const asciiPunctuation = (text: string) =>
  text.replace(/，/g, ',').replace(/。/g, '.').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')')
const runTogether = (text: string) => text.replace(/\s*\n\s*/g, '')
const forwarded = (text: string) =>
  `各乡镇人民政府，县直各单位：\n现将《上级文件》转发给你们，请结合实际认真贯彻执行。\n${text}\n某县人民政府办公室\n2023年5月6日`

const page = (path: string, text: string, official = false): CopyCandidate => ({
  path,
  fingerprint: fingerprintOf(text),
  official,
  length: text.length,
})

/** Each seed as its official page and four copies, in that order. */
const seedPages = SEEDS.flatMap((seed) => {
  const body = bodyOf(`seeds/${seed}`)
  return [
    page(`${seed}/official`, body, true),
    page(`${seed}/excerpt`, excerpt(body, 0.2, 0.85)),
    page(`${seed}/watermarked`, asciiPunctuation(watermark(excerpt(body, 0, 0.7)))),
    page(`${seed}/one-line`, runTogether(watermark(body, 3))),
    page(`${seed}/forwarded`, forwarded(body)),
  ]
})

describe('groupCopies', () => {
  it('groups every copy of a seed with its official page, and no two seeds', () => {
    expect(SEEDS).toHaveLength(5)
    const groups = groupCopies(seedPages)
    expect(groups).toEqual(
      SEEDS.map((seed) => ({
        keep: `${seed}/official`,
        copies: [`${seed}/excerpt`, `${seed}/watermarked`, `${seed}/one-line`, `${seed}/forwarded`],
      })),
    )
  })

  it('groups a copy with its page even when it is the only copy', () => {
    for (const seed of SEEDS) {
      const official = seedPages.find((p) => p.path === `${seed}/official`)!
      for (const copy of seedPages.filter((p) => p.path.startsWith(`${seed}/`) && p !== official))
        expect(groupCopies([official, copy])).toEqual([{ keep: official.path, copies: [copy.path] }])
    }
  })

  it('does not group a short excerpt: a page holding a third of another is not its copy', () => {
    const body = bodyOf(`seeds/${SEEDS[4]}`)
    const third = body.slice(Math.floor(body.length * 0.35), Math.floor(body.length * 0.65))
    const comparison = compareFingerprints(fingerprintOf(third)!, fingerprintOf(body)!)
    // all of it is in the page, but it covers too little of the page
    expect(comparison.containment).toBeGreaterThanOrEqual(COPY_MIN_CONTAINMENT)
    expect(comparison.coverage).toBeLessThan(COPY_MIN_COVERAGE)
    expect(isCopy(comparison)).toBe(false)
    expect(groupCopies([page('full', body), page('third', third)])).toEqual([])
  })

  it('does not group two documents that share half their text, as a report may reuse last year\'s', () => {
    const HALF = 1800
    SEEDS.forEach((seed, i) => {
      const shared = bodyOf(`seeds/${seed}`).slice(0, HALF)
      const own = (k: number) => bodyOf(`seeds/${SEEDS[(i + k) % SEEDS.length]}`).slice(0, HALF)
      const lastYear = `${shared}\n${own(1)}`
      const thisYear = `${shared}\n${own(2)}`
      const comparison = compareFingerprints(fingerprintOf(lastYear)!, fingerprintOf(thisYear)!)
      // together they cover half of each: containment, not coverage, tells them apart
      expect(comparison.containment, seed).toBeGreaterThan(0.4)
      expect(comparison.containment, seed).toBeLessThan(0.7)
      expect(groupCopies([page('last-year', lastYear), page('this-year', thisYear)]), seed).toEqual([])
    })
  })

  it('groups a pair exactly when the criterion holds, near the thresholds too', () => {
    // excerpts of every length from a quarter of the body to all of it, plain and watermarked:
    // some pass and some fail by a bin or two
    let grouped = 0
    let pairs = 0
    for (const seed of SEEDS) {
      const body = bodyOf(`seeds/${seed}`)
      for (let kept = 0.25; kept <= 1; kept += 0.025) {
        for (const text of [body.slice(0, Math.floor(body.length * kept)), watermark(body.slice(Math.floor(body.length * (1 - kept))), 2)]) {
          const expected = isCopy(compareFingerprints(fingerprintOf(text)!, fingerprintOf(body)!))
          expect(groupCopies([page('page', body), page('excerpt', text)]).length, `${seed} ${kept}`).toBe(expected ? 1 : 0)
          pairs++
          if (expected) grouped++
        }
      }
    }
    // both answers occur
    expect(grouped).toBeGreaterThan(pairs / 4)
    expect(grouped).toBeLessThan(pairs)
  })

  it('groups none of the fixture pages: different documents, annual reports of similar counties among them', () => {
    const pages = readdirSync(new URL('../fixtures/pages/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => page(entry.name, bodyOf(`pages/${entry.name}`), true))
    const reports = pages.filter((p) => /report|summary/.test(p.path))
    expect(reports.length).toBeGreaterThan(20)
    expect(groupCopies(pages)).toEqual([])
  })

  it('groups a Traditional mirror and another template of a page, as parsed', () => {
    const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url))
    const seed = SEEDS[1]!
    const reports = [
      parseReport(read(`seeds/${seed}/input.txt`), { path: 'input.txt' }),
      parseReport(read(`equivalence/seeds-${seed}/traditional.txt`), { path: 'traditional.txt' }),
      parseReport(read(`equivalence/seeds-${seed}/template-c.html`), { path: 'template-c.html' }),
    ]
    const candidates = reports.map(copyCandidateOf)
    // the template's page declares its address on a .gov.cn host; the dumps kept the seed's
    // footer, whose 网站标识码 only a government site carries: all three are an official site's
    expect(reports[2]!.source.url).toMatch(/^https?:\/\/[^/]+\.gov\.cn\//)
    for (const report of reports.slice(0, 2)) expect(report.removed.some((r) => /网站标识码|網站標識碼/.test(r.text))).toBe(true)
    expect(candidates.map((c) => [c.path, c.official, c.length])).toEqual(reports.map((r) => [r.source.path, true, r.body.length]))
    // so the most complete body is kept, the first in input order among equals
    const [group] = groupCopies(candidates)
    expect([group!.keep, ...group!.copies].sort()).toEqual(['input.txt', 'template-c.html', 'traditional.txt'])
    const longest = Math.max(...candidates.map((c) => c.length))
    expect(group!.keep).toBe(candidates.find((c) => c.length === longest)!.path)
  })

  it('keeps the official page: an address on a .gov.cn host, a folder named for one, a 网站标识码 in the footer', () => {
    const body = bodyOf(`seeds/${SEEDS[0]}`)
    const report = (path: string, url: string | null, footer: string | null) =>
      copyCandidateOf({
        ...parseReport(''),
        source: { ...parseReport('').source, path, url },
        body,
        fingerprint: fingerprintOf(body),
        removed: footer === null ? [] : [{ rule: 'chrome/footer', line: 1, text: footer }],
      })
    expect(report('a.html', 'https://www.example.com/a.html', null).official).toBe(false)
    expect(report('a.html', 'http://sfj.xx.gov.cn/art/1.html', null).official).toBe(true)
    expect(report('crawl/www.xx.gov.cn/a.html', null, null).official).toBe(true)
    expect(report('crawl/www.gov.cn.example.com/a.html', null, null).official).toBe(false)
    expect(report('a.html', null, '网站标识码：4417000019 粤ICP备05062564号-1').official).toBe(true)
    expect(report('a.html', null, '版权所有：某某网').official).toBe(false)
  })

  it('never groups two pages whose 文号 differ, however alike their bodies; an unknown 文号 does not stand in the way', () => {
    const body = bodyOf(`seeds/${SEEDS[2]}`)
    const copy = (path: string, docNumber: string | null) => ({ ...page(path, body), docNumber })
    expect(groupCopies([copy('a', '某发〔2024〕1号'), copy('b', '某发〔2024〕2号')])).toEqual([])
    expect(groupCopies([copy('a', '某发〔2024〕1号'), copy('b', null), copy('c', '某发〔2024〕1号')])).toEqual([{ keep: 'a', copies: ['b', 'c'] }])
    // nor through a page without one that is like both: the groups keep apart
    const joined = groupCopies([copy('a', '某发〔2024〕1号'), copy('b', null), copy('c', '某发〔2024〕2号')])
    expect(joined).toHaveLength(1)
    expect(joined[0]!.copies).toHaveLength(1)
  })

  it('never groups a page without a fingerprint, or with a fingerprint of another scheme', () => {
    const body = bodyOf(`seeds/${SEEDS[0]}`)
    const fingerprint = fingerprintOf(body)!
    const groups = groupCopies([
      page('a', body),
      { path: 'tiny', fingerprint: null, official: true, length: 10 },
      { path: 'old-scheme', fingerprint: { ...fingerprint, scheme: 'minhash-oph64-c4' }, official: true, length: body.length },
      page('b', body),
    ])
    expect(groups).toEqual([{ keep: 'a', copies: ['b'] }])
  })

  it('returns no groups for no pages, or for one', () => {
    expect(groupCopies([])).toEqual([])
    expect(groupCopies([seedPages[0]!])).toEqual([])
  })
})

describe('the page kept', () => {
  const body = bodyOf(`seeds/${SEEDS[3]}`)
  const short = excerpt(body, 0, 0.8)

  it('is the official page, even when a copy site holds more', () => {
    const groups = groupCopies([page('copy-site', forwarded(body), false), page('gov', short, true), page('mirror', body, false)])
    expect(groups).toEqual([{ keep: 'gov', copies: ['copy-site', 'mirror'] }])
  })

  it('is the longer body among pages of the same standing', () => {
    expect(groupCopies([page('short', short, true), page('long', body, true)])).toEqual([{ keep: 'long', copies: ['short'] }])
    expect(groupCopies([page('long', body), page('short', short)])).toEqual([{ keep: 'long', copies: ['short'] }])
  })

  it('is the one with more shingles at equal length, then the first in input order', () => {
    const padded = `${short}${'。'.repeat(body.length - short.length)}`
    expect(padded.length).toBe(body.length)
    expect(groupCopies([page('padded', padded), page('full', body)])).toEqual([{ keep: 'full', copies: ['padded'] }])
    expect(groupCopies([page('first', body), page('second', body)])).toEqual([{ keep: 'first', copies: ['second'] }])
    expect(groupCopies([page('second', body), page('first', body)])).toEqual([{ keep: 'second', copies: ['first'] }])
  })
})

describe('order', () => {
  it('orders groups by their first page and copies by input order', () => {
    const a = bodyOf(`seeds/${SEEDS[0]}`)
    const b = bodyOf(`seeds/${SEEDS[4]}`)
    const groups = groupCopies([
      page('b-copy-1', watermark(b)),
      page('a-copy-1', runTogether(a)),
      page('a-official', a, true),
      page('b-official', b, true),
      page('a-copy-2', asciiPunctuation(a)),
      page('b-copy-2', excerpt(b, 0.1, 1)),
    ])
    expect(groups).toEqual([
      { keep: 'b-official', copies: ['b-copy-1', 'b-copy-2'] },
      { keep: 'a-official', copies: ['a-copy-1', 'a-copy-2'] },
    ])
  })

  it('gives the same groups whatever the order of the input, but for order itself', () => {
    const reversed = groupCopies([...seedPages].reverse())
    const sortGroup = (g: { keep: string; copies: string[] }) => ({ keep: g.keep, copies: [...g.copies].sort() })
    expect(reversed.map(sortGroup).sort((x, y) => x.keep.localeCompare(y.keep))).toEqual(
      groupCopies(seedPages).map(sortGroup).sort((x, y) => x.keep.localeCompare(y.keep)),
    )
  })
})

describe('isOfficialUrl', () => {
  it.each([
    ['https://www.gz.gov.cn/zwgk/fggw/content/post_8300620.html', true],
    ['http://rsj.gz.gov.cn/ywzt/tzgg/content/post_8425824.html', true],
    ['HTTP://WWW.GOV.CN/zhengce/content.htm', true],
    ['https://www.law-lib.com/law/law_view.asp?id=1', false],
    ['https://www.gov.cn.example.com/copy.html', false],
    ['https://example.com/www.gz.gov.cn/page.html', false],
    ['not a url', false],
    [null, false],
  ])('%s → %s', (url, official) => {
    expect(isOfficialUrl(url)).toBe(official)
  })
})

describe('duplicateOfMap', () => {
  it('maps every copy to the page kept, and nothing else', () => {
    const map = duplicateOfMap(groupCopies(seedPages))
    expect(map.size).toBe(SEEDS.length * 4)
    expect(map.get(`${SEEDS[0]}/excerpt`)).toBe(`${SEEDS[0]}/official`)
    expect(map.get(`${SEEDS[4]}/forwarded`)).toBe(`${SEEDS[4]}/official`)
    expect(map.has(`${SEEDS[0]}/official`)).toBe(false)
    expect(duplicateOfMap([])).toEqual(new Map())
  })
})
