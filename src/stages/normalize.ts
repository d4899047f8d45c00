/**
 * Stage `normalize`: one paragraph per line, in Simplified characters, with Chinese punctuation.
 *
 * Passes, in order: Traditional → Simplified (only for a Traditional page); full-width digits and
 * Latin letters to ASCII and numbering glyphs written out (⒈ → "1.", ⑴ → "（1）"); ASCII punctuation
 * beside Chinese text restored to full width (brackets as a pair); whitespace: indentation,
 * trailing spaces and blank lines dropped, NBSP/U+3000/tab runs folded to one space, spaces next
 * to Chinese punctuation dropped.
 *
 * Example: '  来源:县政府办\u3000\n\n⒈ 深化改革(试点)\n' → '来源：县政府办\n1. 深化改革（试点）',
 * edits: normalize/whitespace, normalize/punctuation, normalize/numbering-glyph, ….
 */
import { toSimplified, type TraditionalVariant } from '../adapters/opencc.js'
import { applyEdits, composeAppliedEdits } from '../edits.js'
import {
  BRACKET_PAIRS,
  HONGKONG_MARKERS,
  INSERTED_PINYIN,
  NORMALIZE_RULES,
  NUMBERING_GLYPHS,
  PINYIN_SYLLABLE,
  PUNCTUATION_MAP,
  TRADITIONAL_LINE_MIN_COUNT,
  TRADITIONAL_MIN_COUNT,
  TRADITIONAL_MIN_SHARE,
  TAIWAN_MARKERS,
  TONE_MARKS,
  WRAP_MAX_GAP,
  ZHUO_BEFORE,
  WRAP_MIN_LENGTH,
  WRAP_MIN_LINES,
  WRAP_MIN_SHARE,
  WRAP_WIDTH_SLACK,
  WRAP_TIGHT_MIN_LINES,
  WRAP_TIGHT_SHARE,
} from '../rules/normalize.js'
import { TRADITIONAL_ONLY_CHARS } from '../rules/traditional-chars.js'
import { matchSectionMarker } from '../rules/sections.js'
import { KIND_WORDS } from '../rules/document.js'
import { CLAUSE_MARK } from '../rules/punctuation.js'
import { allMatches, codePointsIn, isCjk, lineEnd, SPACES, splitLines, unitTable } from '../text.js'
import type { Edit, TextStageResult } from '../types.js'

export type Script = 'simplified' | 'traditional' | 'mixed'

export interface NormalizeOptions {
  /** Keep ASCII punctuation as scraped (default: false). */
  keepPunctuation?: boolean
  /** Convert a Traditional page to Simplified (default: true). */
  convertScript?: boolean
  /** The page's script, when the caller already knows it (default: detected from the text). */
  script?: Script
  /** The page's lines were given back by unflatten (default: false): a title-shaped line ends
   *  where unflatten ended it, and is not joined as a wrapped line. */
  unflattened?: boolean
  /** Join lines hard-wrapped at a fixed width (default: true). */
  joinWrapped?: boolean
  /** Join them only when the page's open lines keep one width to a character (default: false).
   *  An HTML page's lines are the blocks its markup states (<p>, <div>, <br>, <tr>, <li>): its
   *  headings and short paragraphs are never one width, a PDF pasted with a <br> after every line
   *  of 28 characters is. */
  wrapMustBeTight?: boolean
  /** The Traditional standard of a Traditional page (default: detected from the text). */
  variant?: TraditionalVariant
  /** How a Traditional line becomes Simplified (default: OpenCC for the variant). The pipeline
   *  passes one that remembers the page's lines, which strip-chrome has already converted. */
  convert?: (line: string) => string
}

export interface NormalizeResult extends TextStageResult {
  script: Script
}

type Pass = (text: string) => Edit[]

/**
 * Normalize a page's text.
 * @param text text without chrome
 * @param options see NormalizeOptions
 * @returns the normalized text, its edits relative to `text`, and the script the page was in
 */
