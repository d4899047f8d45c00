/**
 * Numbering markers of the section tree (GB/T 9704 §7.3.3, DOMAIN §5). Each style has a pattern
 * matched at the start of a paragraph; nesting is decided by the order styles appear in, not by
 * this list. Order matters: 第X部分 before 第X章 …, （一） before 一、.
 */
import { chineseNumeralValue } from '../text.js'

export interface MarkerStyle {
  /** Style id, also what `marker` looks like for number 1. */
  style: string
  pattern: RegExp
  /** Turns the captured numeral into the ordinal. */
  value: (numeral: string) => number | undefined
  /** Writes the marker as normalized for a numeral. */
  render: (numeral: string) => string
  example: string
}

const CN = '[一二三四五六七八九十百零〇两]{1,4}'
const arabic = (n: string) => Number(n)

export const MARKER_STYLES: readonly MarkerStyle[] = [
  { style: '第一部分', pattern: new RegExp(`^第(${CN})部分`), value: chineseNumeralValue, render: (n) => `第${n}部分`, example: '第一部分：2023年度法治政府建设的主要举措和成效' },
  { style: '第一章', pattern: new RegExp(`^第(${CN})章`), value: chineseNumeralValue, render: (n) => `第${n}章`, example: '第一章  总  则' },
  { style: '第一节', pattern: new RegExp(`^第(${CN})节`), value: chineseNumeralValue, render: (n) => `第${n}节`, example: '第一节 一般规定' },
  { style: '第一条', pattern: new RegExp(`^第(${CN})条(?=[\\s\\u3000]|[\\u4e00-\\u9fa5（])`), value: chineseNumeralValue, render: (n) => `第${n}条`, example: '第一条 为了规范重大行政决策程序，…' },
  { style: '（一）', pattern: new RegExp(`^[（(](${CN})[）)]`), value: chineseNumeralValue, render: (n) => `（${n}）`, example: '（一）强化组织领导，建立健全工作机制。' },
  { style: '一、', pattern: new RegExp(`^(${CN})[、，,．.]`), value: chineseNumeralValue, render: (n) => `${n}、`, example: '一、总体要求' },
  { style: '（1）', pattern: /^[（(](\d{1,3})[）)]/, value: arabic, render: (n) => `（${n}）`, example: '（1）完善行政执法程序' },
  { style: '1.', pattern: /^(\d{1,3})[.．](?![\d.．])/, value: arabic, render: (n) => `${n}.`, example: '1. 深化行政审批制度改革。' },
  { style: '1、', pattern: /^(\d{1,3})、/, value: arabic, render: (n) => `${n}、`, example: '1、加强组织领导' },
  { style: '1）', pattern: /^(\d{1,3})[）)](?![\d])/, value: arabic, render: (n) => `${n}）`, example: '1）建立台账' },
  { style: '①', pattern: /^([\u2460-\u2473])/, value: (n) => n.charCodeAt(0) - 0x245f, render: (n) => n, example: '①行政复议案件全部按期办结' },
  { style: '一是', pattern: new RegExp(`^(${CN})是(?![否以为非])`), value: chineseNumeralValue, render: (n) => `${n}是`, example: '一是加强党对法治政府建设的领导。' },
]

/** Highest ordinal a numbered heading plausibly has; a larger number opens no section. */
export const MAX_SECTION_NUMBER = 200

export interface MarkerMatch {
  style: string
  marker: string
  number: number
  /** The paragraph after the marker. */
  rest: string
}

/**
 * The numbering marker a paragraph starts with.
 * @param text a paragraph
 * @returns its marker, or undefined
 */
export function matchSectionMarker(text: string): MarkerMatch | undefined {
  for (const style of MARKER_STYLES) {
    const m = style.pattern.exec(text)
    if (!m) continue
    const numeral = m[1] as string
    const number = style.value(numeral)
    if (number === undefined || number < 1 || number > MAX_SECTION_NUMBER) continue
    return { style: style.style, marker: style.render(numeral), number, rest: text.slice(m[0].length) }
  }
  return undefined
}
