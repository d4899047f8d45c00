/**
 * Stage `html-to-text`: an HTML page → its text, one paragraph per line, ready for the same
 * chrome, normalize, repair, section and metadata stages as a text dump.
 *
 * Block elements and <br> end lines; a table row becomes one line with its cells separated by
 * " | "; script, style and similar elements are dropped; runs of HTML whitespace collapse.
 *
 * Example: '<div><p>一、总体要求</p><table><tr><td>索引号</td><td>001/2021-1</td></tr></table></div>'
 * → '一、总体要求\n索引号 | 001/2021-1'.
 */
import { parseHtml, type HtmlNode } from '../adapters/cheerio.js'
import { HTML_BLOCK_ELEMENTS, HTML_CELL_SEPARATOR, HTML_DROPPED_ELEMENTS, HTML_MENU_ITEM_MAX_LENGTH } from '../rules/html.js'

/** No options yet; kept so callers pass a stable shape. */
export type HtmlToTextOptions = Record<string, never>

/**
 * Extract the text of an HTML page.
 * @param html the decoded page
 * @returns its text, paragraphs on their own lines
 */
export function htmlToText(html: string, _options: HtmlToTextOptions = {}): string {
  const { root } = parseHtml(html)
  const out = new LineWriter()
  walk(root, out)
  return out.finish()
}

/** Collects inline text and line breaks, collapsing HTML whitespace the way a browser does. */
class LineWriter {
  readonly #lines: string[] = []
  #current = ''

  text(data: string): void {
    // HTML whitespace (not NBSP or U+3000, which are text) collapses to one space
    const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ')
    if (collapsed === ' ' && (this.#current === '' || this.#current.endsWith(' '))) return
    this.#current += this.#current.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed
  }

  break(): void {
    const line = this.#current.replace(/^ +| +$/g, '')
    if (line !== '') this.#lines.push(line)
    this.#current = ''
  }

  finish(): string {
    this.break()
    return this.#lines.join('\n') + (this.#lines.length > 0 ? '\n' : '')
  }
}

function walk(node: HtmlNode, out: LineWriter): void {
  if (node.type === 'text') {
    out.text(decodeLeftoverEntities(node.data ?? ''))
    return
  }
  if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') return
  const name = node.name?.toLowerCase() ?? ''
  if (HTML_DROPPED_ELEMENTS.has(name) || node.type === 'script' || node.type === 'style') return
  if (name === 'br') {
    out.break()
    return
  }
  if (name === 'tr') {
    walkRow(node, out)
    return
  }
  if ((name === 'ul' || name === 'ol') && isMenu(node)) {
    out.break()
    out.text(menuItems(node).join(' '))
    out.break()
    return
  }
  const isBlock = HTML_BLOCK_ELEMENTS.has(name)
  if (isBlock) out.break()
  for (const child of node.children ?? []) walk(child, out)
  if (isBlock) out.break()
}

/** A table row: cells with only inline content join on one line; a cell holding blocks is
 *  written as its own lines (layout tables put whole pages in one cell). */
function walkRow(row: HtmlNode, out: LineWriter): void {
  out.break()
  const cells = (row.children ?? []).filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th'))
  const inline = cells.every((cell) => !containsBlock(cell))
  if (!inline) {
    for (const cell of cells) {
      out.break()
      walk(cell, out)
      out.break()
    }
    return
  }
  const texts = cells.map((cell) => {
    const cellOut = new LineWriter()
    walk(cell, cellOut)
    return cellOut.finish().replace(/\n/g, ' ').trim()
  })
  const kept = texts.filter((t) => t !== '')
  out.text(kept.join(HTML_CELL_SEPARATOR))
  out.break()
}

/** A list of short links only (a nav bar, a footer menu): pages lay it out on one line. */
function isMenu(list: HtmlNode): boolean {
  const items = (list.children ?? []).filter((c) => c.type === 'tag')
  if (items.length < 2 || items.some((item) => item.name !== 'li')) return false
  return items.every((item) => {
    const text = textOf(item).trim()
    return text.length > 0 && text.length <= HTML_MENU_ITEM_MAX_LENGTH && !containsBlock(item) && hasLink(item)
  })
}

function menuItems(list: HtmlNode): string[] {
  return (list.children ?? []).filter((c) => c.type === 'tag').map((item) => textOf(item).replace(/\s+/g, ' ').trim())
}

function hasLink(node: HtmlNode): boolean {
  return (node.children ?? []).some((c) => c.type === 'tag' && (c.name === 'a' || hasLink(c)))
}

function textOf(node: HtmlNode): string {
  if (node.type === 'text') return node.data ?? ''
  if (node.type === 'tag' && HTML_DROPPED_ELEMENTS.has(node.name ?? '')) return ''
  return (node.children ?? []).map(textOf).join('')
}

function containsBlock(node: HtmlNode): boolean {
  for (const child of node.children ?? []) {
    if (child.type !== 'tag') continue
    const name = child.name?.toLowerCase() ?? ''
    if (name === 'table' || name === 'br' || HTML_BLOCK_ELEMENTS.has(name) || containsBlock(child)) return true
  }
  return false
}

/** htmlparser2 decodes entities; pages that double-escape leave "&nbsp;" as text. */
function decodeLeftoverEntities(text: string): string {
  return text.includes('&') ? text.replace(/&nbsp;/g, '\u00a0').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&') : text
}
