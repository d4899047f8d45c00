/**
 * Stage `repair`: undo the damage scrapers leave, only where the repair is certain.
 *
 * Characters set in another font get lost: 年 and 月 inside dates, the dash of a year range,
 * 〕 and 号 of a document number, the first character of a line. Each rule proposes an edit with
 * confidence 1 when exactly one reading is possible. When several are (2017112日: 1月12日 or
 * 11月2日), the page's own evidence may single one out — the same date printed elsewhere, or a
 * signature date that must come before the page's 发布日期 — and the repair is made with
 * confidence 0.9; otherwise nothing changes and a finding records the readings. Numbers that are
 * not damaged dates — counts, hotlines, phone numbers, 索引号, money — match no rule.
 *
 * Example: '溪政发〔20215\n共某县委\n2021415日' → '溪政发〔2021〕5号\n中共某县委\n2021年4月15日',
 * edits: repair/doc-number-lost-bracket, repair/lost-leading-char, repair/date-lost-year-month.
 */
import { findDate, isCalendarDate, toIso } from '../dates.js'
import { applyEdits } from '../edits.js'
import { createMessage } from '../messages.js'
import { DAMAGED_DOC_NUMBER_LINE, isOrganLine, isOrganName } from '../rules/document.js'
import {
  CITATION_OPENERS,
  CITED_AGENCY_MAX_LENGTH,
  CITING_WORDS,
  DOC_NUMBER_AGENCY_ENDINGS,
  DOC_NUMBER_FOLLOWERS,
  DOC_NUMBER_NO_BRACKETS,
  DOC_NUMBER_NO_HAO,
  DOC_NUMBER_NO_YEAR,
  DOC_NUMBER_ONE_BRACKET,
  DOC_NUMBER_OPEN_ONLY,
  DOC_NUMBER_OTHER_BRACKETS,
  EMPTY_BRACKETS,
  EVIDENCE_CONFIDENCE,
  HEADING_JUNK,
  HEADING_LOST_BRACKET,
  IMPRINT_DIGITS,
  LOST_DAY,
  LOST_LABEL,
  LOST_LEADING_LABELS,
  LOST_MONTH,
  LOST_MONTH_UNIT,
  LOST_PARTY,
  LOST_YEAR,
  LOST_YEAR_MONTH,
  MAX_PRINTING_DELAY_DAYS,
  MAX_RANGE_SPAN,
  MAX_SIGNATURE_DELAY_DAYS,
  NOT_AN_AGENCY_BEFORE,
  NUMERAL_YEAR_WITH_O,
  ORGAN_CODE_MAX_LENGTH,
  PLAUSIBLE_YEARS,
  PROMPT_PUBLICATION_DAYS,
  QUESTION_LABEL,
  QUESTION_MARK_AFTER_ARTICLE,
  QUESTION_MARK_AFTER_STOP,
  QUESTION_MARK_AT_END,
  QUESTION_MARK_AT_START,
  QUESTION_WORDS,
  QUOTED,
  RANGE_CLOSED,
  RANGE_DASH,
  RANGE_NO_DASH,
  REPAIR_RULES,
  SIGNATURE_DIGITS,
  SIGNERS_THEN_DIGITS,
  SPACED_DASHED_DATE,
  SPACED_DATE,
  SPACED_DOC_NUMBER,
  SPACED_MONTH_DAY,
  YEAR_DIGITS,
} from '../rules/repairs.js'
import { matchSectionMarker } from '../rules/sections.js'
import { allMatches, isHan, splitLines, trimChars, type TextLine } from '../text.js'
import type { Edit, Message, TextStageResult } from '../types.js'
import { WARNINGS } from '../rules/warnings.js'

/** What the page says elsewhere that can single out one reading of a damaged date. */
export interface RepairEvidence {
  /** The page's 发布日期 (ISO), read off its byline or disclosure block. */
  published?: string
}

export interface RepairOptions {
  evidence?: RepairEvidence
}

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

/** The readings of one damaged date, as ISO dates and as the text to write. */
interface Reading {
  iso: string
  text: string
}

