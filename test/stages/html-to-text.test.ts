import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decode } from '../../src/stages/decode.js'
import { htmlToText } from '../../src/stages/html-to-text.js'
import { filesUnder } from '../helpers/files.js'

describe('html-to-text', () => {
  it.each([
    ['<div><p>一、总体要求</p><p>（一）指导思想</p></div>', '一、总体要求\n（一）指导思想\n'],
    ['<p>第一行<br>第二行<br/>第三行</p>', '第一行\n第二行\n第三行\n'],
    ['<p>关于<span>加强</span><b>行政</b>执法的通知</p>', '关于加强行政执法的通知\n'],
    ['<p>  多个   空格\n 折行 </p>', '多个 空格 折行\n'],
    ['<script>var a = 1;</script><style>.x{}</style><p>正文</p><noscript>请开启脚本</noscript>', '正文\n'],
    ['<table><tr><td>索引号</td><td>001/2021-00012</td><td>发布机构</td><td>某县人民政府</td></tr></table>', '索引号 | 001/2021-00012 | 发布机构 | 某县人民政府\n'],
    ['<table><tr><td><p>一、总体要求</p><p>坚持依法行政。</p></td></tr></table>', '一、总体要求\n坚持依法行政。\n'],
    ['<p>&nbsp;&nbsp;为深入推进依法行政&gt;</p>', '\u00a0\u00a0为深入推进依法行政>\n'],
    ['<p>字</p><p>体：</p>', '字\n体：\n'],
    // a word processor wraps every cell in <p>: a row of one-paragraph cells is one line
    ['<table><tr><td><p align="center">1</p></td><td><p>动态调整区级部门权责清单</p></td><td>区委编办</td></tr></table>', '1 | 动态调整区级部门权责清单 | 区委编办\n'],
    // …and a label its narrow column broke over two lines is one label
    ['<table><tr><td><p><b><span>作出处罚决定的</span></b><b><span><br></span></b><b><span>机关名称</span></b></p></td><td><p><span>某区城市管理执法局</span></p></td></tr></table>', '作出处罚决定的机关名称 | 某区城市管理执法局\n'],
    // a script in a cell of an inline row writes nothing into the row
    ['<table><tr><td>点击数：<script>document.write("186");</script>186</td><td>来源：某镇政府</td></tr></table>', '点击数：186 | 来源：某镇政府\n'],
    // a list of short links is one line, its items measured without the markup's indentation
    ['<ul>\n  <li>当前位置：\n      <a href="/">首页</a>\n  </li>\n  <li><a>政务信息</a></li>\n  <li><a>行政处罚</a></li>\n</ul>', '当前位置： 首页 政务信息 行政处罚\n'],
    // a cell of several paragraphs, or a long one broken by <br>, keeps its lines
    ['<table><tr><td><p>行政处罚决定</p></td><td><p>对某公司罚款56万元。</p><p>对张某警告并罚款2万元</p></td></tr></table>', '行政处罚决定\n对某公司罚款56万元。\n对张某警告并罚款2万元\n'],
    ['<table><tr><td>序号</td><td>某县人民政府关于印发实施方案的通知<br>某县人民政府关于加强行政执法的意见</td></tr></table>', '序号\n某县人民政府关于印发实施方案的通知\n某县人民政府关于加强行政执法的意见\n'],
    // html/data-row-with-paragraphs: in a data table (other rows of as many cells, each one line),
    // a task's cell of short paragraphs stays on its row: its items are the task's, not sections
    [
      '<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>' +
        '<tr><td><p>6</p></td><td><p>开展校外培训机构专项治理：</p><p>1.查处无证无照办学行为；<br>2.查处违规收费行为</p></td><td><p>民办教育科</p></td><td><p>2023年8月底前</p></td></tr></table>',
      '序号 | 工作任务 | 牵头单位 | 完成时限\n6 | 开展校外培训机构专项治理：1.查处无证无照办学行为；2.查处违规收费行为 | 民办教育科 | 2023年8月底前\n',
    ],
    // …but a row of a layout table (no other row of data cells), or a cell as long as a page, keeps its lines
    [
      '<table><tr><td><p>导航</p></td><td><p>一、总体要求</p><p>坚持依法行政。</p></td><td><p>链接</p></td></tr></table>',
      '导航\n一、总体要求\n坚持依法行政。\n链接\n',
    ],
  ])('%s', (html, text) => {
    expect(htmlToText(html).text).toBe(text)
  })
})

