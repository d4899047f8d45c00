/**
 * The review site's dashboard (index.html): totals, coverage of each field, repairs and chrome
 * removals by rule, warnings by code — the same numbers `lawgov stats --json` gives for the same
 * pages, embedded as JSON too — and a table of every document that a few lines of plain script
 * sort and filter.
 */
import { COVERAGE_FIELDS, type CorpusStats } from '../../stats.js'
import type { Report } from '../../types.js'
import { barChart, type Bar } from './charts.js'
import { escapeHtml, htmlPage, jsonForScript } from './html.js'

/** One row of the documents table. */
export interface ReviewRow {
  path: string
  /** The document's page, relative to index.html; undefined for a page that failed. */
  href?: string
  title: string | null
  issuer: string | null
  published: string | null
  signed: string | null
  repairs: number
  warnings: number
  status: 'ok' | 'warnings' | 'failed'
  /** Why it failed. */
  reason?: string
}

/**
 * A document's row.
 * @param report its Report
 * @returns the row; its `href` is set where the page is written
 */
export function reviewRow(report: Report): ReviewRow {
  return {
    path: report.source.path ?? 'stdin',
    title: report.title,
    issuer: report.issuers[0] ?? null,
    published: report.dates.published,
    signed: report.dates.signed,
    repairs: report.repairs.length,
    warnings: report.warnings.length,
    status: report.warnings.length > 0 ? 'warnings' : 'ok',
  }
}

/**
 * Render the dashboard.
 * @param stats the corpus statistics (as `lawgov stats --json` prints them)
 * @param rows one per document, failures included, in input order
 * @returns a complete HTML page
 */
export function renderDashboard(stats: CorpusStats, rows: readonly ReviewRow[]): string {
  const sum = (tally: Record<string, number>) => Object.values(tally).reduce((a, b) => a + b, 0)
  const totals: [label: string, key: string, value: number][] = [
    ['文档 documents', 'documents', stats.documents],
    ['不重复 distinct documents', 'distinctDocuments', stats.distinctDocuments],
    ['失败 failed', 'failed', stats.failed],
    ['修复 repairs', 'repairs', sum(stats.repairsByRule)],
    ['删除 removed lines', 'removed', sum(stats.removedByRule)],
    ['警告 warnings', 'warnings', sum(stats.warningsByCode)],
  ]
  const tallyBars = (tally: Record<string, number>, prefix: string): Bar[] =>
    Object.entries(tally).map(([label, value]) => ({ label, value, key: `${prefix}.${label}` }))
  const coverage: Bar[] = COVERAGE_FIELDS.map((field) => ({ label: field, value: stats.coverage[field], key: `coverage.${field}` }))
  const body = `<a class="skip" href="#documents">跳到文档列表 Skip to the documents</a>
<header><h1>lawgov review</h1>
<p class="muted">${stats.documents} documents parsed, ${stats.failed} failed. Each document page shows the text as read, with removals and repairs marked.</p></header>
<main>
<section aria-labelledby="totals-title"><h2 id="totals-title">总计 Totals</h2>
<ul class="totals">${totals.map(([label, key, value]) => `<li data-stat="${key}"><span class="n">${value}</span>${escapeHtml(label)}</li>`).join('')}</ul>
</section>
<section aria-labelledby="charts-title"><h2 id="charts-title">覆盖与规则 Coverage and rules</h2>
<div class="charts">
<figure><figcaption>字段覆盖 Documents with each field</figcaption>${barChart(coverage, { max: stats.documents, total: stats.documents, label: 'documents with each field' })}</figure>
<figure><figcaption>修复 Repairs by rule</figcaption>${barChart(tallyBars(stats.repairsByRule, 'repairsByRule'), { label: 'repairs by rule' })}</figure>
<figure><figcaption>删除 Chrome removed by rule</figcaption>${barChart(tallyBars(stats.removedByRule, 'removedByRule'), { label: 'chrome lines removed by rule' })}</figure>
<figure><figcaption>警告 Warnings by code</figcaption>${barChart(tallyBars(stats.warningsByCode, 'warningsByCode'), { label: 'warnings by code' })}</figure>
</div>
</section>
${renderCopyGroups(stats, rows)}
${renderMostCited(stats)}
<section aria-labelledby="documents-title"><h2 id="documents" tabindex="-1"><span id="documents-title">文档 Documents</span></h2>
<div class="table-tools"><label>筛选 Filter <input id="filter" type="search" placeholder="title, path, issuer, status…" autocomplete="off"></label><span id="shown" class="muted" aria-live="polite">${rows.length} shown</span></div>
<div class="scroll"><table id="documents-table">
<thead><tr>${COLUMNS.map(([label, type], i) => `<th scope="col"${type === 'number' ? ' class="num"' : ''} data-type="${type}" data-column="${i}"><button type="button">${escapeHtml(label)}</button></th>`).join('')}</tr></thead>
<tbody>
${rows.map(renderRow).join('\n')}
</tbody></table></div>
</section>
</main>
<script type="application/json" id="lawgov-stats">${jsonForScript(stats)}</script>`
  return htmlPage('lawgov review', body, TABLE_SCRIPT)
}

