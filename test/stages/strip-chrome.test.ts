import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHROME_LINE_RULES, CHROME_SPAN_OPENER, CHROME_SPAN_RULES } from '../../src/rules/chrome.js'
import { ALL_META_LABELS, LABEL_SPACES, WIDGET_LABELS } from '../../src/rules/labels.js'
import { holdsKnownLabelWithColon, labelsIn, parseBreadcrumb, parseFields, stripChrome } from '../../src/stages/strip-chrome.js'
import { foldWidth } from '../../src/text.js'
import { filesUnder } from '../helpers/files.js'

const TITLE = '桐乡县人民政府关于2022年度法治政府建设情况的报告'
const PROSE = [
  '  2022年，我县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。现将有关情况报告如下。',
  '  一、主要举措和成效',
  '  （一）深化“放管服”改革。全年取消和下放行政许可事项12项，政务服务事项网上可办率达到98.6%。',
  '  （二）规范行政执法行为。组织开展行政执法案卷评查，评查案卷326卷，发现问题及时督促整改。',
]
const CLOSING = ['  桐乡县人民政府', '  2023年3月10日']

/** A page with the given lines above the title and below the signature. */
function page(head: string[], tail: string[] = []): string {
  return [...head, TITLE, ...PROSE, ...CLOSING, ...tail].join('\n') + '\n'
}

function removedRules(text: string, options: Parameters<typeof stripChrome>[1] = {}): Map<string, string> {
  const { edits } = stripChrome(text, options)
  return new Map(edits.map((e) => [e.before.trim(), e.rule]))
}

describe('chrome rules: each rule removes its own example in its zone', () => {
  it.each(CHROME_LINE_RULES.map((rule) => [rule.id, rule.example, rule.zone] as const))('%s: %s', (id, example, zone) => {
    const tailPrefix = CHROME_LINE_RULES.find((r) => r.example === example)?.afterCut ? ['相关链接：'] : []
    const text = zone === 'tail' ? page([], [...tailPrefix, example]) : page([example])
    expect(removedRules(text).get(example.trim())).toBe(id)
  })
})