describe('html-to-text: a frame whose document the page holds (html/frame-document)', () => {
  it('reads the srcdoc document in the frame\'s place', () => {
    const page = '<html><body><div class="nav">首页</div><iframe srcdoc="&lt;html&gt;&lt;body&gt;&lt;div id=&quot;zoom&quot;&gt;&lt;p&gt;一、总体要求&lt;/p&gt;&lt;p&gt;坚持依法行政。&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;"></iframe><div class="footer">版权所有</div></body></html>'
    expect(htmlToText(page).text).toBe('首页\n一、总体要求\n坚持依法行政。\n版权所有\n')
  })
})

describe('html-to-text: the document container and the <head>', () => {
  const page = `<!DOCTYPE html><html><head><title>某县人民政府关于2022年度法治政府建设情况的报告 - 某县人民政府</title>
<meta name="ArticleTitle" content="某县人民政府关于2022年度法治政府建设情况的报告"><meta name="PubDate" content="2023-03-20 09:30">
<meta name="Url" content="http://www.example.gov.cn/art/2023/3/20/art_1.html"></head><body>
<div class="header"><div class="logo">某县人民政府门户网站</div><ul class="nav"><li><a href="/">首页</a></li><li><a>政务公开</a></li><li><a>互动交流</a></li></ul></div>
<div class="left"><ul><li><a>县政府召开常务会议研究部署安全生产工作</a></li><li><a>我县开展法治宣传进乡村活动</a></li></ul></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a></div>
<h1>某县人民政府关于2022年度法治政府建设情况的报告</h1><div class="info">发布时间：2023-03-20 来源：县司法局</div>
<div id="zoom"><p>　　2022年，我县坚持以习近平法治思想为指导，深入推进依法行政，法治政府建设取得新成效。</p>
<p>　　一、主要举措</p><p>　　（一）深化行政审批制度改革，全年精简行政许可事项12项，办理时限压缩60%。</p></div>
<div class="footer"><p>版权所有：某县人民政府 网站标识码：3301000001</p></div></body></html>`
  const result = htmlToText(page)

  it('reads the <head>', () => {
    expect(result.head).toEqual({
      title: '某县人民政府关于2022年度法治政府建设情况的报告',
      articleTitle: '某县人民政府关于2022年度法治政府建设情况的报告',
      published: '2023-03-20 09:30',
      url: 'http://www.example.gov.cn/art/2023/3/20/art_1.html',
    })
  })

  it('keeps the document and the data above it, and names the rest for removal', () => {
    const lines = result.text.trimEnd().split('\n')
    const kept = lines.filter((_, i) => !result.removals.has(i))
    expect(kept).toEqual([
      '当前位置：首页 > 政务公开',
      '某县人民政府关于2022年度法治政府建设情况的报告',
      '发布时间：2023-03-20 来源：县司法局',
      '\u3000\u30002022年，我县坚持以习近平法治思想为指导，深入推进依法行政，法治政府建设取得新成效。',
      '\u3000\u3000一、主要举措',
      '\u3000\u3000（一）深化行政审批制度改革，全年精简行政许可事项12项，办理时限压缩60%。',
    ])
    expect([...result.removals.values()].every((rule) => rule === 'chrome/outside-content')).toBe(true)
    expect(result.removals.size).toBe(5)
  })
})

