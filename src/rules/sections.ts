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
  /** The characters its markers open with (a test holds the pattern to them): a paragraph is
   *  tried against the styles its first character may open only. */
  opensWith: string
  example: string
}

/** The Chinese numerals a marker's number is written with. */
const CN_DIGITS = '一二三四五六七八九十百零〇两'
const CN = `[${CN_DIGITS}]{1,4}`
const ARABIC_DIGITS = '0123456789'
const CIRCLED_NUMBERS = Array.from({ length: 20 }, (_, i) => String.fromCharCode(0x2460 + i)).join('')
const arabic = (n: string) => Number(n)

export const MARKER_STYLES: readonly MarkerStyle[] = [
  { style: '第一部分', pattern: new RegExp(`^第(${CN})部分`), value: chineseNumeralValue, render: (n) => `第${n}部分`, opensWith: '第', example: '第一部分：2023年度法治政府建设的主要举措和成效' },
  { style: '第一章', pattern: new RegExp(`^第(${CN})章`), value: chineseNumeralValue, render: (n) => `第${n}章`, opensWith: '第', example: '第一章  总  则' },
  { style: '第一节', pattern: new RegExp(`^第(${CN})节`), value: chineseNumeralValue, render: (n) => `第${n}节`, opensWith: '第', example: '第一节 一般规定' },
  { style: '第一条', pattern: new RegExp(`^第(${CN})条(?=[\\s\\u3000]|[\\u4e00-\\u9fa5（“《])`), value: chineseNumeralValue, render: (n) => `第${n}条`, opensWith: '第', example: '第一条 为了规范重大行政决策程序，…' },
  { style: '（一）', pattern: new RegExp(`^[（(](${CN})[）)]`), value: chineseNumeralValue, render: (n) => `（${n}）`, opensWith: '（(', example: '（一）强化组织领导，建立健全工作机制。' },
  { style: '一、', pattern: new RegExp(`^(${CN})[、，,．.]`), value: chineseNumeralValue, render: (n) => `${n}、`, opensWith: CN_DIGITS, example: '一、总体要求' },
  // a 统计公报's parts, a number padded to two digits and a short heading alone on its line: "01综合",
  // "02农业" … "10人民生活" (a paragraph opening with "10月…" runs on past a heading's length)
  { style: '01', pattern: /^(0[1-9]|[1-9]\d)(?=[\u4e00-\u9fa5]{2,12}$)/, value: arabic, render: (n) => String(n).padStart(2, '0'), opensWith: ARABIC_DIGITS, example: '01综合' },
  { style: '（1）', pattern: /^[（(](\d{1,3})[）)]/, value: arabic, render: (n) => `（${n}）`, opensWith: '（(', example: '（1）完善行政执法程序' },
  // not a decimal ("1.5亿元"), but a year may follow the dot: "2.2024年3月25日《现场笔录》…", a list of evidence
  { style: '1.', pattern: /^(\d{1,3})[.．](?:(?=(?:19|20)\d{2}年)|(?![\d.．]))/, value: arabic, render: (n) => `${n}.`, opensWith: ARABIC_DIGITS, example: '1. 深化行政审批制度改革。' },
  { style: '1、', pattern: /^(\d{1,3})、/, value: arabic, render: (n) => `${n}、`, opensWith: ARABIC_DIGITS, example: '1、加强组织领导' },
  { style: '1）', pattern: /^(\d{1,3})[）)](?![\d])/, value: arabic, render: (n) => `${n}）`, opensWith: ARABIC_DIGITS, example: '1）建立台账' },
  { style: '①', pattern: /^([\u2460-\u2473])/, value: (n) => n.charCodeAt(0) - 0x245f, render: (n) => n, opensWith: CIRCLED_NUMBERS, example: '①行政复议案件全部按期办结' },
  { style: '一是', pattern: new RegExp(`^(${CN})是(?![否以为非])`), value: chineseNumeralValue, render: (n) => `${n}是`, opensWith: CN_DIGITS, example: '一是加强党对法治政府建设的领导。' },
]

