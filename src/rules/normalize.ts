/**
 * Data for the normalize stage: punctuation the scrapers flattened to ASCII, numbering glyphs,
 * and the threshold that makes a page Traditional.
 */
import { declareRules } from './declare.js'

/** ASCII punctuation restored to its full-width form beside Chinese text (brackets are paired
 *  separately, see BRACKET_PAIRS). */
export const PUNCTUATION_MAP: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
}

/** Bracket pairs: ASCII and full-width forms of the same pair match each other. */
export const BRACKET_PAIRS: readonly { ascii: [string, string]; full: [string, string] }[] = [
  { ascii: ['(', ')'], full: ['（', '）'] },
]

/** Numbering glyphs written out as the markers they stand for (⒈ → "1.", ⑴ → "（1）", ㈠ → "（一）"). */
export const NUMBERING_GLYPHS: Readonly<Record<string, string>> = (() => {
  const map: Record<string, string> = {}
  const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
  for (let n = 1; n <= 20; n++) {
    map[String.fromCharCode(0x2487 + n)] = `${n}.` // ⒈ … ⒛
    map[String.fromCharCode(0x2473 + n)] = `（${n}）` // ⑴ … ⒇
  }
  cn.forEach((numeral, i) => {
    map[String.fromCharCode(0x3220 + i)] = `（${numeral}）` // ㈠ … ㈩
  })
  return map
})()

/** A page is Traditional when at least this share of its Han characters is Traditional-only. */
export const TRADITIONAL_MIN_SHARE = 0.04
/** …and at least this many of them: a footer's 繁體 link does not make a page Traditional. */
export const TRADITIONAL_MIN_COUNT = 8
/** On a mixed page, a paragraph with at least this many Traditional-only characters (and the
 *  share above) is converted on its own. */
export const TRADITIONAL_LINE_MIN_COUNT = 3

/** A Han character followed by its pinyin in brackets, as mirror sites insert it: 辦(bàn), 發(fā).
 *  Group 1: the bracketed syllable. The match starts at the bracket and looks back at the Han
 *  character from there: a pattern that opens with its look-behind is tried at every position of
 *  a page (×4 the time), one that opens with the bracket only where a bracket stands. */
export const INSERTED_PINYIN = /[（(](?<=[\u4e00-\u9fa5][（(])([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7})[）)]/g
/** Tone-marked vowels: a syllable carrying one is pinyin beyond doubt. */
export const TONE_MARKS = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/
/** Syllables of Mandarin pinyin (initial + final), without tone marks. */
export const PINYIN_SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|üan|van|ai|ei|ui|ao|ou|iu|ie|üe|ve|ue|er|an|en|in|un|ün|ia|ua|uo|a|o|e|i|u|ü|v)$/

/** Hard-wrapped pages: lines of at least WRAP_MIN_LENGTH characters that stop mid-sentence must
 *  number WRAP_MIN_LINES and make WRAP_MIN_SHARE of the long lines; a line at most
 *  WRAP_WIDTH_SLACK characters shorter than the usual width is joined to the next. */
export const WRAP_MIN_LENGTH = 20
export const WRAP_MIN_LINES = 5
export const WRAP_MIN_SHARE = 0.3
export const WRAP_WIDTH_SLACK = 4
/** On an HTML page, a hard wrap is read only when at least WRAP_TIGHT_MIN_LINES open lines stand
 *  and WRAP_TIGHT_SHARE of them are the usual width to a character (a PDF's lines of 28
 *  characters pasted with a <br> after each). */
export const WRAP_TIGHT_MIN_LINES = 8
export const WRAP_TIGHT_SHARE = 0.6

/** Words only Taiwan's standard writes (軟體, 網路, 資訊, 臺): a Traditional page with them is
 *  converted with OpenCC's "tw" phrases. */
export const TAIWAN_MARKERS = /臺|軟體|網路|資訊|程式|螢幕|伺服器|數位|品質/
/** Forms of Hong Kong's standard (綫, 嘅, 咗, 喺): converted with OpenCC's "hk" tables. */
export const HONGKONG_MARKERS = /綫|嘅|咗|喺|噉|冇|搵/
/** A wrapped line continues across at most this many blank lines (a page break). */
export const WRAP_MAX_GAP = 3

/** Traditional 著 that Simplified writes 着 (OpenCC converts character by character and keeps
 *  著): after these characters, and before these. 显著/著作/著名 keep 著. */
export const ZHUO_BEFORE = /(?<=[随接本朝向沉执穿衣试看顺沿带有为味])著|著(?=[力手重眼想落实陆装迷急凉])/g

/** The normalize stage's rules: each id once, with what it does (the README's table is drawn from this). */
export const NORMALIZE_RULES = declareRules('normalize', {
  traditionalToSimplified: { id: 'normalize/traditional-to-simplified', summary: 'Traditional page → Simplified (OpenCC), only when the page is Traditional' },
  mirrorPinyin: { id: 'normalize/mirror-pinyin', summary: 'pinyin mirrors insert after characters: 辦(bàn) → 办' },
  fullwidthAlnum: { id: 'normalize/fullwidth-alnum', summary: '２０２１ → 2021' },
  numberingGlyph: { id: 'normalize/numbering-glyph', summary: '⒈ → 1., ⑴ → （1）, ㈠ → （一）' },
  punctuation: { id: 'normalize/punctuation', summary: 'ASCII `, : ; ? ! ( )` beside Chinese → `，：；？！（）`, brackets as a pair' },
  whitespace: { id: 'normalize/whitespace', summary: 'indentation, NBSP, U+3000, tabs; spaces beside Chinese punctuation' },
  blankLine: { id: 'normalize/blank-line', summary: 'blank lines' },
  joinWrappedLine: { id: 'normalize/join-wrapped-line', summary: 'a page hard-wrapped at a fixed width (its lines weighed with its blank lines or without them alike): the lines of each paragraph joined' },
} as const satisfies Record<string, { id: string; summary: string }>)