describe('html-to-text: link density and hidden copies', () => {
  const removedAs = (html: string, rule: string) => {
    const result = htmlToText(html)
    const lines = result.text.trimEnd().split('\n')
    return lines.filter((_, i) => result.removals.get(i) === rule)
  }

  it('names a menu of inline links glued on one line chrome/link-menu where no container is found', () => {
    // the prose is shared by two blocks alike: no element holds most of it
    const html = `<body><table><tr><td><span><a>首页</a></span><span><a>政务公开</a></span><span><a>政务服务</a></span><span><a>政策解读</a></span></td></tr></table>
<div><p>各乡镇人民政府：现将方案印发给你们，请认真贯彻执行。</p></div><div><p>各部门要加强组织领导，确保各项任务落到实处。</p></div></body>`
    expect(removedAs(html, 'chrome/link-menu')).toEqual(['首页政务公开政务服务政策解读'])
    // …and outside a container it goes with the rest of what is outside
    const withContainer = `<body><div><span><a>首页</a></span><span><a>政务公开</a></span><span><a>政策解读</a></span></div><div id="zoom"><p>各乡镇人民政府：现将方案印发给你们，请认真贯彻执行。</p></div></body>`
    expect(removedAs(withContainer, 'chrome/outside-content')).toEqual(['首页政务公开政策解读'])
  })

  it('never keeps a line that is mostly a link as a title above the document', () => {
    const html = `<body><div class="top"><h2>某区深化支持青年创新创业实施办法</h2><p>点击查看政策解读：<a href="/jd">【音频解读】关于《某区深化支持青年创新创业实施办法》的解读</a></p></div>
<div id="zoom"><p>　　为进一步支持青年在我区创新创业，结合本区实际，制定本办法。本办法自印发之日起施行，有效期三年。各单位要认真组织实施。</p><p>　　第一条 本办法适用于在本区创业的青年。申请人应当如实提交材料，主管部门应当依法审核。</p></div></body>`
    const result = htmlToText(html)
    const lines = result.text.trimEnd().split('\n')
    const kept = lines.filter((_, i) => !result.removals.has(i))
    expect(kept[0]).toBe('某区深化支持青年创新创业实施办法')
    expect(kept.some((line) => line.startsWith('点击查看政策解读'))).toBe(false)
  })

  it('removes a hidden copy of the document (chrome/hidden-copy), keeps a hidden tab it does not copy', () => {
    const html = `<body><div id="zoom"><p>某县人民政府关于加强行政执法监督工作的通知</p><p>　　各乡镇人民政府，县直各单位：为进一步规范行政执法行为，现就有关事项通知如下。</p></div>
<div id="ces" style="display:none">某县人民政府关于加强行政执法监督工作的通知各乡镇人民政府，县直各单位：为进一步规范…</div>
<div class="tab" style="display: none"><p>附件：行政执法监督事项清单</p></div></body>`
    expect(removedAs(html, 'chrome/hidden-copy')).toEqual(['某县人民政府关于加强行政执法监督工作的通知各乡镇人民政府，县直各单位：为进一步规范…'])
    expect(htmlToText(html).text).toContain('附件：行政执法监督事项清单')
  })
})

