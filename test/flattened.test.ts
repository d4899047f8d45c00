/**
 * Pages whose line breaks were lost. Every text page of the corpus, flattened the way crawlers
 * flatten (its lines joined with a space, or with nothing), gives the plain page's fields and
 * keeps its body's sentences; no fixture loses a sentence of its body to chrome removal; and the
 * one real crawler dump of the shared corpus keeps its whole report (measured where it is).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../src/index.js'
import type { Report } from '../src/types.js'

const ROOT = new URL('../fixtures/', import.meta.url)
/** Text compared folded: width, spaces, dashes and the brackets of a 文号 do not count. */
const fold = (text: string | null) =>
  text === null ? null : text.normalize('NFKC').replace(/[—–―‐‑‒－~～]/g, '-').replace(/[〔［[]/g, '〔').replace(/[〕］\]]/g, '〕').replace(/[\s\u3000]/g, '').replace(/[“”"']/g, '')
/** The sentences of a body: what ends with a full stop, or a line. */
const sentences = (body: string) => body.split(/[。！？；\n]/).map(fold).filter((s): s is string => s !== null && s.length >= 6)

/** Every Simplified text page of the corpus that is not itself flattened. */
const cases = ['seeds', 'pages']
  .flatMap((group) => readdirSync(new URL(`${group}/`, ROOT)).map((name) => `${group}/${name}`))
  .filter((name) => existsSync(new URL(`${name}/input.txt`, ROOT)) && !name.includes('/flattened-'))
  .sort()
  .map((name) => {
    const bytes = readFileSync(new URL(`${name}/input.txt`, ROOT))
    return { name, bytes, plain: parseReport(bytes, { path: 'input.txt' }) }
  })
  .filter(({ plain }) => plain.source.encoding === 'utf-8' && plain.source.script === 'simplified')

const flatten = (bytes: Uint8Array, joiner: string) =>
  Buffer.from(bytes).toString('utf8').replace(/^\ufeff/, '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '').join(joiner)

/** The checks of one flattened page against its plain page: field → right or not. */
function compare(plain: Report, flat: Report): Record<string, boolean> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  const body = fold(flat.body) as string
  return {
    title: fold(flat.title) === fold(plain.title),
    kind: flat.kind === plain.kind,
    docNumber: fold(flat.docNumber) === fold(plain.docNumber),
    'dates.published': flat.dates.published === plain.dates.published,
    'dates.signed': flat.dates.signed === plain.dates.signed,
    'dates.printed': flat.dates.printed === plain.dates.printed,
    period: same(flat.period, plain.period),
    issuers: same(flat.issuers.map(fold), plain.issuers.map(fold)),
    recipients: same(flat.recipients.map(fold), plain.recipients.map(fold)),
    'top-level headings': same(flat.sections.map((s) => fold(s.marker + s.heading)), plain.sections.map((s) => fold(s.marker + s.heading))),
    'body sentences': sentences(plain.body).every((sentence) => body.includes(sentence)),
  }
}

function measure(joiner: string) {
  const tally = new Map<string, { right: number; total: number; failing: string[] }>()
  for (const { name, bytes, plain } of cases) {
    const flat = parseReport(flatten(bytes, joiner), { path: 'input.txt' })
    for (const [field, right] of Object.entries(compare(plain, flat))) {
      const entry = tally.get(field) ?? { right: 0, total: 0, failing: [] }
      entry.total++
      if (right) entry.right++
      else entry.failing.push(name)
      tally.set(field, entry)
    }
  }
  const right = [...tally.values()].reduce((sum, t) => sum + t.right, 0)
  const total = [...tally.values()].reduce((sum, t) => sum + t.total, 0)
  return { tally, overall: right / total }
}

function print(title: string, { tally, overall }: ReturnType<typeof measure>) {
  const rows = [...tally].map(([field, t]) => `${field.padEnd(20)} ${String(t.right).padStart(3)}/${t.total}${t.failing.length > 0 ? `  ✗ ${t.failing.slice(0, 4).join(', ')}${t.failing.length > 4 ? ' …' : ''}` : ''}`)
  console.log(`${title}: ${cases.length} pages, overall ${overall.toFixed(3)}\n${rows.join('\n')}`)
}

describe('flattened pages give the plain page', () => {
  it('covers the text pages of the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80)
  })

  it('lines joined with a space: ≥ 0.95 of the checks, every field ≥ 0.90', () => {
    const figures = measure(' ')
    print('flattened with spaces', figures)
    expect(figures.overall).toBeGreaterThanOrEqual(0.95)
    for (const [, t] of figures.tally) expect(t.right / t.total).toBeGreaterThanOrEqual(0.9)
  })

  it('lines joined with nothing: the figure printed, and no lower than it stands', () => {
    const figures = measure('')
    print('flattened with nothing', figures)
    expect(figures.overall).toBeGreaterThanOrEqual(0.88)
  })

  it('the seeds, flattened with spaces, lose no body sentence and keep title, 文号, dates and headings', () => {
    for (const { name, bytes, plain } of cases.filter((c) => c.name.startsWith('seeds/'))) {
      const flat = parseReport(flatten(bytes, ' '), { path: 'input.txt' })
      const checks = compare(plain, flat)
      for (const field of ['title', 'docNumber', 'dates.published', 'dates.signed', 'top-level headings', 'body sentences']) {
        expect({ name, field, right: checks[field] }).toEqual({ name, field, right: true })
      }
    }
  })
})

describe('nothing is lost to chrome removal', () => {
  const fixtures = ['seeds', 'pages', 'equivalence']
    .flatMap((group) => readdirSync(new URL(`${group}/`, ROOT)).map((name) => `${group}/${name}`))
    .filter((name) => existsSync(new URL(`${name}/expected.json`, ROOT)))
  /** Folded, and without the punctuation a normalize step may have changed (ASCII or full width). */
  const bare = (text: string) => (fold(text.normalize('NFKC')) as string).replace(/[，,；;：:（）()、。！？!?]/g, '')
  it.each(fixtures)('%s: no removed text holds a sentence of the body', (name) => {
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, ROOT), 'utf8')) as Report
    const body = expected.body
      .split('\n')
      .flatMap((line) => line.match(/[^。！？]+[。！？]/g) ?? [])
      .map(bare)
      .filter((sentence) => sentence.length >= 12)
    // a hidden copy of the document (chrome/hidden-copy) holds its sentences by definition: the
    // body keeps them, the copy goes
    for (const removed of expected.removed.filter((r) => r.rule !== 'chrome/hidden-copy')) {
      const text = bare(removed.text)
      const held = body.filter((sentence) => text.includes(sentence))
      expect({ rule: removed.rule, text: removed.text, held }).toEqual({ rule: removed.rule, text: removed.text, held: [] })
    }
  })
})

