/**
 * Stage `repair`: undo the damage scrapers leave, only where the repair is certain.
 *
 * Characters set in another font get lost: 年 and 月 inside dates, the dash of a year range,
 * 〕 and 号 of a document number, the first character of a line. Each rule proposes an edit with
 * confidence 1 when exactly one reading is possible; when several are (2017112日: 1月12日 or
 * 11月2日) nothing changes and a finding records the alternatives. Numbers that are not damaged
 * dates — counts, hotlines, phone numbers, 索引号, money — match no rule.
 *
 * Example: '溪政发〔20215\n共某县委\n2021415日' → '溪政发〔2021〕5号\n中共某县委\n2021年4月15日',
 * edits: repair/doc-number-lost-bracket, repair/lost-leading-char, repair/date-lost-year-month.
 */
import { createMessage } from '../messages.js'
import {
  LOST_LEADING_LABELS,
  MAX_RANGE_SPAN,
  PARTY_ORGAN_PLACE,
  PARTY_ORGAN_SUFFIX,
  PLAUSIBLE_YEARS,
  RANGE_DASH,
  REPAIR_RULES,
} from '../rules/repairs.js'
import { isCalendarDate } from '../dates.js'
import { applyEdits } from '../edits.js'
import { splitLines, type TextLine } from '../text.js'
import type { Edit, Message, TextStageResult } from '../types.js'

/** No options yet; kept so callers pass a stable shape. */
export type RepairOptions = Record<string, never>

/** A damaged string lawgov saw but could not repair with certainty. */
export interface RepairFinding {
  rule: string
  start: number
  end: number
  before: string
  alternatives: string[]
  confidence: number
}

export interface RepairResult extends TextStageResult {
  findings: RepairFinding[]
}

/**
 * Repair a normalized text.
 * @param text normalized text, one paragraph per line
 * @returns the repaired text, one edit per repair (with confidence and alternatives), the
 *   ambiguous findings left as they are, and their warnings
 */
export function repair(text: string, _options: RepairOptions = {}): RepairResult {
  const edits: Edit[] = []
  const findings: RepairFinding[] = []
  for (const line of splitLines(text)) {
    const lineEdits: Edit[] = []
    const propose = (edit: Edit) => {
      if (!lineEdits.some((e) => edit.start < e.end && e.start < edit.end)) lineEdits.push(edit)
    }
    repairDocNumberLine(line, propose)
    repairLostLeading(line, propose)
    repairHeadingBracket(line, propose)
    repairRanges(line, propose)
    repairDates(line, propose, findings)
    edits.push(...lineEdits)
  }
  const messages: Message[] = findings.map((f) =>
    createMessage('repair', 'ambiguous-date', `“${f.before}” could be ${f.alternatives.join(' or ')}; kept as printed`, 'warning', f.start, f.end),
  )
  return { text: applyEdits(text, edits), edits, messages, findings }
}

type Propose = (edit: Edit) => void

const isPlausibleYear = (year: number) => year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to

/** Readings of digits that lost the 月 between month and day ("316" → 3月16日). */
function monthDayReadings(year: number, digits: string): [number, number][] {
  const readings: [number, number][] = []
  for (let split = 1; split <= 2 && split < digits.length; split++) {
    const monthText = digits.slice(0, split)
    const dayText = digits.slice(split)
    if (monthText.startsWith('0') || dayText.startsWith('0') || dayText.length > 2) continue
    const month = Number(monthText)
    const day = Number(dayText)
    if (isCalendarDate({ year, month, day })) readings.push([month, day])
  }
  return readings
}

function edit(rule: string, line: TextLine, index: number, before: string, after: string): Edit {
  const start = line.start + index
  return { rule, start, end: start + before.length, before, after, confidence: 1, alternatives: [] }
}

// repair/date-lost-year-month: 2017316日 → 2017年3月16日
const LOST_YEAR_MONTH = /(?<![\d.\-/:])((?:19|20)\d{2})(\d{2,4})日/g
// repair/date-lost-month: 2017年316日 → 2017年3月16日
const LOST_MONTH = /(?<![\d.\-/:])((?:19|20)\d{2})年(\d{3,4})日/g
// repair/date-lost-year: 20176月底前 → 2017年6月底前
const LOST_YEAR = /(?<![\d.\-/:])((?:19|20)\d{2})(\d{1,2})月/g
// repair/date-lost-day: a date without its 日, alone on a line (2018年3月13) or before a verb
// (于2013年9月26召开) — never before 日/号, a range (至, 到, —) or a list (、, 和)
const LOST_DAY = /(?<![\d.\-/])((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})(?=$|(?![日号至到和及与或、—\-~～])[\u4e00-\u9fa5])/g

function repairDates(line: TextLine, propose: Propose, findings: RepairFinding[]): void {
  const s = line.text
  for (const pattern of [LOST_YEAR_MONTH, LOST_MONTH]) {
    const rule = pattern === LOST_YEAR_MONTH ? REPAIR_RULES.dateLostYearMonth.id : REPAIR_RULES.dateLostMonth.id
    for (const m of s.matchAll(pattern)) {
      const year = Number(m[1])
      if (!isPlausibleYear(year)) continue
      const readings = monthDayReadings(year, m[2] as string)
      const render = ([month, day]: [number, number]) => `${year}年${month}月${day}日`
      if (readings.length === 1) {
        propose(edit(rule, line, m.index ?? 0, m[0], render(readings[0] as [number, number])))
      } else if (readings.length > 1) {
        const start = line.start + (m.index ?? 0)
        findings.push({ rule, start, end: start + m[0].length, before: m[0], alternatives: readings.map(render), confidence: 1 / readings.length })
      }
    }
  }
  for (const m of s.matchAll(LOST_YEAR)) {
    const year = Number(m[1])
    const monthText = m[2] as string
    const month = Number(monthText)
    if (!isPlausibleYear(year) || monthText.startsWith('0') || month < 1 || month > 12) continue
    propose(edit(REPAIR_RULES.dateLostYear.id, line, m.index ?? 0, m[0], `${year}年${month}月`))
  }
  for (const m of s.matchAll(LOST_DAY)) {
    if (!isCalendarDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })) continue
    propose(edit(REPAIR_RULES.dateLostDay.id, line, m.index ?? 0, m[0], `${m[0]}日`))
  }
}