/** The styles each first character may open, in table order. */
const STYLES_BY_FIRST: ReadonlyMap<number, readonly MarkerStyle[]> = (() => {
  const byFirst = new Map<number, MarkerStyle[]>()
  for (const style of MARKER_STYLES) {
    for (let i = 0; i < style.opensWith.length; i++) {
      const code = style.opensWith.charCodeAt(i)
      const styles = byFirst.get(code)
      if (styles === undefined) byFirst.set(code, [style])
      else styles.push(style)
    }
  }
  return byFirst
})()

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
  // most lines open with no marker's first character, and the others with one that two or
  // three styles open with: "统一" is not tried against the twelve styles, only 一、 and 一是
  const styles = STYLES_BY_FIRST.get(text.charCodeAt(0))
  if (styles === undefined) return undefined
  for (const style of styles) {
    const m = style.pattern.exec(text)
    if (!m) continue
    const numeral = m[1] as string
    const number = style.value(numeral)
    if (number === undefined || number < 1 || number > MAX_SECTION_NUMBER) continue
    return { style: style.style, marker: style.render(numeral), number, rest: text.slice(m[0].length) }
  }
  return undefined
}

/** Fields of a task that give its deadline (完成时限：2017年6月底前), most specific first (order matters). */
export const DEADLINE_LABELS: readonly string[] = ['完成时限', '完成时间', '完成期限', '时间节点', '时限要求', '时间要求', '时限', '期限', '时间安排']

/** Any other short label ending like one (…时限, …期限). */
export const DEADLINE_LABEL_SUFFIX = /(?:时限|期限)$/

/**
 * How deadlines are written; each gives the last day it allows (`ends`: the month, and the day
 * when the form names one — else the month's last). Groups: year, then month or half or quarter
 * where the form has one. A longer form is tried first: what it reads, a shorter one does not.
 */
export const DEADLINE_FORMS: readonly { id: string; pattern: RegExp; ends: (m: RegExpMatchArray) => { month: number; day?: number }; example: string }[] = [
  // 2017年6月30日前, 2017年6月30日
  { id: 'deadline/day', pattern: /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/g, ends: (m) => ({ month: Number(m[2]), day: Number(m[3]) }), example: '2017年6月30日前 → 2017-06-30' },
  // 2017年6月底前, 2017年6月末, 2017年6月
  { id: 'deadline/month', pattern: /((?:19|20)\d{2})年(\d{1,2})月(?!\d)/g, ends: (m) => ({ month: Number(m[2]) }), example: '2017年6月底前 → 2017-06-30' },
  // 2018年上半年, 2018年下半年
  { id: 'deadline/half', pattern: /((?:19|20)\d{2})年(?:的)?(上|下)半年/g, ends: (m) => ({ month: m[2] === '上' ? 6 : 12 }), example: '2018年上半年 → 2018-06-30' },
  // 2018年第一季度, 2018年一季度
  {
    id: 'deadline/quarter',
    pattern: /((?:19|20)\d{2})年第?([一二三四1-4])季度/g,
    ends: (m) => ({ month: 3 * (chineseNumeralValue(m[2] as string) ?? Number(m[2])) }),
    example: '2018年第三季度 → 2018-09-30',
  },
  // 2018年年底前, 2018年底, 2018年末, 2018年
  { id: 'deadline/year', pattern: /((?:19|20)\d{2})年(?!\d|度|起|开始|以来)/g, ends: () => ({ month: 12 }), example: '2018年年底前 → 2018-12-31 (自2017年起: a start, no deadline)' },
]

/**
 * The part of an annual report a top-level heading names, after the five contents the 督察规定
 * (2019) requires (DOMAIN §2.1); first match wins (order matters: "存在的不足和下一步打算" is a
 * shortcomings part before a plans part).
 */
export const REPORT_PART_RULES: readonly { part: 'measures' | 'shortcomings' | 'duty' | 'plans' | 'other'; pattern: RegExp; example: string }[] = [
  // 一、区政府主要负责同志履行推进法治建设第一责任人职责情况
  { part: 'duty', pattern: /第一责任人|主要负责(?:人|同志)履(?:行|职)|法治建设职责|述法/, example: '一、党政主要负责人履行推进法治建设第一责任人职责情况' },
  // 二、存在的不足和原因 / 存在的问题
  { part: 'shortcomings', pattern: /不足|问题|差距|短板|薄弱|困难/, example: '二、存在的不足和原因' },
  // 三、下一年度工作安排 / 下一步工作打算 / 2024年工作计划
  { part: 'plans', pattern: /下一?(?:年度|步|阶段)|下年度|今后|明年|(?:工作|主要)(?:安排|打算|计划|思路)|(?:19|20)\d{2}年(?:度)?(?:工作)?(?:计划|安排|打算|思路|重点)/, example: '三、下一年度推进法治政府建设的主要安排' },
  // 一、主要举措和成效 / 工作开展情况 / 2023年法治政府建设情况
  { part: 'measures', pattern: /举措|成效|措施|做法|开展情况|工作情况|推进情况|建设情况|主要工作|完成情况|落实情况|取得|成绩|亮点/, example: '一、2023年推进法治政府建设的主要举措和成效' },
  // 五、其他需要报告的情况
  { part: 'other', pattern: /其他(?:需要)?(?:报告|说明)?的?(?:情况|事项)/, example: '五、其他需要报告的情况' },
]

