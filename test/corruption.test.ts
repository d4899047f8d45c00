/**
 * The repair engine against damage made on purpose: clean paragraphs of the fixture corpus are
 * damaged the way scrapers damage them (年/月 dropped from dates, zero-padded or not, full-width
 * or not; the dash from ranges; brackets and 号 from document numbers, in running text and on the
 * number line; the first character of labels and of 中共; every unit of a signature date; spaces
 * a Word dump puts inside dates and numbers; Latin o for 〇; a ? for a lost full-width space),
 * with a fixed seed; the clean text is the truth. Prints precision and recall per rule.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { normalize } from '../src/stages/normalize.js'
import { repair, type RepairOptions } from '../src/stages/repair.js'
import { matchSectionMarker } from '../src/rules/sections.js'
import type { Report } from '../src/types.js'
import { filesUnder } from './helpers/files.js'

const ROOT = fileURLToPath(new URL('../fixtures', import.meta.url))
const SEED = 20261122
const SYNTHETIC_PER_DATE = 6

function expectedFiles(dir: string): string[] {
  return filesUnder(dir, (name) => name === 'expected.json')
}

const reports = expectedFiles(ROOT).map((file) => JSON.parse(readFileSync(file, 'utf8')) as Report)
/** Every line of every body: clean, normalized, repaired text. */
const paragraphs = reports.flatMap((report) => report.body.split('\n'))
/** Every signer line the fixtures' signature blocks print. */
const signers = [...new Set(reports.flatMap((report) => report.signature?.signers ?? []))]

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
  /** The page's evidence (its 发布日期), for the damage only evidence can undo. */
  options?: RepairOptions
  /** Damage the normalize stage sees first (full-width digits): the case is normalized, then repaired. */
  normalizeFirst?: boolean
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

