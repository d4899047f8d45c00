import { describe, expect, it } from 'vitest'
import { learnSiteChrome, parseReport } from '../src/index.js'

/** Five reports of one site: the same unnamed header and footer lines, the same signer and the
 *  same closing heading, different bodies. */
const pages = ['城关镇', '河口镇', '石桥乡', '龙泉街道', '白沙镇'].map((town, i) =>
  [
    '※ 清河在线 · 智慧政务 ※',
    `清河县${town}2022年度法治政府建设情况报告`,
    `  2022年，${town}坚持依法行政，全年办理行政许可事项${120 + i}件，法治政府建设取得新进展。`,
    '  一、主要做法',
    `  （一）加强组织领导。${town}成立法治政府建设领导小组，定期研究法治建设重大问题。`,
    '  二、存在的问题',
    '  基层执法力量仍然薄弱，执法人员专业素养有待提升。',
    `  清河县${town}人民政府`,
    `  2023年2月${i + 10}日`,
    '欢迎您访问清河之声 本站信息仅供参阅',
  ].join('\n'),
)

describe('site boilerplate learnt from a batch (--learn-chrome)', () => {
  const learnt = learnSiteChrome(pages.map((input) => ({ input, site: 'qinghe' })))

  it('learns the lines repeated outside the documents, and nothing of the documents', () => {
    expect([...(learnt.get('qinghe') ?? [])].sort()).toEqual(['※清河在线·智慧政务※', '欢迎您访问清河之声本站信息仅供参阅'])
  })

  it('removes them as chrome/site-repeated and keeps every document line', () => {
    const report = parseReport(pages[0] as string, { siteChrome: learnt.get('qinghe') as Set<string> })
    expect(report.removed.map((r) => [r.rule, r.line])).toEqual([
      ['chrome/site-repeated', 1],
      ['chrome/site-repeated', 10],
    ])
    expect(report.title).toBe('清河县城关镇2022年度法治政府建设情况报告')
    expect(report.body.split('\n')).toHaveLength(8)
  })

  it('needs the line on enough pages of the site', () => {
    expect(learnSiteChrome(pages.slice(0, 3).map((input) => ({ input, site: 'qinghe' }))).size).toBe(0)
    const mixed = learnSiteChrome(pages.map((input, i) => ({ input, site: `site-${i % 2}` })))
    expect(mixed.size).toBe(0)
  })
})
