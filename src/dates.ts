/**
 * Reading the dates government pages print (DOMAIN §6.1) into ISO form: 2018-01-05 11:24,
 * 2018/1/5, 2018年01月05日 16:40, 2015.01.09, 二〇一五年三月十二日, 二oo八年六月三日, 2017-03-28-00:00:00,
 * 2011- 09- 01 14: 58: 15 and a mirror's 07.11.2019 09:30 all parse; a time of 00:00 is a placeholder
 * and is dropped.
 */
import { CN_DAY_OR_MONTH, CN_YEAR_DIGIT } from './rules/dates.js'
import { DEADLINE_FORMS } from './rules/sections.js'
import { allMatches, chineseDigitsValue, chineseNumeralValue, foldWidth } from './text.js'

export interface ParsedDate {
  year: number
  month: number
  day: number
  hour?: number
  minute?: number
  /** Offset of the date in the text given, and its length. */
  index: number
  length: number
}

const SEP = '\\s*[-/.年]\\s*'
/** Arabic dates, optional time. Groups: year, month, day, hour, minute. */
const ARABIC_DATE = new RegExp(
  `(?<![\\d])((?:19|20)\\d{2})${SEP}(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?![\\d])\\s*日?(?:\\s*[-T ]?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{2})(?:\\s*[:：分]\\s*\\d{2}(?:\\.\\d+)?)?)?`,
)
/** Chinese-numeral dates: 二〇一五年三月十二日. Groups: year, month, day. */
const CHINESE_DATE = new RegExp(`(${CN_YEAR_DIGIT}{4})\\s*年\\s*(${CN_DAY_OR_MONTH})\\s*月\\s*(${CN_DAY_OR_MONTH})\\s*日`)

/** A mirror's byline writes the day first, with dots: "07.11.2019  09:30" (7 November 2019).
 *  Groups: day, month, year, hour, minute. */
const DAY_FIRST_DATE = /(?<![\d.A-Za-z])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]|\s*年)(?:\s+(\d{1,2}):(\d{2}))?/

/**
 * Find and read the first date in a text.
 * @param text any text ("发布时间：2018-01-05 11:24")
 * @returns the date, or undefined when there is none or it is not a calendar date
 */
export function findDate(text: string): ParsedDate | undefined {
  const folded = foldWidth(text)
  const arabic = ARABIC_DATE.exec(folded)
  const chinese = CHINESE_DATE.exec(folded)
  const dayFirst = DAY_FIRST_DATE.exec(folded)
  if (dayFirst && (!arabic || dayFirst.index < arabic.index) && (!chinese || dayFirst.index < chinese.index)) {
    const date: ParsedDate = { year: Number(dayFirst[3]), month: Number(dayFirst[2]), day: Number(dayFirst[1]), index: dayFirst.index, length: dayFirst[0].length }
    const [hour, minute] = [Number(dayFirst[4]), Number(dayFirst[5])]
    if (dayFirst[4] !== undefined && hour < 24 && minute < 60 && (hour !== 0 || minute !== 0)) {
      date.hour = hour
      date.minute = minute
    }
    if (isCalendarDate(date)) return date
  }
  if (arabic && (!chinese || arabic.index <= chinese.index)) {
    const date: ParsedDate = {
      year: Number(arabic[1]),
      month: Number(arabic[2]),
      day: Number(arabic[3]),
      index: arabic.index,
      length: arabic[0].length,
    }
    if (arabic[4] !== undefined && arabic[5] !== undefined) {
      const hour = Number(arabic[4])
      const minute = Number(arabic[5])
      if (hour < 24 && minute < 60 && (hour !== 0 || minute !== 0)) {
        date.hour = hour
        date.minute = minute
      }
    }
    return isCalendarDate(date) ? date : undefined
  }
  if (chinese) {
    const year = chineseDigitsValue(chinese[1] as string)
    const month = chineseNumeralValue(chinese[2] as string)
    const day = chineseNumeralValue(chinese[3] as string)
    if (year === undefined || month === undefined || day === undefined) return undefined
    const date: ParsedDate = { year, month, day, index: chinese.index, length: chinese[0].length }
    return isCalendarDate(date) ? date : undefined
  }
  return undefined
}

/**
 * @param date a parsed date
 * @returns it as `YYYY-MM-DD`, with `THH:mm` when it has a time
 */
export function toIso(date: ParsedDate): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`
  return date.hour === undefined ? day : `${day}T${pad(date.hour)}:${pad(date.minute ?? 0)}`
}

/**
 * @param text any text
 * @returns the ISO form of its first date, or null
 */
export function isoDateIn(text: string): string | null {
  const date = findDate(text)
  return date ? toIso(date) : null
}

/** @returns whether year/month/day is a real day of the Gregorian calendar */
export function isCalendarDate(date: { year: number; month: number; day: number }): boolean {
  const { year, month, day } = date
  if (month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return day <= (days[month - 1] as number)
}

/**
 * The last day a deadline allows: "2018年年底前" → 2018-12-31, "2017年6月底前" → 2017-06-30,
 * "2018年上半年" → 2018-06-30. When it names several dates ("2017年6月底前启动，2018年底前完成")
 * the latest counts. A deadline without a year ("长期坚持", "每年3月底前", "按要求的时间完成") has none.
 * @param text the value of a 完成时限 field
 * @returns the ISO date, or null
 */
export function deadlineDate(text: string): string | null {
  const folded = foldWidth(text)
  const found: string[] = []
  const covered: [number, number][] = []
  const pad = (n: number) => String(n).padStart(2, '0')
  const lastDay = (year: number, month: number) => (isCalendarDate({ year, month, day: 31 }) ? 31 : isCalendarDate({ year, month, day: 30 }) ? 30 : isCalendarDate({ year, month, day: 29 }) ? 29 : 28)
  for (const form of DEADLINE_FORMS) {
    for (const m of allMatches(form.pattern, folded)) {
      const start = m.index
      const end = start + m[0].length
      if (covered.some(([a, b]) => start < b && end > a)) continue // a longer form read it already
      const year = Number(m[1])
      const ends = form.ends(m)
      const month = ends.month
      const day = ends.day ?? lastDay(year, month)
      if (!isCalendarDate({ year, month, day })) continue
      covered.push([start, end])
      found.push(`${year}-${pad(month)}-${pad(day)}`)
    }
  }
  if (found.length === 0) return null
  return found.sort().at(-1) as string
}
