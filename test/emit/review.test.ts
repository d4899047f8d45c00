/** The review site's pages, rendered from real parses: what a reader must see marked. */
import { readFileSync } from 'node:fs'
import { load } from 'cheerio'
import { describe, expect, it } from 'vitest'
import { barChart } from '../../src/emit/review/charts.js'
import { renderDashboard, reviewRow } from '../../src/emit/review/dashboard.js'
import { renderDocumentPage } from '../../src/emit/review/document.js'
import { escapeHtml, jsonForScript } from '../../src/emit/review/html.js'
import { parseWithSource } from '../../src/pipeline.js'
import { corpusStats } from '../../src/stats.js'
import type { Section } from '../../src/types.js'

const NOTICE = 'fixtures/seeds/002-notice-enclosing-damaged-plan/input.txt'

function page(path: string) {
  const parsed = parseWithSource(readFileSync(path), { path })
  return { parsed, $: load(renderDocumentPage({ ...parsed, indexHref: '../index.html' })) }
}

describe('document page', () => {
  it('marks the repair 2017316日 → 2017年3月16日 on the line it was read, with its rule and confidence', () => {
    const { parsed, $ } = page(NOTICE)
    const repair = parsed.report.repairs.find((r) => r.before === '2017316日')
    expect(repair).toBeDefined()
    const mark = $(`#L${repair?.line} mark.repair[data-before="2017316日"]`)
    expect(mark).toHaveLength(1)
    expect(mark.attr('data-after')).toBe('2017年3月16日')
    expect(mark.attr('data-rule')).toBe('repair/date-lost-year-month')
    expect(mark.attr('tabindex')).toBe('0')
    expect(mark.find('.tip').text()).toContain('confidence 1')
    expect(mark.find('del').text()).toBe('2017316日')
    expect(mark.find('ins').text()).toBe('2017年3月16日')
  })

  it('strikes every removed line and labels it with its rule; kept lines are not struck', () => {
    const { parsed, $ } = page('fixtures/seeds/001-annual-report-site-footer/input.txt')
    expect(parsed.report.removed.length).toBeGreaterThan(0)
    for (const removal of parsed.report.removed) {
      const line = $(`#L${removal.line}`)
      expect(line.hasClass('removed'), removal.text).toBe(true)
      expect(line.find('.rule').attr('data-rule')).toBe(removal.rule)
      expect(line.find('.text').text()).toContain(removal.text)
    }
    expect($('.line.removed')).toHaveLength(new Set(parsed.report.removed.flatMap((r) => r.text.split('\n').map((_, i) => r.line + i))).size)
    expect($('.line')).toHaveLength(parsed.text.split('\n').length)
  })

  it('links each section of the outline to the line its heading was read on', () => {
    const { parsed, $ } = page(NOTICE)
    const links = $('nav.outline a')
    expect(links.length).toBeGreaterThan(3)
    links.each((_, link) => {
      const target = $(link).attr('href') as string
      // the outline shows headings normalized ((一) → （一）): compare their Han characters
      const han = (text: string) => text.replace(/[^\u4e00-\u9fff]/g, '')
      expect(han($(target).find('.text').text())).toContain(han($(link).text()).slice(0, 4))
    })
    expect(parsed.sectionLines.every((line) => line !== null)).toBe(true)
  })

  it.each([
    // headings printed with full-width numbers (１．) and spaces the outline does not show
    'fixtures/pages/blind-portal-repost-edu-bureau-report-four-levels-share-apps/input.txt',
    // a heading glued to the first paragraph under it: 一、…思想1.健全学法制度。
    'fixtures/pages/blind-bureau-work-arrangement-colonless-two-column-disclosure/input.txt',
    // 第一部分：… printed with an ASCII colon
    'fixtures/seeds/003-interpretation-without-title/input.txt',
  ])('places every section of %s on the line its heading was read on', (path) => {
    const parsed = parseWithSource(readFileSync(path), { path })
    const order: Section[] = []
    const visit = (sections: readonly Section[]) => sections.forEach((s) => (order.push(s), visit(s.children)))
    visit(parsed.report.sections)
    const lines = parsed.text.split('\n')
    const han = (text: string) => text.replace(/[^\u4e00-\u9fff]/g, '')
    expect(parsed.sectionLines).toHaveLength(order.length)
    order.forEach((section, i) => {
      const line = parsed.sectionLines[i]
      expect(line, section.heading).not.toBeNull()
      expect(han(lines[(line as number) - 1] as string)).toContain(han(section.heading).slice(0, 6))
    })
  })

  it('shows each metadata field with the rule and line it was found by, and the warnings first', () => {
    const { parsed, $ } = page(NOTICE)
    expect($('dd[data-field="docNumber"]').text()).toContain('娄发〔2017〕4号')
    const evidence = parsed.report.evidence.docNumber
    expect($('dd[data-field="docNumber"] .evidence').text()).toContain(evidence?.rule as string)
    expect($('html').attr('lang')).toBe('zh-CN')
    if (parsed.report.warnings.length > 0) expect($('section.warnings li')).toHaveLength(parsed.report.warnings.length)
  })

  it('escapes what the page says, so a hostile page cannot script the site', () => {
    const parsed = parseWithSource('<script>alert(1)</script>\n关于<img src=x onerror=alert(1)>的通知\n正文。', { path: 'x.txt' })
    const html = renderDocumentPage({ ...parsed, indexHref: 'index.html' })
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<script>alert')
    expect(load(html)('script')).toHaveLength(0)
  })
})

