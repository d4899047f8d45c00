/**
 * Data for the repair stage: the damage scrapers leave (DOMAIN §6.2) and the bounds that keep a
 * repair certain. Each rule id appears here once, with an example of what it repairs.
 */
import { declareRules } from './declare.js'

/** Years a date or a range in these documents can have. */
export const PLAUSIBLE_YEARS = { from: 1949, to: 2099 } as const
/** Longest span of a plan or report period, in years (纲要 run 5–15 years). */
export const MAX_RANGE_SPAN = 30

/** Confidence of a repair whose reading the page's evidence chose among several. */
export const EVIDENCE_CONFIDENCE = 0.9
/** A signature date comes at most this many days before the page's 发布日期. */
export const MAX_SIGNATURE_DELAY_DAYS = 366
/** …and at most this many days before the 印发 date of its 版记. */
export const MAX_PRINTING_DELAY_DAYS = 60

/** The dash written into a repaired year range (GB/T 15834: the 一字线 U+2014). */
export const RANGE_DASH = '—'

export interface RepairRule {
  id: string
  /** What the rule repairs, as a scraper left it → as the page printed it. */
  example: string
  /** What it does and when it holds back, for the README's table (drawn from this). */
  summary: string
}

export const REPAIR_RULES = declareRules('repair', {
  dateLostYearMonth: { id: 'repair/date-lost-year-month', example: '2021415日 → 2021年4月15日', summary: '2021415日 → 2021年4月15日 (calendar dates only; ambiguous ones kept); zero-padded 20190307日 → 2019年03月07日 (four digits with a zero: one reading), full-width ２０１９０３０７日 likewise once normalized' },
  dateLostYear: { id: 'repair/date-lost-year', example: '20216月底前 → 2021年6月底前', summary: '20216月底前 → 2021年6月底前; 201905月20日 → 2019年05月20日' },
  dateLostMonth: { id: 'repair/date-lost-month', example: '2017年316日 → 2017年3月16日', summary: '2017年316日 → 2017年3月16日; 2018年0911日 → 2018年09月11日' },
  dateLostMonthUnit: { id: 'repair/date-lost-month-unit', example: '2023年9底前 → 2023年9月底前', summary: '2023年9底前 → 2023年9月底前, 2023年6上旬 → 2023年6月上旬: a month with no day, before 底/末/上旬/中旬/下旬 or 初 (never 初步, 初次 …), and 1 to 12' },
  dateLostDay: { id: 'repair/date-lost-day', example: '2018年3月13 (a line of its own), 于2013年9月26召开 → …26日召开', summary: '2018年3月13 (a line of its own) → 2018年3月13日, 于2013年9月26召开 → 于2013年9月26日召开 — never before 日/号, a range, a list, a measure word or a time unit (2022年3月8个部门, 2021年5月20时许)' },
  yearRangeLostDash: { id: 'repair/year-range-lost-dash', example: '（20212025年） → （2021—2025年）', summary: '（20212025年） → （2021—2025年）' },
  rangeLostOpenBracket: { id: 'repair/range-lost-open-bracket', example: '纲要2015-2020年） → 纲要（2015-2020年）', summary: '20212025年）实施方案 → （2021—2025年）实施方案' },
  docNumberLostBracket: { id: 'repair/doc-number-lost-bracket', example: '溪政办发〔20215 → 溪政办发〔2021〕5号', summary: '溪政办发〔20215 → 溪政办发〔2021〕5号; 某县发20174 (a number line) → 某县发〔2017〕4号; in running text 中发202133号 → 中发〔2021〕33号 after a 代字 ending in 发/函/字/令/办 …, after any 代字 where the text cites a document (按照某政201764号文件 → 某政〔2017〕64号: a citing word right before a 代字 of 2–8 characters, 文件/精神/等/）/《 or another 文号 after, （ or 》 or 号、 before), 某发〔201536号 / 某发2015〕36号 / 溪政办发〔20215文件 → 某发〔2015〕36号 — never after 备/第/证/编/书/单/票/件/告/信/案 (ICP备2020123号, 第2019123号, 发票2019123号; 告 but in the 代字 of an 通告 series: 深府通告, 来政告, 宁府征告); a number line keeps its 签发人' },
  docNumberBrackets: { id: 'repair/doc-number-brackets', example: '湘政发【2012】33号 → 湘政发〔2012〕33号', summary: '湘政发【2012】33号 → 湘政发〔2012〕33号 (and 【】 [] （） ﹝﹞ alike: 国办发﹝2018﹞37号 → 国办发〔2018〕37号), on a 文号 line or after a 代字 in running text (（某办发（2018）12号） → （某办发〔2018〕12号）); a year in brackets with no 代字 before it ((2019)12号, a court\'s （2019）湘01民终12号), after a full organ\'s name (某仲裁委员会（2019）12号裁决; a 代字 of four characters or fewer that ends like an organ is one: 泸政党组（2020）53号) or with 第 (某劳人仲案字（2019）第12号) is left alone' },
  lostLeadingChar: { id: 'repair/lost-leading-char', example: '共某县委办公室 → 中共某县委办公室; 任单位：县司法局 → 责任单位：县司法局', summary: '共某县委办公室 → 中共某县委办公室; 任单位： → 责任单位：' },
  headingLostBracket: { id: 'repair/heading-lost-bracket', example: '一）纵深推进… → （一）纵深推进…', summary: '一）纵深推进 → （一）纵深推进' },
  headingJunk: { id: 'repair/heading-junk', example: '??一、总体要求 → 一、总体要求', summary: '??一、总体要求 → 一、总体要求' },
  dateAllUnitsLost: { id: 'repair/date-all-units-lost', example: '201395 under the signers → 2013年9月5日 (only when the 发布日期 agrees)', summary: '201395 under the signers (or after them on their line: 某县司法局 2016124) → 2013年9月5日, and the 版记\'s 某办公室 2017318印发, only when the page\'s 发布日期 singles out a reading (confidence 0.9): the one within 60 days before it, else the one within the year; else kept with `ambiguous-date`; names and numbers in a column or a list (城关镇 / 202345 / 河口镇 / 202346) are a table, never a signature' },
  dateSpaces: { id: 'repair/date-spaces', example: '2021 年 3 月 5 日 → 2021年3月5日; 2019- 03- 08 09: 41 → 2019-03-08 09:41', summary: 'a Word dump\'s spaces inside a date: 2021 年 3 月 5 日 → 2021年3月5日, 2017年10月 9 日 → 2017年10月9日, 2019- 03- 08 09: 41 → 2019-03-08 09:41' },
  docNumberSpaces: { id: 'repair/doc-number-spaces', example: '〔2020〕15 号 → 〔2020〕15号', summary: '〔2020〕15 号 → 〔2020〕15号' },
  latinOInNumeral: { id: 'repair/latin-o-in-numeral', example: '二oo八年 → 二〇〇八年', summary: '二oo八年 → 二〇〇八年 (a year in Chinese numerals typed with o, O or 0)' },
  strayQuestionMark: { id: 'repair/stray-question-mark', example: '一、基本情况? → 一、基本情况; 全面完成。? → 全面完成。', summary: 'a ? a mirror wrote for a full-width space: after a full stop (完成。?下一步 → 完成。下一步), at a line\'s start (？？为深入… → 为深入…), after an article\'s number (第一条？为了 → 第一条 为了), and — on a page that shows those marks — ending a line that asks nothing (一、基本情况? → 一、基本情况); a question keeps its ？ (a question word: 为什么, 如何, 何时, 谁, 多长, 能不能, 还是 …; a 问： line)' },
} as const satisfies Record<string, RepairRule>)