export function normalize(text: string, options: NormalizeOptions = {}): NormalizeResult {
  const script = options.script ?? detectScript(text)
  const passes: Pass[] = []
  if (script !== 'simplified' && options.convertScript !== false) {
    const variant = options.variant ?? detectVariant(text)
    const convert = options.convert ?? ((line: string) => toSimplified(line, variant))
    passes.push((t) => simplifyPass(t, convert, script === 'traditional'))
  }
  passes.push((t) => pinyinPass(t, script))
  passes.push(glyphPass)
  if (!options.keepPunctuation) passes.push(punctuationPass)
  if (options.joinWrapped !== false) passes.push((t) => joinWrappedPass(t, options.unflattened === true, options.wrapMustBeTight === true))
  passes.push(whitespacePass)

  let current = text
  let edits: Edit[] = []
  for (const pass of passes) {
    const passEdits = pass(current)
    if (passEdits.length === 0) continue
    const next = applyEdits(current, passEdits)
    edits = composeAppliedEdits(text, next, edits, passEdits)
    current = next
  }
  return { text: current, edits, messages: [], script }
}

/** Traditional-only characters as a table indexed by code point (U+3400–U+9FFF): looked up once
 *  per character of every page, so no string is made for it. */
const TRADITIONAL = (() => {
  const table = new Uint8Array(0x9fff - 0x3400 + 1)
  for (const ch of TRADITIONAL_ONLY_CHARS) {
    const code = ch.charCodeAt(0)
    if (code >= 0x3400 && code <= 0x9fff) table[code - 0x3400] = 1
  }
  return table
})()
const isTraditionalCode = (code: number) => code >= 0x3400 && code <= 0x9fff && TRADITIONAL[code - 0x3400] === 1

/**
 * Which Traditional standard a page follows, by its words.
 * @param text a Traditional page
 * @returns the OpenCC variant to convert it with
 */
export function detectVariant(text: string): TraditionalVariant {
  if (HONGKONG_MARKERS.test(text)) return 'hk'
  if (TAIWAN_MARKERS.test(text)) return 'tw'
  return 't'
}

/** A paragraph written in Traditional characters: several Traditional-only characters, and a
 *  share of them a page would need. */
export function isTraditionalLine(text: string): boolean {
  let han = 0
  let traditional = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x3400 || code > 0x9fff) continue
    han++
    if (isTraditionalCode(code)) traditional++
  }
  return traditional >= TRADITIONAL_LINE_MIN_COUNT && traditional / han >= TRADITIONAL_MIN_SHARE
}

/**
 * Tell a Traditional page from a Simplified one by its Traditional-only characters.
 * @param text any text
 * @returns the page's script
 */
export function detectScript(text: string): Script {
  let han = 0
  let traditional = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x3400 || code > 0x9fff) continue
    han++
    if (isTraditionalCode(code)) traditional++
  }
  // both tests run on every page: V8 optimizes this function on the Simplified pages a batch
  // opens with, and a test first met on a later page left the optimized code to deoptimize at it
  // on every Traditional page after (400 times in a run over the bench corpus) instead of once
  const enough = traditional >= TRADITIONAL_MIN_COUNT
  const dense = traditional / han >= TRADITIONAL_MIN_SHARE
  if (traditional === 0) return 'simplified'
  return enough && dense ? 'traditional' : 'mixed'
}

/** Edits that change single characters, merged into runs of the same rule. */
function charEdits(text: string, offset: number, replace: (ch: string, i: number) => [string, string] | undefined): Edit[] {
  const edits: Edit[] = []
  for (let i = 0; i < text.length; i++) {
    const result = replace(text[i] as string, i)
    if (!result) continue
    const [after, rule] = result
    const last = edits[edits.length - 1]
    if (last && last.rule === rule && last.end === offset + i) {
      last.end++
      last.before += text[i]
      last.after += after
    } else {
      edits.push({ rule, start: offset + i, end: offset + i + 1, before: text[i] as string, after })
    }
  }
  return edits
}