describe('html-to-text: a site’s mega-menu inside the page, AngularJS’s hidden panels', () => {
  const removedAs = (html: string, rule: string) => {
    const result = htmlToText(html)
    return result.text.trimEnd().split('\n').filter((_, i) => result.removals.get(i) === rule)
  }
  // menu panels hidden by the site's style sheet (nothing in the markup says so): a body's duties in
  // a heading-classed block, headlines of other pages in title-classed spans with an ng-hide copy
  const megaMenu = `<div class="nav-panel-container"><div class="nav-panel"><a>主要职责</a><div class="sub-title">
<p>一、依法对辖区内银行业和保险业实行统一监督管理，强化机构监管、行为监管、功能监管，维护金融业合法、稳健运行。</p>
<p>二、对辖区金融业改革开放和监管有效性相关问题开展研究，参与拟订金融业改革发展规划，推动金融业高质量发展。</p></div>
<div class="panel-row"><span class="title"><a href="/a">某监管局关于某某人寿保险股份有限公司修改公司章程的批复</a><span class="ng-hide">某监管局关于某某人寿保险股份有限公司修改公司章程的批复</span></span></div>
<div class="panel-row"><span class="title"><a href="/b">某监管局关于印发银行业保险业数据安全管理办法的通知</a></span></div></div></div>`
  const article = `<div class="content"><div class="breadcrumb">当前位置：<a>首页</a> &gt; <a>行政处罚</a></div>
<div class="wenzhang-title">某监管局行政处罚信息公开表</div><div class="wenzhang-documentNo ng-hide">某金罚决字〔2024〕52号</div>
<table><tr><td><p>行政处罚依据</p></td><td><p>《中华人民共和国保险法》第八十六条、第一百七十条。</p></td></tr>
<tr><td><p>行政处罚决定</p></td><td><p>对某某财产保险股份有限公司某分公司罚款56万元。</p></td></tr></table></div>`

  it('finds the document’s element by the prose outside elements named as chrome', () => {
    const html = `<body>${megaMenu}${article}<div ng-show="isPrint" class="ng-hide"><p>某监管局行政处罚信息公开表</p></div></body>`
    const removed = removedAs(html, 'chrome/outside-content')
    expect(removed).toContain('一、依法对辖区内银行业和保险业实行统一监督管理，强化机构监管、行为监管、功能监管，维护金融业合法、稳健运行。')
    expect(removed.some((line) => line.startsWith('某监管局关于印发银行业保险业数据安全管理办法的通知'))).toBe(true)
    expect(removed.some((line) => line.startsWith('某监管局关于某某人寿保险'))).toBe(true)
    const result = htmlToText(html)
    const kept = result.text.trimEnd().split('\n').filter((_, i) => !result.removals.has(i))
    expect(kept).toContain('某监管局行政处罚信息公开表')
    expect(kept).toContain('行政处罚决定 | 对某某财产保险股份有限公司某分公司罚款56万元。')
  })

  it('keeps a document whose element is named like chrome when it holds most of the prose', () => {
    const guide = `<body><div class="nav"><a>首页</a><a>办事指南</a></div><div class="guide-content">
<p>一、办理事项：行政许可申请的受理。申请人应当向窗口提交申请书及有关材料，材料齐全的当场受理。</p>
<p>二、办理时限：自受理之日起二十个工作日内作出决定，需要听证的，听证时间不计入办理时限。</p></div>
<div class="about"><p>本网站由某县人民政府办公室主办，内容如有疑问请来电咨询。</p></div></body>`
    const result = htmlToText(guide)
    const kept = result.text.trimEnd().split('\n').filter((_, i) => !result.removals.has(i))
    expect(kept.filter((line) => /^[一二]、/.test(line))).toHaveLength(2)
  })

  it('writes no hidden inline element into the line it stands in', () => {
    expect(htmlToText('<div class="row"><span class="title"><a href="/a">某监管局关于某公司变更营业场所的批复</a><span class="ng-hide">某监管局关于某公司变更营业场所的批复</span></span><span>2025-04-22</span></div>').text).toBe(
      '某监管局关于某公司变更营业场所的批复2025-04-22\n',
    )
    // characters a site hides in its paragraphs against copying
    expect(htmlToText('<p>为深入推进<span style="display:none">xk29</span>依法行政，制定本方案。</p>').text).toBe('为深入推进依法行政，制定本方案。\n')
    // …nor a hidden card inside an inline element: a 公众号's byline stays one line
    expect(htmlToText('<div id="meta_content"><span>原创</span> <span id="profileBt"><a id="js_name">某县司法</a><div id="js_profile_qrcode" style="display:none"><p>微信号 mx_sfj</p><p>功能介绍 某县司法局官方公众号</p></div></span> <em id="publish_time">2023-08-15 18:30</em> <span>浙江</span></div>').text).toBe(
      '原创 某县司法 2023-08-15 18:30 浙江\n',
    )
    // a hidden block is kept for what it may be (a tab a script reveals)
    expect(htmlToText('<div style="display:none"><p>附件：行政执法事项清单</p></div>').text).toBe('附件：行政执法事项清单\n')
  })

  it('takes a hidden copy laid out anew (rows joined, colons added) for a copy', () => {
    const html = `<body>${article}<div class="ng-hide"><p>行政处罚依据：| 《中华人民共和国保险法》第八十六条、第一百七十条。</p></div></body>`
    expect(removedAs(html, 'chrome/hidden-copy')).toEqual(['行政处罚依据：| 《中华人民共和国保险法》第八十六条、第一百七十条。'])
  })

  it('keeps the breadcrumb above the document though its links make most of its line, and no teaser of a menu for a byline', () => {
    const crumb = `<div class="content"><div class="breadcrumb"><ul><li>当前位置：<a>首页</a></li><li><a>政务信息</a></li><li><a>行政处罚</a></li></ul></div>`
    const html = `<body><div class="nav-panel"><div class="row">请问如何查询金融许可证？留言时间： 2025-04-16</div></div>${crumb}${article.slice('<div class="content">'.length)}</body>`
    const result = htmlToText(html)
    const kept = result.text.trimEnd().split('\n').filter((_, i) => !result.removals.has(i))
    expect(kept[0]).toBe('当前位置：首页 政务信息 行政处罚')
    expect(removedAs(html, 'chrome/outside-content')).toEqual(['请问如何查询金融许可证？留言时间： 2025-04-16'])
  })

  it('keeps a 公众号’s byline above its article’s element, and no menu’s headline with its date', () => {
    const html = `<body><div class="nav"><div class="row"><a>某监管局召开辖区财产保险公司风险提示会</a>2025-04-21</div></div>
<div id="meta_content">原创 某县司法 2023-08-15 18:30 浙江</div><div id="js_content"><p>某县人民政府关于2022年度法治政府建设情况的报告</p>
<p>　　2022年，我县坚持以习近平法治思想为指导，深入推进依法行政，法治政府建设取得新成效。</p><p>　　一、主要举措和成效</p></div></body>`
    const result = htmlToText(html)
    const kept = result.text.trimEnd().split('\n').filter((_, i) => !result.removals.has(i))
    expect(kept[0]).toBe('原创 某县司法 2023-08-15 18:30 浙江')
    expect(kept.some((line) => line.startsWith('某监管局召开'))).toBe(false)
  })

  it('takes AngularJS’s ng-hide for hidden: a hidden copy of a shown line goes', () => {
    const html = `<body>${article}<div class="ng-hide print-copy"><p>对某某财产保险股份有限公司某分公司罚款56万元。</p></div></body>`
    expect(removedAs(html, 'chrome/hidden-copy')).toEqual(['对某某财产保险股份有限公司某分公司罚款56万元。'])
  })
})

