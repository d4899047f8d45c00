import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/pipeline.js'
import { extractCitations } from '../../src/stages/extract-citations.js'
import { segment } from '../../src/stages/segment.js'
import type { Citation } from '../../src/types.js'

/** The citations of a document given as its paragraphs (a title line first). */
function citationsOf(lines: string[], own: { title?: string; docNumber?: string; encloses?: string } = {}) {
  return extractCitations({ blocks: segment(lines.join('\n')), title: own.title ?? null, docNumber: own.docNumber ?? null, encloses: own.encloses ?? null })
}

const titles = (found: { title: string | null }[]) => found.map((c) => c.title)

function seed(name: string) {
  const path = new URL(`../../fixtures/seeds/${name}/input.txt`, import.meta.url)
  return parseReport(readFileSync(path), { path: `${name}/input.txt` })
}

const cited = (title: string | null, fields: Partial<Citation>): Citation => ({
  title,
  docNumber: null,
  kind: null,
  issuer: null,
  alias: null,
  versions: [],
  lines: [],
  count: 1,
  ...fields,
})

describe('citations of the seeds', () => {
  it('seed 000: the 湖南省 实施方案 the 镇 implements, with its 文号 printed in 【】, and 《纲要》 counted against the 纲要 it shortens', () => {
    expect(seed('000-midterm-evaluation-report').citations).toEqual([
      cited('湖南省贯彻落实〈法治政府建设实施纲要（2015-2020）〉实施方案', { docNumber: '湘〔2016〕19号', kind: '规范性文件', lines: [5, 9], count: 2 }),
      cited('关于对〈纲要〉开展中期评估的函', { lines: [5] }),
      cited('法治政府建设实施纲要（2015—2020年）', { kind: '规范性文件', lines: [5, 9, 11, 75, 95], count: 6 }),
      cited('咸塘镇贯彻落实〈法治政府建设实施纲要（2015-2020）〉实施方案', { kind: '规范性文件', lines: [9] }),
      cited('宪法', { kind: '法律', lines: [9] }),
      cited('中华人民共和国行政许可法', { kind: '法律', lines: [15] }),
    ])
  })

  it('seed 001: the 条例 cited as 草案, as 送审稿 and as 《条例》 is one cited document; the 日报 and the articles are none', () => {
    const { citations } = seed('001-annual-report-site-footer')
    expect(citations.filter((c) => c.title?.includes('漠阳江'))).toEqual([
      cited('阳江市漠阳江流域保护条例', { kind: '地方性法规', versions: ['草案', '送审稿'], lines: [20], count: 3 }),
    ])
    expect(citations.find((c) => c.title === '法治政府建设实施纲要')).toEqual(cited('法治政府建设实施纲要', { kind: '规范性文件', lines: [6, 68], count: 2 }))
    expect(citations.find((c) => c.title === '中国共产党党组工作条例')).toEqual(cited('中国共产党党组工作条例', { kind: '党内法规', versions: ['试行'], lines: [58] }))
    expect(citations.find((c) => c.title === '政府信息公开条例')?.kind).toBe('行政法规')
    expect(citations.find((c) => c.title === '广东省行政执法监督条例')?.kind).toBe('地方性法规')
    expect(titles(citations)).not.toContain('阳江日报')
    expect(titles(citations).filter((t) => t?.includes('对策') || t?.includes('思维能力'))).toEqual([])
  })

  it('seed 004: the 函 and the 办法 with their 文号', () => {
    const { citations } = seed('004-disclosure-label-value-lines')
    const issuers = '泸西县工业商务和信息化局 泸西县发展和改革局 泸西县司法局'
    expect(citations.find((c) => c.docNumber === '泸工商信联发函〔2020〕1号')).toEqual(
      cited(`${issuers}关于做好废止或修订与现行开放政策不符的法规、规章和规范性文件有关工作的函`, { docNumber: '泸工商信联发函〔2020〕1号', issuer: issuers, lines: [28] }),
    )
    expect(citations.find((c) => c.docNumber === '泸办发〔2016〕65号')).toEqual(
      cited('泸西县政府购买服务实施办法（暂行）', { docNumber: '泸办发〔2016〕65号', kind: '规章', versions: ['暂行'], lines: [34] }),
    )
  })

  it('seed 002: the 实施方案 the 通知 publishes is what it encloses, not a citation', () => {
    const report = seed('002-notice-enclosing-damaged-plan')
    expect(report.encloses).toBe('娄底市法治政府建设（2016—2020年）实施方案')
    expect(titles(report.citations).filter((t) => t?.includes('娄底市法治政府建设'))).toEqual([])
    expect(report.citations.find((c) => c.title === '中共中央国务院关于深入推进城市执法体制改革改进城市管理工作的指导意见')).toMatchObject({
      issuer: '中共中央国务院',
      kind: '规范性文件', // a joint party and government document is no 党内法规
    })
  })
})