describe('strip-chrome by zone', () => {
  it('removes head and tail chrome and keeps every document line', () => {
    const text = page(
      ['柳州市某县人民政府门户网站', '首页　走进某县　政务公开　政务服务　互动交流', '您当前的位置：首页 >> 政务公开 >> 法治政府建设', '发布时间：2023-03-15 09:30　来源：县司法局　浏览次数：521'],
      ['【打印本页】【关闭窗口】', '上一篇：某县2021年度法治政府建设情况的报告', '网站地图 | 联系我们', '主办单位：某县人民政府办公室', '地址：某县人民路1号　邮编：545000'],
    )
    const result = stripChrome(text)
    expect(result.text.trim().split('\n').map((l) => l.trim())).toEqual([TITLE, ...PROSE, ...CLOSING].map((l) => l.trim()))
    expect(result.captured.breadcrumb).toEqual(['首页', '政务公开', '法治政府建设'])
    expect(result.captured.fields.map((f) => [f.label, f.value])).toEqual([
      ['发布时间', '2023-03-15 09:30'],
      ['来源', '县司法局'],
      ['浏览次数', '521'],
    ])
  })

  it('keeps chrome words inside the document', () => {
    const body = '  一是分享到了基层治理的经验成果，联系我们的群众更紧密。'
    const text = page([], []).replace(PROSE[3] as string, `${PROSE[3]}\n${body}\n  打印本页`)
    const result = stripChrome(text)
    expect(result.text).toContain(body)
    expect(result.edits.map((e) => e.rule)).toEqual(['chrome/print-close'])
  })

  it('keeps a document’s own contact lines at its end', () => {
    const text = [TITLE, ...PROSE, '  六、解读人及联系方式', '  解读人：县司法局 王某', '  联系电话：0571-88661234'].join('\n')
    expect(stripChrome(text).edits).toEqual([])
  })

  it('reads a disclosure block printed one label per line', () => {
    const text = ['索引号', '11330483002566/2023-00012', '发布机构', '某县人民政府办公室', '信息名称', TITLE, '', ...PROSE].join('\n')
    const result = stripChrome(text)
    expect(result.edits.every((e) => e.rule === 'chrome/disclosure-block')).toBe(true)
    expect(result.captured.fields.map((f) => [f.label, f.value])).toEqual([
      ['索引号', '11330483002566/2023-00012'],
      ['发布机构', '某县人民政府办公室'],
      ['信息名称', TITLE],
    ])
  })

  it('cuts the tail after a related-links list', () => {
    const text = page([], ['相关稿件', '某县召开2023年法治政府建设工作推进会', '某县开展行政执法案卷评查'])
    const rules = [...removedRules(text).values()]
    expect(rules).toEqual(['chrome/related', 'chrome/related', 'chrome/related'])
  })

  it('matches a rule on the line itself against the converted line of a Traditional page', () => {
    const byline = '原創 某縣司法 發表於湖南'
    const simplify = (line: string) => line.replace(/創/g, '创').replace(/縣/g, '县').replace(/發表於/g, '发表于')
    const text = page([byline])
    expect([...removedRules(text, { simplify }).values()]).toContain('chrome/wechat-byline')
  })

  it('reads a 公众号 byline that says where it was posted from, and removes the collection\'s tags', () => {
    const text = page(['某县普法　2023-09-13 17:45　发表于黑龙江', '收录于合集', '#法治政府建设 23个', '#依法治市 41个'])
    const result = stripChrome(text)
    expect(result.edits.map((e) => e.rule)).toEqual(['chrome/wechat-byline', 'chrome/wechat-widgets', 'chrome/wechat-widgets', 'chrome/wechat-widgets'])
    expect(result.captured.fields.map((f) => f.value)).toContain('某县普法　2023-09-13 17:45　发表于黑龙江')
  })

  it('removes a platform\'s label over the full text and its notice below the document', () => {
    const text = page(['处罚决定书全文'], ['温馨提示：本网站公示的行政处罚信息来源于各行政执法机关，如有疑问请联系相关部门。'])
    expect([...removedRules(text).values()]).toEqual(['chrome/full-text-label', 'chrome/disclaimer'])
  })

  it('removes a news app\'s name, channel tabs, counters and open-in-app prompt', () => {
    const text = page(['建平融媒', '推荐 要闻 政务 民生 视频 专题'], ['打开APP阅读全文'])
    const counters = [TITLE, '阅读 2386  分享 41  收藏 17', ...PROSE].join('\n')
    expect([...removedRules(text).values()]).toEqual(['chrome/site-name', 'chrome/nav-bar', 'chrome/app-download'])
    expect([...removedRules(counters).values()]).toEqual(['chrome/view-count'])
  })

  it('removes a document-sharing site\'s widgets around a copy', () => {
    const text = page(['举报', '下载所需：2积分'], ['还剩2页未读，继续阅读', '本文档由用户上传，版权归属用户，聚文库仅提供信息存储空间服务。如有侵权，请联系客服删除。'])
    expect([...removedRules(text).values()]).toEqual(['chrome/content-farm', 'chrome/content-farm', 'chrome/content-farm', 'chrome/content-farm'])
  })

  it('reads a byline\'s values printed on the line under their labels, and no title as a counter\'s value', () => {
    const fields = (lines: string[]) => stripChrome([...lines, ...PROSE].join('\n')).captured.fields.map((f) => [f.label, f.value])
    expect(fields(['发布时间：', '2021-09-22 16:40:12', '来源：', '市司法局', '浏览次数：', '862'])).toEqual([
      ['发布时间', '2021-09-22 16:40:12'],
      ['来源', '市司法局'],
      ['浏览次数', '862'],
    ])
    expect(fields(['浏览次数：', TITLE])).toEqual([['浏览次数', '']])
  })

  it('reads a breadcrumb whose items stand one per line under its label', () => {
    const result = stripChrome(page(['当前位置：', '首页', '政务公开', '通知公告']))
    expect(result.captured.breadcrumb).toEqual(['首页', '政务公开', '通知公告'])
    expect(result.edits.map((e) => e.rule)).toEqual(Array(4).fill('chrome/breadcrumb'))
  })

  it('keeps a contact block that closes the document above its signature, and removes the comment box\'s notice below', () => {
    const closing = ['联系方式：', '联系人：覃女士、韦先生', '联系电话：0771-5528312', '特此公告。', '南宁市司法局', '2024年3月29日']
    const text = [TITLE, ...PROSE, ...closing, '评论须知：请遵守《互联网跟帖评论服务管理规定》，文明上网，理性发言。'].join('\n')
    const result = stripChrome(text)
    expect(result.edits.map((e) => e.rule)).toEqual(['chrome/comments'])
    expect(result.text).toContain(closing.join('\n'))
  })

  it('removes a share dialog\'s instruction printed over two lines at the page\'s end', () => {
    const text = page([], ['分享到微信朋友圈', '打开微信，点击底部的“发现”，', '使用“扫一扫”即可将网页分享至朋友圈。'])
    expect([...removedRules(text).values()]).toEqual(['chrome/share', 'chrome/share', 'chrome/share'])
  })

  it('removes a cookie banner a saved page kept below the footer', () => {
    const text = page([], ['本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意我们按照《隐私声明》使用Cookie。'])
    expect([...removedRules(text).values()]).toEqual(['chrome/cookie-notice'])
  })

  it('removes nothing and warns when rules would take most of the page', () => {
    const chrome = Array.from({ length: 40 }, (_, i) => `主办单位：某县人民政府办公室第${i}号`)
    const text = [TITLE, PROSE[0], ...chrome].join('\n')
    const result = stripChrome(text)
    expect(result.edits).toEqual([])
    expect(result.messages.map((m) => m.code)).toEqual(['chrome-too-aggressive'])
  })
})

