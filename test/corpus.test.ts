/**
 * The development corpus (fixtures/seeds/* and fixtures/pages/*) measured against the facts
 * written by hand in each case's truth.json. Prints the figures; fails below the bar.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toSimplified } from '../src/adapters/opencc.js'
import { parseReport } from '../src/index.js'
import { matchKey } from '../src/text.js'
import type { Report, Section } from '../src/types.js'

interface TruthSection {
  marker: string
  heading: string
  children: TruthSection[]
}
interface Truth {
  title: string | null
  kind: string | null
  docNumber: string | null
  issuers: string[]
  recipients: string[]
  dates: Report['dates']
  period: Report['period']
  region: Omit<NonNullable<Report['region']>, 'code'> | null
  /** Stated by the pages written after the family and encloses fields were added. */
  family?: string | null
  encloses?: string | null
  breadcrumb: string[]
  meta: Record<string, string>
  signers: string[]
  notes: string[]
  sections: TruthSection[]
  chromeLines: string[]
  repairs: { before: string; after: string }[]
  untouched: string[]
}

const ROOT = new URL('../fixtures/', import.meta.url)
/** Every case with a hand-written truth.json: the seeds and the development pages. */
const cases = ['seeds', 'pages']
  .flatMap((group) => readdirSync(new URL(`${group}/`, ROOT)).map((name) => `${group}/${name}`))
  .filter((name) => existsSync(new URL(`${name}/truth.json`, ROOT)))
  .sort()
const tree = (sections: Section[]): TruthSection[] => sections.map((s) => ({ marker: s.marker, heading: s.heading, children: tree(s.children) }))
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
/** A line's text as rules match it, in Simplified characters. */
const key = (line: string) => matchKey(toSimplified(line))

/** A check gives undefined for a page whose truth does not state the field. */
const checks: Record<string, (truth: Truth, report: Report) => boolean | undefined> = {
  title: (t, r) => t.title === r.title,
  kind: (t, r) => t.kind === r.kind,
  docNumber: (t, r) => t.docNumber === r.docNumber,
  issuers: (t, r) => same(t.issuers, r.issuers),
  recipients: (t, r) => same(t.recipients, r.recipients),
  'dates.published': (t, r) => t.dates.published === r.dates.published,
  'dates.signed': (t, r) => t.dates.signed === r.dates.signed,
  'dates.printed': (t, r) => t.dates.printed === r.dates.printed,
  period: (t, r) => same(t.period, r.period),
  // the deepest level the page states, and every level above it
  region: (t, r) => same(t.region, r.region === null ? null : { province: r.region.province, city: r.region.city, county: r.region.county, town: r.region.town }),
  family: (t, r) => (t.family === undefined ? undefined : t.family === r.family),
  encloses: (t, r) => (t.encloses === undefined ? undefined : t.encloses === r.encloses),
  breadcrumb: (t, r) => same(t.breadcrumb, r.breadcrumb),
  meta: (t, r) => same(t.meta, r.meta),
  signers: (t, r) => same(t.signers, r.signature?.signers ?? []),
  notes: (t, r) => same(t.notes, r.notes),
  'top-level headings': (t, r) => same(tree(r.sections).map((s) => [s.marker, s.heading]), t.sections.map((s) => [s.marker, s.heading])),
  'section tree': (t, r) => same(tree(r.sections), t.sections),
  // a chrome line is gone when it was removed as printed or when no body line reads like it (an
  // HTML page may lay one visual line out as several, or several as one)
  'no chrome left': (t, r) => {
    const body = new Set(r.body.split('\n').map(key))
    return t.chromeLines.every((line) => r.removed.some((x) => x.text.trim() === line.trim()) || !body.has(key(line)))
  },
  // a removed line is chrome when it is one of the truth's chrome lines, or made of their words;
  // a removed piece of a line (a page that lost its line breaks) when it stands in their text
  'no document line removed': (t, r) => {
    const chrome = t.chromeLines.map(key)
    const chromeText = chrome.join('')
    return r.removed.every(
      (x) =>
        chrome.includes(key(x.text)) ||
        x.text.split(/[\s|｜]+/).filter((w) => w !== '').every((w) => chrome.some((c) => c.includes(key(w)))) ||
        chromeText.includes(key(x.text)),
    )
  },
  // the repair is in the body and the damaged form is gone (outside the repaired strings)
  repairs: (t, r) => t.repairs.every((x) => r.body.includes(x.after) && !r.body.split(x.after).join('\u0000').includes(x.before)),
  'untouched numbers': (t, r) => t.untouched.every((u) => r.body.includes(u) || Object.values(r.meta).some((v) => v.includes(u)) || r.removed.some((x) => x.text.includes(u))),
}

describe('development corpus', () => {
  const results = cases.map((name) => {
    const truth = JSON.parse(readFileSync(new URL(`${name}/truth.json`, ROOT), 'utf8')) as Truth
    const input = readdirSync(new URL(`${name}/`, ROOT)).find((file) => file.startsWith('input.')) as string
    const report = parseReport(readFileSync(new URL(`${name}/${input}`, ROOT)), { path: input })
    return { name, truth, report }
  })

  it('has the five seeds and at least 30 more hand-checked pages', () => {
    expect(cases.filter((name) => name.startsWith('seeds/'))).toHaveLength(5)
    expect(cases.filter((name) => name.startsWith('pages/')).length).toBeGreaterThanOrEqual(30)
  })

  const figures = Object.entries(checks).map(([field, check]) => {
    const stated = results.filter(({ truth, report }) => check(truth, report) !== undefined)
    const failing = stated.filter(({ truth, report }) => check(truth, report) === false).map((r) => r.name)
    return { field, right: stated.length - failing.length, total: stated.length, failing }
  })
  const table = figures.map((f) => `${f.field.padEnd(26)} ${String(f.right).padStart(3)}/${f.total}  ${((100 * f.right) / f.total).toFixed(1)}%${f.failing.length ? `  ✗ ${f.failing.join(', ')}` : ''}`)
  console.log(`development corpus, ${results.length} pages\n${table.join('\n')}`)

  it.each(figures.map((f) => [f.field, f] as const))('%s ≥ 95%% right', (_field, figure) => {
    expect(figure.right / figure.total).toBeGreaterThanOrEqual(0.95)
  })

  it('zero chrome lines left in any body and zero document lines removed', () => {
    for (const field of ['no chrome left', 'no document line removed']) {
      expect(figures.find((f) => f.field === field)?.failing).toEqual([])
    }
  })
})
