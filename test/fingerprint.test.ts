/**
 * The fingerprint of a body (src/fingerprint.ts), on the bodies of real fixture pages: what folds
 * away, what an excerpt and a different document compare as, and the sketch's hex form.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  compareFingerprints,
  decodeMinhash,
  encodeMinhash,
  FINGERPRINT_SCHEME,
  fingerprintOf,
  foldForFingerprint,
  type Fingerprint,
} from '../src/fingerprint.js'

const bodyOf = (dir: string): string =>
  (JSON.parse(readFileSync(new URL(`../fixtures/${dir}/expected.json`, import.meta.url), 'utf8')) as { body: string }).body
const fingerprint = (text: string): Fingerprint => {
  const result = fingerprintOf(text)
  if (result === null) throw new Error(`no fingerprint for ${JSON.stringify(text.slice(0, 40))}`)
  return result
}

const midterm = bodyOf('seeds/000-midterm-evaluation-report')
const annual = bodyOf('seeds/001-annual-report-site-footer')

/** Full-width punctuation as an old CMS prints it in ASCII. */
const toAsciiPunctuation = (text: string) =>
  text.replace(/，/g, ',').replace(/。/g, '.').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')').replace(/[“”]/g, '"')
/** ASCII letters and digits as full-width forms, upper case (ＡＢＣ１２３). */
const toFullWidth = (text: string) =>
  text.replace(/[0-9a-zA-Z]/g, (ch) => String.fromCharCode(ch.toUpperCase().charCodeAt(0) + 0xfee0))

describe('folding', () => {
  it('keeps Han, Latin letters in lower case and digits, and turns full-width forms into ASCII', () => {
    expect(foldForFingerprint('第一条　为了规范ＡＢＣ，Web 2.0；１２３。\n〇')).toBe('第一条为了规范abcweb20123\n〇')
    // the paragraphs stay apart: no shingle spans two of them; a line with nothing left goes
    expect(foldForFingerprint('一、总体要求\n——\n（一）指导思想')).toBe('一总体要求\n一指导思想')
    expect(foldForFingerprint('《条例》（2023年）—— “依法行政”…')).toBe('条例2023年依法行政')
  })

  it('counts an astral Han character as one character', () => {
    expect(foldForFingerprint('𠀀 a')).toBe('𠀀a')
    // a lone high surrogate is dropped, not read with the next character
    expect(foldForFingerprint('\ud840a')).toBe('a')
  })

  it.each([
    ['ASCII punctuation', toAsciiPunctuation],
    ['spaces between lines and after commas', (t: string) => t.replace(/\n/g, ' \n  ').replace(/，/g, '， ')],
    ['full-width letters and digits', toFullWidth],
    ['Windows line ends', (t: string) => t.replace(/\n/g, '\r\n')],
  ])('gives the same fingerprint to a copy with %s', (_, variant) => {
    const copy = variant(annual)
    expect(copy).not.toBe(annual)
    expect(fingerprint(copy)).toEqual(fingerprint(annual))
  })

  it('gives a copy whose paragraphs were run together every shingle of the page, and the few across the seams', () => {
    const copy = fingerprint(annual.replace(/\n/g, ''))
    const page = fingerprint(annual)
    expect(copy.shingles).toBeGreaterThan(page.shingles)
    const { containment, coverage } = compareFingerprints(copy, page)
    expect(containment).toBeGreaterThanOrEqual(0.9)
    expect(coverage).toBeGreaterThanOrEqual(0.8)
  })

  it('takes no shingle across a watermark line put between paragraphs', () => {
    const lines = annual.split('\n')
    const marked = lines.flatMap((line) => [line, '来源：某某法律网 www.example.com']).join('\n')
    const copy = fingerprint(marked)
    const page = fingerprint(annual)
    // the watermark's own shingles, counted once however often it is repeated
    expect(copy.shingles - page.shingles).toBeLessThanOrEqual('来源某某法律网wwwexamplecom'.length - 4)
    expect(compareFingerprints(copy, page).containment).toBeGreaterThanOrEqual(0.9)
  })

  it('is the fingerprint of the folded text', () => {
    expect(fingerprint(foldForFingerprint(midterm))).toEqual(fingerprint(midterm))
  })
})