interface LineContext {
  line: TextLine
  /** The line before and the line after, for signature blocks. */
  previous: TextLine | undefined
  next: TextLine | undefined
  /** The text's lines and this line's index among them. */
  lines: readonly TextLine[]
  index: number
  propose: (edit: Edit) => void
  findings: RepairFinding[]
  messages: Message[]
  evidence: Evidence
  /** The line holds a year's digits (19xx, 20xx): every date, range and document-number rule
   *  needs one, so a line without is not scanned by them. */
  hasYear: boolean
}

interface Evidence {
  published: string | undefined
  /** The 印发 date of the 版记 (ISO), printed whole. */
  printed: string | undefined
  /** Every whole date printed on the page (ISO). */
  printedDates: ReadonlySet<string>
  /** The page shows where a mirror wrote ? for a full-width space: after a full stop, or at a
   *  line's start. Only then is a ？ ending a line read as one. */
  lostSpaceMarks: boolean
  /** The page's headings ask questions (a 解读's Q&A: one numbered heading ending in ？ holds a
   *  question word): its other headings' ？ are questions too ("五、违规停放的法律责任？"). */
  asksQuestions: boolean
  /** Organ names the page prints whole: a line that is one organ's name, and the organ a title
   *  opens with before its 关于. */
  organNames: ReadonlySet<string>
}

/**
 * Repair a normalized text.
 * @param text normalized text, one paragraph per line
 * @param options evidence from the rest of the page
 * @returns the repaired text, one edit per repair (with confidence and alternatives), the
 *   ambiguous findings left as they are, and their warnings
 */
export function repair(text: string, options: RepairOptions = {}): RepairResult {
  const edits: Edit[] = []
  const findings: RepairFinding[] = []
  const messages: Message[] = []
  const lines = splitLines(text)
  const hasQuestionMark = text.includes('?') || text.includes('？')
  const evidence: Evidence = {
    published: options.evidence?.published?.slice(0, 10),
    printed: imprintDate(text),
    printedDates: printedDates(text),
    // both read question marks: a page without one is spared the scan
    lostSpaceMarks: hasQuestionMark && hasLostSpaceMarks(text),
    asksQuestions: hasQuestionMark && asksQuestions(lines),
    organNames: organNamesPrinted(lines),
  }
  lines.forEach((line, i) => {
    const lineEdits: Edit[] = []
    const context: LineContext = {
      line,
      previous: previousContentLine(lines, i),
      next: nextContentLine(lines, i),
      lines,
      index: i,
      propose: (edit) => {
        if (!lineEdits.some((e) => edit.start < e.end && e.start < edit.end)) lineEdits.push(edit)
      },
      findings,
      messages,
      evidence,
      hasYear: YEAR_DIGITS.test(line.text),
    }
    repairDocNumberLine(context)
    repairLostLeading(context)
    repairHeading(context)
    repairRanges(context)
    repairDocNumbersInText(context)
    repairSignatureDigits(context)
    repairDates(context)
    repairSpaces(context)
    repairLatinO(context)
    repairStrayQuestionMark(context)
    edits.push(...lineEdits)
  })
  for (const f of findings) {
    messages.push(
      createMessage('repair', WARNINGS.ambiguousDate.code, `“${f.before}” could be ${f.alternatives.join(' or ')}; kept as printed`, 'warning', f.start, f.end),
    )
  }
  messages.sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
  return { text: applyEdits(text, edits), edits, messages, findings }
}

function nextContentLine(lines: TextLine[], index: number): TextLine | undefined {
  for (let i = index + 1; i < lines.length; i++) if ((lines[i] as TextLine).text.trim() !== '') return lines[i]
  return undefined
}

function previousContentLine(lines: TextLine[], index: number): TextLine | undefined {
  for (let i = index - 1; i >= 0; i--) if ((lines[i] as TextLine).text.trim() !== '') return lines[i]
  return undefined
}

const isPlausibleYear = (year: number) => year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to

function edit(rule: string, line: TextLine, index: number, before: string, after: string, confidence = 1, alternatives: string[] = []): Edit {
  const start = line.start + index
  return { rule, start, end: start + before.length, before, after, confidence, alternatives }
}

// ── dates ──────────────────────────────────────────────────────────────────────────────────