/** Last characters of a 发文字号's 代字 (…发, …函, …办 …): digits after one read as a document
 *  number even with no bracket, 号 or citing word around them (中发202133号 → 中发〔2021〕33号). */
export const DOC_NUMBER_AGENCY_ENDINGS = '发函字令复办'

/** A 代字 that ends like an organ's name is at most this long (泸政党组, 湘政党组); a longer name
 *  before a year in brackets is the organ's own (某仲裁委员会（2019）12号裁决), no 代字. */
export const ORGAN_CODE_MAX_LENGTH = 4

/** Words that cite a document before its 文号 (按照某政201764号文件): with one within
 *  CITING_WORD_WINDOW characters before, a 代字 of any ending reads as one. */
export const CITING_WORDS: readonly string[] = ['按照', '根据', '依据', '依照', '参照', '遵照', '对照', '贯彻', '落实', '执行', '印发', '转发']
/** A 代字 cited so stands right after its citing word, at most this long (某政, 某府办, 湘政办发). */
export const CITED_AGENCY_MAX_LENGTH = 8
/** What follows a cited 文号 (…号文件, …号精神, …号）, …号《title》): with one after, a 代字 of
 *  any ending reads as one. */
export const DOC_NUMBER_FOLLOWERS = /^(?:文件|文|精神|要求|规定|通知|意见|有关|等|）|\)|》|《|、[\u4e00-\u9fa5]{1,8}(?:〔|(?:19|20)\d{3,7}号))/
/** What opens a citation right before its 代字: （某政201764号）, 》某政201764号. */
export const CITATION_OPENERS = /[（(》]$/
/** Characters before digits and 号 that make them some other number: ICP备…号, 第…号, 证书…号,
 *  编…号, a 合同/发票/工单/案件/来信/公告's own number. A 代字 ends in none of them — but the 代字 of
 *  an 通告 series does end in 告 (深府通告〔2023〕3号, 来政告〔2024〕2号, 宁府征告〔2019〕92号). */
export const NOT_AN_AGENCY_BEFORE = /[备第证编码号期届批书单票同件信本案表册卡]$|(?<![通政征])告$/

/** A question: a line with one of these words may end with ？ (一、为什么要出台《办法》？). */
export const QUESTION_WORDS = /什么|为何|为啥|何(?:时|地|处|种|人|在|为|以|谓|不同|要求|区别)|有何|如何|怎样|怎么|哪|吗|么|呢|是否|能否|可否|谁|多(?:少|久|长|大|高|远)|几(?!点)|还是|难道|([能会要可需是有])不\1|^(?:问题?|Q|提问|记者)\s*\d*\s*[:：]/i

/** A signature date comes at most this many days before the page's 发布日期 when the page is
 *  published soon after it is signed: a reading in this window wins over one further back. */
export const PROMPT_PUBLICATION_DAYS = 60

/** Labels of task lines whose first character scrapers drop (任单位： is 责任单位：). */
export const LOST_LEADING_LABELS: readonly string[] = [
  '责任单位', '牵头单位', '配合单位', '协办单位', '参与单位', '责任部门', '牵头部门', '配合部门',
  '完成时限', '完成时间', '责任领导', '责任人', '附件',
]

/** Organ-name endings of a party committee whose 中 was dropped from 中共 (共某县委). */
export const PARTY_ORGAN_PLACE = '(?:省|市|县|区|州|盟|旗|镇|乡|街道|自治州|自治县|自治区|自治旗|林区|特区)'
export const PARTY_ORGAN_SUFFIX = '(?:委员会|人民政府党组|政府党组|党工委|工委|党组|委)(?:办公室|办公厅|宣传部|组织部)?'

// ── the patterns the repair stage reads, by the rule they serve (the stage weighs the context ──
// around each match: the line, the page's dates, a table, a signature) ────────────────────────

/** A year of these documents (1900–2099) anywhere in a line: lines without one need no date repair. */
export const YEAR_DIGITS = /(?:19|20)\d{2}/

/** What the repair stage writes into a damaged text besides the digits it reorders: the units of
 *  a date, a 文号's brackets and 号, a range's dash, the 中 of 中共. A share of a page measured
 *  without them (and without digits) is the same before and after its repairs. */
export const REPAIR_INSERTED_CHARS = '年月日〔〕号—中'

// repair/date-lost-year-month: 2017316日 → 2017年3月16日
export const LOST_YEAR_MONTH = /(?<![\d.\-/:])((?:19|20)\d{2})(\d{2,4})日/g

// repair/date-lost-month: 2017年316日 → 2017年3月16日
export const LOST_MONTH = /(?<![\d.\-/:])((?:19|20)\d{2})年(\d{2,4})日/g

// repair/date-lost-month-unit: 2023年9底前 → 2023年9月底前 — the part of a month a deadline names
// follows the month's digits with no 月 (初 not as in 初步, 初次, 初期 …)
export const LOST_MONTH_UNIT = /(?<![\d.\-/:])((?:19|20)\d{2})年(\d{1,2})(?=底|末|上旬|中旬|下旬|初(?![步次期稿审心衷始级]))/g

// repair/date-lost-year: 20176月底前 → 2017年6月底前; 201905月20日 → 2019年05月20日
export const LOST_YEAR = /(?<![\d.\-/:])((?:19|20)\d{2})(\d{1,2})月/g

// repair/date-lost-day: a date without its 日 at the end of a line (2018年3月13), before
// sentence punctuation or before a verb (于2013年9月26召开) — never before 日/号, a range (至, 到,
// —), a list (、, 和), a measure word or a time unit (2022年3月8个部门, 2021年5月20时许)
export const LOST_DAY = /(?<![\d.\-/])((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})(?=$|[，。；：！？,;）)]|(?![日号至到和及与或、—\-~～个名家次项件人户时分批期届位条套台辆元万亿余多场所轮宗篇千百座处间张份本册卷株头只艘架部栋幢])[\u4e00-\u9fa5])/g

