import { endingWord, trimChars, wordsByLastUnit } from '../text.js'
import { PRINTED_DATE } from './dates.js'
import { METADATA_RULES } from './metadata.js'

/**
 * Data for reading a 公文's parts (GB/T 9704 §7, DOMAIN §1): title, 发文机关标志, 发文字号,
 * 主送, signature, 附注, 抄送, 版记, and the words that name a document's kind.
 */

/** Document kinds named by a title's last words; longest first (order matters). The 15 公文
 *  types of the 2012 条例 plus the report family and plan words these pages carry. */
export const KIND_WORDS: readonly string[] = [
  '实施方案', '工作要点', '工作总结', '工作计划', '工作打算', '工作安排', '实施意见', '实施细则', '实施办法', '管理办法',
  '政策解读', '解读', '报告', '通知', '意见', '决定', '方案', '规划', '纲要', '规定', '办法', '细则', '通报',
  '公告', '通告', '批复', '请示', '纪要', '决议', '命令', '公报', '议案', '函', '总结', '要点', '计划', '条例',
  '规则', '制度', '预案', '指引', '清单', '倡议书', '讲话', '公示', '一封信', '指标体系', '信息公开表', '决定书',
]

/**
 * @param text a line or title
 * @returns whether it ends with a kind word, closing marks and a bracketed year range aside
 *   (…的通知》”, …实施方案（2023—2025年）)
 */
export function endsWithKind(text: string): boolean {
  // only the words that end with the text's last character can end it: asked of most lines of
  // every page, the fifty words tried one by one were ~1% of a parse
  return endingWord(titleEnd(text), KIND_WORDS_BY_LAST) !== undefined
}

const KIND_WORDS_BY_LAST = wordsByLastUnit(KIND_WORDS)

/** Closing marks after a title's kind word (…的通知》”). */
const CLOSERS = '》”"\'’ \t\u3000'

/**
 * A title without what may follow its kind word: closing marks, a bracketed year range or version
 * ("…实施方案（2023—2025年）" → "…实施方案", "…办法（试行）" → "…办法").
 * @param text a title
 * @returns the title up to its last word
 */
export function titleEnd(text: string): string {
  let end = trimChars(text, '', CLOSERS)
  const last = end.charAt(end.length - 1)
  if (last === '）' || last === ')') {
    const open = Math.max(end.lastIndexOf('（'), end.lastIndexOf('('))
    const inner = open === -1 ? '' : end.slice(open + 1, -1)
    if (open !== -1 && (/\d{4}/.test(inner) || TITLE_VERSION_MARKS.includes(inner)) && !/[（）()]/.test(inner)) end = end.slice(0, open)
  }
  return trimChars(end, '', CLOSERS + '）)')
}

/** A version in brackets after a title's kind word: "…办法（试行）", "…指标体系（征求意见稿）". */
export const TITLE_VERSION_MARKS: readonly string[] = ['试行', '暂行', '草案', '修订', '修订稿', '征求意见稿', '送审稿']

/** What a kind word is reported as: the 公文 type it belongs to, when it is a variant of one. */
export const KIND_CANONICAL: Readonly<Record<string, string>> = {
  实施意见: '意见',
  政策解读: '解读',
  工作总结: '工作总结',
  管理办法: '办法',
  实施办法: '办法',
  实施细则: '细则',
}

/** Endings of an organ's name: a line that is only such a name is a signer or issuer line.
 *  Longest first. */
export const ORGAN_SUFFIXES: readonly string[] = [
  '人大常委会办公室', '人民政府办公室', '人民政府办公厅', '人民政府党组', '街道办事处', '委员会办公室', '管理委员会',
  '人大常委会', '委员会', '人民政府', '办公室', '办公厅', '管委会', '办事处', '党工委', '党委', '党组', '工委',
  '政府', '政协', '法院', '检察院', '司法局', '局', '厅', '委', '部', '中心', '院', '所', '站', '队', '署', '处',
  '街道', '社区', '镇', '乡', '公司', '协会', '联合会', '总工会', '团委', '妇联', '科',
  '领导小组', '合作社', '馆',
]

/** A title's head up to the year it reports on (2022年, 2024 without 年): where a
 *  report names its organ when no 关于 follows ("某县教育局2025年…报告"). */
