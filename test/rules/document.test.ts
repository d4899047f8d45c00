import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DOC_NUMBER, mayHoldDocNumber } from '../../src/rules/document.js'

describe('mayHoldDocNumber', () => {
  it('passes every text DOC_NUMBER matches, damaged brackets and spaces included', () => {
    for (const text of ['娄发〔2017〕4号', '湘政发【2012】33号', '某发(2018)第12号', '按照县政府临政〔2019〕36号文件要求', '越教 〔 2024 〕 9 号']) {
      expect(DOC_NUMBER.test(text), text).toBe(true)
      expect(mayHoldDocNumber(text), text).toBe(true)
    }
  })

  it('stops a text with no 号, which DOC_NUMBER never matches', () => {
    expect(mayHoldDocNumber('各乡镇人民政府，县直各单位：现将《某县2023年法治政府建设工作要点》印发给你们〔2023〕')).toBe(false)
    const unit = fc.constantFrom('娄', '发', '〔', '〕', '【', '】', '(', ')', '2', '0', '1', '7', '4', '号', '第', ' ', '文')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (units) => {
        const text = units.join('')
        if (DOC_NUMBER.test(text)) expect(mayHoldDocNumber(text)).toBe(true)
      }),
    )
  })
})
