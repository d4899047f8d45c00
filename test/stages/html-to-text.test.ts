import { describe, expect, it } from 'vitest'
import { htmlToText } from '../../src/stages/html-to-text.js'

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
  ])('%s', (html, text) => {
    expect(htmlToText(html).text).toBe(text)
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