/** The shared corpus's crawler dump whose page is one flattened line (measured where it lies,
 *  never copied: its facts are read from the corpus's own truth file). */
const SHARED = new URL('../../shared/corpus/real-html/', import.meta.url)
const DUMP = '025.txt'
describe.skipIf(!existsSync(new URL(`pages/${DUMP}`, SHARED)))('a real crawler dump flattened into one line', () => {
  it('keeps the whole report and finds its top-level sections', () => {
    const gold = readFileSync(new URL('gold.jsonl', SHARED), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { file: string; bodyHas: string[]; level1Headings: string[] })
      .find((g) => g.file === DUMP)
    expect(gold).toBeDefined()
    const report = parseReport(readFileSync(new URL(`pages/${DUMP}`, SHARED)), { path: DUMP })
    const body = fold(report.body) as string
    for (const snippet of gold?.bodyHas ?? []) expect(body).toContain(fold(snippet))
    expect(report.body.length).toBeGreaterThan(3000)
    // the sections are found; the second heading runs on into its paragraph, which the dump glued to it
    expect(report.sections.map((s) => s.marker)).toEqual(gold?.level1Headings.map((h) => h.slice(0, 2)))
    report.sections.forEach((section, i) => expect(fold(section.marker + section.heading)?.startsWith(fold(gold?.level1Headings[i] ?? '') as string)).toBe(true))
    expect(report.warnings.map((w) => w.code)).toContain('flattened-text')
  })
})