describe('extractCitations', () => {
  it('reads the 文号 and the short name in the brackets after a title, and counts the short name against it', () => {
    const found = citationsOf([
      '某县2023年法治政府建设情况报告',
      '认真贯彻《某省法治政府建设实施纲要（2021—2025年）》（某发〔2021〕19号，以下简称《纲要》），对照《纲要》逐项落实。',
      '二、下一步，继续落实《纲要》。',
    ])
    expect(found).toEqual([
      {
        title: '某省法治政府建设实施纲要（2021—2025年）',
        docNumber: '某发〔2021〕19号',
        kind: '规范性文件',
        issuer: null,
        alias: '纲要',
        versions: [],
        offsets: expect.any(Array),
      },
    ])
    expect(found[0]?.offsets).toHaveLength(3)
  })

  it('keeps nested titles as 〈〉 and reads the issuer the title names before 关于', () => {
    const [found] = citationsOf(['某县报告', '根据《中共某市委 某市人民政府关于印发<某市法治政府建设规划>的通知》要求，开展工作。'])
    expect(found).toMatchObject({ title: '中共某市委 某市人民政府关于印发〈某市法治政府建设规划〉的通知', issuer: '中共某市委 某市人民政府', kind: '规范性文件' })
  })

  it('a document party organs alone issue is a 党内法规', () => {
    const [found] = citationsOf(['某县报告', '印发《中共某县委办公室关于加强法治建设的意见》。'])
    expect(found?.kind).toBe('党内法规')
  })

  it('a 文号 cited alone is a citation without a title; the document’s own is not', () => {
    const found = citationsOf(['某县人民政府文件', '某政发〔2024〕3号', '某县关于某事的通知', '按照县政府临政〔2019〕36号文件要求，修订完善制度。'], {
      docNumber: '某政发〔2024〕3号',
    })
    expect(found.map((c) => [c.title, c.docNumber])).toEqual([[null, '临政〔2019〕36号']])
  })

  it('a 文号 cited alone after a title that carried it is one more mention of that title', () => {
    const [found, ...rest] = citationsOf(['某县报告', '落实《某市行政执法公示办法》（某政发〔2020〕5号）。', '对照某政发〔2020〕5号文件，开展自查。'])
    expect(rest).toEqual([])
    expect(found?.offsets).toHaveLength(2)
  })

  it('newspapers, books and articles in 《》 are no cited documents', () => {
    expect(citationsOf(['某县报告', '在《某某日报》《法治时报》开设专栏，发表《依法行政的几点做法》，组织学习《习近平谈治国理政》。'])).toEqual([])
  })

  it('a title the document quotes in its own title, or publishes, is not a citation', () => {
    const found = citationsOf(['关于印发《某县法治政府建设实施方案》的通知', '现将《某县法治政府建设实施方案》印发给你们，请认真贯彻执行。'], {
      title: '关于印发《某县法治政府建设实施方案》的通知',
      encloses: '某县法治政府建设实施方案',
    })
    expect(found).toEqual([])
  })

  it('a title the document’s own title quotes is cited by the body, and its short references count against it', () => {
    const title = '某旗贯彻落实《法治政府建设实施纲要（2021-2025年）》中期评估报告'
    const found = citationsOf([title, '自《纲要》印发以来，我旗对照《纲要》逐项推进。'], { title })
    expect(found.map((c) => [c.title, c.kind, c.offsets.length])).toEqual([['法治政府建设实施纲要（2021-2025年）', '规范性文件', 2]])
  })

  it('a short reference to what the document publishes is no citation either', () => {
    const title = '关于印发《某县法治政府建设实施方案》的通知'
    expect(citationsOf([title, '现将《方案》印发给你们，请按照《方案》要求抓好落实。'], { title, encloses: '某县法治政府建设实施方案' })).toEqual([])
  })

  it('a short title stands for the nearest full title it shortens; a longer regional title is another document', () => {
    const found = citationsOf([
      '某县报告',
      '贯彻《信访条例》和《湖南省信访条例》，落实《某省行政程序规定》，对照《规定》开展自查。',
      '宣传《中华人民共和国行政处罚法》，学习《行政处罚法》。',
    ])
    expect(found.map((c) => [c.title, c.kind, c.offsets.length])).toEqual([
      ['信访条例', '行政法规', 1],
      ['湖南省信访条例', '地方性法规', 1],
      ['某省行政程序规定', '规章', 2],
      ['中华人民共和国行政处罚法', '法律', 2],
    ])
  })

  it('a version inside 《》 stays in the title; versions after it are listed', () => {
    const found = citationsOf(['某县报告', '起草《某县行政规范性文件管理办法（征求意见稿）》，修订《某县重大行政决策程序规定》（2023年修订）。'])
    expect(found.map((c) => [c.title, c.versions])).toEqual([
      ['某县行政规范性文件管理办法（征求意见稿）', ['征求意见稿']],
      ['某县重大行政决策程序规定', ['2023年修订']],
    ])
  })

  it('a 《 without its 》 on the line cites nothing', () => {
    expect(citationsOf(['某县报告', '学习《某县法治政府建设实施方案', '等文件。'])).toEqual([])
  })

  it('a 通知 publishes what its publishing sentence quotes, and every title its own title publishes', () => {
    const notice = '某县人民政府办公室关于印发某县2024年法治政府建设工作要点的通知'
    expect(citationsOf([notice, '《某县2024年法治政府建设工作要点》已经县人民政府同意，现印发给你们，请认真贯彻执行。'], { title: notice })).toEqual([])
    const two = '关于印发《某县行政执法公示办法》和《某县行政执法全过程记录办法》的通知'
    expect(citationsOf([two, '《某县行政执法公示办法》《某县行政执法全过程记录办法》已经县政府同意。'], { title: two })).toEqual([])
  })

  it('reads a 文号 cited alone without the words before its 代字', () => {
    const found = citationsOf(['某县报告', '落实《某市行政执法公示办法》和湘政办发〔2019〕3号，按照县政府临政〔2019〕36号、临政〔2019〕37号和临政办〔2020〕3号文件，结合上级某政发〔2021〕8号要求开展工作。'])
    expect(found.map((c) => [c.title, c.docNumber])).toEqual([
      ['某市行政执法公示办法', null],
      [null, '湘政办发〔2019〕3号'],
      [null, '临政〔2019〕36号'],
      [null, '临政〔2019〕37号'],
      [null, '临政办〔2020〕3号'],
      [null, '某政发〔2021〕8号'],
    ])
  })

  it('gives a title the 文号 beside it: in any brackets, with other parts, in the next cell, before it', () => {
    const found = citationsOf([
      '某县报告',
      '执行《某市行政执法公示办法》【某政发〔2020〕5号】和《某县采购办法》（某政办〔2019〕3号，2019年5月1日起施行），依据某政发〔2018〕7号《某县合同管理办法》。',
      '| 《某县物业管理办法》 | 某政发〔2017〕2号 |',
      '落实《公共租赁住房管理办法》（住房城乡建设部令第11号）。',
    ])
    expect(found.map((c) => [c.title, c.docNumber])).toEqual([
      ['某市行政执法公示办法', '某政发〔2020〕5号'],
      ['某县采购办法', '某政办〔2019〕3号'],
      ['某县合同管理办法', '某政发〔2018〕7号'],
      ['某县物业管理办法', '某政发〔2017〕2号'],
      ['公共租赁住房管理办法', '住房城乡建设部令第11号'],
    ])
  })

  it('programmes, columns and works in 《》 are no documents, even when they end in 法', () => {
    expect(citationsOf(['某县报告', '开设《以案释法》《法官讲法》栏目，拍摄微电影《守法》，开展《我与宪法》征文。'])).toEqual([])
  })

  it('reads documents by more endings, by a 公文’s shape, and with a version of any name', () => {
    const found = citationsOf([
      '某县报告',
      '对照《信托公司管理办法（修订征求意见稿）》《某县突发事件总体应急预案（2023年修订）》《中国共产党章程》《关于支持民营经济发展的若干措施》和《关于进一步做好某项工作的有关事项》。',
    ])
    expect(found.map((c) => [c.title, c.kind, c.versions])).toEqual([
      ['信托公司管理办法（修订征求意见稿）', '规章', ['修订征求意见稿']],
      ['某县突发事件总体应急预案（2023年修订）', null, ['2023年修订']],
      ['中国共产党章程', '党内法规', []],
      ['关于支持民营经济发展的若干措施', '规范性文件', []],
      ['关于进一步做好某项工作的有关事项', null, []],
    ])
  })

  it('reads the issuer before 关于, 转发 or 印发, without 等N部门', () => {
    const found = citationsOf([
      '某县报告',
      '学习《中共中央关于全面推进依法治国若干重大问题的决定》，落实《国家卫生健康委员会等6部门关于加强某项工作的通知》《某市民政局 某市财政局转发某省民政厅关于加强特困供养人员护理工作的通知》《县委 县政府关于加强法治建设的意见》。',
    ])
    expect(found.map((c) => [c.issuer, c.kind])).toEqual([
      ['中共中央', '党内法规'],
      ['国家卫生健康委员会', '规范性文件'],
      ['某市民政局 某市财政局', '规范性文件'],
      ['县委 县政府', '规范性文件'],
    ])
  })

  it('a 条例 opening with a place, known or shaped like one, or of a 经济特区, is a 地方性法规; so is a place’s 实施〈某法〉办法', () => {
    const found = citationsOf(['某县报告', '执行《深圳经济特区物业管理条例》《闽溪市河道管理条例》《城市市容和环境卫生管理条例》《湖南省实施〈中华人民共和国土地管理法〉办法》。'])
    expect(found.map((c) => c.kind)).toEqual(['地方性法规', '地方性法规', '行政法规', '地方性法规'])
  })

  it('one title with two 文号 is two documents; a title like the document’s own but with another 文号 is cited', () => {
    const two = citationsOf(['某县报告', '落实《关于加强法治政府建设的意见》（国发〔2010〕33号）和《关于加强法治政府建设的意见》（湘政发〔2011〕5号）。'])
    expect(two.map((c) => c.docNumber)).toEqual(['国发〔2010〕33号', '湘政发〔2011〕5号'])
    const own = '关于加强法治政府建设的实施意见'
    const found = citationsOf([own, '根据省政府《关于加强法治政府建设的实施意见》（某省政发〔2011〕5号），结合实际，提出如下意见。'], { title: own, docNumber: '某政发〔2024〕3号' })
    expect(found.map((c) => c.docNumber)).toEqual(['某省政发〔2011〕5号'])
  })

  it('a short name defined twice stands for the title defined last before it', () => {
    const found = citationsOf([
      '某县报告',
      '学习《某省信访条例》（以下简称《条例》），对照《条例》自查。',
      '修订《某县物业管理条例》（以下简称《条例》），按《条例》执行。',
    ])
    expect(found.map((c) => [c.title, c.offsets.length])).toEqual([
      ['某省信访条例', 2],
      ['某县物业管理条例', 2],
    ])
  })

  it('in a 解读, a bare short name stands for the document interpreted; one that stands for nothing is dropped', () => {
    const title = '《某县法治政府建设实施方案（2021—2025年）》政策解读'
    const found = citationsOf([title, '《实施方案》依据《某省法治政府建设实施方案（2021—2025年）》制定，《实施方案》共六个部分。'], { title })
    expect(found.map((c) => [c.title, c.offsets.length])).toEqual([
      ['某县法治政府建设实施方案（2021—2025年）', 2],
      ['某省法治政府建设实施方案（2021—2025年）', 1],
    ])
    expect(citationsOf(['某县报告', '严格执行《办法》和《实施细则》。'])).toEqual([])
  })

  it('many different titles are grouped without comparing every pair', () => {
    const laws = Array.from({ length: 4000 }, (_, i) => `《中华人民共和国第${i}号法》《第${i}号法》`).join('，')
    const found = citationsOf(['某县报告', `${laws}。`])
    expect(found).toHaveLength(4000)
    expect(found.every((c) => c.offsets.length === 2)).toBe(true)
  })
})
