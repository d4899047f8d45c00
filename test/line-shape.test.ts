import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { holdsSentence, isProse, isTitleShaped, proseWeight, startsBody } from '../src/line-shape.js'
import { BODY_LINE_MIN_HAN } from '../src/rules/chrome.js'
import { countHan } from '../src/text.js'

describe('line shape: one reading of a line for every stage', () => {
  it.each([
    ['为深入推进依法行政，加快建设法治政府，现将有关情况报告如下：', true],
    ['首页 > 政务公开 > 通知公告', false],
    ['发布时间：2023-02-16', false],
  ])('isProse(%s) → %s', (line, prose) => {
    expect(isProse(line)).toBe(prose)
    expect(proseWeight(line) > 0).toBe(prose)
  })

  it('holds a sentence only when a run of Han ends with a full stop', () => {
    expect(holdsSentence('全年办理行政复议案件12件，全部依法按期办结。')).toBe(true)
    expect(holdsSentence('来源：某县司法局，浏览次数：12')).toBe(false)
  })

  it('reads prose and weighs it as their definition does: clause punctuation and enough Han (property)', () => {
    const byDefinition = (text: string) => /[。，；！？,;!?]/.test(text) && countHan(text) >= BODY_LINE_MIN_HAN
    const pieces = fc.constantFrom('依法行政', '法治政府建设', '。', '，', '；', ',', ';', '：', ' ', '2022年', 'abc', '𠀀', '首页')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('')
        expect(isProse(text)).toBe(byDefinition(text))
        expect(proseWeight(text)).toBe(byDefinition(text) ? countHan(text) : 0)
      }),
      { seed: 20261206, numRuns: 3000 },
    )
  })

  it('holds a sentence as the text cut at its full stops says (property)', () => {
    // the definition: a part before a full stop (the last part ends with none) with enough Han
    const bySplit = (text: string) => text.split(/[。！？!?]/).slice(0, -1).some((part) => countHan(part) >= BODY_LINE_MIN_HAN)
    const pieces = fc.constantFrom('依法行政', '法治政府建设', '。', '！', '？', '!', '?', '，', ' ', '2022年', 'abc', '𠀀')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('')
        expect(holdsSentence(text)).toBe(bySplit(text))
      }),
      { seed: 20261206, numRuns: 3000 },
    )
  })

  it.each([
    ['某县司法局2022年法治政府建设年度报告', true, false],
    ['（2021—2025年）', true, false],
    ['一、主要工作', false, true],
    ['各乡镇人民政府，县直各单位：', false, true],
    ['全年办理行政复议案件12件。', false, true],
    ['2022年，我局在县委、县政府的坚强领导下认真贯彻落实上级关于法治政府建设的各项决策部署和工作要求', true, true],
    ['2022年，我局扎实推进法治政府建设', true, false],
    ['某县人民政府', true, false],
  ])('%s: title-shaped %s, starts the body %s', (line, title, body) => {
    expect(isTitleShaped(line)).toBe(title)
    expect(startsBody(line)).toBe(body)
  })
})
