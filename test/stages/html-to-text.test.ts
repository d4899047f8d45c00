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
    expect(htmlToText(html)).toBe(text)
  })
})