/** Rows of the copies and most-cited lists shown; the JSON holds them all. */
const LIST_MAX = 25

/** The groups of pages that are copies of one document, each page linked to its review page. */
function renderCopyGroups(stats: CorpusStats, rows: readonly ReviewRow[]): string {
  const href = new Map(rows.map((row) => [row.path, row.href]))
  const link = (path: string) => {
    const to = href.get(path)
    return to === undefined ? escapeHtml(path) : `<a href="${escapeHtml(to)}">${escapeHtml(path)}</a>`
  }
  const groups = stats.duplicates.slice(0, LIST_MAX).map((group) => `<li>${link(group.keep)} <span class="muted">(kept)</span><ul>${group.copies.map((copy) => `<li>${link(copy)}</li>`).join('')}</ul></li>`)
  const more = stats.duplicates.length > LIST_MAX ? `<p class="muted">${stats.duplicates.length - LIST_MAX} more groups in the JSON below</p>` : ''
  return `<section aria-labelledby="copies-title"><h2 id="copies-title">副本 Copies of one document <span class="muted">(${stats.duplicates.length} groups)</span></h2>${groups.length === 0 ? '<p class="muted">no page is a copy of another</p>' : `<ol class="copies">${groups.join('')}</ol>${more}`}</section>`
}

/** The documents the pages cite most. */
function renderMostCited(stats: CorpusStats): string {
  const items = stats.mostCited.slice(0, LIST_MAX).map((cited) => {
    const name = `${cited.title === null ? '' : `《${cited.title}》`}${cited.docNumber === null ? '' : `（${cited.docNumber}）`}`
    return `<tr><td>${escapeHtml(name)}</td><td>${escapeHtml(cited.kind ?? '—')}</td><td class="num">${cited.pages}</td><td class="num">${cited.mentions}</td></tr>`
  })
  const table = `<div class="scroll"><table><thead><tr><th scope="col">文件 Document</th><th scope="col">类别 Kind</th><th scope="col" class="num">页 Pages</th><th scope="col" class="num">次 Mentions</th></tr></thead><tbody>${items.join('')}</tbody></table></div>`
  return `<section aria-labelledby="cited-title"><h2 id="cited-title">引用最多 Most cited documents</h2>${items.length === 0 ? '<p class="muted">no cited documents</p>' : table}</section>`
}

const COLUMNS: readonly [label: string, type: 'text' | 'number'][] = [
  ['标题 Title', 'text'],
  ['发文机关 Issuer', 'text'],
  ['发布 Published', 'text'],
  ['成文 Signed', 'text'],
  ['修复 Repairs', 'number'],
  ['警告 Warnings', 'number'],
  ['状态 Status', 'text'],
]

function renderRow(row: ReviewRow): string {
  const cell = (value: string | null) => (value === null ? '<td class="muted">—</td>' : `<td>${escapeHtml(value)}</td>`)
  const name = row.title ?? row.path
  const title =
    row.href === undefined
      ? `<td>${escapeHtml(name)}<br><span class="muted">${escapeHtml(row.reason ?? '')}</span></td>`
      : `<td><a href="${escapeHtml(row.href)}">${escapeHtml(name)}</a><br><span class="muted">${escapeHtml(row.path)}</span></td>`
  return `<tr data-path="${escapeHtml(row.path)}" data-status="${row.status}">${title}${cell(row.issuer)}${cell(row.published)}${cell(row.signed)}<td class="num">${row.repairs}</td><td class="num">${row.warnings}</td><td class="status-${row.status}">${row.status}</td></tr>`
}

/** Sort by a column (click its header again to reverse) and filter by any text in a row. */
const TABLE_SCRIPT = `
(() => {
  const table = document.getElementById('documents-table'), body = table.tBodies[0], rows = [...body.rows]
  const filter = document.getElementById('filter'), shown = document.getElementById('shown')
  filter.addEventListener('input', () => {
    const words = filter.value.trim().toLowerCase().split(/\\s+/).filter(Boolean)
    let count = 0
    for (const row of rows) { const text = row.textContent.toLowerCase(); const keep = words.every((w) => text.includes(w)); row.hidden = !keep; if (keep) count++ }
    shown.textContent = count + ' shown'
  })
  for (const th of table.tHead.rows[0].cells) th.querySelector('button').addEventListener('click', () => {
    const column = Number(th.dataset.column), numeric = th.dataset.type === 'number'
    const direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1
    for (const other of table.tHead.rows[0].cells) other.removeAttribute('aria-sort')
    th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending')
    const key = (row) => { const text = row.cells[column].textContent.trim(); return numeric ? Number(text) : text }
    rows.sort((a, b) => { const x = key(a), y = key(b); return direction * (numeric ? x - y : x.localeCompare(y, 'zh-CN')) })
    body.append(...rows)
  })
})()
`
