/**
 * One document's review page: the text lawgov read, line by line, with every chrome removal
 * struck through and labelled with its rule, every repair marked inline (before → after, rule,
 * confidence, alternatives), the section tree as an outline that jumps to its lines, a metadata
 * card giving each field's evidence, and the warnings first.
 */
import type { Repair, Report, Section } from '../../types.js'
import { escapeHtml, htmlPage } from './html.js'

export interface DocumentPageInput {
  report: Report
  /** The text the Report's line numbers count (ParsedPage.text). */
  text: string
  /** Each section's heading line, the tree read depth-first (ParsedPage.sectionLines). */
  sectionLines: readonly (number | null)[]
  /** Link back to the dashboard, relative to this page. */
  indexHref: string
}

/** The metadata card: label, the field's evidence key, and how to show its value. */
const METADATA_FIELDS: readonly [label: string, evidence: string, value: (report: Report) => string | null][] = [
  ['标题 title', 'title', (r) => r.title],
  ['文种 kind', 'kind', (r) => r.kind],
  ['类别 family', 'family', (r) => r.family],
  ['所附 encloses', 'encloses', (r) => r.encloses],
  ['发文机关 issuers', 'issuers', (r) => list(r.issuers)],
  ['主送 recipients', 'recipients', (r) => list(r.recipients)],
  ['文号 docNumber', 'docNumber', (r) => r.docNumber],
  ['发布 published', 'dates.published', (r) => r.dates.published],
  ['成文 signed', 'dates.signed', (r) => r.dates.signed],
  ['印发 printed', 'dates.printed', (r) => r.dates.printed],
  ['期间 period', 'period', (r) => (r.period === null ? null : r.period.from === r.period.to ? String(r.period.from) : `${r.period.from}—${r.period.to}`)],
  ['地区 region', 'region', (r) => (r.region === null ? null : `${[r.region.province, r.region.city, r.region.county, r.region.town].filter((x) => x !== null).join(' ')} (${r.region.code})`)],
  ['落款 signature', 'signature', (r) => (r.signature === null ? null : [list(r.signature.signers), r.signature.date].filter((x) => x !== null).join(' · '))],
  ['路径 breadcrumb', 'breadcrumb', (r) => (r.breadcrumb.length === 0 ? null : r.breadcrumb.join(' › '))],
]

function list(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.join('、')
}

/**
 * Render a document's review page.
 * @param input the parsed page and where the dashboard is
 * @returns a complete HTML page
 */
export function renderDocumentPage(input: DocumentPageInput): string {
  const { report } = input
  const name = report.source.path ?? 'stdin'
  const heading = report.title ?? name
  const body = `<a class="skip" href="#source">跳到原文 Skip to the source</a>
<nav aria-label="返回"><a href="${escapeHtml(input.indexHref)}">← 总览 Dashboard</a></nav>
<header>
<h1>${escapeHtml(heading)}</h1>
<p class="muted">${escapeHtml(name)} · ${report.source.format} · ${escapeHtml(report.source.encoding)} · ${report.source.bytes} bytes · ${report.removed.length} removed · ${report.repairs.length} repairs · ${report.warnings.length} warnings</p>
</header>
${renderWarnings(report)}
<div class="layout">
<main>
<h2 id="source">原文 Source <span class="muted">(${lineCount(input.text)} lines as read)</span></h2>
<div class="source" role="list" aria-label="source lines">
${renderSource(input.text, report)}
</div>
</main>
<aside>
${renderMetadata(report)}
${COPIES_SLOT}
${renderCitations(report)}
${renderOutline(report.sections, input.sectionLines)}
</aside>
</div>`
  return htmlPage(`${heading} · lawgov review`, body)
}

function renderWarnings(report: Report): string {
  if (report.warnings.length === 0) return ''
  const items = report.warnings.map(
    (w) => `<li data-warning="${escapeHtml(w.code)}"><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}${w.line === null ? '' : ` — <a href="#L${w.line}">line ${w.line}</a>`}</li>`,
  )
  return `<section class="warnings" aria-label="warnings"><strong>${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}</strong><ul>${items.join('')}</ul></section>`
}