/** Whole dates printed on the page, undamaged: evidence for damaged ones. */
function printedDates(text: string): Set<string> {
  const dates = new Set<string>()
  for (const m of allMatches(/(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/g, text)) {
    const date = findDate(m[0])
    if (date) dates.add(toIso({ year: date.year, month: date.month, day: date.day, index: 0, length: 0 }))
  }
  return dates
}

/** The date of a whole 印发 line ("某办公室 2017年3月18日印发"). */
function imprintDate(text: string): string | undefined {
  const m = /((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*印\s*发\s*$/m.exec(text)
  const date = m ? findDate(m[1] as string) : undefined
  return date ? toIso({ year: date.year, month: date.month, day: date.day, index: 0, length: 0 }) : undefined
}

/** Readings of digits that lost the 月 between month and day ("316" → 3月16日). Four digits
 *  with a zero are a zero-padded month and day, one reading ("0307" → 03月07日): a page that pads
 *  pads both. Digits are written back as printed. */
function monthDayReadings(year: number, digits: string): Reading[] {
  const readings: Reading[] = []
  const padded = digits.length === 4 && digits.includes('0')
  for (let split = 1; split <= 2 && split < digits.length; split++) {
    const monthText = digits.slice(0, split)
    const dayText = digits.slice(split)
    if (dayText.length > 2) continue
    if (padded ? split !== 2 : monthText.startsWith('0') || dayText.startsWith('0')) continue
    const month = Number(monthText)
    const day = Number(dayText)
    if (isCalendarDate({ year, month, day })) readings.push(reading(year, month, day, `${year}年${monthText}月${dayText}日`))
  }
  return readings
}

function reading(year: number, month: number, day: number, text: string): Reading {
  const pad = (n: number) => String(n).padStart(2, '0')
  return { iso: `${year}-${pad(month)}-${pad(day)}`, text }
}

/**
 * One reading of several, when the page's evidence leaves exactly one:
 * repair/evidence-same-date — the same date is printed elsewhere on the page;
 * repair/evidence-signed-before-printed — a signature date comes before the 版记's 印发 date, by
 * at most 60 days;
 * repair/evidence-signed-before-published — a signature date comes before the page's 发布日期:
 * the one reading within 60 days before it, else the one within a year.
 */
function chooseByEvidence(readings: Reading[], evidence: Evidence, isSignature: boolean): Reading | undefined {
  const only = (fits: Reading[]) => (fits.length === 1 ? fits[0] : undefined)
  // the same date printed elsewhere on the page
  const printedElsewhere = readings.filter((r) => evidence.printedDates.has(r.iso))
  if (!isSignature) return only(printedElsewhere)
  // a signature date comes before the 印发 date, and both before the page's 发布日期: soon
  // before it most often (the one reading within weeks wins), within a year at most; a date the
  // body cites counts only after the weeks before the 发布日期 (it may be another document's)
  const before = (limit: string | undefined, days: number) => (limit === undefined ? [] : readings.filter((r) => withinDaysBefore(r, limit, days)))
  const yearBefore = evidence.published === undefined ? readings : before(evidence.published, MAX_SIGNATURE_DELAY_DAYS)
  return (
    only(before(evidence.printed, MAX_PRINTING_DELAY_DAYS)) ??
    only(before(evidence.published, PROMPT_PUBLICATION_DAYS)) ??
    only(printedElsewhere.filter((r) => yearBefore.includes(r))) ??
    only(before(evidence.published, MAX_SIGNATURE_DELAY_DAYS))
  )
}

/** A reading at most `days` days before `limit` (an ISO date), or on it. */
function withinDaysBefore(reading: Reading, limit: string, days: number): boolean {
  const gap = (Date.parse(limit) - Date.parse(reading.iso)) / 86_400_000
  return gap >= 0 && gap <= days
}

/** Make the repair when one reading is possible or the evidence picks one, else record a finding. */
function resolve(context: LineContext, rule: string, index: number, before: string, readings: Reading[], isSignature: boolean, needsEvidence = false): void {
  if (readings.length === 0) return
  if (readings.length === 1 && !needsEvidence) {
    context.propose(edit(rule, context.line, index, before, (readings[0] as Reading).text))
    return
  }
  const chosen = chooseByEvidence(readings, context.evidence, isSignature)
  if (chosen) {
    const others = readings.filter((r) => r !== chosen).map((r) => r.text)
    context.propose(edit(rule, context.line, index, before, chosen.text, EVIDENCE_CONFIDENCE, others))
    return
  }
  const start = context.line.start + index
  context.findings.push({ rule, start, end: start + before.length, before, alternatives: readings.map((r) => r.text), confidence: 1 / (readings.length + (needsEvidence ? 1 : 0)) })
}

/** The forms of a date whose month (and year) unit was lost, each with its rule. */
const LOST_MONTH_FORMS = [
  [LOST_YEAR_MONTH, REPAIR_RULES.dateLostYearMonth.id],
  [LOST_MONTH, REPAIR_RULES.dateLostMonth.id],
] as const

/** A month's digits: 1 to 12, zero-padded only to two digits (05月; a lone 0 is no month). */
function isMonthDigits(text: string): boolean {
  const month = Number(text)
  return month >= 1 && month <= 12 && (!text.startsWith('0') || text.length === 2)
}

function repairDates(context: LineContext): void {
  if (!context.hasYear) return
  const s = context.line.text
  const isSignature = isSignatureLine(context)
  for (const [pattern, rule] of LOST_MONTH_FORMS) {
    for (const m of allMatches(pattern, s)) {
      const year = Number(m[1])
      if (!isPlausibleYear(year)) continue
      resolve(context, rule, m.index ?? 0, m[0], monthDayReadings(year, m[2] as string), isSignature)
    }
  }
  for (const m of allMatches(LOST_YEAR, s)) {
    const year = Number(m[1])
    const monthText = m[2] as string
    if (!isPlausibleYear(year) || !isMonthDigits(monthText)) continue
    context.propose(edit(REPAIR_RULES.dateLostYear.id, context.line, m.index ?? 0, m[0], `${year}年${monthText}月`))
  }
  for (const m of allMatches(LOST_MONTH_UNIT, s)) {
    if (!isPlausibleYear(Number(m[1])) || !isMonthDigits(m[2] as string)) continue
    context.propose(edit(REPAIR_RULES.dateLostMonthUnit.id, context.line, m.index ?? 0, m[0], `${m[0]}月`))
  }
  for (const m of allMatches(LOST_DAY, s)) {
    if (!isCalendarDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })) continue
    context.propose(edit(REPAIR_RULES.dateLostDay.id, context.line, m.index ?? 0, m[0], `${m[0]}日`))
  }
}

/** A date on a line of its own under a signer line, or ending an 印发 line. */
/** A line without the ? a mirror left for its full-width spaces, trimmed. */
function withoutMarks(text: string): string {
  return trimChars(text.trim(), '?？', '?？').trim()
}

function isSignatureLine(context: LineContext): boolean {
  const s = context.line.text.trim()
  if (/印发$/.test(s)) return true
  return /^[\d年月日\s]+$/.test(s) && context.previous !== undefined && isOrganLine(withoutMarks(context.previous.text))
}

function repairSignatureDigits(context: LineContext): void {
  if (!context.hasYear) return
  const s = context.line.text.trimEnd()
  // the three forms end with the digits or with 印发: a line of prose (…。) is not read by them,
  // whose prefixes backtrack over the whole line
  if (!endsWithDigit(s) && !s.endsWith('印发')) return
  const own = SIGNATURE_DIGITS.exec(s.trim())
  const m = own ?? SIGNERS_THEN_DIGITS.exec(s) ?? IMPRINT_DIGITS.exec(s)
  if (m === null) return
  // the digits under the signers, or after the signers (or the 版记's organ) on their line
  const signs = own !== null ? isSignatureLine(context) && !isInTable(context) : isOrganLine(m[1]?.trim() ?? '') && !isInNameNumberList(context)
  if (!signs) return
  const [year, digits] = own !== null ? [own[1] as string, own[2] as string] : [m[2] as string, m[3] as string]
  if (!isPlausibleYear(Number(year))) return
  const index = s.lastIndexOf(year + digits)
  resolve(context, REPAIR_RULES.dateAllUnitsLost.id, index, year + digits, monthDayReadings(Number(year), digits), true, true)
}

function endsWithDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last >= 0x30 && last <= 0x39
}