describe('strip-chrome: the safety valve weighs the rules, not the page structure', () => {
  // an HTML page's mega-menu, outside the document's element: most of the page's characters
  const menu = Array.from({ length: 40 }, (_, i) => `国家某某监督管理总局关于某某保险股份有限公司第${i}分公司副总经理任职资格的批复`)
  const text = [...menu, TITLE, PROSE[0], ...CLOSING].join('\n') + '\n'
  const knownChrome = new Map(menu.map((_, i) => [i, 'chrome/outside-content']))

  it('removes what the structure names even when it is most of the page', () => {
    const result = stripChrome(text, { knownChrome })
    expect(result.messages).toEqual([])
    expect(result.text).toBe([TITLE, PROSE[0], ...CLOSING].join('\n') + '\n')
  })

  it('still keeps everything when the rules themselves would take most of what is left', () => {
    const footer = Array.from({ length: 40 }, (_, i) => `主办单位：某县人民政府办公室第${i}号`)
    const result = stripChrome([...menu, TITLE, PROSE[0], ...footer].join('\n'), { knownChrome })
    expect(result.edits).toEqual([])
    expect(result.messages.map((m) => m.code)).toEqual(['chrome-too-aggressive'])
  })
})

describe('strip-chrome: a footer notice under its heading', () => {
  const notice = [
    '手机扫一扫打开此页',
    '版权与免责声明',
    '1.凡本站及其子站注明“文章类型：原创”的所有作品，其版权属于本网站所有。其他媒体、网站或个人转载使用时必须注明来源。',
    '2.凡本站注明“文章类型：转载”的所有作品，均转载自其他媒体，目的在于传递更多信息，并不代表本站赞同其观点和对其真实性负责。',
  ]

  it('takes the heading and its paragraphs, numbered or not, below the document', () => {
    const removed = removedRules(page([], notice))
    expect(removed.get('手机扫一扫打开此页')).toBe('chrome/qr-code')
    expect(removed.get('版权与免责声明')).toBe('chrome/footer-links')
    expect(removed.has(notice[2] as string)).toBe(true)
    expect(removed.has(notice[3] as string)).toBe(true)
    expect(removed.has('桐乡县人民政府')).toBe(false)
  })

  it('never takes the document’s own last paragraphs, under a heading a footer rule may match too', () => {
    for (const heading of ['  二、下一步工作打算', '  四、意见建议', '  意见建议']) {
      const text = [TITLE, ...PROSE, heading, '  1.持续深化行政执法体制改革，推动执法力量向基层倾斜。', '  2.加强法治宣传教育，营造良好法治氛围。'].join('\n') + '\n'
      expect(stripChrome(text).text).toBe(text)
    }
  })
})

describe('strip-chrome: a share dialog and a title printed as a disclosure field', () => {
  it('removes the share dialog’s instruction, never a sentence of the document about WeChat', () => {
    const removed = removedRules(page(['分享到微信', '用微信扫一扫，点击右上角分享按钮，将本文分享给您的好友或朋友圈。']))
    expect(removed.get('用微信扫一扫，点击右上角分享按钮，将本文分享给您的好友或朋友圈。')).toBe('chrome/share')
    const sentence = '  （三）拓宽普法渠道。开通“某县司法”微信公众号，群众用微信扫一扫即可咨询法律问题，全年分享普法文章120篇，覆盖好友群体3万余人。'
    const text = [TITLE, ...PROSE, sentence, ...CLOSING].join('\n') + '\n'
    expect(stripChrome(text).edits).toEqual([])
  })

  it('reads 公文名称 as the disclosure block’s title label', () => {
    const result = stripChrome(`公文名称：${TITLE}\n文  号：\n${TITLE}\n${PROSE.join('\n')}\n`)
    expect(result.edits.map((e) => [e.rule, e.before.trim()])).toContainEqual(['chrome/disclosure-block', `公文名称：${TITLE}`])
    expect(result.captured.fields).toContainEqual({ label: '公文名称', value: TITLE, line: 0 })
  })
})

