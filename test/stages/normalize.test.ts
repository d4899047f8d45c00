import { describe, expect, it } from 'vitest'
import { applyEdits, revertEdits } from '../../src/edits.js'
import { detectScript, normalize } from '../../src/stages/normalize.js'

const norm = (text: string, keepPunctuation = false) => normalize(text, { keepPunctuation }).text

describe('normalize: punctuation beside Chinese text', () => {
  it.each([
    ['来源:市府办', '来源：市府办'],
    ['2022年,我县坚持依法行政;全年办结案件96468件!', '2022年，我县坚持依法行政；全年办结案件96468件！'],
    ['(一)深化改革', '（一）深化改革'],
    ['(1)完善程序', '（1）完善程序'],
    ['《实施纲要(2021-2025年)》', '《实施纲要（2021-2025年）》'],
    ['纲要(2015-2020)实施方案', '纲要（2015-2020）实施方案'],
    ['(一）混合括号', '（一）混合括号'],
    ['是否依法? 是。', '是否依法？是。'],
  ])('%s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected)
  })

  it.each([
    ['时间 11:24'],
    ['ICP备05062564号-1'],
    ['电话:0662-3367662'.replace(':', '：')],
    ['Version (2.0) final'],
    ['1,000 and 2,000'],
    ['http://www.gov.cn/zhengce/'],
    ['金额1.5亿元'],
  ])('leaves %s as it is', (input) => {
    expect(norm(input)).toBe(input)
  })

  it('keeps ASCII punctuation with keepPunctuation', () => {
    expect(norm('来源:市府办,(一)', true)).toBe('来源:市府办,(一)')
  })
})

describe('normalize: whitespace, glyphs, width', () => {
  it.each([
    ['  \u3000为深入推进依法行政，加快建设法治政府  \n\n\n  一、总体要求\n\n', '为深入推进依法行政，加快建设法治政府\n一、总体要求'],
    ['加快了平台建设， 建立健全了制度', '加快了平台建设，建立健全了制度'],
    ['中共某办公室\u00a0\u00a0\u00a0\u00a02017年3月18日印发', '中共某办公室 2017年3月18日印发'],
    ['⒈ 深化改革\n⒛ 改革执法体制', '1. 深化改革\n20. 改革执法体制'],
    ['⑶完善机制', '（3）完善机制'],
    ['２０２１年度ＡＢＣ', '2021年度ABC'],
    ['行\r\n政\r\n', '行\n政'],
  ])('%j', (input, expected) => {
    expect(norm(input)).toBe(expected)
  })

  it('reports edits that reproduce and revert the text', () => {
    const input = '  来源:市府办\u3000\n\n⒈ 深化改革(试点)\n'
    const result = normalize(input)
    expect(applyEdits(input, result.edits)).toBe(result.text)
    expect(revertEdits(result.text, result.edits)).toBe(input)
  })
})

describe('normalize: Traditional pages', () => {
  const traditional = '關於2022年度法治政府建設情況的報告\n發布日期：2023-03-01 來源：縣司法局\n一、堅持黨的領導，統籌推進依法行政，健全權責清單制度。'
  it('detects the script', () => {
    expect(detectScript(traditional)).toBe('traditional')
    expect(detectScript('关于2022年度法治政府建设情况的报告')).toBe('simplified')
    expect(detectScript('关于2022年度法治政府建设情况的报告 繁體')).toBe('mixed')
  })
  it('converts a Traditional page to Simplified', () => {
    expect(norm(traditional)).toBe('关于2022年度法治政府建设情况的报告\n发布日期：2023-03-01 来源：县司法局\n一、坚持党的领导，统筹推进依法行政，健全权责清单制度。')
  })
  it('leaves a Simplified page unconverted (显著 stays 显著)', () => {
    expect(norm('成效显著，著作权保护')).toBe('成效显著，著作权保护')
  })
  it('removes pinyin that mirrors insert after characters', () => {
    expect(norm(`${traditional}\n縣人民政府辦(ban)公室發(fā)布，政（zhèng）府工作`).split('\n').pop()).toBe('县人民政府办公室发布，政府工作')
    expect(norm('人民政府办(bàn)公室')).toBe('人民政府办公室')
    expect(norm('采用(app)方式')).toBe('采用（app）方式')
  })
})