/** Digits on their own line under a name, in a column of names and numbers (a table dumped one
 *  cell per line: "城关镇" / "202345" / "河口镇" / "202346"), are no signature date: the line after
 *  them, or the line above the names, is another name or number. */
function isInTable(context: LineContext): boolean {
  const isNumber = (text: string) => /^\d[\d.,，]*$/.test(text)
  const isCell = (line: TextLine | undefined) => line !== undefined && (isOrganLine(line.text.trim()) || isNumber(line.text.trim()))
  if (isCell(context.next)) return true
  let k = context.index - 1
  while (k >= 0 && ((context.lines[k] as TextLine).text.trim() === '' || isOrganLine((context.lines[k] as TextLine).text.trim()))) k--
  return k >= 0 && isNumber((context.lines[k] as TextLine).text.trim())
}

/** "某县司法局 2016128" between lines of the same shape is a row of a list (names and phone
 *  numbers), not a signature. */
function isInNameNumberList(context: LineContext): boolean {
  const sameShape = (line: TextLine | undefined) => line !== undefined && /\S[ \t]+\d[\d.,，]*$/.test(line.text.trimEnd())
  return sameShape(context.previous) || sameShape(context.next)
}

// ── ranges ─────────────────────────────────────────────────────────────────────────────────

function isSaneRange(from: number, to: number): boolean {
  return isPlausibleYear(from) && isPlausibleYear(to) && to > from && to - from <= MAX_RANGE_SPAN
}