describe('strip-chrome: a disclosure label printed in brackets, split at its spaces', () => {
  it('reads the value below the closing bracket, and keeps no bracket as a value', () => {
    const page = ['[', '发布机构', ']', '某县司法局', '[', '发布日期', ']', '2016-02-19', '某县司法局2015年法治政府建设情况报告', '2015年，县司法局坚持依法行政，全面完成各项工作任务。'].join('\n')
    const fields = stripChrome(page).captured.fields.map((f) => [f.label, f.value])
    expect(fields).toContainEqual(['发布机构', '某县司法局'])
    expect(fields).toContainEqual(['发布日期', '2016-02-19'])
    expect(fields.map(([, value]) => value)).not.toContain(']')
  })
})

describe('strip-chrome: a breadcrumb wrapped onto the next line', () => {
  it.each([
    ['after its label', ['您现在的位置：首页', '>> 信息公开 >> 部门信息公开 >> 县司法局']],
    ['its first item alone above', ['首页', '> 信息公开 > 部门信息公开 > 县司法局']],
  ])('reads the items of both lines %s', (_name, lines) => {
    const page = [...lines, '某县司法局2015年法治政府建设情况报告', '2015年，县司法局坚持依法行政，全面完成各项工作任务。'].join('\n')
    expect(stripChrome(page).captured.breadcrumb).toEqual(['首页', '信息公开', '部门信息公开', '县司法局'])
  })
})

describe('strip-chrome: a mirror abroad\'s share strip and its note of where the copy came from', () => {
  it('removes both, and keeps the document', () => {
    const body = ['某市司法局2021年度法治政府建设情况报告', '2021年，市司法局坚持依法行政，全面完成各项工作任务。', '某市司法局', '2022年3月25日']
    const page = [...body, '分享到：Facebook  Twitter  微信  LINE', '（本文转载自某市司法局网站，原文发布于2022年3月25日。如有侵权，请联络本站删除。）'].join('\n')
    const result = stripChrome(page)
    expect(result.edits.map((e) => e.rule)).toEqual(['chrome/share', 'chrome/reprint-note'])
    expect(result.text.trim().split('\n')).toEqual(body)
  })
})

describe('strip-chrome: bare labels in brackets, their values on the next line', () => {
  it('reads each value, and no byline as an empty label\'s value', () => {
    const page = ['【成文日期】', '2024年03月21日', '【发布日期】', '2024年03月26日', '• 文号：', '07.03.2025 09:30 浏览次数：312', '某县市场监督管理局2023年度法治政府建设情况报告', '2023年，县市场监督管理局坚持依法行政，全面完成各项工作任务。'].join('\n')
    const result = stripChrome(page)
    const fields = result.captured.fields.map((f) => [f.label, f.value])
    expect(fields).toContainEqual(['成文日期', '2024年03月21日'])
    expect(fields).toContainEqual(['发布日期', '2024年03月26日'])
    expect(fields.find(([label]) => label === '文号')?.[1] ?? '').toBe('')
    expect(result.text.split('\n').filter((l) => l.trim() !== '')[0]).toBe('某县市场监督管理局2023年度法治政府建设情况报告')
  })
})

