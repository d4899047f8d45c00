/**
 * Small text helpers shared by stages: character classes, the width-folded "match key" that
 * rules are matched on, and line splitting with offsets.
 */

/** Han ideographs (BMP and the common astral extensions). */
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u

/** Chinese punctuation and full-width forms that count as Chinese context (、。《》“” （） ，…). */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201d\u2014\u2026\u00b7]/

/** @returns whether `ch` is a Han ideograph */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const code = ch.charCodeAt(0)
  // the common case without a regular expression: CJK Unified Ideographs and Extension A
  if (code >= 0x3400 && code <= 0x9fff) return true
  return code >= 0xd800 || (code >= 0xf900 && code <= 0xfaff) ? HAN.test(ch) : false
}

/**
 * @param text any text
 * @returns how many Han ideographs of the BMP it holds (astral ones are rare in these pages)
 */
export function countHan(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x3400 && code <= 0x9fff) count++
  }
  return count
}

/** @returns whether `ch` is Chinese text: a Han ideograph or Chinese punctuation */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCTUATION.test(ch))
}

/**
 * Fold full-width ASCII forms (！…～, U+FF01–FF5E) and the ideographic space to ASCII.
 * Used only on copies made for matching, never on output text.
 * @param text any text
 * @returns the folded text (same length)
 */
export function foldWidth(text: string): string {
  // most lines have nothing to fold: return them as they are, and fold the others by runs
  return WIDE_FORMS.test(text) ? text.replace(WIDE_FORM_RUNS, foldRun) : text
}
const WIDE_FORMS = /[\uff01-\uff5e\u3000\u00a0]/
const WIDE_FORM_RUNS = /[\uff01-\uff5e\u3000\u00a0]+/g
/** The ASCII form of each full-width form, made once: most runs are one character (，：（）). */
const FOLDED = Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, i) => String.fromCharCode(0x21 + i))
function foldRun(run: string): string {
  if (run.length === 1) {
    const code = run.charCodeAt(0)
    return code === 0x3000 || code === 0xa0 ? ' ' : (FOLDED[code - 0xff01] as string)
  }
  let out = ''
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i)
    out += code === 0x3000 || code === 0xa0 ? ' ' : String.fromCharCode(code - 0xfee0)
  }
  return out
}

/**
 * The key a line is matched on by rules: width-folded with every space removed, so that
 * "索　引　号：" and "索引号:" give the same key.
 * @param line one line
 * @returns its key
 */
export function matchKey(line: string): string {
  // \s takes U+3000 and NBSP too, so the spaces go first and only full-width forms are left to fold
  return foldWidth(line.replace(/\s+/g, ''))
}

/** A line of a text with its offsets (`end` excludes the "\n"). */
export interface TextLine {
  /** 0-based index of the line */
  index: number
  start: number
  end: number
  text: string
}

/**
 * Split a text into lines, keeping offsets. A final "\n" does not open an empty last line.
 * @param text the text
 * @returns its lines
 */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = []
  let start = 0
  let index = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (start === text.length && end === start && index > 0) break
    lines.push({ index, start, end, text: text.slice(start, end) })
    index++
    start = end + 1
  }
  return lines
}

/** Chinese numerals used in numbering and dates, value by character. */
const CN_DIGITS: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, 'O': 0, 'Ｏ': 0, o: 0, 'ｏ': 0, '0': 0, '０': 0,
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/**
 * Value of a Chinese numeral written with 十/百 (十一 → 11, 二十三 → 23, 一百零五 → 105).
 * @param numeral the numeral
 * @returns its value, or undefined if it is not one
 */
export function chineseNumeralValue(numeral: string): number | undefined {
  if (numeral.length === 0) return undefined
  let total = 0
  let current = 0
  for (const ch of numeral) {
    if (ch === '十') {
      total += (current || 1) * 10
      current = 0
    } else if (ch === '百') {
      total += (current || 1) * 100
      current = 0
    } else {
      const digit = CN_DIGITS[ch]
      if (digit === undefined) return undefined
      current = digit
    }
  }
  return total + current
}

/**
 * Digits written one by one in Chinese (二〇一八 → 2018), as years are.
 * @param numeral the digits
 * @returns the number, or undefined
 */
export function chineseDigitsValue(numeral: string): number | undefined {
  let value = 0
  for (const ch of numeral) {
    const digit = CN_DIGITS[ch]
    if (digit === undefined) return undefined
    value = value * 10 + digit
  }
  return numeral.length > 0 ? value : undefined
}

/**
 * Trim characters off both ends of a text, in one pass each way (a regular expression anchored
 * at the end, such as /\s+$/, backtracks quadratically over a long run of spaces).
 * @param text any text
 * @param start characters to trim off the start
 * @param end characters to trim off the end
 * @returns the trimmed text
 */
export function trimChars(text: string, start: string, end: string): string {
  let from = 0
  let to = text.length
  while (from < to && start.includes(text[from] as string)) from++
  while (to > from && end.includes(text[to - 1] as string)) to--
  return text.slice(from, to)
}

/** Spaces of every kind a page carries: ASCII, NBSP, the ideographic space, tabs, line ends. */
export const SPACES = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff'

/**
 * A literal for a regular expression built from data (label tables).
 * @param text any text
 * @returns it with the characters that mean something in a pattern escaped
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
