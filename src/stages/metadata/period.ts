/**
 * The years the document covers: from its title, its headings or, for a report that lost its
 * title, its opening paragraphs.
 *
 * Example: title '某县人民政府关于2021年度法治政府建设情况的报告' → 2021..2021 (period-from-title,
 * confidence 1); no title and a first paragraph "现将某县2022年法治政府建设工作情况报告如下：" →
 * 2022..2022 (period-from-body, confidence 0.8).
 */
import { METADATA_RULES } from '../../rules/metadata.js'
import {
  ANNUAL_REPORT_FAMILIES,
  BODY_PERIOD_BLOCKS,
  FIRST_HEADING_YEAR,
  FIVE_YEAR_PLAN,
  FIVE_YEAR_PLAN_FIRST,
  FIVE_YEAR_PLAN_FIRST_YEARS,
  PREVIOUS_YEAR,
  REPORT_KINDS,
  REPORT_OPENING_YEAR,
  REPORT_STATEMENT_END,
  REPORT_STATEMENT_YEAR,
} from '../../rules/document.js'
import { MAX_RANGE_SPAN, PLAUSIBLE_YEARS } from '../../rules/repairs.js'
import { chineseNumeralValue } from '../../text.js'
import type { Message, Period, Section } from '../../types.js'
import type { Block } from '../segment.js'
import { inBlock, whereMessage, type Finder, type Found, type Hit } from './evidence.js'
import { WARNINGS } from '../../rules/warnings.js'

const YEAR_RANGE = /((?:19|20)\d{2})\s*(?:年\s*)?[—\-－–~～至到]+\s*((?:19|20)\d{2})/
/** Two years joined in a title, what one reports on and what the next plans ("2018年法治政府建设工作总结
 *  及2019年工作打算", "2023年工作总结和2024年工作思路"): the document covers both. */
const SUMMARY_AND_PLAN = /((?:19|20)\d{2})\s*年[^年]{0,40}?(?:及|和|暨|与|以及)\s*((?:19|20)\d{2})\s*年/
/** A year in a title: 2022年 (not a date's), or 2024 with no 年 before 法治/依法 ("某街道2024法治政府建设年度报告"). */
const SINGLE_YEAR = /((?:19|20)\d{2})\s*(?:年(?!\s*\d{1,2}\s*月)|(?=法治|依法))/

/** The titles a text cites, in 《》. */
const CITED_TITLES = /《[^《》]*》/g

/**
 * The years a title or heading says the document covers: a year's summary and the next year's
 * plan, a range "（2016—2020年）", a five-year plan "十四五", one year "2017年度" / "2020年法治政府建设…".
 * @param text a title or heading
 * @returns the period, or undefined
 */
export function periodIn(text: string): Period | undefined {
  // metadata/period-own-year-over-cited: the year a title names outside the documents it cites is
  // its own, over a cited plan's range: "关于2023年度贯彻落实《法治政府建设实施纲要（2021—2025年）》
  // 情况的报告" → 2023 (a mid-term evaluation names no year of its own: the plan's range is its period)
  const outside = text.includes('《') ? text.replace(CITED_TITLES, '') : text
  if (outside !== text && !YEAR_RANGE.test(outside)) {
    const own = SINGLE_YEAR.exec(outside)
    const year = own === null ? NaN : Number(own[1])
    if (year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to) return { from: year, to: year }
  }
  // a year's summary and the next year's plan in one title: "2022年…工作总结及2023年工作计划"
  const summaryAndPlan = SUMMARY_AND_PLAN.exec(text)
  if (summaryAndPlan && Number(summaryAndPlan[2]) === Number(summaryAndPlan[1]) + 1) return { from: Number(summaryAndPlan[1]), to: Number(summaryAndPlan[2]) }
  const range = YEAR_RANGE.exec(text)
  if (range) {
    const from = Number(range[1])
    const to = Number(range[2])
    if (to > from && to - from <= MAX_RANGE_SPAN && from >= PLAUSIBLE_YEARS.from) return { from, to }
  }
  const plan = FIVE_YEAR_PLAN.exec(text)
  if (plan) {
    const n = chineseNumeralValue(plan[1] as string)
    if (n !== undefined && n >= FIVE_YEAR_PLAN_FIRST.number) {
      const from = FIVE_YEAR_PLAN_FIRST.year + 5 * (n - FIVE_YEAR_PLAN_FIRST.number)
      const first = FIVE_YEAR_PLAN_FIRST_YEARS.exec(text.slice(plan.index + plan[0].length))
      const years = first === null ? 5 : (chineseNumeralValue(first[1] as string) ?? Number(first[1]))
      return { from, to: from + years - 1 }
    }
  }
  const single = SINGLE_YEAR.exec(text)
  if (single) {
    const year = Number(single[1])
    if (year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to) return { from: year, to: year }
  }
  return undefined
}