describe('fingerprintOf', () => {
  it('names its scheme and counts distinct shingles exactly', () => {
    const unique = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒'
    expect(unique.length).toBe(30)
    expect(fingerprint(unique)).toMatchObject({ scheme: FINGERPRINT_SCHEME, shingles: 26 })
    // the text twice: the second copy's shingles are the first's; only the 4 across the seam are new
    expect(fingerprint(unique + unique).shingles).toBe(30)
    // on two lines, no shingle spans the line break
    expect(fingerprint(`${unique}\n${unique}`).shingles).toBe(26)
    expect(FINGERPRINT_SCHEME).toBe('minhash-oph64-c5-lines')
  })

  it('is null when the folded text is too short to tell documents apart', () => {
    expect(fingerprintOf('')).toBeNull()
    expect(fingerprintOf('关于印发实施方案的通知')).toBeNull()
    expect(fingerprintOf('，。、；：\n\n  ——《》')).toBeNull()
    // 19 folded characters among punctuation: null; 20: a fingerprint
    expect(foldForFingerprint('关于印发，《法治建设实施纲要》的通知。 2023')).toHaveLength(19)
    expect(fingerprintOf('关于印发，《法治建设实施纲要》的通知。 2023')).toBeNull()
    expect(fingerprintOf('关于印发，《法治建设实施纲要》的通知。 2023年')).not.toBeNull()
  })

  it('gives a short text a full sketch that still compares', () => {
    const notice = '某县人民政府关于调整法治政府建设领导小组成员的通知'
    const other = '某市司法局关于开展行政执法案卷评查工作的通知及附件'
    expect(compareFingerprints(fingerprint(notice), fingerprint(notice)).jaccard).toBe(1)
    expect(compareFingerprints(fingerprint(notice), fingerprint(other)).jaccard).toBeLessThan(0.2)
  })
})

describe('compareFingerprints', () => {
  it('finds an excerpt contained in its page, covering the part it keeps', () => {
    // the middle 60% of the body, cut inside lines, as a copy site might carry it
    const excerpt = midterm.slice(Math.floor(midterm.length * 0.25), Math.floor(midterm.length * 0.85))
    const result = compareFingerprints(fingerprint(excerpt), fingerprint(midterm))
    expect(result.containment).toBeGreaterThanOrEqual(0.85)
    expect(result.coverage).toBeGreaterThan(0.45)
    expect(result.coverage).toBeLessThan(0.75)
    expect(result.jaccard).toBeLessThan(result.containment)
  })

  it('is symmetric', () => {
    const excerpt = annual.slice(0, Math.floor(annual.length * 0.7))
    expect(compareFingerprints(fingerprint(annual), fingerprint(excerpt))).toEqual(
      compareFingerprints(fingerprint(excerpt), fingerprint(annual)),
    )
  })

  it('finds two different documents far apart', () => {
    const result = compareFingerprints(fingerprint(midterm), fingerprint(annual))
    expect(result.jaccard).toBeLessThan(0.1)
    expect(result.containment).toBeLessThan(0.3)
  })

  it('keeps annual reports of similar counties apart: no fixture body is mostly inside another', () => {
    const pages = readdirSync(new URL('../fixtures/pages/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({ name: entry.name, fingerprint: fingerprintOf(bodyOf(`pages/${entry.name}`)) }))
      .filter((page): page is { name: string; fingerprint: Fingerprint } => page.fingerprint !== null)
    expect(pages.length).toBeGreaterThan(100)
    let closest = { containment: 0, pair: '' }
    for (let i = 0; i < pages.length; i++)
      for (let j = i + 1; j < pages.length; j++) {
        const { containment } = compareFingerprints(pages[i]!.fingerprint, pages[j]!.fingerprint)
        if (containment > closest.containment) closest = { containment, pair: `${pages[i]!.name} ~ ${pages[j]!.name}` }
      }
    expect(closest.containment, closest.pair).toBeLessThan(0.6)
  })

  it('refuses fingerprints of different schemes', () => {
    const a = fingerprint(annual)
    expect(() => compareFingerprints(a, { ...a, scheme: 'minhash-oph64-c4' })).toThrow(RangeError)
  })
})

describe('the hex form', () => {
  it('is 64 values as 512 lowercase hex characters, and round-trips', () => {
    const { minhash } = fingerprint(midterm)
    expect(minhash).toMatch(/^[0-9a-f]{512}$/)
    const sketch = decodeMinhash(minhash)
    expect(sketch).toHaveLength(64)
    expect(encodeMinhash(sketch)).toBe(minhash)
    const values = Uint32Array.from({ length: 64 }, (_, i) => (i === 0 ? 0 : i === 1 ? 0xffffffff : Math.imul(i, 0x9e3779b1) >>> 0))
    expect(decodeMinhash(encodeMinhash(values))).toEqual(values)
  })

  it('refuses what is not a sketch', () => {
    const { minhash } = fingerprint(midterm)
    expect(() => decodeMinhash(minhash.slice(1))).toThrow(RangeError)
    expect(() => decodeMinhash(minhash.toUpperCase())).toThrow(RangeError)
    expect(() => decodeMinhash(`g${minhash.slice(1)}`)).toThrow(RangeError)
  })
})
