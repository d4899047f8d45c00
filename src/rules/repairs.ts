/**
 * Data for the repair stage: the damage scrapers leave (DOMAIN §6.2) and the bounds that keep a
 * repair certain. Each rule id appears here once, with an example of what it repairs.
 */

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
}

export const REPAIR_RULES = {
  dateLostYearMonth: { id: 'repair/date-lost-year-month', example: '2021415日 → 2021年4月15日' },
  dateLostYear: { id: 'repair/date-lost-year', example: '20216月底前 → 2021年6月底前' },
  dateLostMonth: { id: 'repair/date-lost-month', example: '2017年316日 → 2017年3月16日' },
  dateLostDay: { id: 'repair/date-lost-day', example: '2018年3月13 (a line of its own), 于2013年9月26召开 → …26日召开' },
  yearRangeLostDash: { id: 'repair/year-range-lost-dash', example: '（20212025年） → （2021—2025年）' },
  rangeLostOpenBracket: { id: 'repair/range-lost-open-bracket', example: '纲要2015-2020年） → 纲要（2015-2020年）' },
  docNumberLostBracket: { id: 'repair/doc-number-lost-bracket', example: '溪政办发〔20215 → 溪政办发〔2021〕5号' },
  docNumberBrackets: { id: 'repair/doc-number-brackets', example: '湘政发【2012】33号 → 湘政发〔2012〕33号' },
  lostLeadingParty: { id: 'repair/lost-leading-char', example: '共某县委办公室 → 中共某县委办公室' },
  lostLeadingLabel: { id: 'repair/lost-leading-char', example: '任单位：县司法局 → 责任单位：县司法局' },
  headingLostBracket: { id: 'repair/heading-lost-bracket', example: '一）纵深推进… → （一）纵深推进…' },
  headingJunk: { id: 'repair/heading-junk', example: '??一、总体要求 → 一、总体要求' },
  dateAllUnitsLost: { id: 'repair/date-all-units-lost', example: '201395 under the signers → 2013年9月5日 (only when the 发布日期 agrees)' },
} as const satisfies Record<string, RepairRule>

/** Labels of task lines whose first character scrapers drop (任单位： is 责任单位：). */
export const LOST_LEADING_LABELS: readonly string[] = [
  '责任单位', '牵头单位', '配合单位', '协办单位', '参与单位', '责任部门', '牵头部门', '配合部门',
  '完成时限', '完成时间', '责任领导', '责任人', '附件',
]

/** Organ-name endings of a party committee whose 中 was dropped from 中共 (共某县委). */
export const PARTY_ORGAN_PLACE = '(?:省|市|县|区|州|盟|旗|镇|乡|街道|自治州|自治县|自治区|自治旗|林区|特区)'
export const PARTY_ORGAN_SUFFIX = '(?:委员会|人民政府党组|政府党组|党工委|工委|党组|委)(?:办公室|办公厅|宣传部|组织部)?'
