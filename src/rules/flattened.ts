/**
 * Pages whose line breaks were lost (DOMAIN §6): a crawler that joins a page's strings with a
 * space (`' '.join(strings)`) or with nothing saves the whole page as one line. The thresholds
 * and word lists by which `findLineBreaks` (src/flattened.ts) finds where its lines were.
 */
import { declareRules } from './declare.js'
import { ALL_META_LABELS, BREADCRUMB_LABELS, CLOCK_LABELS, DISCLOSURE_LABELS, LABEL_SPACES, labelsByFirstCharacter, WIDGET_LABELS } from './labels.js'
import { unitTable } from '../text.js'

/** A line shorter than this is never a flattened page: a paragraph of a few sentences. */
export const FLAT_LINE_MIN_LENGTH = 200

/** On a text dump one of whose lines was a flattened page, another line this long or longer is
 *  read for its breaks too: the crawler that lost one region's line breaks lost them all, and a
 *  layout table's header (top links, clock, site name, menu, breadcrumb: "设为首页|加入收藏|联系我们
 *  今天是：2024年5月9日 星期四…您现在的位置：首页>>政务公开>>法治政府") is shorter than a page. */
export const FLAT_SIBLING_LINE_MIN_LENGTH = 40

/** A label glued to the text before it splits a flattened line by itself from this length on
 *  (发布机构：, 索引号：); a shorter one (来源：) only after what ends a value (资金来源： is a word). */
export const STRONG_LABEL_MIN_LENGTH = 3

/** A flattened line has at least this many places where a line plainly ended (a space after a
 *  full stop, a numbering marker or a data label after a space or a full stop): one or two are
 *  a paragraph's own ("……。 一是"), three are a page. */
export const FLAT_MIN_STRONG_BREAKS = 3

/** A token this short (characters) beside a space is a menu item, a share target or one
 *  character of a letter-spaced line ("首页 政务公开", "微信 微博 QQ空间", "索 引 号"): the
 *  space between two such tokens is kept. */
export const SHORT_TOKEN_MAX_LENGTH = 6

/** A heading glued to the first marker under it is at most this long
 *  ("一、工作开展情况（一）健全工作机制" breaks before （一）). */
export const GLUED_HEADING_MAX_LENGTH = 50

/** A label followed by its colon and a space ("当前位置： 首页", "来源： 县司法局") is at most this
 *  long; its value follows the space. */
export const SPACED_LABEL_MAX_LENGTH = 12

/** Units and measure words a number is printed with: a space between them is a Word dump's,
 *  inside a sentence ("案件 12 件", "2019 年", "增长 15 %"). */
export const NUMBER_UNITS = '年月日件次个项人份家名元万亿余多场期条所户起篇张台处批届%％'

/** Characters that end a sentence or a clause that may end a line. */
export const LINE_END_PUNCTUATION = '。！？；：!?;:'

/** Characters before which a glued top-level marker starts a paragraph ("……。二、存在问题",
 *  "……如下：一、", "（责任单位：县司法局）（二）"), the ASCII forms too, as pages typed with them
 *  print them ("……报告如下:一、"): a Chinese numeral's marker follows no time or number. */
export const GLUED_TOP_MARKER_AFTER = '。！？：；）)!?:;'

/** Characters before which a glued numbered marker (1. （1） 1、) starts a paragraph. */
export const GLUED_NUMBER_MARKER_AFTER = '。！？：'

/** Numbering styles that open a paragraph glued after a full stop (see MARKER_STYLES);
 *  一是, ① and 1） run inside paragraphs and break only under a glued heading. */
export const GLUED_TOP_STYLES: readonly string[] = ['第一部分', '第一章', '第一节', '第一条', '（一）', '一、']
export const GLUED_NUMBER_STYLES: readonly string[] = ['（1）', '1.', '1、']

/** A regulation's numbering styles, printed with a space after the marker ("第一章　总　　则", "第一条　为了…"):
 *  glued to the text before them, they open a line wherever that space stands — prose cites an
 *  article with none after it ("依照本规定第十条规定"). */
export const SPACED_MARKER_STYLES: readonly string[] = ['第一部分', '第一章', '第一节', '第一条']

/** How a 公文's body opens its first sentence, right under the title: with the year it reports on
 *  ("2022年，区人社局…", "2024年是…", "2023年以来"), its purpose ("为深入推进…", "为进一步…"), its basis
 *  ("根据…", "按照…"), the time it covers ("今年以来", "一年来") or the writer ("我局…", "现将…"). A title
 *  glued to the body (a page joined with nothing) ends where one of these stands after its kind
 *  word: "…情况报告2022年，区人社局在…". Global: searched for in a line's first words. */
export const BODY_OPENING =
  /(?:19|20)\d{2}年度?(?:[，,]|以来|是)|为(?:了|深入|深化|进一步|全面|贯彻|加快|切实|认真|推动|推进|做好|规范|加强|提升|确保|落实|健全)|根据|按照|依据|依照|今年以来|近年来|近年以来|一年来|现将|现就|我(?:局|县|市|区|镇|乡|委|办|院|厅|街道)/g

/** Labels that open a line of site furniture: the breadcrumb's and the clock's (the data labels of
 *  the byline and the disclosure block come from rules/labels.ts) — not 位置 alone, a word of prose too. */
export const FURNITURE_LABELS: readonly string[] = [...BREADCRUMB_LABELS.filter((label) => label.length >= 4), ...CLOCK_LABELS]

/** Widget words that stand after a byline's value or at the end of the page ("来源：县司法局 附件下载",
 *  "…11:24 【字体："): a space before one of them is a line break. */