/** What the period finders read besides the page. */
export interface PeriodKnown {
  title: Found<string> | undefined
  kind: string | undefined
  /** The date the document was published, else signed: "上一年度" counts back from it. */
  date: string | undefined
  sections: readonly Section[]
}

export const PERIOD_FINDERS: readonly Finder<Period, PeriodKnown>[] = [
  // the years the title names: "（2016—2020年）", "十四五", "2017年度"
  {
    rule: METADATA_RULES.periodFromTitle,
    find: (_page, { title }) => {
      const stated = title === undefined ? undefined : periodIn(title.value)
      return title === undefined || stated === undefined ? undefined : { value: stated, where: title.where, confidence: title.confidence }
    },
  },
  // "上一年度" in the title counts back from the date the document was published or signed
  {
    rule: METADATA_RULES.periodPreviousYear,
    find: (_page, { title, date }) => {
      if (title === undefined || date === undefined || !PREVIOUS_YEAR.test(title.value)) return undefined
      const year = Number(date.slice(0, 4)) - 1
      return { value: { from: year, to: year }, where: title.where, confidence: title.confidence }
    },
  },
  // "YYYY年度" in any heading; else the first heading's year ("一、2021年法治政府建设工作情况")
  { rule: METADATA_RULES.periodFromHeadings, find: (page, { sections }) => periodFromSections(sections, page.blocks) },
  // a report whose title is lost (or names no year): its statement "现将某县2022年…报告如下" or its
  // opening "2023年，某局在…领导下"
  {
    rule: METADATA_RULES.periodFromBody,
    find: (page, { title, kind }) => (title === undefined || (kind !== undefined && REPORT_KINDS.includes(kind)) ? periodFromBody(page.blocks) : undefined),
  },
]

/** A first heading's year without 年度 is a weaker reading than a heading's 年度. */
const FIRST_HEADING_YEAR_CONFIDENCE = 0.8

function periodFromSections(sections: readonly Section[], blocks: readonly Block[]): Hit<Period> | undefined {
  const whereHeading = (heading: string) => {
    const block = blocks.find((b) => b.role === 'content' && b.text.includes(heading))
    return block === undefined ? null : inBlock(block)
  }
  // breadth first; the queue is read by index, as shift() on an array of 200 000 sections is not O(1)
  const queue = [...sections]
  for (let next = 0; next < queue.length; next++) {
    const section = queue[next] as Section
    const m = /((?:19|20)\d{2})\s*年度/.exec(section.heading)
    if (m) return { value: { from: Number(m[1]), to: Number(m[1]) }, where: whereHeading(section.heading) }
    for (const child of section.children) queue.push(child)
  }
  const first = sections[0]
  const year = first === undefined ? null : FIRST_HEADING_YEAR.exec(first.heading)
  if (first === undefined || year === null) return undefined
  return { value: { from: Number(year[1]), to: Number(year[1]) }, where: whereHeading(first.heading), confidence: FIRST_HEADING_YEAR_CONFIDENCE }
}

function periodFromBody(blocks: readonly Block[]): Hit<Period> | undefined {
  const opening = blocks.filter((b) => b.role === 'content').slice(0, BODY_PERIOD_BLOCKS)
  const found = (block: Block, m: RegExpExecArray | null): Hit<Period> | undefined => {
    const year = m === null ? NaN : Number(m[1])
    return year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to ? { value: { from: year, to: year }, where: inBlock(block) } : undefined
  }
  for (const block of opening) {
    if (!REPORT_STATEMENT_END.test(block.text)) continue
    for (let at = block.text.indexOf('现将'); at !== -1; at = block.text.indexOf('现将', at + 1)) {
      const statement = found(block, REPORT_STATEMENT_YEAR.exec(block.text.slice(at, at + STATEMENT_WINDOW)))
      if (statement !== undefined) return statement
    }
  }
  for (const block of opening) {
    const openingYear = found(block, REPORT_OPENING_YEAR.exec(block.text))
    if (openingYear !== undefined) return openingYear
  }
  return undefined
}
/** How far after 现将 its year may stand. */
const STATEMENT_WINDOW = 40

/**
 * metadata/period-published-mismatch: an annual report covers the year before it is published
 * (督察规定: by 4月1日); another year is worth a look.
 * @param messages receives the warning
 */
export function periodAgainstPublished(period: Found<Period>, published: Found<string>, family: string | undefined, messages: Message[]): void {
  if (family === undefined || !ANNUAL_REPORT_FAMILIES.includes(family) || period.value.from !== period.value.to) return
  const year = Number(published.value.slice(0, 4))
  if (year === period.value.to + 1) return
  messages.push(whereMessage(WARNINGS.periodPublishedMismatch.code, `an annual report on ${period.value.to} published in ${year}, not in ${period.value.to + 1}`, published.where))
}
