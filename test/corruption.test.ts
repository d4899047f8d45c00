/**
 * The repair engine against damage made on purpose: clean paragraphs of the fixture corpus are
 * damaged the way scrapers damage them (年/月 dropped from dates, the dash from ranges, 〕号 from
 * document numbers, the first character of labels and of 中共), with a fixed seed; the clean text
 * is the truth. Prints precision and recall per rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { repair } from '../src/stages/repair.js'
import type { Report } from '../src/types.js'

const ROOT = fileURLToPath(new URL('../fixtures', import.meta.url))
const SEED = 20261122
const SYNTHETIC_PER_DATE = 6

function expectedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? expectedFiles(path) : name === 'expected.json' ? [path] : []
  })
}

/** Every line of every body: clean, normalized, repaired text. */
const paragraphs = expectedFiles(ROOT).flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as Report).body.split('\n'))

/** mulberry32: a small seeded generator, so every run damages the same way. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = random(SEED)
const pick = <T,>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T

interface Case {
  rule: string
  clean: string
  damaged: string
  /** The clean and damaged forms of the one damaged place. */
  after: string
  before: string
}

/** Replace the match at `index` of `from` by `to`, as one damage case. */
function damage(rule: string, clean: string, index: number, from: string, to: string, repairedFrom = from): Case {
  return { rule, clean, damaged: clean.slice(0, index) + to + clean.slice(index + from.length), before: to, after: repairedFrom }
}

