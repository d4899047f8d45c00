// Generates fixtures/equivalence/: for every text case of fixtures/seeds and fixtures/pages, the
// same page as three site templates would serve it (HTML), as a GB18030/GBK-encoded dump, and as a
// Traditional-character mirror (OpenCC cn → tw). test/equivalence.test.ts checks that each gives
// the Report of the plain text. Deterministic: run again, get the same bytes.
// Run: node scripts/gen-equivalence.mjs
import { createRequire } from 'node:module'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const iconv = require('iconv-lite')
const { Converter } = require('opencc-js/cn2t')
const toTraditional = Converter({ from: 'cn', to: 'tw' })

const OUT = 'fixtures/equivalence'
const SITES = ['青山县人民政府', '白水市人民政府', '云岭县人民政府']

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A CMS article page of today: header, nav, the lines in a TRS_Editor, share bar, related, footer. */
function templateA(lines, site, title) {
  const paragraphs = lines.map((line) => (line.trim() === '' ? '' : `        <p>${escape(line)}</p>`)).filter(Boolean).join('\n')
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="${site}">
<meta name="ArticleTitle" content="${escape(title)}">
<title>${escape(title)} - ${site}</title>
<link rel="stylesheet" href="/css/article.css">
<script>var _hmt = _hmt || []; document.write('<span>统计</span>');</script>
</head>
<body>
<div class="top-bar">欢迎访问${site}门户网站 <a href="/wza">无障碍</a> <a href="/old">长者模式</a></div>
<div class="header"><div class="logo">${site}门户网站</div>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/zt">专题专栏</a></li></ul>
</div>
<div class="main">
  <div class="article">
    <div class="tools"><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span> <a href="javascript:window.print()">打印</a></div>
    <div class="TRS_Editor">
${paragraphs}
    </div>
    <div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
  </div>
  <div class="related"><h3>相关链接</h3><ul><li><a>${site}关于开展行政执法案卷评查工作的通知</a></li><li><a>${site}2021年政府信息公开工作年度报告</a></li></ul></div>
</div>
<div class="footer">
  <p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>
  <p>主办：${site}办公室　承办：${site.replace('人民政府', '')}融媒体中心</p>
  <p>网站标识码：5100000001　ICP备12000001号-1　公网安备 51000002000001号</p>
</div>
</body>
</html>
`
}

/** An old table-layout CMS: sidebar of links, the lines in one cell separated by <br>. */
function templateB(lines, site, title) {
  const cell = lines.map((line) => escape(line).replace(/^\s+/, (space) => '&nbsp;'.repeat(space.length))).join('<br>\n')
  return `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${escape(title)}_${site}</title>
<style type="text/css">td { font-size: 14px; } .left a { color: #333; }</style>
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0">
  <tr><td colspan="2" class="banner"><img src="/images/banner.jpg" alt="${site}"></td></tr>
  <tr>
    <td width="220" valign="top" class="left">
      <table width="100%"><tr><td><a href="/">网站首页</a></td></tr><tr><td><a href="/xxgk">信息公开</a></td></tr><tr><td><a href="/bsfw">办事服务</a></td></tr><tr><td><a href="/gzcy">公众参与</a></td></tr></table>
    </td>
    <td width="780" valign="top">
      <table width="100%" class="content"><tr><td>
${cell}
      </td></tr></table>
    </td>
  </tr>
  <tr><td colspan="2" class="copyright">版权所有 ${site}　　技术支持：${site.replace('人民政府', '')}信息中心</td></tr>
</table>
</body>
</html>
`
}

/** A Word-pasted article in div#zoom: each paragraph cut into styled spans of a few characters. */
function templateC(lines, site, title) {
  const spans = (line) => {
    const chars = [...line]
    const parts = []
    for (let i = 0; i < chars.length; i += 1 + (i % 3)) parts.push(chars.slice(i, i + 1 + (i % 3)).join(''))
    return parts.map((part) => `<span style="font-size:16pt">${escape(part)}</span>`).join('')
  }
  const paragraphs = lines.filter((line) => line.trim() !== '').map((line) => `<p class="MsoNormal">${spans(line)}<o:p></o:p></p>`).join('\n')
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="Url" content="http://www.example.gov.cn/art/${encodeURIComponent(title).length % 97}.html">
<title>${escape(title)} | ${site}</title>
</head>
<body>
<div id="header"><div class="site-name">${site}</div><div class="search">站内搜索：<input type="text"><button>搜索</button></div></div>
<div class="menu"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/bmxx">部门信息</a></div>
<div class="con">
  <div id="zoom">
${paragraphs}
  </div>
  <div class="print-bar">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
</div>
<div class="links">友情链接：<a>中国政府网</a> <a>省人民政府</a></div>
<div class="footer">版权所有：${site}　网站标识码：4400000002</div>
</body>
</html>
`
}

/** Lines cut at one width: at least 8 of the lines of 20 characters or more, and 40% of them,
 *  within one character of the same length. */
function isFixedWidth(lines) {
  const lengths = lines.map((line) => [...line.trim()].length).filter((n) => n >= 20)
  const counts = new Map()
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1)
  let best = 0
  for (const [n] of counts) best = Math.max(best, (counts.get(n - 1) ?? 0) + (counts.get(n) ?? 0) + (counts.get(n + 1) ?? 0))
  return best >= 8 && best / lengths.length >= 0.4
}