/** normalize/traditional-to-simplified: 發布日期 → 发布日期. */
function simplifyPass(text: string, convert: (line: string) => string, wholePage: boolean): Edit[] {
  const edits: Edit[] = []
  for (const line of splitLines(text)) {
    if (line.text === '') continue
    // on a mixed page, only the paragraphs written in Traditional characters
    if (!wholePage && detectScript(line.text) !== 'traditional' && !isTraditionalLine(line.text)) continue
    // OpenCC keeps 著 (著作, 显著); where Simplified writes 着 (着力, 随着), write 着
    const converted = convert(line.text).replace(ZHUO_BEFORE, '着')
    if (converted === line.text) continue
    if (converted.length === line.text.length) {
      // one edit per run of changed characters
      let run = -1
      for (let i = 0; i <= converted.length; i++) {
        const changed = i < converted.length && converted.charCodeAt(i) !== line.text.charCodeAt(i)
        if (changed && run === -1) run = i
        else if (!changed && run !== -1) {
          const rule = NORMALIZE_RULES.traditionalToSimplified.id
          edits.push({ rule, start: line.start + run, end: line.start + i, before: line.text.slice(run, i), after: converted.slice(run, i) })
          run = -1
        }
      }
    } else {
      edits.push({ rule: NORMALIZE_RULES.traditionalToSimplified.id, start: line.start, end: line.end, before: line.text, after: converted })
    }
  }
  return edits
}

/** normalize/mirror-pinyin: pinyin a mirror inserted after characters (辦(bàn) → 辦). A syllable
 *  with a tone mark always goes; a bare one ("(ban)") only on a Traditional or mixed page. */
function pinyinPass(text: string, script: Script): Edit[] {
  const edits: Edit[] = []
  // exec over the shared pattern, not matchAll, which copies the pattern at every call (most of
  // the time of a chrome value's normalize)
  INSERTED_PINYIN.lastIndex = 0
  for (let m = INSERTED_PINYIN.exec(text); m !== null; m = INSERTED_PINYIN.exec(text)) {
    const syllable = m[1] as string
    const toned = TONE_MARKS.test(syllable)
    if (!toned && script === 'simplified') continue
    const bare = syllable.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace('ü', 'v')
    if (!PINYIN_SYLLABLE.test(bare) && !PINYIN_SYLLABLE.test(syllable.toLowerCase())) continue
    const start = m.index ?? 0
    edits.push({ rule: NORMALIZE_RULES.mirrorPinyin.id, start, end: start + m[0].length, before: m[0], after: '' })
  }
  return edits
}

/** normalize/fullwidth-alnum (２０２１ → 2021) and normalize/numbering-glyph (⒈ → 1.). */
function glyphPass(text: string): Edit[] {
  const edits: Edit[] = []
  GLYPH_RUNS.lastIndex = 0
  for (let m = GLYPH_RUNS.exec(text); m !== null; m = GLYPH_RUNS.exec(text)) {
    edits.push(
      ...charEdits(m[0], m.index ?? 0, (ch) => {
        const code = ch.charCodeAt(0)
        if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
          return [String.fromCharCode(code - 0xfee0), NORMALIZE_RULES.fullwidthAlnum.id]
        }
        const glyph = NUMBERING_GLYPHS[ch]
        return glyph === undefined ? undefined : [glyph, NORMALIZE_RULES.numberingGlyph.id]
      }),
    )
  }
  return edits
}

/** The nearest character before / after `i` on the same line that is not a space. */
function neighbour(line: string, i: number, step: -1 | 1): string | undefined {
  for (let j = i + step; j >= 0 && j < line.length; j += step) {
    if (LINE_SPACE[line.charCodeAt(j)] !== 1) return line[j]
  }
  return undefined
}

/** ASCII punctuation that may need restoring (each found in turn), and the marks themselves. */
const ASCII_PUNCTUATION = /[,:;?!()]/g
const ASCII_MARKS = /[,:;?!]/g
/** Full-width letters and digits, and the numbering glyphs ⒈ ⑴ ㈠. */
const GLYPH_RUNS = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u2474-\u249b\u3220-\u3229]+/g