const pad = (n: string) => n.padStart(2, '0')
const FULL_WIDTH = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
const NUMERAL = '〇一二三四五六七八九'
const numeralYear = (year: string) => [...year].map((d) => NUMERAL[Number(d)]).join('')
const numeralSmall = (n: number) => (n < 10 ? (NUMERAL[n] as string) : `${n >= 20 ? NUMERAL[Math.floor(n / 10)] : ''}十${n % 10 === 0 ? '' : NUMERAL[n % 10]}`)
/** Ways a Word dump spaces out a date. */
const SPACINGS: readonly ((y: string, m: string, d: string) => string)[] = [
  (y, m, d) => `${y} 年 ${m} 月 ${d} 日`,
  (y, m, d) => `${y} 年${m}月${d}日`,
  (y, m, d) => `${y}年${m}月 ${d} 日`,
  (y, m, d) => `${y}年 ${m}月 ${d}日`,
]
/** 代字 the fixtures' documents are numbered with (湘政办发, 溪政发 …). */
const agencies = [...new Set(reports.flatMap((report) => /^([\u4e00-\u9fa5]{1,10})〔/.exec(report.docNumber ?? '')?.[1] ?? []))]
/** A cited title and its number, as a citation in running text: 《…》（某发〔2019〕12号）. */
const CITED_TITLE = /《[^《》]{4,40}》(?![（(])/g
/** A 代字's last character other than 发/函/字/办 (某政, 某府, 某委 …). */
const OTHER_AGENCY_ENDINGS = ['政', '府', '委', '组']

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
        // zero-padded, and full-width: every reading of 4 digits with a zero is one
        const padded = `${vy}年${pad(vm)}月${pad(vd)}日`
        const paddedBase = clean.slice(0, index) + padded + clean.slice(index + whole.length)
        if (padded !== date) {
          cases.push(damage('repair/date-lost-year-month', paddedBase, index, padded, `${vy}${pad(vm)}${pad(vd)}日`))
          cases.push(damage('repair/date-lost-month', paddedBase, index, padded, `${vy}年${pad(vm)}${pad(vd)}日`))
          cases.push({ ...damage('repair/date-lost-year-month', paddedBase, index, padded, FULL_WIDTH(`${vy}${pad(vm)}${pad(vd)}`) + '日'), normalizeFirst: true })
          cases.push(damage('repair/date-lost-year', paddedBase, index, `${vy}年${pad(vm)}月`, `${vy}${pad(vm)}月`))
        }
        // spaces inside the date
        cases.push(damage('repair/date-spaces', base, index, date, pick(SPACINGS)(vy, vm, vd)))
        // a year in Chinese numerals typed with o for 〇
        if (vy.includes('0')) {
          const numeral = `${numeralYear(vy)}年${numeralSmall(Number(vm))}月${numeralSmall(Number(vd))}日`
          const numeralBase = clean.slice(0, index) + numeral + clean.slice(index + whole.length)
          cases.push(damage('repair/latin-o-in-numeral', numeralBase, index, numeral, numeral.replace(/〇/g, pick(['o', 'O']))))
        }
      }
    }
    // a signature date with every unit lost, under a signer line; the page was published days after
    if (DATE.test(clean) && signers.length > 0) {
      DATE.lastIndex = 0
      for (let k = 0; k < SYNTHETIC_PER_DATE; k++) {
        const year = 2000 + Math.floor(rand() * 30)
        const month = 1 + Math.floor(rand() * 12)
        const day = 1 + Math.floor(rand() * new Date(Date.UTC(year, month, 0)).getUTCDate())
        const signed = Date.UTC(year, month - 1, day)
        const published = new Date(signed + Math.floor(rand() * 30) * 86_400_000).toISOString().slice(0, 10)
        const organ = pick(signers)
        const cleanBlock = `${organ}\n${year}年${month}月${day}日`
        const digits = `${year}${month}${day}`
        cases.push({ ...damage('repair/date-all-units-lost', cleanBlock, organ.length + 1, `${year}年${month}月${day}日`, digits), options: { evidence: { published } } })
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
      const index = m.index ?? 0
      if (clean === whole) {
        // the number line: 〕号 lost, or both brackets and 号
        cases.push(damage('repair/doc-number-lost-bracket', clean, 0, whole, `${agency}〔${year}${serial}`))
        cases.push(damage('repair/doc-number-lost-bracket', clean, 0, whole, `${agency}${year}${serial}`))
        continue
      }
      // in running text: both brackets lost; 〕 lost; the year in round or square brackets; spaces
      cases.push(damage('repair/doc-number-lost-bracket', clean, index, whole, `${agency}${year}${serial}号`))
      cases.push(damage('repair/doc-number-lost-bracket', clean, index, whole, `${agency}〔${year}${serial}号`))
      const [open, close] = pick([['（', '）'], ['(', ')'], ['【', '】'], ['[', ']']] as const)
      cases.push(damage('repair/doc-number-brackets', clean, index, whole, `${agency}${open}${year}${close}${serial}号`))
      cases.push(damage('repair/doc-number-spaces', clean, index, whole, `${agency}〔${year}〕${serial} 号`))
      // a 代字 that ends otherwise (某政〔2017〕64号), its brackets lost
      const other = `${agency.slice(0, -1)}${pick(OTHER_AGENCY_ENDINGS)}`
      const otherClean = clean.slice(0, index) + `${other}〔${year}〕${serial}号` + clean.slice(index + whole.length)
      cases.push(damage('repair/doc-number-lost-bracket', otherClean, index, `${other}〔${year}〕${serial}号`, `${other}${year}${serial}号`))
    }
    // a citation given its 文号 (《…》（某发〔2019〕12号）), damaged every way running text is
    const cited = agencies.length === 0 ? null : CITED_TITLE.exec(clean)
    CITED_TITLE.lastIndex = 0
    if (cited !== null) {
      const agency = pick(agencies)
      const year = String(2000 + Math.floor(rand() * 30))
      const serial = String(1 + Math.floor(rand() * 150))
      const at = (cited.index ?? 0) + cited[0].length
      const number = `${agency}〔${year}〕${serial}号`
      const citing = clean.slice(0, at) + `（${number}）` + clean.slice(at)
      const [open, close] = pick([['（', '）'], ['(', ')'], ['【', '】'], ['[', ']']] as const)
      cases.push(damage('repair/doc-number-lost-bracket', citing, at + 1, number, `${agency}${year}${serial}号`))
      cases.push(damage('repair/doc-number-lost-bracket', citing, at + 1, number, `${agency}〔${year}${serial}号`))
      cases.push(damage('repair/doc-number-brackets', citing, at + 1, number, `${agency}${open}${year}${close}${serial}号`))
      cases.push(damage('repair/doc-number-spaces', citing, at + 1, number, `${agency}〔${year}〕${serial} 号`))
    }
    // a ? for a full-width space the mirror could not write: after a full stop, after a heading
    if (/。./.test(clean)) {
      const at = clean.indexOf('。') + 1
      cases.push(damage('repair/stray-question-mark', clean, at, '', pick(['?', '？'])))
    }
    // …and at a heading's end, on a page that shows the same marks after its full stops
    if (matchSectionMarker(clean) !== undefined && /[\u4e00-\u9fa5]$/.test(clean) && clean.length < 40) {
      const mark = pick(['?', '？'])
      const page = `全年各项工作任务全面完成。\n${clean}`
      cases.push({ ...damage('repair/stray-question-mark', page, page.length, '', mark), damaged: `全年各项工作任务全面完成。${mark}\n${clean}${mark}` })
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
    const result = c.normalizeFirst ? repair(normalize(c.damaged).text, c.options) : repair(c.damaged, c.options)
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
  it.each(table.map((r) => [r.rule, r] as const))('%s: precision ≥ 0.995, recall ≥ 0.97', (_rule, r) => {
    expect(r.precision, r.wrongTexts.slice(0, 3).join('\n')).toBeGreaterThanOrEqual(0.995)
    expect(r.recall, r.wrongTexts.slice(0, 3).join('\n')).toBeGreaterThanOrEqual(0.97)
  })
  it('damages every form the repair rules undo', () => {
    for (const rule of ['repair/date-spaces', 'repair/doc-number-spaces', 'repair/latin-o-in-numeral', 'repair/stray-question-mark', 'repair/date-all-units-lost', 'repair/doc-number-brackets']) {
      expect(stats.get(rule)?.cases ?? 0, rule).toBeGreaterThanOrEqual(20)
    }
  })
})