const DATE = /(?<![\d.\-/:])((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/g
const YEAR_MONTH = /(?<![\d.\-/:])((?:19|20)\d{2})年(\d{1,2})月(?![\d])/g
const RANGE = /(?<![\d.\-/])((?:19|20)\d{2})[—-]((?:19|20)\d{2})(?=年|[）)》])/g
const BRACKETED_RANGE = /（((?:19|20)\d{2})([—-])((?:19|20)\d{2})年）/g
const DOC_NUMBER = /([\u4e00-\u9fa5]{1,10}(?:发|函|字|办))〔((?:19|20)\d{2})〕([1-9]\d{0,3})号/g
const LABEL = /^(责任单位|牵头单位|配合单位|完成时限|责任领导)[：:]/
const PARTY_LINE = /^中共[\u4e00-\u9fa5]{1,14}?(?:省|市|县|区|州|旗|镇|乡)(?:委员会|委|党组)(?:办公室)?$/

function isDaySafe(next: string | undefined): boolean {
  return next === undefined || /[，。；：！？,;]/.test(next) || (/[\u4e00-\u9fa5]/.test(next) && !/[日号至到和及与或、]/.test(next))
}

function buildCases(): Case[] {
  const cases: Case[] = []
  for (const clean of paragraphs) {
    for (const m of clean.matchAll(DATE)) {
      const index = m.index ?? 0
      const [whole, y, mo, d] = m as unknown as [string, string, string, string]
      // real dates, and the same sentence with other dates (the readings of a damaged date
      // depend on its digits: 11月2日 and 1月12日 look the same once 月 is gone)
      const variants: [string, string, string][] = [[y, mo, d]]
      for (let k = 0; k < SYNTHETIC_PER_DATE; k++) {
        const year = 2000 + Math.floor(rand() * 30)
        const month = 1 + Math.floor(rand() * 12)
        const day = 1 + Math.floor(rand() * new Date(Date.UTC(year, month, 0)).getUTCDate())
        variants.push([String(year), String(month), String(day)])
      }
      for (const [vy, vm, vd] of variants) {
        const date = `${vy}年${vm}月${vd}日`
        const base = clean.slice(0, index) + date + clean.slice(index + whole.length)
        cases.push(damage('repair/date-lost-year-month', base, index, date, `${vy}${vm}${vd}日`))
        cases.push(damage('repair/date-lost-month', base, index, date, `${vy}年${vm}${vd}日`))
        if (isDaySafe(base[index + date.length])) cases.push(damage('repair/date-lost-day', base, index, date, `${vy}年${vm}月${vd}`))
      }
    }
    for (const m of clean.matchAll(YEAR_MONTH)) {
      if (clean[(m.index ?? 0) + m[0].length] === '日' || /^\d/.test(clean.slice((m.index ?? 0) + m[0].length))) continue
      cases.push(damage('repair/date-lost-year', clean, m.index ?? 0, m[0], `${m[1]}${m[2]}月`))
    }
    for (const m of clean.matchAll(RANGE)) {
      // the dash itself is what was lost: any dash the page used comes back as —
      const index = m.index ?? 0
      const withDash = clean.slice(0, index) + `${m[1]}—${m[2]}` + clean.slice(index + m[0].length)
      cases.push(damage('repair/year-range-lost-dash', withDash, index, `${m[1]}—${m[2]}`, `${m[1]}${m[2]}`))
    }
    for (const m of clean.matchAll(BRACKETED_RANGE)) cases.push(damage('repair/range-lost-open-bracket', clean, m.index ?? 0, m[0], m[0].slice(1)))
    for (const m of clean.matchAll(DOC_NUMBER)) {
      const [whole, agency, year, serial] = m as unknown as [string, string, string, string]
      if (clean === whole) cases.push(damage('repair/doc-number-lost-bracket', clean, 0, whole, `${agency}〔${year}${serial}`))
      else cases.push(damage('repair/doc-number-lost-bracket', clean, m.index ?? 0, whole, `${agency}${year}${serial}号`))
    }
    const label = LABEL.exec(clean)
    if (label) cases.push(damage('repair/lost-leading-char', clean, 0, label[1] as string, (label[1] as string).slice(1)))
    if (PARTY_LINE.test(clean)) cases.push(damage('repair/lost-leading-char', clean, 0, clean, clean.slice(1)))
  }
  // the damaged paragraph must not be clean text already (a date in a sentence can be both)
  return cases.filter((c) => c.damaged !== c.clean)
}

describe('repair on damaged copies of clean paragraphs', () => {
  const cases = buildCases()

  it('changes nothing in clean text', () => {
    const changed = paragraphs.filter((p) => repair(p).edits.length > 0)
    expect(changed).toEqual([])
  })

  const stats = new Map<string, { cases: number; withheld: number; repaired: number; edits: number; correct: number; wrongTexts: string[] }>()
  for (const c of cases) {
    const s = stats.get(c.rule) ?? { cases: 0, withheld: 0, repaired: 0, edits: 0, correct: 0, wrongTexts: [] }
    stats.set(c.rule, s)
    const result = repair(c.damaged)
    const finding = result.findings.find((f) => f.before === c.before)
    s.cases++
    if (finding && result.edits.length === 0) {
      // ambiguous without evidence: kept as printed, the truth among the readings
      s.withheld++
      if (!finding.alternatives.includes(c.after)) s.wrongTexts.push(`readings miss the truth: ${c.damaged}`)
      continue
    }
    for (const e of result.edits) {
      const own = stats.get(e.rule) ?? { cases: 0, withheld: 0, repaired: 0, edits: 0, correct: 0, wrongTexts: [] }
      stats.set(e.rule, own)
      own.edits++
      if (result.text === c.clean) own.correct++
      else own.wrongTexts.push(`${c.damaged} → ${result.text}`)
    }
    if (result.text === c.clean) s.repaired++
  }

  const table = [...stats].sort().map(([rule, s]) => {
    const precision = s.edits === 0 ? 1 : s.correct / s.edits
    const recall = s.cases - s.withheld === 0 ? 1 : s.repaired / (s.cases - s.withheld)
    return { rule, precision, recall, ...s }
  })
  console.log(
    `repair on ${cases.length} damaged paragraphs (seed ${SEED})\n` +
      table.map((r) => `${r.rule.padEnd(34)} cases ${String(r.cases).padStart(5)}  withheld ${String(r.withheld).padStart(4)}  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}`).join('\n'),
  )

  it('damages thousands of paragraphs', () => {
    expect(cases.length).toBeGreaterThan(2000)
  })
  it.each(table.map((r) => [r.rule, r] as const))('%s: precision ≥ 0.99, recall ≥ 0.95', (_rule, r) => {
    expect(r.precision, r.wrongTexts.slice(0, 3).join('\n')).toBeGreaterThanOrEqual(0.99)
    expect(r.recall, r.wrongTexts.slice(0, 3).join('\n')).toBeGreaterThanOrEqual(0.95)
  })
})
