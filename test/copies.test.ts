/**
 * Copies of one document, grouped across a batch: every page of fixtures/equivalence (three site
 * templates, a GBK dump, a Traditional mirror) groups with its plain text page, and no two
 * different fixture pages group. The pages are parsed as `lawgov stats` parses them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { copyCandidateOf, groupCopies, type CopyCandidate } from '../src/duplicates.js'
import { parseReport } from '../src/index.js'

const FIXTURES = new URL('../fixtures/', import.meta.url)
const COPIES = ['template-a.html', 'template-b.html', 'template-c.html', 'gbk.txt', 'traditional.txt']

const cases = readdirSync(new URL('equivalence/', FIXTURES)).filter((name) => existsSync(new URL(`equivalence/${name}/gbk.txt`, FIXTURES))).sort()
const candidates: CopyCandidate[] = []
/** Each page's case: the folder of its plain page. */
const caseOf = new Map<string, string>()
for (const name of cases) {
  const [group, ...rest] = name.split('-')
  const plain = `${group}/${rest.join('-')}/input.txt`
  const pages = [plain, ...COPIES.filter((copy) => existsSync(new URL(`equivalence/${name}/${copy}`, FIXTURES))).map((copy) => `equivalence/${name}/${copy}`)]
  for (const path of pages) {
    candidates.push(copyCandidateOf(parseReport(readFileSync(new URL(path, FIXTURES)), { path })))
    caseOf.set(path, name)
  }
}
const groups = groupCopies(candidates)

describe('copies of the equivalence fixtures', () => {
  it('covers the Simplified text pages and their copies', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100)
    expect(candidates.length).toBeGreaterThanOrEqual(600)
  })

  it('groups every copy with its plain page: one group per case, with all its pages', () => {
    const byCase = new Map<string, string[]>()
    for (const group of groups) byCase.set(caseOf.get(group.keep) as string, [group.keep, ...group.copies].sort())
    const missing = cases.filter((name) => byCase.get(name)?.length !== candidates.filter((c) => caseOf.get(c.path) === name).length)
    expect(missing).toEqual([])
    expect(groups).toHaveLength(cases.length)
  })

  it('merges no two different documents', () => {
    const mixed = groups.filter((group) => new Set([group.keep, ...group.copies].map((path) => caseOf.get(path))).size > 1)
    expect(mixed).toEqual([])
  })

  it('keeps an official site’s page: the templates declare a .gov.cn address, the dumps do not', () => {
    for (const group of groups) {
      const kept = candidates.find((c) => c.path === group.keep) as CopyCandidate
      const official = [group.keep, ...group.copies].some((path) => candidates.find((c) => c.path === path)?.official)
      expect(kept.official, group.keep).toBe(official)
    }
  })
})

describe('a page whose chrome could not be told from its document', () => {
  it('has no fingerprint: two short documents on one site’s template would look alike', () => {
    const chrome = Array.from({ length: 40 }, (_, i) => `主办单位：某县人民政府办公室第${i}号`)
    const page = (prose: string) => parseReport(['某县关于开展法治宣传活动的通知', prose, ...chrome].join('\n'))
    const a = page('各乡镇：为推进法治宣传教育，定于下月开展宪法宣传周活动，请按要求做好组织工作。')
    const b = page('各单位：为做好行政执法案卷评查，定于下月开展集中评查，请按要求报送执法案卷。')
    for (const report of [a, b]) {
      expect(report.warnings.map((w) => w.code)).toContain('chrome-too-aggressive')
      expect(report.fingerprint).toBeNull()
    }
  })
})