function renderMetadata(report: Report): string {
  const rows = METADATA_FIELDS.map(([label, key, value]) => {
    const shown = value(report)
    const evidence = report.evidence[key]
    const where = evidence === undefined ? '' : `<span class="evidence">${escapeHtml(evidence.rule)}${evidence.line === null ? '' : ` · <a href="#L${evidence.line}">line ${evidence.line}</a>`}</span>`
    return `<dt>${escapeHtml(label)}</dt><dd data-field="${escapeHtml(key)}">${shown === null ? '<span class="muted">—</span>' : escapeHtml(shown)}${where}</dd>`
  })
  return `<section class="card" aria-labelledby="metadata-title"><h2 id="metadata-title">元数据 Metadata</h2><dl>${rows.join('')}</dl></section>`
}

/** Where `lawgov review` puts a page's copies once the whole batch is grouped (renderCopies). */
export const COPIES_SLOT = '<!-- lawgov:copies -->'

/**
 * The card that lists the other pages of a document's copies.
 * @param self this page's source.path
 * @param group the pages that are copies of one document, the kept one first
 * @param hrefOf each page's review page, relative to this page (undefined: not linked)
 * @returns the card's HTML, to replace COPIES_SLOT
 */
export function renderCopies(self: string, group: { keep: string; copies: readonly string[] }, hrefOf: (path: string) => string | undefined): string {
  const items = [group.keep, ...group.copies].map((path) => {
    const label = `${escapeHtml(path)}${path === group.keep ? ' <span class="muted">(kept)</span>' : ''}`
    const href = hrefOf(path)
    if (path === self) return `<li aria-current="page"><strong>${label}</strong></li>`
    return `<li>${href === undefined ? label : `<a href="${escapeHtml(href)}">${label}</a>`}</li>`
  })
  return `<section class="card" aria-labelledby="copies-title"><h2 id="copies-title">副本 Copies <span class="muted">(${group.copies.length + 1} pages of one document)</span></h2><ul>${items.join('')}</ul></section>`
}

/** The documents the body cites, each with the lines that mention it. */
function renderCitations(report: Report): string {
  if (report.citations.length === 0) return `<section class="card" aria-labelledby="citations-title"><h2 id="citations-title">引用 Citations</h2><p class="muted">no cited documents</p></section>`
  const items = report.citations.map((c) => {
    const name = [c.title === null ? null : `《${c.title}》`, c.docNumber === null ? null : `（${c.docNumber}）`].filter((x) => x !== null).join('')
    const about = [c.kind, c.issuer, c.alias === null ? null : `简称《${c.alias}》`, c.versions.length === 0 ? null : c.versions.join('、')].filter((x) => x !== null).join(' · ')
    const lines = c.lines.map((line) => `<a href="#L${line}">${line}</a>`).join(' ')
    return `<li data-citation>${escapeHtml(name)}${about === '' ? '' : ` <span class="muted">${escapeHtml(about)}</span>`} <span class="evidence">×${c.count} · line ${lines}</span></li>`
  })
  return `<section class="card" aria-labelledby="citations-title"><h2 id="citations-title">引用 Citations <span class="muted">(${report.citations.length})</span></h2><ol>${items.join('')}</ol></section>`
}

function renderOutline(sections: readonly Section[], lines: readonly (number | null)[]): string {
  if (sections.length === 0) return `<section class="card outline" aria-labelledby="outline-title"><h2 id="outline-title">结构 Sections</h2><p class="muted">no numbered sections</p></section>`
  let index = 0
  const render = (list: readonly Section[]): string =>
    `<ol>${list
      .map((section) => {
        const line = lines[index++] ?? null
        const label = escapeHtml(`${section.marker}${section.heading}`)
        const part = section.part === null ? '' : ` <span class="muted">[${section.part}]</span>`
        const link = line === null ? label : `<a href="#L${line}">${label}</a>`
        return `<li>${link}${part}${section.children.length > 0 ? render(section.children) : ''}</li>`
      })
      .join('')}</ol>`
  return `<nav class="card outline" aria-labelledby="outline-title"><h2 id="outline-title">结构 Sections</h2>${render(sections)}</nav>`
}

