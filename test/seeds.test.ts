/**
 * The facts the foundation issue states about the five real pages the project started from
 * (fixtures/seeds). Each is read off the Report of the real page.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../src/index.js'
import type { Report, Section } from '../src/types.js'

const seed = (name: string): Report =>
  parseReport(readFileSync(new URL(`../fixtures/seeds/${name}/input.txt`, import.meta.url)), { path: 'input.txt' })
const headings = (sections: Section[]) => sections.map((s) => `${s.marker}${s.heading}`)
const allSections = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...allSections(s.children)])
const bodyLines = (report: Report) => report.body.split('\n')

describe('seed 000: 中期评估报告 of a town', () => {
  const report = seed('000-midterm-evaluation-report')
  it('title, issuers, signed date', () => {
    expect(report.title).toBe('咸塘镇贯彻落实《湖南省法治政府建设实施纲要（2015-2020）实施方案》中期评估报告')
    expect(report.issuers).toEqual(['中共衡南县咸塘镇委员会', '衡南县咸塘镇人民政府'])
    expect(report.dates.signed).toBe('2018-06-09')
  })
  it('top level 一、…四、, and 二、 with （一）…（七）', () => {
    expect(headings(report.sections)).toEqual([
      '一、任务措施的进展情况',
      '二、《纲要》实施中开展的主要工作',
      '三、存在的问题及原因分析',
      '四、进一步推进《纲要》顺利实施的对策建议',
    ])
    expect(report.sections[1]?.children.map((s) => s.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）'])
  })
  it('breadcrumb kept as data, chrome out of the body', () => {
    expect(report.breadcrumb).toEqual(['首页', '政务公开', '乡镇信息公开目录', '咸塘镇', '规划总结'])
    for (const chrome of ['当前页面', '扫一扫在手机打开当前页', '相关稿件']) {
      expect(report.body).not.toContain(chrome)
      expect(report.removed.some((r) => r.text.includes(chrome))).toBe(true)
    }
  })
})

describe('seed 001: 年度报告 with byline and site footer', () => {
  const report = seed('001-annual-report-site-footer')
  it('title, issuers, published, source, period', () => {
    expect(report.title).toBe('阳江市人民政府关于2017年度法治政府建设情况的报告')
    expect(report.issuers).toEqual(['阳江市人民政府'])
    expect(report.dates.published).toBe('2018-01-05T11:24')
    expect(report.meta['来源']).toBe('市府办')
    expect(report.period).toEqual({ from: 2017, to: 2017 })
  })
  it('top level 一、二、三、; 一、 has 8 children, each with its 1. 2. … items', () => {
    expect(report.sections.map((s) => s.marker)).toEqual(['一、', '二、', '三、'])
    const first = report.sections[0] as Section
    expect(first.children).toHaveLength(8)
    for (const child of first.children) {
      expect(child.children.length).toBeGreaterThan(0)
      expect(child.children.map((c) => c.number)).toEqual(child.children.map((_, i) => i + 1))
      expect(child.children.every((c) => c.marker === `${c.number}.`)).toBe(true)
    }
  })
  it('widgets, the lone 0 and every footer line are removed, not in the body', () => {
    const removed = report.removed.map((r) => r.text.trim())
    for (const chrome of ['【字体:', '转载分享:', '0', '相关文件:', '文档附件:']) {
      expect(removed.some((t) => t === chrome || t.includes(chrome))).toBe(true)
    }
    for (const footer of ['关于我们', '版权所有', '管理维护', '网站标识码', '网站报障']) {
      expect(removed.some((t) => t.startsWith(footer))).toBe(true)
      expect(report.body).not.toContain(footer)
    }
    expect(bodyLines(report)).not.toContain('0')
    expect(report.body).not.toContain('字体')
  })
})

describe('seed 002: 通知 enclosing a 实施方案, damaged by the scraper', () => {
  const report = seed('002-notice-enclosing-damaged-plan')
  const tasks = allSections(report.sections).filter((s) => /^\d+\.$/.test(s.marker))
  it('title, kind, number (repaired), issuers (repaired), recipients', () => {
    expect(report.title).toBe('关于印发《娄底市法治政府建设（2016—2020年）实施方案》的通知')
    expect(report.kind).toBe('通知')
    expect(report.docNumber).toBe('娄发〔2017〕4号')
    expect(report.repairs).toContainEqual(expect.objectContaining({ rule: 'repair/doc-number-lost-bracket', line: 16, before: '娄发〔20174', after: '娄发〔2017〕4号' }))
    expect(report.issuers).toEqual(['中共娄底市委', '娄底市人民政府'])
    expect(report.repairs).toContainEqual(expect.objectContaining({ rule: 'repair/lost-leading-char', before: '共娄底市委', after: '中共娄底市委' }))
    expect(report.recipients).toEqual(['各县市区委', '各县市区人民政府', '娄底经开区、万宝新区党委、管委会', '市直各单位'])
  })
  it('signed 2017-03-16 from 2017316日, printed 2017-03-18, period 2016..2020', () => {
    expect(report.dates).toEqual({ published: null, signed: '2017-03-16', printed: '2017-03-18' })
    expect(report.repairs).toContainEqual(expect.objectContaining({ rule: 'repair/date-lost-year-month', line: 46, before: '2017316日', after: '2017年3月16日' }))
    expect(report.repairs).toContainEqual(expect.objectContaining({ rule: 'repair/date-lost-year-month', line: 486, before: '2017318日', after: '2017年3月18日' }))
    expect(report.period).toEqual({ from: 2016, to: 2020 })
  })
  it('top level 一、总体要求 / 二、主要任务和具体措施 / 三、组织保障和落实机制', () => {
    expect(headings(report.sections)).toEqual(['一、总体要求', '二、主要任务和具体措施', '三、组织保障和落实机制'])
  })
  it('45 numbered tasks (⒈…⒛ then 21.…45.), each with 牵头单位, 责任单位, 完成时限', () => {
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1))
    for (const task of tasks) expect(Object.keys(task.fields).sort()).toEqual(['完成时限', '牵头单位', '责任单位'])
    expect(tasks[3]?.fields['责任单位']).toBe('各有关部门，各县市区政府、娄底经开区管委会负责。')
    expect(report.repairs).toContainEqual(expect.objectContaining({ rule: 'repair/lost-leading-char', before: '任单位', after: '责任单位' }))
  })
  it('every 20176月底前, and the ranges, repaired', () => {
    expect(report.body).not.toMatch(/20176月/)
    expect(report.body).toContain('2017年6月底前')
    expect(report.body).toContain('（2014—2020年）')
    expect(report.body).toContain('（2015—2020年）')
    expect(report.body).not.toMatch(/\d{8}年/)
    expect(report.repairs.filter((r) => r.rule === 'repair/date-lost-year').length).toBeGreaterThanOrEqual(10)
  })
  it('the split title lines are repaired, and the header chrome removed', () => {
    expect(bodyLines(report)).toContain('（2016—2020年）实施方案》的通知')
    expect(report.removed.map((r) => [r.rule, r.line])).toEqual([
      ['chrome/today', 1],
      ['chrome/search', 2],
      ['chrome/breadcrumb', 4],
      // the CMS's copy of the title above the document's own 版头 and title
      ['chrome/page-title', 6],
    ])
    expect(report.breadcrumb).toEqual(['首页', '信息公开', '通知公告'])
  })
})

describe('seed 003: 解读 dump without a title', () => {
  const report = seed('003-interpretation-without-title')
  it('title null with a warning, period 2023', () => {
    expect(report.title).toBeNull()
    expect(report.warnings.map((w) => w.code)).toContain('no-title')
    expect(report.period).toEqual({ from: 2023, to: 2023 })
  })
  it('six top-level sections; 第一部分 and 第二部分 under 二、, their （一）… under them', () => {
    expect(headings(report.sections)).toEqual([
      '一、起草背景',
      '二、主要内容',
      '三、工作打算',
      '四、其他需要报告的情况',
      '五、名词解释',
      '六、解读人及政策咨询电话',
    ])
    const parts = report.sections[1]?.children ?? []
    expect(parts.map((s) => s.marker)).toEqual(['第一部分', '第二部分'])
    expect(parts[0]?.children.map((s) => s.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）'])
    expect(parts[0]?.level).toBe(2)
  })
})

describe('seed 004: disclosure block printed label / value', () => {
  const report = seed('004-disclosure-label-value-lines')
  it('meta as printed', () => {
    expect(report.meta).toMatchObject({
      索引号: '000014348/2021-03550',
      信息分类: '政府文件',
      主题分类: '公安、司法',
      发布机构: '中共泸西县人民政府党组',
      文号: '泸政党组〔2020〕53号',
      发布日期: '2021-11-05',
      信息名称: '中共泸西县人民政府党组关于泸西县2020年法治政府建设工作情况的报告',
    })
  })
  it('title, number, dates, recipients, issuers, period, notes', () => {
    expect(report.title).toBe(report.meta['信息名称'])
    expect(report.docNumber).toBe('泸政党组〔2020〕53号')
    expect(report.dates.published).toBe('2021-11-05')
    expect(report.dates.signed).toBe('2020-12-28')
    expect(report.recipients).toEqual(['县委常委会'])
    expect(report.issuers).toEqual(['中共泸西县人民政府党组'])
    expect(report.period).toEqual({ from: 2020, to: 2020 })
    expect(report.notes).toEqual(['（此件公开发布）'])
  })
  it('three top-level sections with 7, 4 and 8 children', () => {
    expect(report.sections.map((s) => s.children.length)).toEqual([7, 4, 8])
  })
})

describe('seed regions, kinds and periods (issue 8)', () => {
  it.each([
    ['000-midterm-evaluation-report', ['湖南省', '衡阳市', '衡南县', '咸塘镇'], '报告', '评估报告', { from: 2015, to: 2020 }],
    ['001-annual-report-site-footer', ['广东省', '阳江市', null, null], '报告', '年度报告', { from: 2017, to: 2017 }],
    ['002-notice-enclosing-damaged-plan', ['湖南省', '娄底市', null, null], '通知', null, { from: 2016, to: 2020 }],
    ['003-interpretation-without-title', ['安徽省', '黄山市', '歙县', '许村镇'], null, null, { from: 2023, to: 2023 }],
    ['004-disclosure-label-value-lines', ['云南省', '红河哈尼族彝族自治州', '泸西县', null], '报告', '年度报告', { from: 2020, to: 2020 }],
  ])('%s', (name, [province, city, county, town], kind, family, period) => {
    const report = seed(name)
    expect(report.region).toMatchObject({ province, city, county, town })
    expect(report.kind).toBe(kind)
    expect(report.family).toBe(family)
    expect(report.period).toEqual(period)
  })

  it('002 says what the 通知 publishes', () => {
    expect(seed('002-notice-enclosing-damaged-plan').encloses).toBe('娄底市法治政府建设（2016—2020年）实施方案')
  })
})