// repair/year-range-lost-dash: 20162020年 → 2016—2020年 (only before 年 or a closing bracket)
const RANGE_NO_DASH = /(?<![\d.\-/])((?:19|20)\d{2})((?:19|20)\d{2})(?=年|[）)》])/g
// repair/range-lost-open-bracket: a range or year closed by ）with no （ before it on the line
const RANGE_CLOSED = /(?<![\d.\-/])((?:19|20)\d{2})([—\-－–~～至]?)((?:19|20)\d{2})(年?)[）)]/g

function isSaneRange(from: number, to: number): boolean {
  return isPlausibleYear(from) && isPlausibleYear(to) && to > from && to - from <= MAX_RANGE_SPAN
}

function repairRanges(line: TextLine, propose: Propose): void {
  const s = line.text
  // a range closed by ）with no （ before it: the bracket (and the dash, if lost too) come back
  for (const m of s.matchAll(RANGE_CLOSED)) {
    const index = m.index ?? 0
    if (!isSaneRange(Number(m[1]), Number(m[3]))) continue
    const previous = s[index - 1]
    if (previous === '（' || previous === '(') continue
    if (openBrackets(s.slice(0, index)) > 0) continue
    const dash = m[2] === '' ? RANGE_DASH : (m[2] as string)
    const close = m[0].slice(-1)
    propose(edit(REPAIR_RULES.rangeLostOpenBracket.id, line, index, m[0], `${close === ')' ? '(' : '（'}${m[1]}${dash}${m[3]}${m[4]}${close}`))
  }
  for (const m of s.matchAll(RANGE_NO_DASH)) {
    const from = Number(m[1])
    const to = Number(m[2])
    if (!isSaneRange(from, to)) continue
    propose(edit(REPAIR_RULES.yearRangeLostDash.id, line, m.index ?? 0, m[0], `${from}${RANGE_DASH}${to}`))
  }
}

/** Open round brackets not yet closed in a piece of line. */
function openBrackets(s: string): number {
  let depth = 0
  for (const ch of s) {
    if (ch === '（' || ch === '(') depth++
    else if ((ch === '）' || ch === ')') && depth > 0) depth--
  }
  return depth
}

// A line that is only a document number, possibly damaged: 娄发〔20174 / 湘政发【2012】33号
const DOC_NUMBER_LINE = /^([\u4e00-\u9fa5]{1,16})([〔【[（(［]?)((?:19|20)\d{2})([〕】\]）)］]?)(?:第)?(\d{1,4})(号?)$/

function repairDocNumberLine(line: TextLine, propose: Propose): void {
  const m = DOC_NUMBER_LINE.exec(line.text)
  if (!m) return
  const [whole, agency, open, year, close, serial, hao] = m as unknown as [string, string, string, string, string, string, string]
  if (!isPlausibleYear(Number(year)) || serial.startsWith('0')) return
  // without any bracket the digits must end in 号 to be read as a document number at all
  if (open === '' && close === '' && hao === '') return
  const canonical = `${agency}〔${year}〕${serial}号`
  if (canonical === whole) return
  const lost = open === '' || close === '' || hao === ''
  const rule = lost ? REPAIR_RULES.docNumberLostBracket.id : REPAIR_RULES.docNumberBrackets.id
  propose(edit(rule, line, 0, whole, canonical))
}

const LOST_PARTY = new RegExp(`^共(?!青团|产党|产主义)([\\u4e00-\\u9fa5]{1,14}?${PARTY_ORGAN_PLACE}${PARTY_ORGAN_SUFFIX})(?=$|\\s|、|，|关于)`)
const LOST_LABEL = new RegExp(
  `^(${LOST_LEADING_LABELS.map((label) => label.slice(1)).sort((a, b) => b.length - a.length).join('|')})[:：]`,
)

function repairLostLeading(line: TextLine, propose: Propose): void {
  const s = line.text
  const party = LOST_PARTY.exec(s)
  if (party) {
    const before = `共${party[1] as string}`
    propose(edit(REPAIR_RULES.lostLeadingParty.id, line, 0, before, `中${before}`))
    return
  }
  const label = LOST_LABEL.exec(s)
  if (!label) return
  const full = LOST_LEADING_LABELS.find((l) => l.slice(1) === label[1])
  if (full === undefined || s.startsWith(full)) return
  propose(edit(REPAIR_RULES.lostLeadingLabel.id, line, 0, label[1] as string, full))
}

// repair/heading-lost-bracket: 一）纵深推进 → （一）纵深推进
const HEADING_LOST_BRACKET = /^([一二三四五六七八九十]{1,3})[）)]/

function repairHeadingBracket(line: TextLine, propose: Propose): void {
  const m = HEADING_LOST_BRACKET.exec(line.text)
  if (m) propose(edit(REPAIR_RULES.headingLostBracket.id, line, 0, m[0], `（${m[1] as string}）`))
}