function repairRanges(context: LineContext): void {
  if (!context.hasYear) return
  const s = context.line.text
  // the bracket (and the dash, if lost too) come back in one edit; brackets left open before a
  // match are counted once along the line, not again for each match
  let depth = 0
  let counted = 0
  for (const m of allMatches(RANGE_CLOSED, s)) {
    const index = m.index ?? 0
    depth = openBrackets(s, counted, index, depth)
    counted = index
    if (!isSaneRange(Number(m[1]), Number(m[3]))) continue
    const previous = s[index - 1]
    if (previous === '（' || previous === '(') continue
    if (depth > 0) continue
    const dash = m[2] === '' ? RANGE_DASH : (m[2] as string)
    const close = m[0].slice(-1)
    context.propose(edit(REPAIR_RULES.rangeLostOpenBracket.id, context.line, index, m[0], `${close === ')' ? '(' : '（'}${m[1]}${dash}${m[3]}${m[4]}${close}`))
  }
  for (const m of allMatches(RANGE_NO_DASH, s)) {
    const from = Number(m[1])
    const to = Number(m[2])
    if (!isSaneRange(from, to)) continue
    // before a closing bracket the brackets hold the range alone: "（统一编号20192025）" is a code
    const index = m.index ?? 0
    if (s[index + m[0].length] !== '年' && !/[（(《]/.test(s[index - 1] ?? '')) continue
    context.propose(edit(REPAIR_RULES.yearRangeLostDash.id, context.line, m.index ?? 0, m[0], `${from}${RANGE_DASH}${to}`))
  }
}

/** Open round brackets not yet closed, after `s[from, to)`, starting from `depth`. */
function openBrackets(s: string, from: number, to: number, depth: number): number {
  let open = depth
  // read by code unit: （ U+FF08, ( U+0028, ） U+FF09, ) U+0029
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i)
    if (code === 0xff08 || code === 0x28) open++
    else if ((code === 0xff09 || code === 0x29) && open > 0) open--
  }
  return open
}

// ── document numbers ───────────────────────────────────────────────────────────────────────

function repairDocNumberLine(context: LineContext): void {
  const m = DAMAGED_DOC_NUMBER_LINE.exec(context.line.text)
  if (!m) return
  const [whole, agency, open, year, close, di, serial, hao] = m as unknown as [string, string, string, string, string, string, string, string]
  // a number with 第 (某劳人仲案字（2019）第12号) is left as printed: it may be a case's, not a 文号
  if (!isPlausibleYear(Number(year)) || serial.startsWith('0') || di !== '' || NOT_AN_AGENCY_BEFORE.test(agency)) return
  // without any bracket or 号 the digits are a document number only after a 代字 that ends like
  // one (某县发20174 → 某县发〔2017〕4号)
  if (open === '' && close === '' && hao === '' && !DOC_NUMBER_AGENCY_ENDINGS.includes(agency.slice(-1))) return
  const canonical = `${agency}〔${year}〕${serial}号`
  if (canonical === whole) return
  const lost = open === '' || close === '' || hao === ''
  const rule = lost ? REPAIR_RULES.docNumberLostBracket.id : REPAIR_RULES.docNumberBrackets.id
  context.propose(edit(rule, context.line, 0, whole, canonical))
}