/** normalize/punctuation: ASCII , : ; ? ! ( ) beside Chinese text → ，：；？！（）; digits, Latin and
 *  what sits between them stay (2015-2020, 11:24, 1,000, http://); a bracket pair changes together. */
function punctuationPass(text: string): Edit[] {
  const edits: Edit[] = []
  const rule = NORMALIZE_RULES.punctuation.id
  // the lines that hold a mark, found from the marks: most lines hold none and are not made strings
  ASCII_PUNCTUATION.lastIndex = 0
  for (let mark = ASCII_PUNCTUATION.exec(text); mark !== null; mark = ASCII_PUNCTUATION.exec(text)) {
    const start = text.lastIndexOf('\n', mark.index) + 1
    const end = lineEnd(text, start)
    ASCII_PUNCTUATION.lastIndex = end + 1
    const s = text.slice(start, end)
    const replaced: Replacement[] = []
    for (const m of allMatches(ASCII_MARKS, s)) {
      const i = m.index ?? 0
      const full = PUNCTUATION_MAP[m[0]] as string
      if (isCjk(neighbour(s, i, -1)) || isCjk(neighbour(s, i, 1))) replaced.push([i, full])
    }
    if (/[()（）]/.test(s)) for (const pair of BRACKET_PAIRS) pairBrackets(s, pair, replaced)
    for (const [i, after] of inLineOrder(replaced)) {
      edits.push({ rule, start: start + i, end: start + i + 1, before: s[i] as string, after })
    }
  }
  return edits
}

/** A position of a line and the full-width mark it takes. */
type Replacement = [number, string]

/** The replacements by position, a position set twice taking its last mark: the marks come in
 *  order, the brackets after them (a map sorted into an array did the same with more garbage). */
function inLineOrder(replaced: Replacement[]): Replacement[] {
  let ordered = true
  for (let k = 1; k < replaced.length && ordered; k++) ordered = (replaced[k - 1] as Replacement)[0] < (replaced[k] as Replacement)[0]
  if (ordered) return replaced
  // a stable sort keeps a position's marks in the order they were set: the last of each run wins
  const sorted = replaced.slice().sort((a, b) => a[0] - b[0])
  return sorted.filter((entry, k) => k + 1 === sorted.length || (sorted[k + 1] as Replacement)[0] !== entry[0])
}

function pairBrackets(s: string, pair: (typeof BRACKET_PAIRS)[number], replaced: Replacement[]): void {
  const [asciiOpen, asciiClose] = pair.ascii
  const [fullOpen, fullClose] = pair.full
  const stack: number[] = []
  const besideCjk = (i: number) => isCjk(neighbour(s, i, -1)) || isCjk(neighbour(s, i, 1))
  // the line read by code unit: each character taken as a string was one more string made
  const asciiOpenCode = asciiOpen.charCodeAt(0)
  const asciiCloseCode = asciiClose.charCodeAt(0)
  const fullOpenCode = fullOpen.charCodeAt(0)
  const fullCloseCode = fullClose.charCodeAt(0)
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    if (code === asciiOpenCode || code === fullOpenCode) {
      stack.push(i)
    } else if (code === asciiCloseCode || code === fullCloseCode) {
      const open = stack.pop()
      if (open === undefined) {
        if (code === asciiCloseCode && besideCjk(i)) replaced.push([i, fullClose])
        continue
      }
      const openIsAscii = s.charCodeAt(open) === asciiOpenCode
      const closeIsAscii = code === asciiCloseCode
      if (!openIsAscii && !closeIsAscii) continue
      // one half already full width, or Chinese text around either half: the pair goes full width
      const convert = !openIsAscii || !closeIsAscii || besideCjk(open) || besideCjk(i)
      if (!convert) continue
      if (openIsAscii) replaced.push([open, fullOpen])
      if (closeIsAscii) replaced.push([i, fullClose])
    }
  }
  for (const open of stack) if (s.charCodeAt(open) === asciiOpenCode && besideCjk(open)) replaced.push([open, fullOpen])
}