/** A first section that introduces the report rather than reporting (基本情况, 总体情况, 概述). */
export const BACKGROUND_HEADING = /基本情况|总体情况|概况|概述|背景/

/**
 * The nouns a heading of a report or plan ends with (存在的问题, 主要举措和成效, 下一步工作计划,
 * 总体要求): where a heading run into its paragraph with nothing between them ends
 * (sections/glued-paragraph: "二、存在的问题一年来，我局…" → 存在的问题 | 一年来，我局…).
 */
export const HEADING_END_WORDS: readonly string[] = [
  '情况', '问题', '不足', '原因', '差距', '成效', '成绩', '举措', '措施', '做法', '经验',
  '安排', '计划', '打算', '思路', '要点', '目标', '任务', '要求', '建议', '背景', '内容', '重点',
  '主体', '对象', '范围', '时间', '时限', '期限', '步骤', '方式', '依据', '事项', '结果', '形势', '机制', '职责', '保障',
  '思想', '原则', '特点',
]

/** How a plan's paragraph opens under a heading below the parts (（一）指导思想 / 坚持以…, （二）主要目标 /
 *  到2025年，…): where sections/glued-paragraph cuts such a heading run into its paragraph. Not 为
 *  alone, a sentence's copula as often ("（一）补贴对象为具有本市户籍…的人员"). */
export const SUB_HEADING_PARAGRAPH_OPENING =
  /^(?:(?:到|至|在)?(?:19|20)\d{2}年|坚持|为(?:了|深入|进一步|全面|贯彻|加快|切实|推动|推进|做好|确保|落实)|根据|按照|围绕|立足|聚焦|全面|深入)/

/** A part's whole text when it has nothing to report ("五、其他需要报告的情况无。"): a paragraph a
 *  heading ran into, however short. */
export const NOTHING_TO_REPORT = /^(?:无|暂无|没有)[。.]?$/

/** What a heading goes on with after one of its nouns (存在的问题及原因, 主要举措和成效,
 *  问题的整改情况), and the 不 of a predicate the noun is the subject of (工作措施不力, 措施不到位:
 *  a sentence's words, no heading's end). */
export const HEADING_WORD_JOINERS = '和与及、暨并的不'
/** A heading noun this many characters after another is the same heading's (问题整改情况: 整改 is
 *  a modifier of 情况, not the paragraph's first word). */
export const HEADING_MODIFIER_LENGTH = 2

/** A line that is only the label of a document's notes under its signature ("注释：", "注："): the
 *  numbered lines after it are notes (sections/notes-after-signature). */
export const NOTES_LABEL_LINE = /^(?:注释|注)[:：]?$/

/** A boundary between two cells of a table row: a bar with a space on each side, as the HTML
 *  stage writes a row ("5.门急诊服务对象中签约居民占比 | 占比较上一年增加。| …") and as a text
 *  dump prints one. No heading is printed across the cells of a row. */
export const TABLE_CELL_BOUNDARY = /\s[|｜]\s/

/** The styles of a document's outline above its items, highest first: a part holds chapters
 *  (sections/chapter-after-signature). */
export const OUTLINE_STYLES: readonly string[] = ['第一部分', '第一章']

/** A preposition alone before a heading noun: the sentence's "在保障…", "对措施…", no heading. */
export const HEADING_PREPOSITION = /^(?:在|对|为|经|于|由|从|向|按|依|据|就|将|把|被)$/

/** A heading that names a stage and its time in brackets, and goes on with a Han character: "动员部署
 *  阶段（2023年4月—6月）", "总结申报阶段（2025年1月—12月）". */
export const STAGE_HEADING_WITH_PERIOD = /^[\u4e00-\u9fa5]{2,16}[（(](?:19|20)\d{2}年[^（）()。，]{0,16}[）)](?=[\u4e00-\u9fa5])/