describe('dashboard', () => {
  const reports = ['000-midterm-evaluation-report', '001-annual-report-site-footer', '002-notice-enclosing-damaged-plan'].map(
    (name) => parseWithSource(readFileSync(`fixtures/seeds/${name}/input.txt`), { path: name }).report,
  )
  const stats = corpusStats(reports)
  const $ = load(renderDashboard(stats, reports.map((r, i) => ({ ...reviewRow(r), href: `documents/${i}.html` }))))

  it('shows the totals and every bar with the counts of the statistics, which it also embeds', () => {
    expect($('[data-stat="documents"] .n').text()).toBe('3')
    expect(JSON.parse($('#lawgov-stats').text())).toEqual(stats)
    for (const [field, n] of Object.entries(stats.coverage)) expect($(`[data-stat="coverage.${field}"] .value`).text()).toMatch(new RegExp(`^${n}\\b`))
    for (const [rule, n] of Object.entries(stats.repairsByRule)) expect($(`[data-stat="repairsByRule.${rule}"] .value`).text()).toBe(String(n))
    const repairs = reports.reduce((sum, r) => sum + r.repairs.length, 0)
    expect($('[data-stat="repairs"] .n').text()).toBe(String(repairs))
  })

  it('lists every document with a link to its page', () => {
    expect($('#documents-table tbody tr')).toHaveLength(3)
    expect($('#documents-table tbody a').map((_, a) => $(a).attr('href')).get()).toEqual(['documents/0.html', 'documents/1.html', 'documents/2.html'])
  })
})

describe('html helpers', () => {
  it('escapes markup and keeps JSON inert inside a script element', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    expect(jsonForScript({ s: '</script><script>' })).not.toContain('</script>')
    expect(JSON.parse(jsonForScript({ s: '</script>\u2028' }))).toEqual({ s: '</script>\u2028' })
  })

  it('draws one bar per entry, scaled to the largest, and says when there is nothing', () => {
    const svg = load(barChart([{ label: 'a', value: 4 }, { label: 'b', value: 2 }], { label: 'x' }))
    const widths = svg('rect.bar').map((_, r) => Number(svg(r).attr('width'))).get()
    expect(widths[0]).toBe(2 * (widths[1] as number))
    expect(barChart([], { label: 'x' })).toContain('none')
  })
})