function repairDocNumbersInText(context: LineContext): void {
  const s = context.line.text
  // every 文号 form below holds a 号 or a 〔
  if (context.hasYear && (s.includes('号') || s.includes('〔'))) {
    for (const m of allMatches(DOC_NUMBER_NO_BRACKETS, s)) {
      const index = m.index ?? 0
      if (!isPlausibleYear(Number(m[1])) || !isCitedAgency(s, index, index + m[0].length)) continue
      context.propose(edit(REPAIR_RULES.docNumberLostBracket.id, context.line, index, m[0], `〔${m[1]}〕${m[2]}号`))
    }
    for (const m of allMatches(DOC_NUMBER_ONE_BRACKET, s)) {
      const year = m[1] ?? (m[2] as string)
      if (!isPlausibleYear(Number(year)) || NOT_AN_AGENCY_BEFORE.test(s.slice(0, m.index ?? 0))) continue
      context.propose(edit(REPAIR_RULES.docNumberLostBracket.id, context.line, m.index ?? 0, m[0], `〔${year}〕${m[3]}号`))
    }
    for (const m of allMatches(DOC_NUMBER_NO_HAO, s)) context.propose(edit(REPAIR_RULES.docNumberLostBracket.id, context.line, m.index ?? 0, m[0], `${m[1] as string}号`))
    for (const m of allMatches(DOC_NUMBER_OPEN_ONLY, s)) {
      if (!isPlausibleYear(Number(m[1])) || NOT_AN_AGENCY_BEFORE.test(s.slice(0, m.index ?? 0))) continue
      context.propose(edit(REPAIR_RULES.docNumberLostBracket.id, context.line, m.index ?? 0, m[0], `〔${m[1]}〕${m[2]}号`))
    }
    for (const m of allMatches(DOC_NUMBER_OTHER_BRACKETS, s)) {
      // a full organ's name before the year ("某仲裁委员会（2019）12号裁决") is no 代字; a short one is
      // (泸政党组（2020）53号: a 代字 may end like an organ, abbreviated to a few characters)
      const before = s.slice(0, m.index ?? 0)
      const name = trailingHan(before)
      if (!isPlausibleYear(Number(m[1])) || NOT_AN_AGENCY_BEFORE.test(before) || (name.length > ORGAN_CODE_MAX_LENGTH && isOrganName(name))) continue
      context.propose(edit(REPAIR_RULES.docNumberBrackets.id, context.line, m.index ?? 0, m[0], `〔${m[1]}〕${m[2]}号`))
    }
  }
  if (!EMPTY_BRACKETS.test(s)) return
  for (const m of allMatches(DOC_NUMBER_NO_YEAR, s)) {
    const start = context.line.start + (m.index ?? 0)
    context.messages.push(
      createMessage('repair', WARNINGS.docNumberYearMissing.code, `document number “${m[0]}” has lost its year; kept as printed`, 'warning', start, start + m[0].length),
    )
  }
}

/** Digits and 号 at [start, end) of `s` are a 文号 whose brackets were lost: its 代字 ends like
 *  one (…发), or the text cites a document there — a citing word right before the 代字 (按照某政…),
 *  文件/精神/）/《/等 after it, a citation's （ or 》 before it, or another 文号 and 、 before it —
 *  never after 备/第/证书/单/票/件… (ICP备2020123号, 第2019123号, 发票2019123号). */
function isCitedAgency(s: string, start: number, end: number): boolean {
  const before = s.slice(0, start)
  if (NOT_AN_AGENCY_BEFORE.test(before)) return false
  const run = trailingHan(before)
  if (run === '') return false
  if (DOC_NUMBER_AGENCY_ENDINGS.includes(run.slice(-1))) return true
  const outside = before.slice(0, before.length - run.length)
  if (DOC_NUMBER_FOLLOWERS.test(s.slice(end)) || CITATION_OPENERS.test(outside) || /号、$/.test(outside)) return true
  return CITING_WORDS.some((word) => {
    const at = run.lastIndexOf(word)
    const agency = at === -1 ? 0 : run.length - at - word.length
    return agency >= 2 && agency <= CITED_AGENCY_MAX_LENGTH
  })
}

