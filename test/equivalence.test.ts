/**
 * The same document, whatever the wrapping: every page of fixtures/equivalence (three site
 * templates in HTML, a GBK dump, a Traditional mirror) gives the plain text page's Report. A
 * page hard-wrapped at a fixed width has no HTML copies (a site's markup states paragraphs, and
 * lawgov keeps the lines the markup states). Regenerate with `node scripts/gen-equivalence.mjs`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../src/index.js'
import type { Report, Section } from '../src/types.js'

const ROOT = new URL('../fixtures/equivalence/', import.meta.url)
const COPIES = ['template-a.html', 'template-b.html', 'template-c.html', 'gbk.txt', 'traditional.txt']

const tree = (sections: Section[]): unknown[] => sections.map((s) => [s.marker, s.heading, tree(s.children)])
/** The fields a reader compares across copies of one document. */
const essence = (r: Report) => ({
  title: r.title,
  kind: r.kind,
  docNumber: r.docNumber,
  dates: r.dates,
  period: r.period,
  issuers: r.issuers,
  recipients: r.recipients,
  sections: tree(r.sections),
  body: r.body,
})

const cases = readdirSync(ROOT).filter((name) => existsSync(new URL(`${name}/gbk.txt`, ROOT))).sort()

describe('equivalence: one Report whatever the wrapping', () => {
  it('covers every Simplified text page', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
    const inHtml = cases.filter((name) => existsSync(new URL(`${name}/template-a.html`, ROOT)))
    // every page but the fixed-width dumps, which have no HTML form
    expect(inHtml.length).toBeGreaterThanOrEqual(105)
  })
  describe.each(cases)('%s', (name) => {
    const [group, ...rest] = name.split('-')
    const plainPath = new URL(`../fixtures/${group}/${rest.join('-')}/input.txt`, import.meta.url)
    const plain = essence(parseReport(readFileSync(plainPath), { path: 'input.txt' }))
    it.each(COPIES.filter((copy) => existsSync(new URL(`${name}/${copy}`, ROOT))))('%s', (copy) => {
      const report = parseReport(readFileSync(new URL(`${name}/${copy}`, ROOT)), { path: copy })
      expect(essence(report)).toEqual(plain)
    })
  })
})