export const FURNITURE_WORDS: readonly string[] = [
  '附件下载', '附件：', '【字体', '【字号', '【打印', '【关闭', '[打印', '[关闭', '打印本页', '关闭窗口', '分享到', '扫一扫', '上一篇：', '下一篇：',
  '上一篇', '下一篇', '相关链接', '相关稿件', '相关文章', '相关阅读', '相关解读：', '相关文件：', '相关附件', '文档附件', '责任编辑', '（责任编辑', '版权所有', '网站标识码', '主办单位：',
  '承办单位：', '技术支持：', '网站地图', '关于我们', '联系我们', '返回顶部', '您是本站第', '扫一扫在手机',
]

/** The mark a 公众号 article's byline opens with, a space after it ("原创 某县司法 2024-03-29 18:07
 *  湖北"): glued to the title above it, it opens the byline's line ("…情况报告原创 某县司法 …"). */
export const BYLINE_MARKS: readonly string[] = ['原创']

/** Glued to the text before it (no space), a furniture word this long or longer still opens a
 *  line ("…（此件公开发布）相关链接：…"); shorter ones ("附件：") are words of the document. */
export const GLUED_FURNITURE_MIN_LENGTH = 4

const LABELS_LONGEST_FIRST = [...new Set([...ALL_META_LABELS.map((l) => l.label), ...FURNITURE_LABELS, ...WIDGET_LABELS])].sort((a, b) => b.length - a.length)

/**
 * A reader of the labels a text may start with, each written whole or with spaces between all
 * its characters (索　引　号, 发 布 日 期, 文　　号) — spaces between some of them do not count
 * ("信息 索引号" is 信息 and 索引号). The labels are tried in the order given, those that start
 * with the text's first character only: what one regular expression alternating several
 * hundred labels did, without compiling it at every start (~25 ms).
 * @param labels the labels, first choice first
 * @param follows what must come after a label: the end of what is read, or -1
 * @returns the text's start that is a label and what follows it, or undefined
 */
function labelReader(labels: readonly string[], follows: (text: string, end: number) => number): (text: string) => string | undefined {
  // each label as its characters, read one by one
  const byFirst = new Map([...labelsByFirstCharacter(labels)].map(([first, group]) => [first, group.map((label) => [...label])]))
  return (text) => {
    const candidates = byFirst.get(text.charCodeAt(0))
    if (candidates === undefined) return undefined
    for (const chars of candidates) {
      const end = wholeLabelEnd(text, chars) ?? spacedLabelEnd(text, chars)
      const read = end === undefined ? -1 : follows(text, end)
      if (read !== -1) return text.slice(0, read)
    }
    return undefined
  }
}

/** Where a label written whole at the text's start ends, or undefined. */
function wholeLabelEnd(text: string, chars: readonly string[]): number | undefined {
  let at = 0
  for (const char of chars) {
    if (!text.startsWith(char, at)) return undefined
    at += char.length
  }
  return at
}

/** Where a label written with one space or more between every two characters ends, or undefined. */
function spacedLabelEnd(text: string, chars: readonly string[]): number | undefined {
  if (chars.length < 2) return undefined
  let at = 0
  for (let i = 0; i < chars.length; i++) {
    if (i > 0) {
      const gap = at
      while (at < text.length && isLabelSpaceAt(text, at)) at++
      if (at === gap) return undefined
    }
    if (!text.startsWith(chars[i] as string, at)) return undefined
    at += (chars[i] as string).length
  }
  return at
}

/** The code units of LABEL_SPACES. */
const LABEL_SPACE_UNITS = unitTable(LABEL_SPACES)

/** LABEL_SPACES.includes(text.charAt(at)), by code unit: a label is looked for at most
 *  characters of a long line, and charAt makes a string of each Han character. */
function isLabelSpaceAt(text: string, at: number): boolean {
  return LABEL_SPACE_UNITS[text.charCodeAt(at)] === 1
}

/** A data or furniture label and its colon at the start of a text: "来源：", "发 布 机 构：". */
export const labelWithColonAt = labelReader(LABELS_LONGEST_FIRST, (text, end) => {
  let at = end
  while (at < text.length && isLabelSpaceAt(text, at)) at++
  const next = text.charCodeAt(at)
  return next === 0x3a || next === 0xff1a ? at + 1 : -1 // : or ：
})

/** A disclosure label alone before a space, its value after it ("索引号 000014348/2021-03550",
 *  "发 文 日 期 2024-01-10"): the block printed as a column and flattened. */
export const bareLabelAt = labelReader(
  DISCLOSURE_LABELS.map((l) => l.label).sort((a, b) => b.length - a.length),
  (text, end) => (end === text.length || isLabelSpaceAt(text, end) ? end : -1),
)

/** Every label of the two patterns above, written without spaces. */
export const FLAT_LABELS: ReadonlySet<string> = new Set(LABELS_LONGEST_FIRST)

/** The unflatten stage's rule (the README's table is drawn from this). */
export const UNFLATTEN_RULES = declareRules('unflatten', {
  splitFlattenedLine: { id: 'unflatten/split-flattened-line', summary: 'a page whose line breaks were lost (one line, or the body on one line): split where its lines were (see *Pages that lost their line breaks*)' },
  splitHeaderLine: { id: 'unflatten/split-header-line', summary: 'on a text dump, a header line joined with spaces and shorter than a page (site name, menu, a breadcrumb\'s label after a space, byline): split where its lines were' },
  splitSiblingLine: { id: 'unflatten/split-sibling-line', summary: 'on a text dump with a flattened line, another line of 40 characters or more (a layout table\'s header or footer, flattened apart): split where its strings were glued' },
} as const satisfies Record<string, { id: string; summary: string }>)