export const TITLE_HEAD_BEFORE_YEAR = /^((?:(?!关于)[^\d\s《]){2,40}(?:\s+(?:(?!关于)[^\d\s《]){2,40}){0,3})\s*(?:19|20)\d{2}/
/** A second name in brackets after an organ's: 市场监督管理局（知识产权局）. */
export const TRAILING_BRACKETED_NAME = /[（(][^（）()]{2,20}[）)]$/

/** Endings of ORGAN_SUFFIXES that name a place, not an organ: "某镇2022年工作总结" is the town's
 *  report, signed by its government. */
export const PLACE_SUFFIXES: readonly string[] = ['街道', '社区', '镇', '乡']

/**
 * @param text a line of names ("中共某县委 某县人民政府", "某县统计局、某县调查队"; a signature laid out
 *   in a table's cells, "营口市住房和城乡建设局 | 营口市自然资源局")
 * @param separators what parts the names (spaces and cell bars by default)
 * @returns the names, in order
 */
export function splitNames(text: string, separators: RegExp = /[\s|｜]+/): string[] {
  return text.split(separators).filter((name) => name !== '')
}

/**
 * @param text one line
 * @returns whether the line is only organ names (one, or several separated by spaces)
 */
export function isOrganLine(text: string): boolean {
  const names = splitNames(text)
  return names.length > 0 && names.length <= 4 && names.every(isOrganName)
}

/** @returns whether a string is one organ's name (中共某市委, 某市人民政府) */
export function isOrganName(name: string): boolean {
  if (name.length < 3 || name.length > 40) return false
  if (!/^[\u4e00-\u9fa5（）()]+$/.test(name)) return false
  // a second name in brackets after the organ's: 某县市场监督管理局（某县知识产权局）
  const bare = name.endsWith('）') || name.endsWith(')') ? name.replace(TRAILING_BRACKETED_NAME, '') : name
  return endingWord(bare, ORGAN_SUFFIXES_BY_LAST, true) !== undefined
}

const ORGAN_SUFFIXES_BY_LAST = wordsByLastUnit(ORGAN_SUFFIXES)

/** The header of an order (令): "某市人民政府令" on its line (with "第179号" under it), or the
 *  promulgation note under a 条例's title "（2021年7月27日中华人民共和国国务院令第746号公布）".
 *  Group 1: the organ that orders. */