/**
 * normalize/join-wrapped-line: a page hard-wrapped at a fixed width (a PDF or e-mail dump) has
 * many long lines that stop mid-sentence; each is joined with the line that continues it. A line
 * continues when it follows without a blank line, is not indented, and opens no section.
 */
function joinWrappedPass(text: string, keepTitles: boolean, tight: boolean): Edit[] {
  // fewer lines than a wrapped page has open (a label's value, a short page): nothing to weigh,
  // and nothing split into lines to know it
  if (lineBreaksIn(text, WRAP_MIN_LINES - 1) < WRAP_MIN_LINES - 1) return []
  const lines = splitLines(text)
  if (lines.length < WRAP_MIN_LINES) return []
  // each line's content (the line without the spaces around it) as bounds in the text, and its
  // length in characters: read once per line, a string made only where one is asked for
  const contentStart = new Int32Array(lines.length)
  const contentEnd = new Int32Array(lines.length)
  const lengths = new Int32Array(lines.length)
  for (const line of lines) {
    let from = line.start
    let to = line.end
    while (from < to && ALL_SPACE[text.charCodeAt(from)] === 1) from++
    while (to > from && ALL_SPACE[text.charCodeAt(to - 1)] === 1) to--
    contentStart[line.index] = from
    contentEnd[line.index] = to
    lengths[line.index] = codePointsIn(text, from, to)
  }
  const content = (i: number) => text.slice(contentStart[i], contentEnd[i])
  const hasContent = (i: number) => (contentEnd[i] as number) > (contentStart[i] as number)
  const endsSentence = (i: number) => hasContent(i) && SENTENCE_FINAL.test(text[(contentEnd[i] as number) - 1] as string)
  const isTableRow = (t: string) => /[|｜]/.test(t)
  /** The line that continues line i: the next one, or — once the page is known to be wrapped —
   *  the next after a gap of blank lines (a page break whose number was removed as chrome). */
  const continuation = (i: number, acrossGap: boolean) => {
    let j = i + 1
    while (acrossGap && j < lines.length && j - i <= WRAP_MAX_GAP && !hasContent(j)) j++
    const next = lines[j]
    if (next === undefined || !hasContent(j) || /^[\s\u3000]{2,}/.test(next.text)) return undefined
    if (isTableRow((lines[i] as (typeof lines)[number]).text) || isTableRow(next.text)) return undefined
    // rows of a table dumped with spaces between cells, each opening with its number ("1 全面梳理…",
    // "2 开展…"): the next row is no continuation of the one before
    if (ROW_NUMBER.test(content(j)) && ROW_NUMBER.test(content(i))) return undefined
    return matchSectionMarker(content(j)) === undefined ? next : undefined
  }
  const long = lines.filter((line) => (lengths[line.index] as number) >= WRAP_MIN_LENGTH)
  const open = long.filter((line) => !endsSentence(line.index) && continuation(line.index, true))
  if (open.length < WRAP_MIN_LINES || open.length / Math.max(long.length, 1) < WRAP_MIN_SHARE) return []
  const widths = open.map((line) => lengths[line.index] as number).sort((a, b) => a - b)
  const width = widths[Math.floor(widths.length / 2)] as number
  // normalize/join-wrapped-line on an HTML page: most open lines one width, give or take a character
  if (tight && (open.length < WRAP_TIGHT_MIN_LINES || widths.filter((w) => Math.abs(w - width) <= 1).length / widths.length < WRAP_TIGHT_SHARE)) return []
  const edits: Edit[] = []
  for (const line of lines) {
    // (a line this long has content: width is at least WRAP_MIN_LENGTH, above WRAP_WIDTH_SLACK)
    if ((lengths[line.index] as number) < width - WRAP_WIDTH_SLACK || endsSentence(line.index)) continue
    // on a page whose lines unflatten gave back, a title ends its line where unflatten ended it:
    // "《…实施方案》政策解读" is not wrapped into the paragraph under it (no blank line tells them apart)
    if (keepTitles && isTitleLine(content(line.index))) continue
    const next = continuation(line.index, true)
    if (next === undefined) continue
    const start = contentEnd[line.index] as number
    const end = contentStart[next.index] as number
    edits.push({ rule: NORMALIZE_RULES.joinWrappedLine.id, start, end, before: text.slice(start, end), after: '' })
  }
  return edits
}