describe('html-to-text: a page given in pieces', () => {
  // every HTML page of the fixtures, cut at places fast-check picks with a fixed seed (inside
  // tags, attributes, entities and characters of text alike, some pieces one character long):
  // the parser reads a stream, and the text, the <head> and the removals come out as from the whole
  const pages = filesUnder(new URL('../../fixtures/', import.meta.url).pathname, (name) => /\.html?$/.test(name)).sort()
  const lengths = fc.sample(fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 400 })), { seed: 7, numRuns: 10_000 })
  const cut = (text: string, first: number) => {
    const pieces: string[] = []
    for (let at = 0, k = first; at < text.length; k++) {
      const length = lengths[k % lengths.length] as number
      pieces.push(text.slice(at, at + length))
      at += length
    }
    return pieces
  }
  const asJson = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v))

  it('covers the fixtures\' HTML pages', () => {
    expect(pages.length).toBeGreaterThan(100)
  })

  it('gives each page\'s text, head and removals as the whole page does', () => {
    const differing: string[] = []
    pages.forEach((name, index) => {
      let html: string
      try {
        html = decode(readFileSync(name), { isHtml: true }).text
      } catch {
        return // a page the decoder refuses (fixtures/bad) is parsed by no one
      }
      if (asJson(htmlToText(cut(html, index * 97))) !== asJson(htmlToText(html))) differing.push(name)
    })
    expect(differing).toEqual([])
  })
})

