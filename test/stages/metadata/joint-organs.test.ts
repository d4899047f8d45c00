import { describe, expect, it } from 'vitest'
import { gluedOrgans } from '../../../src/stages/metadata/joint-organs.js'

describe('joint organs whose names run together', () => {
  it.each([
    ['a party committee and its government', '中共衡南县咸塘镇委员会衡南县咸塘镇人民政府', ['中共衡南县咸塘镇委员会', '衡南县咸塘镇人民政府']],
    ['a short committee name', '中共溪北区委溪北区人民政府', ['中共溪北区委', '溪北区人民政府']],
    ['a town\'s two organs', '中共桂溪镇委员会桂溪镇人民政府', ['中共桂溪镇委员会', '桂溪镇人民政府']],
    ['three offices of one county', '中共陇泉县委全面依法治县委员会办公室陇泉县人民政府办公室陇泉县司法局', ['中共陇泉县委全面依法治县委员会办公室', '陇泉县人民政府办公室', '陇泉县司法局']],
  ])('reads apart %s', (_name, name, organs) => {
    expect(gluedOrgans(name)).toEqual(organs)
  })

  it.each([
    ['a committee\'s office', '中共岑江市委全面依法治市委员会办公室'],
    ['a street office under its district', '上海市澄浦区人民政府锦岚街道办事处'],
    ['a bureau with its second name', '宁川市市场监督管理局（知识产权局）'],
    ['a government\'s office', '岑江市人民政府办公室'],
  ])('keeps whole %s', (_name, name) => {
    expect(gluedOrgans(name)).toEqual([name])
  })
})
