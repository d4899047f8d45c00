/**
 * Stage `unflatten`: give a page whose line breaks were lost its lines back, before any rule
 * reads it by lines.
 *
 * A crawler that joined a page's strings with spaces (or with nothing) saved it as one line, or
 * a normal head followed by one line holding the whole body. Such a line — long, with several
 * places where a line plainly ended (see src/flattened.ts) — is split there; every other line is
 * left as it is, so a normal page comes out unchanged.
 *
 * Example: '当前位置： 首页 > 通知 关于…的报告 时间：2023-03-31 10:09 根据…，现将…报告如下： 一、工作开展情况（一）…'
 * → '当前位置： 首页 > 通知\n关于…的报告\n时间：2023-03-31 10:09\n根据…，现将…报告如下：\n一、工作开展情况\n（一）…',
 * edits: unflatten/split-flattened-line (each space replaced by a line break, or a line break
 * inserted), and an info message `flattened-text` on the line.
 */
import { applyEdits } from '../edits.js'
import { findLineBreaks, flattenedLineBreaks, headerLineBreaks, type LineBreak } from '../flattened.js'
import { createMessage } from '../messages.js'
import { lineEnd } from '../text.js'
import type { Edit, Message, TextStageResult } from '../types.js'
import { WARNINGS } from '../rules/warnings.js'
import { FLAT_LINE_MIN_LENGTH, FLAT_SIBLING_LINE_MIN_LENGTH, UNFLATTEN_RULES } from '../rules/flattened.js'

export const SPLIT_FLATTENED_LINE_RULE = UNFLATTEN_RULES.splitFlattenedLine.id
export const SPLIT_SIBLING_LINE_RULE = UNFLATTEN_RULES.splitSiblingLine.id
export const SPLIT_HEADER_LINE_RULE = UNFLATTEN_RULES.splitHeaderLine.id

export interface UnflattenOptions {
  /** How a Traditional line reads in Simplified (the break finder's words are Simplified): a
   *  line is read through it when the conversion keeps its length, so positions stay valid. */
  simplify?: ((line: string) => string) | undefined
  /** Lines (0-based) known to be chrome already (an HTML page's structure): they go whole. */
  chromeLines?: ReadonlyMap<number, string>
  /** The page is a text dump: when one of its lines is flattened, its other lines of
   *  FLAT_SIBLING_LINE_MIN_LENGTH or more are split at their breaks too (an HTML page's other
   *  lines are the blocks its markup states). */
  siblingLines?: boolean
}

/**
 * Split the flattened lines of a page at the places its lines ended.
 * @param text the page's text (the decoded dump, or the text of the HTML page)
 * @param options see UnflattenOptions
 * @returns the text with its lines back, one edit per line break, one message per flattened line
 */
export function unflatten(text: string, options: UnflattenOptions = {}): TextStageResult {
  const edits: Edit[] = []
  const messages: Message[] = []
  /** The lines left for the sibling pass: long enough for it, and not flattened themselves. */
  const siblings: { start: number; end: number }[] = []
  // a line shorter than a flattened page is no such page: read by its bounds, not made a string
  for (let start = 0, index = 0, end = lineEnd(text, 0); end !== -1; start = end + 1, index++, end = lineEnd(text, start)) {
    if (end - start < FLAT_SIBLING_LINE_MIN_LENGTH || options.chromeLines?.has(index)) continue
    if (end - start < FLAT_LINE_MIN_LENGTH) {
      if (options.siblingLines !== true) continue
      // unflatten/split-header-line: a dump's header joined with spaces, shorter than a page
      const line = text.slice(start, end)
      const header = headerLineBreaks(line)
      if (header === undefined) siblings.push({ start, end })
      else for (const found of header) edits.push({ rule: SPLIT_HEADER_LINE_RULE, start: start + found.start, end: start + found.end, before: line.slice(found.start, found.end), after: '\n' })
      continue
    }
    const line = text.slice(start, end)
    const asWritten = flattenedLineBreaks(line)
    if (asWritten === undefined) {
      if (options.siblingLines === true) siblings.push({ start, end })
      continue
    }
    const breaks = breaksAsRead(line, asWritten, options)
    for (const found of breaks) {
      edits.push({ rule: SPLIT_FLATTENED_LINE_RULE, start: start + found.start, end: start + found.end, before: line.slice(found.start, found.end), after: '\n' })
    }
    messages.push(
      createMessage(
        'unflatten',
        WARNINGS.flattenedText.code,
        `a line of ${line.length} characters held the page with its line breaks lost; split into ${breaks.length + 1} lines`,
        'info',
        start,
      ),
    )
  }
  // unflatten/split-sibling-line: a dump whose crawler lost one line's breaks lost the others'
  // too; a layout table's header or footer, shorter than a page, is split where its strings were
  // glued. Only there: a space in such a line is as often the page's own (a disclosure row's
  // "索引号 | 1115…", a byline's "发布时间：… 来源：…", which the dump kept on their lines)
  if (edits.some((edit) => edit.rule === SPLIT_FLATTENED_LINE_RULE) && siblings.length > 0) {
    for (const { start, end } of siblings) {
      const line = text.slice(start, end)
      for (const found of breaksAsRead(line, undefined, options)) {
        if (found.end > found.start) continue
        edits.push({ rule: SPLIT_SIBLING_LINE_RULE, start: start + found.start, end: start + found.end, before: line.slice(found.start, found.end), after: '\n' })
      }
    }
    edits.sort((a, b) => a.start - b.start)
  }
  return { text: edits.length === 0 ? text : applyEdits(text, edits), edits, messages }
}

/** A line's breaks as its Simplified form reads them (the break finder's words are Simplified),
 *  when the conversion keeps its length, and with its full-width digits read as digits (a Word
 *  paste's "临洮县人民政府２０２４年３月２５日" is a signature's date); else the breaks found as written
 *  (`asWritten`, when they were found already). */
function breaksAsRead(line: string, asWritten: LineBreak[] | undefined, options: UnflattenOptions): LineBreak[] {
  const simplified = options.simplify?.(line)
  const read = asciiDigits(simplified !== undefined && simplified.length === line.length ? simplified : line)
  return read === line && asWritten !== undefined ? asWritten : findLineBreaks(read)
}

/** A text with its full-width digits (０–９) as ASCII ones, the same length. */
function asciiDigits(text: string): string {
  return FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - FULL_WIDTH_OFFSET)) : text
}
const FULL_WIDTH_DIGIT = /[０-９]/
const FULL_WIDTH_DIGITS = /[０-９]/g
const FULL_WIDTH_OFFSET = 0xfee0