// repair/date-all-units-lost: "201395" under the signers (or after them on their line: "某县人民
// 政府 2016124") is 2013年9月5日 only if the page's 发布日期 agrees; alone it is kept and flagged
export const SIGNATURE_DIGITS = /^((?:19|20)\d{2})(\d{2,4})$/
export const SIGNERS_THEN_DIGITS = /^(.*\S)[ \t]+((?:19|20)\d{2})(\d{2,4})$/

// …and the 印发 line of the 版记 with every unit lost: "某县人民政府办公室 2017318印发"
export const IMPRINT_DIGITS = /^(.*\S)[ \t]+((?:19|20)\d{2})(\d{2,4})印发$/

// repair/year-range-lost-dash: 20162020年 → 2016—2020年 (only before 年 or a closing bracket)
export const RANGE_NO_DASH = /(?<![\d.\-/])((?:19|20)\d{2})((?:19|20)\d{2})(?=年|[）)》])/g

// repair/range-lost-open-bracket: a range closed by ）with no （ before it on the line
export const RANGE_CLOSED = /(?<![\d.\-/])((?:19|20)\d{2})([—\-－–~～至]?)((?:19|20)\d{2})(年?)[）)]/g

// In running text, after a 代字 (Han characters):
// repair/doc-number-lost-bracket — both brackets lost after a 代字 ending like one (…发, …函 …):
// "根据中发202133号文件" → 中发〔2021〕33号; after any 代字 where the context cites a document
// ("按照某政201764号文件" → 某政〔2017〕64号); one bracket lost ("某发〔201536号" → 某发〔2015〕36号,
// "某发2015〕36号" → 某发〔2015〕36号);
// repair/doc-number-brackets — the year in other brackets ("（某办发（2018）12号）" → 某办发〔2018〕12号);
// and one whose year is gone (国发〔〕33号): flagged.
// Each pattern of these document numbers needs a Han character right before its match (the
// 代字's last). The look-behind that says so stands after the match's first character(s) — 〔, a
// bracket, 19 or 20, the serial's first digit — and reads them again: the engine then looks for
// those characters and tries the look-behind only there. When it opened the pattern it was tried
// at every position of a line (×3–4 the time, on every line that holds a year and a 号 or a 〔).
export const DOC_NUMBER_NO_BRACKETS = /((?:19|20)(?<=[\u4e00-\u9fa5]\d\d)\d{2})([1-9]\d{0,3})号/g
export const DOC_NUMBER_ONE_BRACKET = /(?:〔(?<=[\u4e00-\u9fa5]〔)((?:19|20)\d{2})|((?:19|20)(?<=[\u4e00-\u9fa5]\d\d)\d{2})〕)([1-9]\d{0,3})号/g