describe('parseFields', () => {
  it.each([
    ['来源：县司法局  发布时间：2022-03-18 10:05  浏览次数：312', [['来源', '县司法局'], ['发布时间', '2022-03-18 10:05'], ['浏览次数', '312']]],
    ['索　引　号：11330/2021-00047　主题分类：司法', [['索引号', '11330/2021-00047'], ['主题分类', '司法']]],
    ['索 引 号 | 11350/2021-00047 | 主题分类 | 司法 |', [['索引号', '11350/2021-00047'], ['主题分类', '司法']]],
    // labels a CMS letter-spaced with &emsp; and &ensp;, in a row of the disclosure table
    ['索引号： | 11450400007565012R/2023-08812 | 文\u2003\u2003号： | 梧政办发[2023]41号', [['索引号', '11450400007565012R/2023-08812'], ['文号', '梧政办发[2023]41号']]],
    ['公开方式： | 主动公开 | 有\u2002效\u2002性： | 有效', [['公开方式', '主动公开'], ['有效性', '有效']]],
    ['来源： 发布时间：2021-04-02 浏览次数：', [['来源', ''], ['发布时间', '2021-04-02'], ['浏览次数', '']]],
    ['【编辑日期：2020-01-06】【来源：县政府办】', [['编辑日期', '2020-01-06'], ['来源', '县政府办']]],
    ['文号：湘政办发【2019】33号 发布日期：2019-05-24', [['文号', '湘政办发【2019】33号'], ['发布日期', '2019-05-24']]],
    // a byline's date printed last, after another label's value, is a value of its own
    ['来源：某县人民政府网  作者：  编辑：张某某  2024-04-02 09:15:33', [['来源', '某县人民政府网'], ['作者', ''], ['编辑', '张某某'], ['', '2024-04-02 09:15:33']]],
    ['成文日期：2024年3月15日', [['成文日期', '2024年3月15日']]],
    // a bullet printed between the fields of a block
    ['发布机构：宁川市市场监督管理局 • 公开方式：主动公开 •', [['发布机构', '宁川市市场监督管理局'], ['公开方式', '主动公开']]],
    // a counter glued to the value before it
    ['信息来源：县交通运输局访问次数：356', [['信息来源', '县交通运输局'], ['访问次数', '356']]],
    // a label no table names opens the line
    ['上传人：用户1234 | 上传时间：2023-01-12 | 格式：DOCX', [['上传人', '用户1234'], ['上传时间', '2023-01-12'], ['格式', 'DOCX']]],
    // a counter's value printed in brackets
    ['来源：丹棱县人民政府办公室　　阅读次数：[ 1057 ]', [['来源', '丹棱县人民政府办公室'], ['阅读次数', '1057']]],
    // a widget in brackets spaced off the last value
    ['来源：花都区统计局　　发布时间：2024-07-26 10:15　　【大 中 小】', [['来源', '花都区统计局'], ['发布时间', '2024-07-26 10:15']]],
  ])('%s', (line, expected) => {
    expect(parseFields(line).map((f) => [f.label, f.value])).toEqual(expected)
  })
})

describe('parseBreadcrumb', () => {
  it.each([
    ['您的位置：首页—政务公开—法治政府建设—年度报告', ['首页', '政务公开', '法治政府建设', '年度报告']],
    ['当前位置：首页—法治政府建设实施方案（2021—2025年）', ['首页', '法治政府建设实施方案(2021—2025年)']],
    ['当前位置：首页 > 政务公开 > 法治政府建设', ['首页', '政务公开', '法治政府建设']],
    ['当前位置：首页 政务信息 行政处罚 监管局本级', ['首页', '政务信息', '行政处罚', '监管局本级']],
    ['当前栏目：首页 · 法治政府 · 依法行政', ['首页', '法治政府', '依法行政']],
    ['首页/政务公开/重点领域信息公开/法治政府建设/', ['首页', '政务公开', '重点领域信息公开', '法治政府建设']],
    ['首页 》 政务公开 》 镇街信息公开', ['首页', '政务公开', '镇街信息公开']],
    ['您现在的位置:首页>>信息公开>>通知公告', ['首页', '信息公开', '通知公告']],
    ['首页 » 信息公开 » 规划计划', ['首页', '信息公开', '规划计划']],
    ['当前位置: 首页 → 部门信息公开 → 县市场监督管理局', ['首页', '部门信息公开', '县市场监督管理局']],
    ['您的位置：首页 / 政务公开 / 法治政府建设', ['首页', '政务公开', '法治政府建设']],
    // a slash inside an item where arrows part the items
    ['当前位置：首页 > 党政相关 > 工作总结/汇报', ['首页', '党政相关', '工作总结/汇报']],
  ])('%s', (line, expected) => {
    expect(parseBreadcrumb(line)).toEqual(expected)
  })
})

describe('the rule table', () => {
  it('has 60 or more chrome patterns, each with a rule id and an example', () => {
    const all = [...CHROME_LINE_RULES, ...CHROME_SPAN_RULES]
    expect(all.length).toBeGreaterThanOrEqual(60)
    for (const rule of all) {
      expect(rule.id).toMatch(/^chrome\/[a-z-]+$/)
      expect(rule.example.length).toBeGreaterThan(0)
    }
  })

  it('gives every span rule a widget that opens with a bracket the span screen looks for', () => {
    for (const rule of CHROME_SPAN_RULES) {
      // the pattern starts with a class of brackets, each one the screen passes
      const opening = /^\[([^\]]+)\]/.exec(rule.pattern.source)
      expect(opening, rule.id).not.toBeNull()
      for (const bracket of (opening as RegExpExecArray)[1] as string) expect(CHROME_SPAN_OPENER.test(bracket), `${rule.id}: ${bracket}`).toBe(true)
      const matches = [...foldWidth(rule.example).matchAll(rule.pattern)]
      expect(matches.length, rule.id).toBeGreaterThan(0)
      for (const match of matches) expect(CHROME_SPAN_OPENER.test(match[0].charAt(0))).toBe(true)
    }
  })
})