function textCases() {
  const cases = []
  for (const group of ['seeds', 'pages']) {
    for (const name of readdirSync(join('fixtures', group)).sort()) {
      const input = join('fixtures', group, name, 'input.txt')
      if (!existsSync(input)) continue
      const expected = JSON.parse(readFileSync(join('fixtures', group, name, 'expected.json'), 'utf8'))
      if (expected.source.script !== 'simplified') continue
      cases.push({ id: `${group}-${name}`, text: readFileSync(input, 'utf8'), title: expected.title ?? name })
    }
  }
  return cases
}

rmSync(OUT, { recursive: true, force: true })
const cases = textCases()
cases.forEach(({ id, text, title }, i) => {
  const dir = join(OUT, id)
  mkdirSync(dir, { recursive: true })
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n')
  const site = SITES[i % SITES.length]
  // a dump hard-wrapped at a fixed width (a PDF's text) has no HTML copy: a site's markup states
  // its paragraphs, and lawgov keeps the lines an HTML page's markup states (a flattened dump has
  // one: a copy site pastes it in one block, which lawgov unflattens as it does a text dump)
  if (!isFixedWidth(lines)) {
    writeFileSync(join(dir, 'template-a.html'), templateA(lines, site, title))
    writeFileSync(join(dir, 'template-b.html'), templateB(lines, site, title))
    writeFileSync(join(dir, 'template-c.html'), templateC(lines, site, title))
  }
  writeFileSync(join(dir, 'gbk.txt'), iconv.encode(text, 'gb18030'))
  writeFileSync(join(dir, 'traditional.txt'), toTraditional(text))
})
writeFileSync(
  join(OUT, 'README.md'),
  `# Equivalence fixtures\n\nGenerated by \`node scripts/gen-equivalence.mjs\` from the ${cases.length} Simplified text cases of\n\`fixtures/seeds\` and \`fixtures/pages\`: each folder holds the same page served by three site templates\n(a page hard-wrapped at a fixed width has none: a site's markup states its paragraphs)\n(\`template-a.html\` modern CMS, \`template-b.html\` table layout with \`<br>\` lines, \`template-c.html\` Word paste\ncut into \`<span>\`s), as a GB18030/GBK dump (\`gbk.txt\`) and as a Traditional mirror (\`traditional.txt\`,\nOpenCC cn → tw). \`test/equivalence.test.ts\` checks that every copy gives the plain page's title, kind,\ndocument number, dates, period, issuers, recipients, section tree and body.\n`,
)
console.log(`${cases.length} pages × 5 copies`)