// 〕 and 号 both lost after 〔, which alone says 文号: "按照溪政办发〔20215文件要求"
// 号 alone lost after 〔year〕: "晋政办发〔2019〕22文件", "（某政发〔2020〕5）"
export const DOC_NUMBER_NO_HAO = /([1-9](?<=[\u4e00-\u9fa5]〔(?:19|20)\d{2}〕[1-9])\d{0,3})(?=文件|文|[）)、，,。；])/g
export const DOC_NUMBER_OPEN_ONLY = /〔(?<=[\u4e00-\u9fa5]〔)((?:19|20)\d{2})([1-9]\d{0,3})(?![\d号〕])/g
export const DOC_NUMBER_OTHER_BRACKETS = /[（(【［[﹝](?<=[\u4e00-\u9fa5].)[ \u3000]*((?:19|20)\d{2})[ \u3000]*[）)】］\]﹞][ \u3000]*([1-9]\d{0,3})[ \u3000]*号/g
export const DOC_NUMBER_NO_YEAR = /[\u4e00-\u9fa5]{1,12}[〔【[（(]\s*[〕】\]）)]\s*\d{1,5}\s*号/g

/** The brackets of a 文号 whose year is gone (国发〔〕33号). */
export const EMPTY_BRACKETS = /[〔【[（(]\s*[〕】\]）)]/

