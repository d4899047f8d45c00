/** Reading the region from place names and codes, against the real division table. */
import { describe, expect, it } from 'vitest'
import { findPlaceNames, opensWithKnownPlace, resolveRegion, shortNames, type RegionEvidence } from '../src/regions.js'

const region = (evidence: RegionEvidence<number>[]) => resolveRegion(evidence)
const at = (source: RegionEvidence<number>['source'], text: string, where = 0): RegionEvidence<number> => ({ source, text, where })

describe('place names', () => {
  it.each([
    ['红河哈尼族彝族自治州', ['红河州']],
    ['黔东南苗族侗族自治州', ['黔东南州']],
    ['博尔塔拉蒙古自治州', ['博尔塔拉州']],
    ['石林彝族自治县', ['石林县']],
    ['广西壮族自治区', ['广西']],
    ['岳阳市', []],
  ])('%s is also written %j', (name, short) => {
    expect(shortNames(name)).toEqual(short)
  })

  it.each([
    ['中共平江县委 平江县人民政府', ['平江县', '平江县']],
    ['湖南省岳阳市平江县人民政府', ['湖南省', '岳阳市', '平江县']],
    ['关于加强城区管理的通知', []],
    ['规定》和县委依法治县办', []],
    ['旗、苏木乡镇、嘎查村三级', []],
    ['法治广西建设', ['广西']],
  ])('%s names %j', (text, names) => {
    expect(findPlaceNames(text).map((n) => n.name)).toEqual(names)
  })
})

describe('resolveRegion', () => {
  it('fills the levels above a county from the table', () => {
    expect(region([at('issuers', '平江县人民政府')]).region).toEqual({ province: '湖南省', city: '岳阳市', county: '平江县', town: null, code: '430626' })
  })

  it('goes down to a town when the organ is one', () => {
    const result = region([at('issuers', '中共平江县安定镇委员会'), at('issuers', '平江县安定镇人民政府')])
    expect(result.region).toMatchObject({ county: '平江县', town: '安定镇' })
    expect(result.region?.code).toHaveLength(12)
    expect(result.decidedBy?.rule).toBe('metadata/region-from-issuers')
  })

  it('reads a short name of an autonomous prefecture', () => {
    expect(region([at('issuers', '黔东南州司法局')]).region).toMatchObject({ province: '贵州省', city: '黔东南苗族侗族自治州', county: null })
  })

  it('makes a municipality its own city', () => {
    expect(region([at('issuers', '重庆市人民政府')]).region).toMatchObject({ province: '重庆市', city: '重庆市', county: null })
    expect(region([at('issuers', '北京市朝阳区人民政府')]).region).toMatchObject({ province: '北京市', city: '北京市', county: '朝阳区' })
  })

  it('settles a name several places share by another place the page names', () => {
    expect(region([at('issuers', '新华区人民政府'), at('site', '沧州市新华区人民政府主办')]).region).toMatchObject({ city: '沧州市', county: '新华区' })
  })

  it('stays at the level that is certain, with a warning, when nothing settles it', () => {
    const result = region([at('issuers', '新华区司法局')])
    expect(result.region).toBeNull()
    expect(result.problems.map((p) => p.code)).toEqual(['region-ambiguous'])
  })

  it('reads a 网站标识码 when the page names no place of its own', () => {
    expect(region([at('code', '网站标识码：4306000001')]).region).toMatchObject({ province: '湖南省', city: '岳阳市', code: '430600' })
    expect(region([at('code', '11430626MB1234567X/2023-00012')]).region).toMatchObject({ county: '平江县' })
  })

  it('trusts no code, and no name below it, once the organ’s place is one the table lacks', () => {
    const result = region([at('issuers', '湘江县人民政府'), at('site', '地址：湖南省湘江县安定镇'), at('code', '网站标识码：4306260001')])
    expect(result.region).toMatchObject({ province: '湖南省', city: null, county: null, town: null })
  })

  it('prefers the issuers to the site, and says when the site names another place', () => {
    const result = region([at('issuers', '平江县人民政府'), at('site', '版权所有：衡阳市人民政府', 7)])
    expect(result.region).toMatchObject({ county: '平江县' })
    expect(result.problems).toEqual([{ code: 'region-conflict', reason: 'the site names 湖南省 衡阳市, the document 湖南省 岳阳市 平江县', where: 7 }])
  })

  it('reads a body that names its own place again and again, not one it names once', () => {
    const body = ['2023年，平江县安定镇深入推进依法行政。', '安定镇配齐执法队伍。', '与汨罗市开展交流。'].map((text, i) => at('body', text, i))
    expect(region(body).region).toMatchObject({ county: '平江县', town: '安定镇' })
  })

  it('reads only the province from the sites a page links to', () => {
    expect(region([at('links', '湖南省司法厅 岳阳市人民政府')]).region).toMatchObject({ province: '湖南省', city: null })
    expect(region([at('links', '湖南多地开展法治宣传活动')]).region).toBeNull()
  })
})

describe('opensWithKnownPlace', () => {
  it.each([
    ['衡南县人民政府关于2023年度法治政府建设情况的报告', true],
    ['湖南省司法厅2023年工作总结', true],
    // a word that ends like a level is no known place
    ['按照市政府的通知', false],
    ['城市管理执法工作要点', false],
  ])('%s → %s', (title, expected) => {
    expect(opensWithKnownPlace(title)).toBe(expected)
  })
})
