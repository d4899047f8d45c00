/**
 * Data for reading printed dates: how pages write a Chinese-numeral year, and the full date a
 * signature, a title's date line and a 版记's 印发 line print — one definition for every rule that
 * needs it (src/dates.ts reads the dates, src/rules/document.ts recognizes the lines).
 */

/** Zero as pages print it in a Chinese-numeral year: 〇, ○, a Latin O or o (二oo八年), 0, ０, 零. */
export const CN_ZERO = '〇○OＯoｏ0０零'

/** A digit of a year written in Chinese numerals: 二〇一五, 二oo八. */
export const CN_YEAR_DIGIT = `[一二三四五六七八九${CN_ZERO}]`

/** A month's or a day's number in Chinese numerals: 三, 十二, 二十八. */
export const CN_DAY_OR_MONTH = '[一二三四五六七八九十]{1,3}'

/** A whole date as a document prints it, in Arabic or Chinese numerals, spaces allowed between
 *  its parts (2020年12月28日, 2021 年 3 月 5 日, 二〇一五年三月十二日). A source to build patterns
 *  from; no groups. */
export const PRINTED_DATE = String.raw`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|${CN_YEAR_DIGIT}{4}\s*年\s*${CN_DAY_OR_MONTH}\s*月\s*${CN_DAY_OR_MONTH}\s*日`