describe('strip-chrome: a line that holds prose is never removed whole', () => {
  const page = '某县司法局2022年法治政府建设工作报告\n发布时间：2023-03-28 09:15 来源：县司法局 2022年，我局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：\n一、工作开展情况\n全年办理行政复议案件12件，全部依法按期办结。\n'

  it('cuts the byline pieces as spans with their rule, keeps the prose and the data', () => {
    const result = stripChrome(page)
    expect(result.text).toContain('2022年，我局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：')
    expect(result.text).not.toContain('发布时间')
    expect(result.edits.map((e) => [e.rule, e.before.trim()])).toEqual([
      ['chrome/byline', '发布时间：2023-03-28 09:15'],
      ['chrome/byline', '来源：县司法局'],
    ])
    expect(result.captured.fields.map((f) => [f.label, f.value])).toEqual([
      ['发布时间', '2023-03-28 09:15'],
      ['来源', '县司法局'],
    ])
  })

  it('keeps a prose line whole when no piece of it is chrome', () => {
    const glued = '某县司法局2022年法治政府建设工作报告\n来源：县司法局2022年，我局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n一、工作开展情况\n全年办理行政复议案件12件，全部依法按期办结。\n'
    expect(stripChrome(glued).text).toContain('来源：县司法局2022年，我局在县委')
  })
})

describe('strip-chrome: a content farm\'s blurb glued to the last paragraph it shows', () => {
  const withLast = (last: string) => [TITLE, ...PROSE.slice(0, 3), last, ...CLOSING].join('\n') + '\n'

  it('takes the blurb from the sentence it stands in, and keeps the sentences before it', () => {
    const result = stripChrome(withLast('  （二）规范行政执法行为。组织开展行政执法案卷评查，发现问题及时督促整改。以下内容已隐藏1386字，开通会员查看【开通会员】'))
    expect(result.text).toContain('（二）规范行政执法行为。组织开展行政执法案卷评查，发现问题及时督促整改。\n')
    expect(result.edits.map((e) => [e.rule, e.before])).toEqual([['chrome/content-farm', '以下内容已隐藏1386字，开通会员查看【开通会员】']])
  })

  it('takes a note in brackets from its bracket: the truncated sentence before it is the document\'s', () => {
    const result = stripChrome(withLast('  （二）规范行政执法行为。组织开展行政执法案卷评查，评查案卷326卷，发现问题及时督促整改。同时推进行政执法(未完,全文共3203字,当前显示1200字)'))
    expect(result.text).toContain('发现问题及时督促整改。同时推进行政执法\n')
    expect(result.edits.map((e) => e.before)).toEqual(['(未完,全文共3203字,当前显示1200字)'])
  })

  it('removes a blurb line whole, and a line the blurb opens', () => {
    for (const blurb of ['(未完,全文共3203字,当前显示1200字)', '本站部分内容来源于网络，如有侵权请联系删除。感谢原作者的辛勤付出，转载请注明出处。']) {
      const result = stripChrome(withLast(blurb))
      expect(result.edits.map((e) => e.before)).toEqual([blurb + '\n'])
    }
  })

  it('takes a 公众号\'s call to follow it glued before the document\'s first sentence, and only the call', () => {
    const opening = '2022年，我县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。'
    const result = stripChrome([TITLE, '点击上方“桐乡发布”关注我们，获取更多权威资讯' + opening, ...PROSE.slice(1), ...CLOSING].join('\n') + '\n')
    expect(result.text).toContain('\n' + opening + '\n')
    expect(result.edits.map((e) => [e.rule, e.before])).toEqual([['chrome/wechat-widgets', '点击上方“桐乡发布”关注我们，获取更多权威资讯']])
    // on a line of its own the call goes with its line
    const alone = stripChrome([TITLE, '点击上方“桐乡发布”关注我们，获取更多权威资讯', opening, ...PROSE.slice(1), ...CLOSING].join('\n') + '\n')
    expect(alone.edits.map((e) => e.before)).toEqual(['点击上方“桐乡发布”关注我们，获取更多权威资讯\n'])
  })

  it('cuts the blurb off a piece of a flattened line', () => {
    const flattened = [TITLE, ...PROSE.map((line) => line.trim())].join('') + '以下内容已隐藏1386字，开通会员查看【开通会员】'
    const result = stripChrome(flattened + '\n' + CLOSING.join('\n') + '\n')
    expect(result.text).toContain('发现问题及时督促整改。')
    expect(result.edits.map((e) => [e.rule, e.before])).toEqual([['chrome/content-farm', '以下内容已隐藏1386字，开通会员查看【开通会员】']])
  })
})

