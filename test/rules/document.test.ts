import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DOC_NUMBER, isOrganLine, mayHoldDocNumber } from '../../src/rules/document.js'
import { extractMetadata } from '../../src/stages/extract-metadata.js'
import { segment } from '../../src/stages/segment.js'

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

describe('isOrganLine', () => {
  it('reads organs parted by spaces or by a table\'s cell bars, and nothing else', () => {
    expect(isOrganLine('中共某县委 某县人民政府')).toBe(true)
    expect(isOrganLine('营口市住房和城乡建设局 | 营口市自然资源局')).toBe(true)
    expect(isOrganLine('某县人民政府 | 2023年8月28日')).toBe(false)
  })

  it('gives every organ of a signature laid out in a table', () => {
    const blocks = segment(['某市住房和城乡建设局 某市自然资源局 国家税务总局某市税务局关于印发《某市实施办法》的通知', '各县（市）区住房和城乡建设局：', '现印发给你们，请抓好落实。', '某市住房和城乡建设局 | 某市自然资源局', '国家税务总局某市税务局', '2023年8月28日'].join('\n'))
    const { metadata } = extractMetadata({ blocks, sections: [], breadcrumb: [], fields: [], normalizeValue: (v) => v })
    expect(metadata.issuers).toEqual(['某市住房和城乡建设局', '某市自然资源局', '国家税务总局某市税务局'])
  })
})
