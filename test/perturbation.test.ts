/**
 * Furniture nobody here has seen. Every text page of the corpus is perturbed the ways real sites
 * differ from ours — a furniture label replaced by an unseen synonym, a teaser sentence added under
 * 上一篇/下一篇, a widget line respelled, the kind word dropped from the title — and the body must
 * keep no furniture it did not keep before and lose no document line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../src/index.js'
import { KIND_WORDS, TITLE_SITE_MARK } from '../src/rules/document.js'
import { matchKey } from '../src/text.js'
import type { Report } from '../src/types.js'

const ROOT = new URL('../fixtures/', import.meta.url)
const key = (line: string) => matchKey(line)
const bodyKeys = (report: Report) => new Set(report.body.split('\n').map(key).filter((k) => k !== ''))

/** Unseen names for furniture our tables name otherwise. */
const SYNONYMS: readonly [RegExp, string][] = [
  // names no table or shape rule holds: only the list under them tells what they are
  [/相关链接/, '站外导航'],
  [/相关阅读/, '往期回看'],
  [/相关稿件/, '关联稿件'],
  [/相关文章/, '关联文章'],
  [/上一篇/, '上一条'],
  [/下一篇/, '下一条'],
]
const TEASER = '本文介绍了某县推进依法行政工作的经验做法，供各地学习借鉴参考。'

interface Perturbed {
  name: string
  text: string
  /** Lines of the perturbed page that are document lines though they differ from the plain page's. */
  changed: Set<string>
  /** The title the perturbed page must give and the line it kept, when the perturbation is the title's. */
  title?: { expected: string; line: string }
}

/** The perturbations of one page that apply to it (a page with no 上一篇 gets no teaser). */
function perturbations(text: string, plain: Report): Perturbed[] {
  const lines = text.split('\n')
  const removed = new Set(plain.removed.map((r) => r.text.trim()))
  const out: Perturbed[] = []
  const replaceLine = (index: number, line: string, name: string, changed: string[] = []) =>
    out.push({ name, text: lines.map((l, i) => (i === index ? line : l)).join('\n'), changed: new Set(changed.map(key)) })

  const synonym = lines.findIndex((line) => removed.has(line.trim()) && SYNONYMS.some(([re]) => re.test(line)))
  if (synonym !== -1) {
    const [re, unseen] = SYNONYMS.find(([pattern]) => pattern.test(lines[synonym] as string)) as [RegExp, string]
    replaceLine(synonym, (lines[synonym] as string).replace(re, unseen), `unseen synonym (${unseen})`)
  }
  const prevNext = lines.findIndex((line) => removed.has(line.trim()) && /^\s*(?:上一篇|下一篇)[:：]/.test(line))
  if (prevNext !== -1) {
    out.push({ name: 'teaser under 上一篇/下一篇', text: [...lines.slice(0, prevNext + 1), TEASER, ...lines.slice(prevNext + 1)].join('\n'), changed: new Set() })
  }
  const widget = lines.findIndex((line) => removed.has(line.trim()) && /【字体[:：]?\s*大\s*中\s*小\s*】/.test(line))
  if (widget !== -1) {
    replaceLine(widget, (lines[widget] as string).replace(/【字体[:：]?\s*大\s*中\s*小\s*】/, '字号：[大] [中] [小]'), 'widget respelled')
  }
  // the title as the document prints it (a running header or a CMS copy equal to it is chrome)
  const title = plain.title === null ? -1 : lines.findIndex((line) => line.trim() === plain.title && !removed.has(line.trim()))
  const kind = title === -1 ? undefined : KIND_WORDS.find((word) => (plain.title as string).endsWith(word))
  if (title !== -1 && kind !== undefined && (plain.title as string).length - kind.length >= 10) {
    const shortened = (lines[title] as string).trim().slice(0, -kind.length)
    replaceLine(title, shortened, 'kind word dropped from the title', [shortened, plain.title as string])
    const perturbed = out[out.length - 1] as Perturbed
    // the title is now read by its position, unless the disclosure block names it, or the page's
    // heading above the document (a copy's shorter title, removed as chrome while the document's own
    // stood) is the one line left that ends with a kind word
    const heading = plain.removed.find((r) => r.rule === 'chrome/page-title' && KIND_WORDS.some((word) => r.text.trim().endsWith(word)))?.text.trim()
    // (a title is read without the mark a site put before it: a 公众号 column's tag "法治政府 | …")
    const headingTitle = heading?.replace(TITLE_SITE_MARK, '')
    const expected = plain.evidence.title?.rule === 'metadata/title-from-disclosure' ? (plain.title as string) : (headingTitle ?? shortened)
    perturbed.title = { expected, line: shortened }
    // (the heading read as the title is the document's line now)
    if (heading !== undefined && expected === headingTitle) perturbed.changed.add(key(heading))
  }
  return out
}

const cases = ['seeds', 'pages']
  .flatMap((group) => readdirSync(new URL(`${group}/`, ROOT)).map((name) => `${group}/${name}`))
  .filter((name) => existsSync(new URL(`${name}/input.txt`, ROOT)) && !name.includes('/flattened-'))
  .sort()
  .flatMap((name) => {
    const text = readFileSync(new URL(`${name}/input.txt`, ROOT), 'utf8')
    const plain = parseReport(text, { path: 'input.txt' })
    return plain.source.script === 'simplified' ? perturbations(text, plain).map((p) => ({ page: name, plain, ...p })) : []
  })

describe('perturbed furniture', () => {
  it('perturbs enough pages of every kind', () => {
    for (const kind of ['unseen synonym', 'teaser', 'widget respelled', 'kind word dropped']) {
      expect(cases.filter((c) => c.name.startsWith(kind)).length, kind).toBeGreaterThanOrEqual(kind === 'unseen synonym' ? 5 : 3)
    }
  })

  it.each(cases.map((c) => [`${c.page}: ${c.name}`, c] as const))('%s', (_name, { plain, text, changed, title }) => {
    const before = bodyKeys(plain)
    const report = parseReport(text, { path: 'input.txt' })
    const after = bodyKeys(report)
    if (title !== undefined) {
      expect(report.title).toBe(title.expected)
      expect(after.has(key(title.line))).toBe(true)
    }
    const kept = [...after].filter((line) => !before.has(line) && !changed.has(line))
    const lost = [...before].filter((line) => !after.has(line) && !changed.has(line))
    expect({ furnitureKept: kept, documentLost: lost }).toEqual({ furnitureKept: [], documentLost: [] })
  })
})