/** The Han characters that end `text` (read backwards: no regex scans the line). */
function trailingHan(text: string): string {
  let start = text.length
  while (start > 0 && isHan(text[start - 1] as string)) start--
  return text.slice(start)
}

// ── lost characters at the start of a line ─────────────────────────────────────────────────

/** An organ's name this long at least is restored from the page's whole print of it: shorter
 *  ones ("县政府", "市委") are the page's own short forms. */
const LOST_ORGAN_MIN_LENGTH = 5

/** Organ names a page prints whole: lines that are one organ's name, and the organ before 关于 in a
 *  title ("西吉县人民政府办公室关于印发…的通知"). */
function organNamesPrinted(lines: readonly TextLine[]): Set<string> {
  const names = new Set<string>()
  for (const line of lines) {
    const text = line.text.trim()
    const about = text.indexOf('关于')
    const head = about > 0 ? text.slice(0, about) : text
    if (head.length >= LOST_ORGAN_MIN_LENGTH && head.length <= ORGAN_LINE_MAX_LENGTH && isOrganName(head)) names.add(head)
  }
  return names
}

/** A line longer than this is no organ's name. */
const ORGAN_LINE_MAX_LENGTH = 40

function repairLostLeading(context: LineContext): void {
  const s = context.line.text
  const party = LOST_PARTY.exec(s)
  // only where organs stand: a line of organs, a title (…关于), a 主送 line ending in a colon —
  // never a sentence ("共有县委、县政府等12家单位参加。")
  const rest = party === null ? '' : s.slice(party[0].length).trim()
  if (party && (rest === '' || rest.startsWith('关于') || isOrganLine(rest) || (/[：:]$/.test(rest) && !/[。；]/.test(rest)))) {
    const before = `共${party[1] as string}`
    context.propose(edit(REPAIR_RULES.lostLeadingChar.id, context.line, 0, before, `中${before}`))
    return
  }
  // an organ's line that lost its first character, the page printing the whole name elsewhere:
  // "吉县人民政府办公室" under "西吉县人民政府办公室关于印发…的通知" (吉县 is a county too, elsewhere)
  const organ = s.trim()
  if (organ.length >= LOST_ORGAN_MIN_LENGTH && isOrganName(organ)) {
    for (const whole of context.evidence.organNames) {
      if (whole.length !== organ.length + 1 || !whole.endsWith(organ)) continue
      const at = s.indexOf(organ)
      context.propose(edit(REPAIR_RULES.lostLeadingChar.id, context.line, at, organ, whole))
      return
    }
  }
  const label = LOST_LABEL.exec(s)
  if (!label) return
  const full = LOST_LEADING_LABELS.find((l) => l.slice(1) === label[1])
  if (full === undefined || s.startsWith(full)) return
  context.propose(edit(REPAIR_RULES.lostLeadingChar.id, context.line, 0, label[1] as string, full))
}

function repairHeading(context: LineContext): void {
  const s = context.line.text
  const lost = HEADING_LOST_BRACKET.exec(s)
  if (lost) {
    context.propose(edit(REPAIR_RULES.headingLostBracket.id, context.line, 0, lost[0], `（${lost[1] as string}）`))
    return
  }
  const junk = HEADING_JUNK.exec(s)
  if (junk) context.propose(edit(REPAIR_RULES.headingJunk.id, context.line, 0, junk[0], ''))
}

// ── spaces and stray characters ────────────────────────────────────────────────────────────

