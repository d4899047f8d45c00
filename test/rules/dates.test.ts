import { describe, expect, it } from 'vitest'
import { isoDateIn } from '../../src/dates.js'
import { IMPRINT_LINE, SIGNATURE_DATE_LINE, TITLE_DATE_LINE } from '../../src/rules/document.js'

/** Dates as documents print them; every line pattern built on PRINTED_DATE takes each. */
const PRINTED = ['2020年12月28日', '2021 年 3 月 5 日', '二〇一五年三月十二日', '二０二三年三月十日', '二oo八年六月三日', '二〇二三年 十二月 二十八日']

describe('one printed date for every line that carries one', () => {
  it.each(PRINTED)('%s: under a signature, under a title, in a 印发 line, and read as a date', (date) => {
    expect(SIGNATURE_DATE_LINE.test(date)).toBe(true)
    expect(TITLE_DATE_LINE.test(`（${date}县人民政府第12次常务会议通过）`)).toBe(true)
    expect(IMPRINT_LINE.test(`某县人民政府办公室 ${date}印发`)).toBe(true)
    expect(isoDateIn(date)).not.toBeNull()
  })
})