describe('strip-chrome: tabs are bare words', () => {
  it('takes a short line between two removed head lines for a tab, not a label with its value', () => {
    const head = (middle: string) => removedRules(page(['首页 > 政务公开 > 法治政府建设', middle, '【打印】【关闭】']))
    expect(head('县直部门').get('县直部门')).toBe('chrome/tab-labels')
    expect(head('任单位：县司法局').has('任单位：县司法局')).toBe(false)
  })
})

describe('strip-chrome: a left column of column names under the breadcrumb', () => {
  const body = ['2023年，我镇坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。', '一、主要举措', '全年办理行政复议案件12件，全部依法按期办结。']
  it('removes the strip, columns named by a kind word inside it too, and keeps the title', () => {
    const column = ['威远镇', '机构职能', '领导分工', '工作动态', '通知公告', '规划计划', '工作总结', '财政信息', '政府信息公开年报']
    const text = ['您的位置：首页 >> 政务公开 >> 乡镇信息公开 >> 威远镇 >> 工作总结', ...column, '', '威远镇2022年度法治政府建设工作总结', ...body].join('\n') + '\n'
    const removed = removedRules(text)
    for (const line of column) expect(removed.has(line), line).toBe(true)
    expect(stripChrome(text).text).toContain('威远镇2022年度法治政府建设工作总结')
  })
  it('removes columns ending the strip with a kind word when a longer title follows, and keeps a short title that ends it', () => {
    const interpretation = ['当前位置：首页 > 政务公开 > 政策解读 > 部门解读', '政策解读', '文件解读', '部门解读', '图文解读', '视频解读', '', '《永新县行政规范性文件合法性审核办法》政策解读', ...body].join('\n') + '\n'
    expect(removedRules(interpretation).has('视频解读')).toBe(true)
    const proposal = ['当前位置：首页 > 政务公开 > 通知公告', '通知公告', '工作动态', '规划计划', '法治倡议书', ...body].join('\n') + '\n'
    expect(stripChrome(proposal).text).toContain('法治倡议书')
  })
})

describe('strip-chrome: bylines that are a date', () => {
  const page = (byline: string) => `某市司法局2022年法治政府建设年度报告\n${byline}\n2022年，我局在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n`
  it.each([['某市人民政府 2019-04-22 10:15:00'], ['某县政府 www.example.gov.cn 2018-01-05 00:00'], ['【2019-07-02 16:20:11】'], ['07.11.2019  09:30'], ['某市司法局 2022年02月08日']])(
    'removes %s and keeps its date',
    (byline) => {
      const result = stripChrome(page(byline))
      expect(result.edits.map((e) => [e.rule, e.before.trim()])).toEqual([['chrome/byline', byline]])
      expect(result.captured.fields).toEqual([{ label: '', value: byline, line: 1 }])
    },
  )
  it('keeps an organ and an unpadded 公文 date: a signature, not a byline', () => {
    expect(stripChrome(page('某市司法局 2022年2月8日')).edits).toEqual([])
  })
})

describe('strip-chrome: empty labels', () => {
  it('removes a line of labels with no values above the document', () => {
    const result = stripChrome('发布部门： 状态：\n某县司法局2022年法治政府建设年度报告\n2022年，我局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n')
    expect(result.edits.map((e) => [e.rule, e.before.trim()])).toEqual([['chrome/disclosure-block', '发布部门： 状态：']])
  })
})

describe('strip-chrome: a list header no rule names', () => {
  const page = (header: string) =>
    `某县司法局2022年法治政府建设年度报告\n2022年，我局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n某县司法局\n2023年3月1日\n${header}\n· 某县司法局2021年度法治政府建设情况报告　2022-01-20\n· 某县司法局2020年度法治政府建设情况报告　2021-01-25\n`
  it.each([['友情推送'], ['往年报告'], ['本栏目更多']])('removes %s above a list of dated items, and keeps the signature', (header) => {
    const result = stripChrome(page(header))
    expect(result.edits.map((e) => e.before.trim())).toContain(header)
    expect(result.text).toContain('某县司法局\n2023年3月1日')
  })
})

describe('strip-chrome: a colon header takes headlines, never an addressee', () => {
  it('reads a page the same whether a label line stands between the header and an addressee or not', () => {
    const head = '第六条　县司法局应当每年制定行政执法监督工作计划，采取案卷评查、专项检查等方式开展监督。'
    const withLabel = stripChrome([head, '热门标签：', '发布机构：某县人民政府　生成日期：', '某市人民政府：'].join('\n') + '\n')
    expect(stripChrome(withLabel.text).edits).toEqual([])
  })
})