/** Every kind of space a page carries (SPACES), by code unit. */
const ALL_SPACE = unitTable(SPACES)

/** The line breaks of a text, counted up to `enough`. */
function lineBreaksIn(text: string, enough: number): number {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1 && count < enough; at = text.indexOf('\n', at + 1)) count++
  return count
}

/** A line shaped like a title: it ends with a kind word (not one inside quotation marks) and
 *  holds no sentence punctuation. */
function isTitleLine(text: string): boolean {
  return KIND_WORDS.some((word) => text.endsWith(word)) && !CLAUSE_MARK.test(text)
}

/** A table row's number, then the space before its first cell: "1 全面梳理行政执法事项…". */
const ROW_NUMBER = /^\d{1,3}[ \t\u3000]+\S/

/** Characters that end a paragraph rather than a wrapped line. */
const SENTENCE_FINAL = /[。！？；：…”’」』!?;:]$/

/** Code units of white space on a line: what `\s` matches (a line holds no line break) and the
 *  zero-width space; and the full-width punctuation next to which a space is never meaningful. */
const LINE_SPACE = unitTable([...SPACES].filter((ch) => ch !== '\n').join(''))
const CJK_PUNCTUATION = unitTable('，。、；：？！（）《》〈〉“”‘’【】〔〕「」『』…—')

/**
 * normalize/whitespace and normalize/blank-line: lines are paragraphs, "\n" between them. A line
 * of spaces only (ASCII, NBSP, U+3000, tabs …) or nothing goes with its line break; a run of
 * spaces goes at a line's edges and beside full-width punctuation, and is one space elsewhere.
 * One scan of the text's code units: no line is copied, and a line with no space costs a look
 * per character.
 */
function whitespacePass(text: string): Edit[] {
  const edits: Edit[] = []
  // blank lines before a line of content go one by one (those up to `flushed` have gone); those
  // after the last go with the tail
  const blankLines: Edit[] = []
  let flushed = 0
  let contentEnd = 0
  for (let start = 0, end = lineEnd(text, 0); end !== -1; start = end + 1, end = lineEnd(text, start)) {
    let first = start
    while (first < end && LINE_SPACE[text.charCodeAt(first)] === 1) first++
    if (first === end) {
      blankLines.push({ rule: NORMALIZE_RULES.blankLine.id, start, end: end + 1, before: text.slice(start, end + 1), after: '' })
      continue
    }
    while (flushed < blankLines.length) edits.push(blankLines[flushed++] as Edit)
    contentEnd = end
    for (let i = start; i < end; i++) {
      if (LINE_SPACE[text.charCodeAt(i)] !== 1) continue
      let j = i + 1
      while (j < end && LINE_SPACE[text.charCodeAt(j)] === 1) j++
      const atEdge = i === start || j === end
      const besidePunctuation = (i > start && CJK_PUNCTUATION[text.charCodeAt(i - 1)] === 1) || (j < end && CJK_PUNCTUATION[text.charCodeAt(j)] === 1)
      const after = atEdge || besidePunctuation ? '' : ' '
      if (j - i !== 1 || text.charCodeAt(i) !== 0x20 || after !== ' ') edits.push({ rule: NORMALIZE_RULES.whitespace.id, start: i, end: j, before: text.slice(i, j), after })
      i = j
    }
  }
  // trailing blank lines and the final line break go together
  if (contentEnd < text.length) edits.push({ rule: NORMALIZE_RULES.blankLine.id, start: contentEnd, end: text.length, before: text.slice(contentEnd), after: '' })
  return edits
}