function repairSpaces(context: LineContext): void {
  const s = context.line.text
  if (!s.includes(' ') && !s.includes('\u3000')) return
  for (const m of context.hasYear ? allMatches(SPACED_DATE, s) : []) {
    const [year, month, day] = [m[1] as string, m[2], m[3]]
    if (month !== undefined && !isCalendarDate({ year: Number(year), month: Number(month), day: day === undefined ? 1 : Number(day) })) continue
    const compact = `${year}年${month === undefined ? '' : `${month}月`}${day === undefined ? '' : `${day}日`}`
    if (compact !== m[0]) context.propose(edit(REPAIR_RULES.dateSpaces.id, context.line, m.index ?? 0, m[0], compact))
  }
  for (const m of s.includes('月') ? allMatches(SPACED_MONTH_DAY, s) : []) {
    const [month, day] = [Number(m[1]), Number(m[2])]
    if (month < 1 || month > 12 || day < 1 || day > 31) continue
    const compact = `${m[1] as string}月${m[2] as string}日`
    if (compact !== m[0]) context.propose(edit(REPAIR_RULES.dateSpaces.id, context.line, m.index ?? 0, m[0], compact))
  }
  for (const m of context.hasYear ? allMatches(SPACED_DASHED_DATE, s) : []) {
    const [year, separator, month, day, hour, minute] = [m[1] as string, m[2] as string, m[3] as string, m[4] as string, m[5], m[6]]
    if (!isCalendarDate({ year: Number(year), month: Number(month), day: Number(day) })) continue
    const compact = `${year}${separator}${month}${separator}${day}${hour === undefined ? '' : ` ${hour}:${minute as string}`}`
    if (compact !== m[0]) context.propose(edit(REPAIR_RULES.dateSpaces.id, context.line, m.index ?? 0, m[0], compact))
  }
  for (const m of context.hasYear ? allMatches(SPACED_DOC_NUMBER, s) : []) {
    const compact = `〔${m[1] as string}〕${m[2] as string}号`
    if (compact !== m[0]) context.propose(edit(REPAIR_RULES.docNumberSpaces.id, context.line, m.index ?? 0, m[0], compact))
  }
}

function repairLatinO(context: LineContext): void {
  if (!context.line.text.includes('年')) return
  for (const m of allMatches(NUMERAL_YEAR_WITH_O, context.line.text)) {
    if (!/[oO0]/.test(m[0])) continue
    context.propose(edit(REPAIR_RULES.latinOInNumeral.id, context.line, m.index ?? 0, m[0], m[0].replace(/[oO0]/g, '〇')))
  }
}

function asksQuestions(lines: readonly TextLine[]): boolean {
  return lines.some((line) => {
    const text = line.text.trim()
    const last = text[text.length - 1]
    return (last === '?' || last === '？') && (matchSectionMarker(text) !== undefined || QUESTION_LABEL.test(text)) && QUESTION_WORDS.test(withoutQuotes(text))
  })
}
/** A text without what it quotes: a slogan's 谁 asks nothing ("谁执法谁普法"). */
function withoutQuotes(text: string): string {
  return text.replace(QUOTED, '')
}

function hasLostSpaceMarks(text: string): boolean {
  return /[。；：，、][?？]/.test(text) || /^[?？\ufffd]+(?=[\u4e00-\u9fa5])/m.test(text)
}

function repairStrayQuestionMark(context: LineContext): void {
  const s = context.line.text
  if (!s.includes('?') && !s.includes('？')) return
  for (const m of allMatches(QUESTION_MARK_AFTER_STOP, s)) context.propose(edit(REPAIR_RULES.strayQuestionMark.id, context.line, m.index ?? 0, m[0], ''))
  // the heading-junk rule takes the marks before a numbered heading
  const start = HEADING_JUNK.test(s) ? null : QUESTION_MARK_AT_START.exec(s)
  if (start !== null) context.propose(edit(REPAIR_RULES.strayQuestionMark.id, context.line, 0, start[0], ''))
  const article = QUESTION_MARK_AFTER_ARTICLE.exec(s)
  // the article's number and its text were parted by that space: it comes back as one
  if (article !== null) context.propose(edit(REPAIR_RULES.strayQuestionMark.id, context.line, article.index, article[0], ' '))
  // right after a section marker: "（一）?乡镇…", "1.?送审…"
  const marker = matchSectionMarker(s)
  const markerEnd = marker === undefined || !s.endsWith(marker.rest) ? -1 : s.length - marker.rest.length
  const afterMarker = markerEnd === -1 ? null : /^[?？]+/.exec(s.slice(markerEnd))
  if (afterMarker !== null) context.propose(edit(REPAIR_RULES.strayQuestionMark.id, context.line, markerEnd, afterMarker[0], ''))
  const end = QUESTION_MARK_AT_END.exec(s)
  if (end === null || !context.evidence.lostSpaceMarks) return
  const sentence = s.slice(0, end.index).split(/[。！；]/).pop() ?? ''
  if (sentence.trim() === '' || QUESTION_WORDS.test(sentence) || QUESTION_WORDS.test(s) || context.evidence.asksQuestions) return
  context.propose(edit(REPAIR_RULES.strayQuestionMark.id, context.line, end.index, end[0].trimEnd(), ''))
}
