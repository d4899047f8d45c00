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
  if (isHanUnit(code)) return true
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
    if (isHanUnit(code)) count++
  }
  return count
}

/** Whether a code unit is a Han ideograph of the BMP's main blocks (CJK Unified Ideographs and
 *  Extension A): what countHan counts, for scans that read a text by code unit. */
export function isHanUnit(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff
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
  return rewriteByClass(text, FOLD_CLASS)
}

/**
 * The key a line is matched on by rules: width-folded with every space removed, so that
 * "索　引　号：" and "索引号:" give the same key.
 * @param line one line
 * @returns its key
 */
export function matchKey(line: string): string {
  return rewriteByClass(line, KEY_CLASS)
}

/**
 * @param text any text
 * @returns how many of its code units are not white space (`text.replace(/\s/g, '').length`,
 *   without the copy)
 */
export function countNonSpace(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) if (KEY_CLASS[text.charCodeAt(i)] !== DROP) count++
  return count
}

/**
 * @param text a line
 * @param keyIndex a position in its match key (matchKey: white space dropped)
 * @returns where that code unit stands in the line (the line's length past the key's end)
 */
export function offsetOfKeyIndex(text: string, keyIndex: number): number {
  let seen = 0
  for (let i = 0; i < text.length; i++) {
    if (KEY_CLASS[text.charCodeAt(i)] === DROP) continue
    if (seen === keyIndex) return i
    seen++
  }
  return text.length
}

/** What a rewrite does with a code unit: keep it, drop it, fold it to ASCII or to a space. */
const KEEP = 0
const DROP = 1
const FOLD = 2
const TO_SPACE = 3

/** What `\s` matches, as code units. */
const SPACE_CODES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]

function classTable(spaces: readonly number[], spaceClass: number): Uint8Array {
  const table = new Uint8Array(0x10000)
  table.fill(FOLD, 0xff01, 0xff5f)
  for (const code of spaces) table[code] = spaceClass
  return table
}
/** foldWidth: full-width forms to ASCII, the ideographic space and NBSP to a space. */
const FOLD_CLASS = classTable([0x3000, 0xa0], TO_SPACE)
/** matchKey: every space dropped (U+3000 and NBSP among them), full-width forms to ASCII. */
const KEY_CLASS = classTable(SPACE_CODES, DROP)

/**
 * A text with each code unit kept, dropped or folded as a table says, in one scan: most lines
 * change nowhere and are returned as they are, and the others are copied by the runs between
 * the code units that change (a regular expression's replace with a function per run took ~3×
 * as long on a page's lines).
 */
function rewriteByClass(text: string, table: Uint8Array): string {
  let out = ''
  let runStart = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const action = table[code] as number
    if (action === KEEP) continue
    if (runStart < i) out += text.slice(runStart, i)
    if (action === FOLD) out += String.fromCharCode(code - 0xfee0)
    else if (action === TO_SPACE) out += ' '
    runStart = i + 1
  }
  if (runStart === 0) return text
  return runStart < text.length ? out + text.slice(runStart) : out
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
  for (let start = 0, index = 0, end = lineEnd(text, 0); end !== -1; start = end + 1, index++, end = lineEnd(text, start)) {
    lines.push({ index, start, end, text: text.slice(start, end) })
  }
  return lines
}

/**
 * Where the line that starts at `start` ends, for a scan of a text's lines that makes no string
 * of them (as splitLines reads them).
 * @param text the text
 * @param start the offset after a "\n", or 0
 * @returns the offset of its "\n" or the text's end; -1 past the last line (a final "\n" opens
 *   no empty line)
 */
export function lineEnd(text: string, start: number): number {
  if (start > text.length || (start === text.length && start > 0)) return -1
  const end = text.indexOf('\n', start)
  return end === -1 ? text.length : end
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
  // code units compared, not text[i]: a character outside Latin-1 read so is a new string each time
  while (from < to && holdsCode(start, text.charCodeAt(from))) from++
  while (to > from && holdsCode(end, text.charCodeAt(to - 1))) to--
  return from === 0 && to === text.length ? text : text.slice(from, to)
}

/** Whether a short set of characters holds a code unit. */
function holdsCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true
  return false
}

/**
 * Words grouped by their last code unit, each group in the words' order: a text's last code unit
 * names the few words that may end it (endingWord), where a list of fifty is tried on every line.
 * @param words non-empty words, in the order they are to be tried
 */
export function wordsByLastUnit(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const groups = new Map<number, string[]>()
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1)
    const group = groups.get(last)
    if (group === undefined) groups.set(last, [word])
    else group.push(word)
  }
  return groups
}

/**
 * The first word of a group (in the order wordsByLastUnit kept) that ends a text.
 * @param text any text
 * @param byLast the words, grouped by wordsByLastUnit
 * @param longer when true, a word that is the whole text does not count
 * @returns the word, or undefined
 */
export function endingWord(text: string, byLast: ReadonlyMap<number, readonly string[]>, longer = false): string | undefined {
  const words = byLast.get(text.charCodeAt(text.length - 1))
  if (words === undefined) return undefined
  for (const word of words) if (text.endsWith(word) && (!longer || text.length > word.length)) return word
  return undefined
}

/**
 * The matches of a global pattern in a text, as `text.matchAll(pattern)` gives them when the
 * pattern's lastIndex is 0, without the copy of the pattern matchAll makes at every call (~100 ns:
 * the repair stage asks a dozen patterns of every line that holds a year). Read at once, so that
 * a pattern may be asked again while its matches are read; its lastIndex is 0 again after.
 * @param pattern a pattern with the g flag
 * @param text any text
 * @returns the matches, in order (one shared empty array when there are none: do not change it)
 */
export function allMatches(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`)
  pattern.lastIndex = 0
  let match = pattern.exec(text)
  if (match === null) return NO_MATCHES
  const matches: RegExpExecArray[] = []
  const unicode = /[uv]/.test(pattern.flags)
  for (; match !== null; match = pattern.exec(text)) {
    matches.push(match)
    // an empty match moves on by a character (a surrogate pair's two code units under u)
    if (match[0] === '') pattern.lastIndex = advancedIndex(text, pattern.lastIndex, unicode)
  }
  return matches
}
const NO_MATCHES: readonly RegExpExecArray[] = []

function advancedIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const first = text.charCodeAt(index)
  const second = text.charCodeAt(index + 1)
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1
}

/**
 * A table of the code units a string holds, for scans that ask of every character of a page.
 * @param chars the code units to mark
 * @returns 1 at each of them, 0 elsewhere
 */
export function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1
  return table
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

/** The characters of text[from, to), a surrogate pair counting once (as [...text].length,
 *  without the array). */
export function codePointsIn(text: string, from = 0, to = text.length): number {
  let count = to - from
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xdc00 && code <= 0xdfff && i > from && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) count--
  }
  return count
}

/**
 * Whether a text closes every 《 and every round bracket it opens ("关于印发《某县实施方案（2021—2025年）》
 * 的通知": yes; "某县实施方案（2021—": no): a title ends outside its brackets.
 * @param text a title, or the words read so far of one
 */
export function bracketsBalanced(text: string): boolean {
  let book = 0
  let round = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x300a) book++
    else if (code === 0x300b) book--
    else if (code === 0xff08 || code === 0x28) round++
    else if (code === 0xff09 || code === 0x29) round--
  }
  return book === 0 && round === 0
}