// repair/lost-leading-char: 中 lost from 中共 (共某县委办公室 → 中共某县委办公室; 共青团, 共产党 are words), and
// the first character of a task label (任单位： → 责任单位：)
export const LOST_PARTY = new RegExp(`^共(?!青团|产党|产主义)([\\u4e00-\\u9fa5]{1,14}?${PARTY_ORGAN_PLACE}${PARTY_ORGAN_SUFFIX})(?=$|\\s|、|，|关于)`)
export const LOST_LABEL = new RegExp(
  `^(${LOST_LEADING_LABELS.map((label) => label.slice(1)).sort((a, b) => b.length - a.length).join('|')})[:：]`,
)

// repair/heading-lost-bracket: 一）纵深推进 → （一）纵深推进
export const HEADING_LOST_BRACKET = /^([一二三四五六七八九十]{1,3})[）)]/

// repair/heading-junk: ??一、 → 一、 (question marks a scraper put where a bullet glyph was)
export const HEADING_JUNK = /^[?？\ufffd]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])/

// repair/date-spaces: a Word dump spaces out a date: "2021 年 3 月 5 日", "2017年10月 9 日",
// "2019- 03- 08 09: 41" — the date is written back without them (one space before a time)
export const SPACED_DATE = /(?<!\d)((?:19|20)\d{2})[ \u3000]*年(?:[ \u3000]*(\d{1,2})[ \u3000]*月(?:[ \u3000]*(\d{1,2})[ \u3000]*日)?)?/g
export const SPACED_DASHED_DATE = /(?<![\d.])((?:19|20)\d{2}) *([-/]) *(\d{1,2}) *\2 *(\d{1,2})(?: +(\d{1,2}) *: *(\d{2})(?!\d))?/g

// …and a month and day without their year: "2023年12月20日至 12 月 28 日"
export const SPACED_MONTH_DAY = /(?<![\d年])(\d{1,2})[ \u3000]*月[ \u3000]*(\d{1,2})[ \u3000]*日/g

// repair/doc-number-spaces: "〔2020〕15 号", "〔 2020 〕15号" → 〔2020〕15号 (after a 代字: the
// look-behind after the first space or the 〔, as in the document-number patterns above)
export const SPACED_DOC_NUMBER = /(?:[ \u3000](?<=[\u4e00-\u9fa5][ \u3000])[ \u3000]*〔|〔(?<=[\u4e00-\u9fa5]〔))[ \u3000]*((?:19|20)\d{2})[ \u3000]*〕[ \u3000]*(\d{1,5})[ \u3000]*号/g

// repair/latin-o-in-numeral: a year in Chinese numerals typed with Latin o (or 0) for 〇:
// "二oo八年六月三日" → 二〇〇八年六月三日
export const NUMERAL_YEAR_WITH_O = /(?<![A-Za-z])[一二][一二三四五六七八九〇零oO0]{3}(?=年)/g

// repair/stray-question-mark: a mirror writes ? for a full-width space it cannot encode: after a
// full stop ("全面完成。?"), at a line's start ("？？为深入贯彻…"), after an article's number
// ("第一条？为了…"), and — on a page that shows those marks — at the end of a line that asks
// nothing ("一、基本情况?"); a line with a question word keeps its ？ (一、为什么要出台《办法》？)
// (each look-behind after the first mark it needs, which it reads again: see the document numbers)
export const QUESTION_MARK_AFTER_STOP = /[?？](?<=[。；：，、][?？])[?？]*/g
export const QUESTION_MARK_AT_START = /^[?？\ufffd]+(?=[^\s?？\ufffd])/
export const QUESTION_MARK_AFTER_ARTICLE = /[?？](?<=^第[一二三四五六七八九十百零〇\d]{1,6}[条章节编][?？])[?？]*/
export const QUESTION_MARK_AT_END = /[?？](?<=[^?？\s][?？])[?？]*\s*$/

/** A question's label in a Q&A: 问：, 问题1：, 记者：, 【问】. */
export const QUESTION_LABEL = /^(?:问题?\d*|Q\d*|记者|提问|【问】)[:：]?/i

/** A quotation: a slogan's 谁 asks nothing ("谁执法谁普法"). */
export const QUOTED = /“[^“”]*”/g
