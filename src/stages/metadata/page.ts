/**
 * What the metadata finders read: the document's blocks and sections, and the label：value data
 * its chrome carried (the `meta` map, with the input line of each label).
 *
 * Example: captured fields [发布日期: 2022-03-18, 来源: 县政府办] → meta.values {发布日期: '2022-03-18',
 * 来源: '县政府办'}, metaByRole(meta, 'published-date') → [{label: '发布日期', value: '2022-03-18', …}].
 */
import { ALL_META_LABELS, TABLE_DOCUMENT_LABELS, type LabelRole } from '../../rules/labels.js'
import type { Section } from '../../types.js'
import type { HtmlHead } from '../html-to-text.js'
import type { Block } from '../segment.js'
import type { CapturedField } from '../strip-chrome.js'
import type { Found, Where } from './evidence.js'
import type { DocumentTitle } from './title.js'

export interface ExtractMetadataInput {
  blocks: readonly Block[]
  sections: readonly Section[]
  breadcrumb: readonly string[]
  fields: readonly CapturedField[]
  /** Lines strip-chrome removed (1-based input lines): the site's own identity is among them. */
  removedLines?: readonly { rule: string; text: string; line: number }[]
  /** The CMS's copy of the title, removed above the document's own (see strip-chrome). */
  pageTitle?: string
  /** What an HTML page's <head> says: evidence after what the page itself prints. */
  head?: HtmlHead
  /** Normalizes a value read off chrome the way the body was normalized (script, punctuation). */
  normalizeValue: (text: string) => string
  /** The chrome's data as `readChrome` read it from these fields, before the body (the pipeline
   *  needs the 发布日期 for the repair stage): not read again. */
  chrome?: ChromeReading
}

/** The meta map of the chrome's fields, and the page's 发布日期 they give. */
export interface ChromeReading {
  meta: Meta
  published: Found<string> | undefined
}

/** The meta label → value map, with the input line of each label. */
export interface Meta {
  values: Record<string, string>
  lines: Record<string, number>
}

/** The page as the finders read it. */
export interface Page {
  input: ExtractMetadataInput
  blocks: readonly Block[]
  meta: Meta
  /** The title the document prints at its top (title.ts). */
  documentTitle: DocumentTitle | undefined
  /** The CMS's copy of the title, normalized. */
  pageTitle: string | undefined
}

const ROLE_BY_LABEL = new Map<string, LabelRole>(ALL_META_LABELS.map((l) => [l.label, l.role]))

/** meta: label → value, labels without inner spaces, values normalized; the first copy of a
 *  label wins (blocks printed twice carry the same values). */
export function readMeta(fields: readonly CapturedField[], normalizeValue: (text: string) => string): Meta {
  const meta: Meta = { values: {}, lines: {} }
  for (const field of fields) {
    if (field.label === '') continue
    const label = normalizeValue(field.label)
    if (label in meta.values) continue
    meta.values[label] = normalizeValue(field.value)
    meta.lines[label] = field.line + 1
  }
  return meta
}

/** Where a label was read. */
export function labelWhere(meta: Meta, label: string): Where {
  return meta.lines[label] === undefined ? null : { line: meta.lines[label] as number }
}

/** The values of a role's labels, with where each was read. */
export function metaByRole(meta: Meta, role: LabelRole): { label: string; value: string; where: Where }[] {
  return Object.entries(meta.values)
    .filter(([label, value]) => ROLE_BY_LABEL.get(label) === role && value !== '')
    .map(([label, value]) => ({ label, value, where: labelWhere(meta, label) }))
}

const TABLE_ROLE_BY_LABEL = new Map<string, LabelRole>(TABLE_DOCUMENT_LABELS.map((l) => [l.label, l.role]))
/** A row of a table: its first cell, then the next (split by hand: no regex scans the row). */
function firstCells(row: string): [string, string] | undefined {
  const bar = row.search(/[|｜]/)
  if (bar <= 0) return undefined
  const rest = row.slice(bar + 1)
  const next = rest.search(/[|｜]/)
  return [row.slice(0, bar).trim(), (next === -1 ? rest : rest.slice(0, next)).trim()]
}

/**
 * The values of a document laid out as a table (行政处罚决定书文号 | 某罚决字〔2024〕12号), by the
 * role of their row's label.
 * @returns each row's value of that role, with where it was read
 */
export function tableValues(page: Page, role: LabelRole): { value: string; where: Where }[] {
  const values: { value: string; where: Where }[] = []
  for (const block of page.blocks) {
    if (block.role !== 'content' || !isRow(block.text)) continue
    const cells = firstCells(block.text)
    if (cells === undefined || cells[1] === '' || TABLE_ROLE_BY_LABEL.get(cells[0].replace(/\s/g, '')) !== role) continue
    values.push({ value: cells[1], where: { offset: block.start } })
  }
  return [...values, ...columnValues(page.blocks, role)]
}

/** A line that is a table's row: its cells joined by bars. */
function isRow(text: string): boolean {
  return text.includes('|') || text.includes('｜')
}

/** A table's columns at least, when its first row names them. */
const NAMED_COLUMNS_MIN = 3

/**
 * metadata/table-columns: a table whose first row names its columns (序号 | 当事人名称 | … | 作出决定机关):
 * each row's cell in the column of that role. A row the page printed one cell per line (a cell
 * merged over the rows below, or holding paragraphs) gives the last column's cell as its last
 * line before the next row: "浙江金融监管局" under "…| 作出决定机关".
 * @returns each row's value in that column, with where it was read
 */
function columnValues(blocks: readonly Block[], role: LabelRole): { value: string; where: Where }[] {
  const values: { value: string; where: Where }[] = []
  let header = -1
  let column: number | undefined
  while (column === undefined && ++header < blocks.length) {
    const block = blocks[header] as Block
    if (block.role === 'content' && isRow(block.text)) column = columnOf(block.text, role)
  }
  if (column === undefined) return values
  const names = cellsOf((blocks[header] as Block).text)
  let k = header + 1
  while (k < blocks.length && (blocks[k] as Block).role === 'content') {
    const row = blocks[k] as Block
    if (isRow(row.text)) {
      const cells = cellsOf(row.text)
      const cell = cells[column]
      if (cells.length === names.length && cell !== undefined && cell !== '') values.push({ value: cell, where: { offset: row.start } })
      k++
      continue
    }
    let end = k
    while (end < blocks.length && (blocks[end] as Block).role === 'content' && !isRow((blocks[end] as Block).text)) end++
    const last = blocks[end - 1] as Block
    if (column === names.length - 1) values.push({ value: last.text, where: { offset: last.start } })
    k = end
  }
  return values
}

/** A row's cells, trimmed. */
function cellsOf(row: string): string[] {
  return row.split(/[|｜]/).map((cell) => cell.trim())
}

/** The column of a header row whose name has the role, if the row names columns. */
function columnOf(row: string, role: LabelRole): number | undefined {
  const names = cellsOf(row)
  if (names.length < NAMED_COLUMNS_MIN) return undefined
  const column = names.findIndex((name) => TABLE_ROLE_BY_LABEL.get(name.replace(/\s/g, '')) === role)
  return column === -1 ? undefined : column
}