describe('furniture by its position among other furniture (HTML text has no blank lines)', () => {
  it('ends a head list at other furniture, and never takes the document’s first lines', () => {
    const removed = removedRules(page(['相关新闻', '【音频解读】《某县行政执法公示办法》政策解读 2021-02-09', '当前位置：首页 > 政务公开', '某县人民政府令', '第179号']))
    expect(removed.get('当前位置：首页 > 政务公开')).toBe('chrome/breadcrumb')
    expect(removed.has('某县人民政府令')).toBe(false)
    expect(removed.has('第179号')).toBe(false)
  })
  it('keeps the signature that stands after a list of download links', () => {
    const text = [TITLE, ...PROSE, '  附件：', '  1.某县行政执法事项清单.xlsx', ...CLOSING, '版权所有：桐乡县人民政府'].join('\n') + '\n'
    const removed = removedRules(text)
    expect(removed.has('桐乡县人民政府')).toBe(false)
    expect(removed.has('2023年3月10日')).toBe(false)
    expect(removed.get('版权所有：桐乡县人民政府')).toBeDefined()
  })
  it('takes 下一篇 whose headline reads like prose, and a leave-site dialog', () => {
    const removed = removedRules(page([], ['下一篇：某县2009-2010年国民经济和社会发展统计公报，某县统计局', '您访问的链接即将离开“桐乡县人民政府网站”是否继续？']))
    expect(removed.get('下一篇：某县2009-2010年国民经济和社会发展统计公报，某县统计局')).toBe('chrome/prev-next')
    expect(removed.get('您访问的链接即将离开“桐乡县人民政府网站”是否继续？')).toBe('chrome/leave-site')
  })
  it('reads a title with a comma above the byline as the page’s heading', () => {
    const text = ['某市高校毕业生创业补贴，请查收', '发布日期：2025-04-08 11:24:11 文章来源：市人社局', '1、一次性创业资助', '补贴条件：初创企业的法定代表人符合以下条件之一的，可以申请。'].join('\n') + '\n'
    expect(removedRules(text).get('发布日期：2025-04-08 11:24:11 文章来源：市人社局')).toBeDefined()
  })
  it('keeps the digits of a signature date that lost its units, under the signer', () => {
    expect(removedRules(page([], []).replace('  2023年3月10日', '  2023310')).has('2023310')).toBe(false)
  })
})

describe('labelsIn', () => {
  // the same search as one regular expression alternating every label, longest first
  const labels = [...ALL_META_LABELS.map((l) => l.label), ...WIDGET_LABELS].sort((a, b) => b.length - a.length)
  const SPACE = `[${LABEL_SPACES}]`
  const PATTERN = new RegExp(`(${labels.map((label) => [...label].join(`${SPACE}*`)).join('|')})${SPACE}*(?:[:：]|[|｜丨]|[】\\]]|(?=${SPACE}+\\S)|$)`, 'g')
  const expected = (text: string) => [...text.matchAll(PATTERN)].map((m) => ({ index: m.index, length: m[0].length, label: m[1] }))

  function texts(): string[] {
    const all: string[] = []
    for (const label of labels) {
      const spaced = [...label].join(' ')
      for (const after of ['：某县', ' ', '  2022-03-18', '', '丨', '】【', ' \u2003x', 'x', '\u3000\u3000值']) all.push(label + after, `【${spaced}${after}`, `来源：县政府 ${label}${after}`)
    }
    for (const path of filesUnder(new URL('../../fixtures/', import.meta.url).pathname, (name) => name === 'input.txt')) {
      all.push(...readFileSync(path, 'utf8').split('\n').map((line) => foldWidth(line)))
    }
    return all
  }

  it('finds the labels one alternation of every label finds, at the same places', () => {
    let found = 0
    for (const text of texts()) {
      const want = expected(text)
      found += want.length
      expect(labelsIn(text), text).toEqual(want)
    }
    expect(found).toBeGreaterThan(2000)
  })

  it('says a known label with its colon stands in a text where one alternation of the labels finds one', () => {
    const known = ALL_META_LABELS.map((l) => l.label)
    const WITH_COLON = new RegExp(`(?:${known.join('|')})[:：]`)
    let holding = 0
    for (const text of texts()) {
      const want = WITH_COLON.test(text)
      if (want) holding++
      expect(holdsKnownLabelWithColon(text), text).toBe(want)
    }
    expect(holding).toBeGreaterThan(1000)
  })
})