function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length
}

/** The source lines, each with its number, its removal or its repairs. */
function renderSource(text: string, report: Report): string {
  const lines = text.split('\n')
  const removedAt = new Map<number, string>()
  for (const removal of report.removed) {
    // a removal may span lines (a block the HTML structure marked): label each of them
    const span = removal.text.split('\n').length
    for (let offset = 0; offset < span; offset++) if (!removedAt.has(removal.line + offset)) removedAt.set(removal.line + offset, removal.rule)
  }
  const repairsAt = new Map<number, Repair[]>()
  for (const repair of report.repairs) repairsAt.set(repair.line, [...(repairsAt.get(repair.line) ?? []), repair])
  return lines
    .map((raw, i) => {
      const number = i + 1
      const line = raw.replace(/\r$/, '')
      const rule = removedAt.get(number)
      const classes = rule === undefined ? 'line' : 'line removed'
      const content = rule === undefined ? markRepairs(line, repairsAt.get(number) ?? []) : escapeHtml(line)
      const label = rule === undefined ? '' : `<span class="rule" data-rule="${escapeHtml(rule)}">${escapeHtml(rule)}</span>`
      return `<div class="${classes}" id="L${number}" role="listitem"><a class="ln" href="#L${number}" aria-label="line ${number}">${number}</a><span class="text">${content}${label}</span></div>`
    })
    .join('\n')
}

/** A line with its repairs marked where their `before` stands; one that cannot be placed (its
 *  text was normalized on the way) is shown at the end of the line. */
function markRepairs(line: string, repairs: readonly Repair[]): string {
  if (repairs.length === 0) return escapeHtml(line)
  const placed: { start: number; end: number; repair: Repair }[] = []
  const unplaced: Repair[] = []
  let from = 0
  for (const repair of repairs) {
    const at = repair.before === '' ? -1 : line.indexOf(repair.before, from)
    if (at === -1) unplaced.push(repair)
    else {
      placed.push({ start: at, end: at + repair.before.length, repair })
      from = at + repair.before.length
    }
  }
  let out = ''
  let cursor = 0
  for (const { start, end, repair } of placed) {
    out += escapeHtml(line.slice(cursor, start)) + repairMark(repair, line.slice(start, end))
    cursor = end
  }
  out += escapeHtml(line.slice(cursor))
  for (const repair of unplaced) out += ` ${repairMark(repair, repair.before)}`
  return out
}

function repairMark(repair: Repair, before: string): string {
  const unsure = repair.confidence < 1
  const changed = repair.after !== repair.before
  const alternatives = repair.alternatives.length === 0 ? '' : `<br>alternatives: ${repair.alternatives.map(escapeHtml).join(' · ')}`
  const what = changed ? `${escapeHtml(repair.before)} → ${escapeHtml(repair.after)}` : `${escapeHtml(repair.before)} (flagged, left as printed)`
  const tip = `<span class="tip" role="tooltip">${escapeHtml(repair.rule)}<br>${what}<br>confidence ${repair.confidence}${alternatives}</span>`
  const shown = changed ? `<del>${escapeHtml(before)}</del>→<ins>${escapeHtml(repair.after)}</ins>` : escapeHtml(before)
  const print = `<span class="tip-print"> [${escapeHtml(repair.rule)}]</span>`
  return `<mark class="repair${unsure ? ' unsure' : ''}" tabindex="0" data-rule="${escapeHtml(repair.rule)}" data-before="${escapeHtml(repair.before)}" data-after="${escapeHtml(repair.after)}" aria-label="${escapeHtml(`repair ${repair.rule}: ${repair.before} → ${repair.after}, confidence ${repair.confidence}`)}">${shown}${print}${tip}</mark>`
}
