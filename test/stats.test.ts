import { describe, expect, it } from 'vitest'
import { corpusStats, parseReport } from '../src/index.js'

const report = (path: string, sentence: string) => parseReport(`某县2023年法治政府建设情况报告\n一、主要工作\n${sentence}\n某县人民政府\n2024年1月5日`, { path })

describe('corpusStats: the most cited documents', () => {
  it('counts pages and mentions per document, one document whatever its dashes, brackets and versions', () => {
    const stats = corpusStats([
      report('a.txt', '贯彻《法治政府建设实施纲要（2021—2025年）》，对照《纲要》逐项落实，起草《某县行政执法公示办法（草案）》。'),
      report('b.txt', '学习《法治政府建设实施纲要(2021-2025年)》。'),
      report('c.txt', '制定《某县行政执法公示办法》。'),
    ])
    expect(stats.mostCited).toEqual([
      { title: '法治政府建设实施纲要（2021—2025年）', docNumber: null, kind: '规范性文件', pages: 2, mentions: 3 },
      { title: '某县行政执法公示办法（草案）', docNumber: null, kind: '规章', pages: 2, mentions: 2 },
    ])
  })

  it('a document cited by its 文号 alone on one page and by title and 文号 on another is one, in either order', () => {
    const alone = report('a.txt', '按照县政府某政发〔2020〕5号文件要求，开展自查。')
    const titled = report('b.txt', '落实《某县行政规范性文件管理办法》（某政发〔2020〕5号）。')
    const expected = [{ title: '某县行政规范性文件管理办法', docNumber: '某政发〔2020〕5号', kind: '规章', pages: 2, mentions: 2 }]
    expect(corpusStats([alone, titled]).mostCited).toEqual(expected)
    expect(corpusStats([titled, alone]).mostCited).toEqual(expected)
  })
})
