/**
 * The shape of a line, read the same way by every stage: does it read like prose, does it hold a
 * sentence, could it be a title, does the body start with it. (strip-chrome decides the
 * document's edges by it, html-to-text weighs elements by it, segment finds the document's head.)
 *
 * Example: isProse('为深入推进依法行政，加快建设法治政府，现将有关情况报告如下：') → true;
 * isProse('首页 > 政务公开 > 通知公告') → false.
 */
import { BODY_LINE_MIN_HAN } from './rules/chrome.js'
import { endsWithKind, TITLE_MAX_LENGTH, TITLE_SITE_MARK } from './rules/document.js'
import { CLAUSE_MARKS, SENTENCE_END_MARKS, SENTENCE_STOP } from './rules/punctuation.js'
import { matchSectionMarker } from './rules/sections.js'
import { isHanUnit, unitTable } from './text.js'

/** Punctuation of clauses and sentences, full width or ASCII, by code unit. */
const CLAUSE_PUNCTUATION = unitTable(CLAUSE_MARKS)
/** What ends a sentence, by code unit. */
const SENTENCE_END_UNITS = unitTable(SENTENCE_END_MARKS)

/**
 * @param text a line (or its match key)
 * @returns whether it reads like document prose: clause punctuation and at least
 *   BODY_LINE_MIN_HAN Han characters
 */
export function isProse(text: string): boolean {
  return proseHan(text, BODY_LINE_MIN_HAN) >= BODY_LINE_MIN_HAN
}

/**
 * @param text a line
 * @returns its Han characters when it reads like prose, else 0 (the weight of a line of prose)
 */
export function proseWeight(text: string): number {
  const han = proseHan(text, Infinity)
  return han >= BODY_LINE_MIN_HAN ? han : 0
}

/** The Han characters of a text that holds clause punctuation (0 when it holds none), counted in
 *  one scan that stops at `enough` once the punctuation is seen. */
function proseHan(text: string, enough: number): number {
  let han = 0
  let punctuated = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isHanUnit(code)) han++
    else if (CLAUSE_PUNCTUATION[code] === 1) punctuated = true
    else continue
    if (punctuated && han >= enough) return han
  }
  return punctuated ? han : 0
}

/**
 * @param text a line (or its match key)
 * @returns whether it holds a sentence: a run of at least BODY_LINE_MIN_HAN Han characters that
 *   ends with a full stop
 */
export function holdsSentence(text: string): boolean {
  // the Han characters since the last full stop, counted without splitting the text into parts;
  // what follows the last full stop ends with none
  let han = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isHanUnit(code)) han++
    else if (SENTENCE_END_UNITS[code] === 1) {
      if (han >= BODY_LINE_MIN_HAN) return true
      han = 0
    }
  }
  return false
}


/**
 * @param text a trimmed line
 * @returns whether it can be (part of) a title: short, no sentence punctuation, not a numbered
 *   heading, not a lead-in ending in a colon
 */
export function isTitleShaped(text: string): boolean {
  return text.length <= TITLE_MAX_LENGTH && !SENTENCE_STOP.test(text) && matchSectionMarker(text) === undefined && !/[：:]$/.test(text)
}

/** A row of a table, its cells joined by " | " (how HTML tables and pipe tables are read). */
const TABLE_ROW = /\S\s?[|｜]\s?\S/

/**
 * @param text a trimmed line
 * @returns whether a document's body may start with it: a paragraph of prose (a sentence, or a
 *   clause longer than a third of a title), a numbered heading, a line ending in a colon (主送,
 *   or a lead-in), or a table's row (a document laid out as a table: 行政处罚决定书文号 | …)
 */
export function startsBody(text: string): boolean {
  return (
    SENTENCE_STOP.test(text) ||
    (/[，,]/.test(text) && text.length > TITLE_MAX_LENGTH / 3) ||
    matchSectionMarker(text) !== undefined ||
    /[：:]$/.test(text) ||
    (TABLE_ROW.test(text) && !isTaggedTitle(text))
  )
}

/** A title behind a column's tag and its bar ("法治政府 | 瑞安市司法局2023年度…报告"): no table's row. */
function isTaggedTitle(text: string): boolean {
  const mark = TITLE_SITE_MARK.exec(text)
  return mark !== null && mark[0].length > 0 && endsWithKind(text.slice(mark[0].length))
}