export const ORDER_HEADER = /^[（(]?(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?([\u4e00-\u9fa5（）()]{3,40}?)令(?:\s*第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号(?:公布|发布)?)?[）)]?$/

/** The number line under an order's header: "第179号". */
export const ORDER_NUMBER_LINE = /^第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号$/

/** What a site prints before a title that is no part of it: a reprint mark ("（转载）某市人民政府
 *  办公厅关于…的通知"), a document site's file-type badge glued to it ("DOCX某县水利局2022年度…报告"),
 *  or a 公众号 column's tag and its bar ("法治政府 | 瑞安市司法局2023年度…报告"). */
export const TITLE_SITE_MARK = /^(?:[（(【[]\s*(?:转载|转发|转)\s*[）)】\]]|(?:DOCX?|PDF|WPS|TXT|PPTX?|XLSX?)(?=\s*[\u4e00-\u9fa5])|[\u4e00-\u9fa5]{2,8}\s*[|｜](?=\s*[\u4e00-\u9fa5][^|｜]*$))\s*/

/** 发文机关标志: "X市人民政府文件", at most this many characters. */
export const MASTHEAD = /^[\u4e00-\u9fa5（）()、\s]{2,40}文件$/

/** The name of a national organ (国务院办公厅, 中共中央办公厅, 全国人民代表大会常务委员会, 最高人民法院,
 *  国家统计局): a document these issue is the nation's, wherever a site reposts it. A branch names its
 *  place or runs longer (国家税务总局常州市税务局, 国家金融监督管理总局湖北监管局). */
export const NATIONAL_ORGAN = /^(?:国务院|中共中央|全国人民代表大会|全国人大|全国政协|中华人民共和国|最高人民法院|最高人民检察院|国家)[^省市县区州盟旗]{0,12}$/

/** The 签发人 label an upward document's masthead prints (GB/T 9704 §7.2.6), and how long the
 *  signer's name after it is: "签发人：马志刚". */
export const SIGNER_LABEL_AT = /^签\s*发\s*人\s*[:：]\s*/
export const SIGNER_NAME_MIN_LENGTH = 2
export const SIGNER_NAME_MAX_LENGTH = 4

/** A line that is only a 发文字号, with optional 签发人 (娄发〔2017〕4号, 湘政发【2012】33号). */
export const DOC_NUMBER = /([\u4e00-\u9fa5]{1,16}?)\s*[〔【[（(［﹝]\s*((?:19|20)\d{2})\s*[〕】\]）)］﹞]\s*(?:第\s*)?(\d{1,5})\s*号/
/** A DOC_NUMBER match in its canonical form 代字〔YYYY〕N号 (某发(2018)12号 → 某发〔2018〕12号). */
export function canonicalDocNumberOf(match: RegExpExecArray): string {
  return `${(match[1] as string).replace(/\s/g, '')}〔${match[2]}〕${match[3]}号`
}
/**
 * Whether a text may hold a DOC_NUMBER: every 文号 ends with 号. A text without one is not run
 * through DOC_NUMBER, whose lazy 代字 V8 tries at up to sixteen lengths at every Han character
 * (on a flattened page's long lines, ~5% of the parse).
 */
export function mayHoldDocNumber(text: string): boolean {
  return text.includes('号')
}
export const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER.source}(?:\\s*签发人[:：].*)?$`)
/** A line that is only a 文号, possibly damaged — a bracket, 号 or both lost (娄发〔20174, 湘政发
 *  【2012】33号, 某县发20174): what the repair stage reads and restores to DOC_NUMBER_LINE's form.
 *  Groups: 代字, opening bracket, year, closing bracket, 第, serial, 号. */
export const DAMAGED_DOC_NUMBER_LINE = /^([\u4e00-\u9fa5]{1,16})([〔【[（(［﹝]?)((?:19|20)\d{2})([〕】\]）)］﹞]?)(第?)(\d{1,4})(号?)(?=$|[ \t\u3000]+签发人)/
/** A 发文字号 whose year was removed (国发〔〕33号): kept as printed, with a warning. */
export const DOC_NUMBER_NO_YEAR = /^([\u4e00-\u9fa5]{1,16}?)\s*[〔【[（(［]\s*[〕】\]）)］]\s*(\d{1,5})\s*号$/

/** A date on a line of its own, as under a signature (2020年12月28日, 二〇一五年三月十二日). */
export const SIGNATURE_DATE_LINE = new RegExp(`^(?:${PRINTED_DATE})$`)

/** A signer and the signature's date on one line ("槐川县交通运输局2021年12月30日", "某县人民政府
 *  2023年3月15日"): the signer's words, then the date. Whether the words name organs is
 *  isOrganLine's to say. The words end with a character that is no space, so that the words and the
 *  spaces before the date are read one way only (a lazy `.{1,59}?` beside `\s*` took the linear-time
 *  check 13 s of fuzzing, and a busy machine could read that as super-linear). */
export const SIGNER_AND_DATE_LINE = new RegExp(`^(\\S.{0,58}?\\S)\\s*(${PRINTED_DATE})$`)
/** …and the date in brackets after the signer: "桐溪县人民政府（2023年3月15日）". */
export const SIGNER_AND_BRACKETED_DATE_LINE = new RegExp(`^(\\S.{0,58}?\\S)([（(]\\s*(?:${PRINTED_DATE})\\s*[）)])$`)

/** A signature date whose every unit a scraper lost ("2016124" for 2016年12月4日): a year and
 *  two to four digits, on a line of its own under the signers (the repair stage reads it). */
export const UNITLESS_SIGNATURE_DATE_LINE = /^(?:19|20)\d{4,6}$/

/** A signature date in brackets, as some sign under the organ's name: "（2023年3月15日）". */
export const BRACKETED_SIGNATURE_DATE_LINE = new RegExp(`^[（(]\\s*(?:${SIGNATURE_DATE_LINE.source.slice(1, -1)})\\s*[）)]$`)

/** A date in brackets under the title: "（2023年2月15日）", "（2022年7月8日县人民政府第12次常务会议通过）",
 *  and a speech's speaker before it: "（市委常委、常务副市长 周立新　2024年3月22日）". */
export const TITLE_DATE_LINE = new RegExp(String.raw`^[（(]\s*(?:[\u4e00-\u9fa5、]{2,20}[ \t\u3000]+[\u4e00-\u9fa5]{2,4}[ \t\u3000]*)?(?:${PRINTED_DATE})[^（）()]{0,40}[）)]$`)
/** How the date under a title opens when its bracket wraps onto the next line: the bracket and the date. */
export const TITLE_DATE_OPENING = new RegExp(`^[（(]\\s*(?:${PRINTED_DATE})`)

/** 附注 lines: （此件公开发布）, （此件主动公开）, （此页无正文） … */
export const NOTE_LINE = /^[（(](?:此件|此页|本件)[^（）()]{2,12}[）)]$/
/** A 附注 naming whom to call, in brackets right under the signature's date (GB/T 9704 §7.3.7 prints
 *  附注 there): "（联系人：王丽娟，联系电话：0816-2231465）". In a document's body such a bracket is an
 *  instruction, not a 附注: read under the date only. */
export const CONTACT_NOTE_OPENING = /^[（(](?:联系人|联系电话|联系方式)/
export const CONTACT_NOTE_LINE = new RegExp(`${CONTACT_NOTE_OPENING.source}[:：][^（）()]{2,80}[）)]$`)
/** Any 附注 in brackets right under the signature's date, where GB/T 9704 §7.3.7 prints it: "（市场
 *  监督管理部门将依法向社会公示本行政处罚决定信息）" — one bracket holding the whole line, no date alone. */
export const NOTE_UNDER_DATE_LINE = /^[（(](?!\s*(?:19|20)\d{2}\s*年[^（）()]{0,8}[）)]$)[^（）()]{4,80}[）)]$/

/** 抄送 and 印发 lines of the 版记. */
export const CC_LINE = /^抄\s*送\s*[:：]/
export const IMPRINT_LINE = new RegExp(String.raw`^\S.{1,39}?(?<=\S)\s*(${PRINTED_DATE})\s*印\s*发$`)
/** Whether a line is a 印发 line (IMPRINT_LINE): asked of every paragraph, and the pattern, a lazy
 *  run before the date, is tried some forty ways on each; every match ends with 发. */
export function isImprintLine(text: string): boolean {
  return text.endsWith('发') && IMPRINT_LINE.test(text)
}

/** 附件说明 "附件：1.××× 2.×××" and its continuation lines. */
export const ATTACHMENT_NOTE = /^附\s*件(?:\s*\d+)?\s*[:：]/
export const ATTACHMENT_ITEM = /^\d{1,2}\s*[.．、]\s*\S/
/** The label that opens an attachment after the signature: "附件", "附件1", "附件2：". */
export const ATTACHMENT_LABEL = /^附\s*件(?:\s*\d{1,2})?\s*[:：]?$/

/** 主送 line: short, ends with a colon, names organs separated by ，、. */
export const RECIPIENTS_MAX_LENGTH = 160
export const RECIPIENT_MAX_LENGTH = 40
/** How each addressee of a 主送 line ends (县委常委会, 各县市区人民政府, 市直各单位, 各直属机构, 各中小学、幼儿园), or the
 *  people a speech or an open letter is addressed to (同志们, 全县广大群众朋友们). */
export const RECIPIENT_ENDING = /(?:委|委员会|常委会|政府|单位|部门|机构|机关|局|办|会|院|室|厅|处|所|署|街道|镇|乡|区|县|市|州|盟|旗|公司|中心|组|团|团体|队|站|校|学|园|会议|企业|组织|们)$/

/**
 * A 主送 line's addressees, its colon taken off: names each ending like an organ or a group of
 * them (RECIPIENT_ENDING), separated by commas ("各县（市、区）人民政府，市政府各部门").
 */
export function isRecipientList(text: string): boolean {
  if (text.length > RECIPIENTS_MAX_LENGTH || /[。；]/.test(text)) return false
  return text.split(/[，,]/).every((item) => isAddressee(item.trim()))
}

/** One addressee: short, no number in it, ending like an organ (an aside in brackets after it
 *  does not count: "各乡镇人民政府（街道办事处）"). */
function isAddressee(item: string): boolean {
  return item.length >= 2 && item.length <= RECIPIENT_MAX_LENGTH && !/\d{3}/.test(item) && RECIPIENT_ENDING.test(withoutAside(item))
}

/** An addressee with an aside in brackets after it ("各乡镇人民政府（街道办事处）") ends where
 *  the aside begins. */
function withoutAside(item: string): string {
  if (!item.endsWith('）') && !item.endsWith(')')) return item
  const open = Math.max(item.lastIndexOf('（'), item.lastIndexOf('('))
  return open > 0 ? item.slice(0, open) : item
}

/** A title line is at most this long; a wrapped title joins at most this many lines. */
export const TITLE_MAX_LENGTH = 120
/** A disclosure block's 信息名称 shorter than this names no document (通知, 报告). */
export const DISCLOSURE_TITLE_MIN_LENGTH = 4
/** A date a page prints after a title: "…名单的公示（2024-02-18）", "（2023年2月15日）", and the meeting
 *  that adopted the document after it: "（2023年5月9日县人民政府第14次常务会议审议通过）". */
export const TITLE_DATE_SUFFIX = /[（(](?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:[^（）()]{0,30}(?:通过|发布|印发|施行))?[）)]$/
/** A title found by its position alone (no kind word ends it) has at least this many Han characters. */
export const POSITIONAL_TITLE_MIN_HAN = 8
/** …and stands among the last this many lines above the body. */
export const POSITIONAL_TITLE_LOOKBACK = 4
export const TITLE_MAX_LINES = 4

/** Labels of task lines inside a section (牵头单位：市编办。). */
export const FIELD_LABELS: readonly string[] = [
  '牵头单位', '责任单位', '配合单位', '协办单位', '参与单位', '主责单位', '责任部门', '牵头部门', '配合部门',
  '完成时限', '完成时间', '时间节点', '时间安排', '责任领导', '牵头领导', '分管领导', '责任人', '联系人',
  '解读人', '联系电话', '咨询电话', '政策咨询电话', '联系方式', '解读机关', '解读部门', '起草单位', '起草部门',
]
/** Any short label ending like a task field (…单位, …时限, …部门). */
export const FIELD_LABEL_SUFFIX = /^[\u4e00-\u9fa5]{1,6}(?:单位|部门|时限|期限|领导|责任人)$/

/** What an HTTP error page says instead of a document (a crawler saved the error). */
export const ERROR_PAGE =
  /\b(?:400 Bad Request|401 Unauthorized|403 Forbidden|404 Not Found|500 Internal Server Error|502 Bad Gateway|503 Service (?:Temporarily )?Unavailable|504 Gateway Time-?out)\b|(?:您(?:所)?访问的页面不存在|页面不存在|找不到(?:该|您要访问的)?页面|网页无法访问|该页面已(?:被)?删除|(?:信息|文章)已(?:被)?删除|服务器(?:内部)?错误|访问出错|请求的资源不存在|无权访问)/i
/** An error page is short: a page longer than this is read as a page even if it says 404. */
export const ERROR_PAGE_MAX_LENGTH = 1500

/**
 * What a document is among these pages, by the end of its title (order matters: the first rule
 * that holds wins). `requires` must also be found in the title; `kinds` limits a rule to titles
 * of those kinds.
 */
export const FAMILY_RULES: readonly { id: string; family: string; pattern: RegExp; requires?: RegExp; kinds?: readonly string[]; example: string }[] = [
  // …实施纲要（2015-2020）实施方案》中期评估报告
  { id: METADATA_RULES.familyEvaluationReport.id, family: '评估报告', pattern: /评估(?:工作)?(?:情况)?(?:的)?报告$/, kinds: ['报告'], example: '…实施方案》中期评估报告' },
  // …2023年度法治政府建设年度报告, …关于2017年度法治政府建设情况的报告, …2020年法治政府建设工作情况的报告
  { id: METADATA_RULES.familyAnnualReport.id, family: '年度报告', pattern: /年度报告$/, kinds: ['报告'], example: '某县应急管理局2023年法治政府建设年度报告' },
  { id: METADATA_RULES.familyAnnualReport.id, family: '年度报告', pattern: /(?:情况|工作)(?:的)?报告$/, requires: /(?:19|20)\d{2}年/, kinds: ['报告'], example: '某市人民政府关于2017年度法治政府建设情况的报告' },
  // 法治政府建设年度报告 under a column without a year
  { id: METADATA_RULES.familyAnnualReport.id, family: '年度报告', pattern: /法治(?:政府)?建设(?:情况)?(?:的)?报告$/, kinds: ['报告'], example: '某县司法局法治政府建设情况报告' },
  // …五年法治政府建设工作情况的报告 (a report on work, no single year)
  { id: METADATA_RULES.familyWorkReport.id, family: '工作情况报告', pattern: /(?:工作)?情况(?:的)?报告$/, kinds: ['报告'], example: '某区五年法治政府建设工作情况的报告' },
  { id: METADATA_RULES.familyWorkSummary.id, family: '工作总结', pattern: /工作总结$/, example: '某镇2017年法治政府建设工作总结' },
  { id: METADATA_RULES.familyPlan.id, family: '实施方案', pattern: /实施方案$/, example: '某市法治政府建设实施方案（2021—2025年）' },
  { id: METADATA_RULES.familyWorkPoints.id, family: '工作要点', pattern: /工作要点$/, example: '某市2024年法治政府建设工作要点' },
  { id: METADATA_RULES.familyProgramme.id, family: '规划', pattern: /规划$/, example: '某市法治政府建设规划（2021—2025年）' },
  { id: METADATA_RULES.familyOutline.id, family: '纲要', pattern: /纲要$/, example: '法治政府建设实施纲要（2021—2025年）' },
  { id: METADATA_RULES.familyInterpretation.id, family: '解读', pattern: /解读$/, example: '《某县法治政府建设实施方案》政策解读' },
]

/** Families that are annual reports under the 督察规定 (2019): a period of one year, published
 *  the next, with the five required contents. */
export const ANNUAL_REPORT_FAMILIES: readonly string[] = ['年度报告', '工作情况报告', '工作总结']

/** A 通知 that publishes or forwards a document: 关于印发《娄底市法治政府建设（2016—2020年）实施方案》的通知
 *  — the verb shortly before the first 《, the kind shortly after the last 》. */
export const ENCLOSING_OPEN = /(?:印发|转发|发布|颁布|公布)[^《]{0,20}《/
export const ENCLOSING_CLOSE = /》[^《》]{0,12}(?:通知|决定)$/
/** Verbs by which a 通知 publishes a title printed without 《》 (关于印发某县2024年法治政府建设工作要点的
 *  通知), and the ending after that title (的通知, 的决定). */
export const ENCLOSING_VERBS: readonly string[] = ['印发', '转发', '发布', '颁布', '公布', '批转']
export const ENCLOSING_BARE_ENDINGS: readonly string[] = ['的通知', '的决定']
/** A title published without 《》 is at least this long (某县2024年工作要点); shorter, the words
 *  after the verb are no title (关于印发的通知). */
export const ENCLOSED_BARE_MIN_LENGTH = 4

/** "十四五" in a title: the n-th five-year plan (n ≥ 4 runs 1971 + 5(n − 4) …). */
export const FIVE_YEAR_PLAN = /[“"]?([一二三四五六七八九十]{1,3})五[”"]?(?:时期|期间|规划)?/
/** "“十四五”前三年": the first years of the plan only (2021..2023). */
export const FIVE_YEAR_PLAN_FIRST_YEARS = /^的?前([一二三四两2-4])年/
/** The first five-year plan the formula holds for: the 4th ran 1971–1975. */
export const FIVE_YEAR_PLAN_FIRST = { number: 4, year: 1971 } as const

/** A title about the year before the one it is published in: "关于上一年度法治政府建设情况的报告". */
export const PREVIOUS_YEAR = /上一?年度|上年度|去年/

/** Kinds of document that report on a year: a body's year is theirs. */
export const REPORT_KINDS: readonly string[] = ['报告', '总结', '工作总结']
/** The first paragraphs a report states its year in (metadata/period-from-body). */
export const BODY_PERIOD_BLOCKS = 3
/** "现将某县2022年法治政府建设工作情况报告如下": the year of the report's own statement, read from
 *  each 现将 of a paragraph… */
export const REPORT_STATEMENT_YEAR = /^现将[^。；\d]{0,30}((?:19|20)\d{2})\s*年/
/** …and the statement ends as a report's does. */
export const REPORT_STATEMENT_END = /(?:报告|总结|汇报)如下/
/** "2023年，某局在…领导下": a report that opens with its year. */
export const REPORT_OPENING_YEAR = /^((?:19|20)\d{2})\s*年(?:度|以来)?\s*[，,]/
/** The first heading of a report with its year: "一、2021年法治政府建设工作情况". */
export const FIRST_HEADING_YEAR = /^((?:19|20)\d{2})\s*年(?:度)?(?:法治|依法|推进|工作|主要)/
