/**
 * Stage `html-to-text`: an HTML page → its text, one paragraph per line, ready for the same
 * chrome, normalize, repair, section and metadata stages as a text dump.
 *
 * Block elements and <br> end lines; a table row becomes one line with its cells separated by
 * " | "; a menu of short links is one line; script, style and the like are dropped. The document's
 * container is found — a known CMS container first, else the smallest element holding most of the
 * page's prose — and every line outside it that carries no data (breadcrumb, byline, disclosure
 * table, the title above it, the signature below it) is named for removal as
 * chrome/outside-content, so strip-chrome reports it like any other chrome. The <head> gives the
 * page's <title>, ArticleTitle, PubDate, ContentSource, ColumnName and address, as evidence.
 *
 * Example: '<div class="nav"><a>首页</a></div><div id="zoom"><p>一、总体要求</p></div>'
 * → text '首页\n一、总体要求\n', removals [{line: 0, rule: 'chrome/outside-content'}].
 */
import { parseHtml, type HtmlNode } from '../adapters/htmlparser2.js'
import { CHROME_LINE_RULES, CHROME_RULES } from '../rules/chrome.js'
import { endsWithKind, isImprintLine, isOrganLine, NOTE_LINE, SIGNATURE_DATE_LINE } from '../rules/document.js'
import {
  HTML_BLOCK_ELEMENTS,
  HTML_CELL_SEPARATOR,
  HTML_CHROME_CLASS,
  HTML_CONTAINER_MIN_PROSE_SHARE,
  HTML_CONTENT_SELECTORS,
  HTML_DROPPED_ELEMENTS,
  HTML_HIDDEN_CLASS,
  HTML_HIDDEN_COPY_PREFIX,
  HTML_HIDDEN_STYLE,
  HTML_DATA_CELL_MAX_LENGTH,
  HTML_DATA_ROW_MIN_CELLS,
  HTML_LABEL_CELL_MAX_LENGTH,
  HTML_LINK_MENU_MIN_SHARE,
  HTML_LINK_TITLE_MAX_SHARE,
  HTML_MENU_CLASS,
  HTML_MENU_ITEM_MAX_LENGTH,
  HTML_META_NAMES,
  HTML_TITLE_CLASS,
  HTML_TITLE_ELEMENT,
  HTML_TITLE_SUFFIX_SEPARATOR,
} from '../rules/html.js'
import { ALL_META_LABELS } from '../rules/labels.js'
import { proseWeight } from '../line-shape.js'
import { escapeRegExp, matchKey, trimChars } from '../text.js'

/** No options yet; kept so callers pass a stable shape. */
export type HtmlToTextOptions = Record<string, never>

/** What a page's <head> says about it. */
export interface HtmlHead {
  /** <title> without the site's name. */
  title?: string
  articleTitle?: string
  published?: string
  source?: string
  column?: string
  url?: string
}

export interface HtmlText {
  text: string
  head: HtmlHead
  /** Lines (0-based) the page's structure shows to be chrome, with the rule that says so. */
  removals: Map<number, string>
}


/**
 * Extract the text of an HTML page.
 * @param html the decoded page, whole or in the pieces it was decoded in (decodeInPieces)
 * @returns its text, paragraphs on their own lines, what its <head> says, and the lines its
 *   structure marks as chrome
 */
export function htmlToText(html: string | readonly string[], _options: HtmlToTextOptions = {}): HtmlText {
  const root = parseHtml(html)
  if (typeof html === 'string' ? html.includes(SRCDOC) : html.some((piece) => piece.includes(SRCDOC))) inlineFrameDocuments(root)
  const index = indexElements(root)
  const out = new LineWriter()
  walk(root, out, undefined)
  const lines = out.finish()
  const text = lines.map((l) => l.text).join('\n') + (lines.length > 0 ? '\n' : '')
  const removals = structuralRemovals(lines, out.elements, findContainer(index, lines, out.elements))
  for (const i of hiddenCopies(lines)) removals.set(i, CHROME_RULES.hiddenCopy.id)
  return { text, head: readHead(index), removals }
}

const SRCDOC = 'srcdoc'

/**
 * html/frame-document: a frame whose document the page holds in its srcdoc attribute (a page saved
 * with its frames inlined, as SingleFile saves one) is read as part of the page, in the frame's
 * place: its document is parsed and takes the frame's place as a block.
 */
function inlineFrameDocuments(root: HtmlNode): void {
  const stack: HtmlNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    const srcdoc = node.type === 'tag' && node.name?.toLowerCase() === 'iframe' ? node.attribs?.srcdoc : undefined
    if (srcdoc !== undefined && srcdoc.trim() !== '') {
      const frame = parseHtml(srcdoc)
      node.name = 'div'
      node.attribs = {}
      node.children = frame.children ?? []
      for (const child of node.children) child.parent = node
    }
    for (const child of node.children ?? []) stack.push(child)
  }
}

/** The chain of elements open while a line was written, innermost first; flags are inherited
 *  so that a line learns what its elements are without walking up. A chain, not an array: a page
 *  of 100 000 nested elements must not cost the square of that. */
interface Ancestor {
  node: HtmlNode
  parent: Ancestor | undefined
  /** This element or one around it is named as chrome (nav, footer, share …). */
  inChrome: boolean
  /** …and as a menu (nav, menu …). */
  inMenu: boolean
  /** This element or one around it is a heading or a title. */
  inTitle: boolean
  /** This element or one around it is a list item or a link. */
  inLink: boolean
  /** The <a> this element is, or is inside. */
  anchor: HtmlNode | undefined
  /** This element or one around it is hidden (display:none …). */
  inHidden: boolean
}

interface HtmlLine {
  text: string
  ancestors: Ancestor | undefined
  /** Characters (spaces aside) written inside an <a>, and how many <a> wrote them. */
  linkedChars: number
  links: number
}

/** Collects inline text and line breaks, collapsing HTML whitespace the way a browser does. */
class LineWriter {
  /** Every element entered, parents before children: the container search and the removals
   *  read it once each way, never the chain of each line (a page nests 100 000 deep). */
  readonly elements: Ancestor[] = []
  readonly #lines: HtmlLine[] = []
  #current = ''
  #ancestors: Ancestor | undefined
  #linkedChars = 0
  #links = 0
  #lastAnchor: HtmlNode | undefined

  /** Whether #current ends with a space: kept, not asked of the string, which would flatten the
   *  line being built at every text node. */
  #endsWithSpace = false

  text(data: string, ancestors: Ancestor | undefined): void {
    // HTML whitespace (not NBSP or U+3000, which are text) collapses to one space
    const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ')
    if (collapsed === '') return
    if (collapsed === ' ' && (this.#current === '' || this.#endsWithSpace)) return
    if (this.#current === '' || this.#current === ' ') this.#ancestors = ancestors
    this.#current += this.#endsWithSpace && collapsed.charCodeAt(0) === 0x20 ? collapsed.slice(1) : collapsed
    this.#endsWithSpace = collapsed.charCodeAt(collapsed.length - 1) === 0x20
    const anchor = ancestors?.anchor
    if (anchor !== undefined) {
      this.#linkedChars += visibleLength(collapsed)
      if (anchor !== this.#lastAnchor) this.#links++
      this.#lastAnchor = anchor
    }
  }

  /** Text written as it is, without collapsing its spaces (a table row's cell separators). */
  raw(text: string, ancestors: Ancestor | undefined): void {
    if (text === '') return
    if (this.#current === '' || this.#current === ' ') this.#ancestors = ancestors
    this.#current += text
    this.#endsWithSpace = text.charCodeAt(text.length - 1) === 0x20
  }

  /** Links written by `raw` (a table row's cells): how many, and their characters. */
  links(count: number, chars: number): void {
    this.#links += count
    this.#linkedChars += chars
  }

  /** A list of short links written on one line: every character is a link's. */
  menu(items: readonly string[], ancestors: Ancestor | undefined): void {
    this.text(items.join(' '), ancestors)
    this.#linkedChars = visibleLength(this.#current)
    this.#links = items.length
  }

  break(): void {
    const line = trimChars(this.#current, ' ', ' ')
    if (line !== '') this.#lines.push({ text: line, ancestors: this.#ancestors, linkedChars: this.#linkedChars, links: this.#links })
    this.#current = ''
    this.#endsWithSpace = false
    this.#linkedChars = 0
    this.#links = 0
    this.#lastAnchor = undefined
  }

  finish(): HtmlLine[] {
    this.break()
    return this.#lines
  }
}

/** An element the browser does not show. */
function isHidden(node: HtmlNode): boolean {
  const attribs = node.attribs
  if (attribs === undefined) return false
  if ('hidden' in attribs) return true
  const className = attribs['class']
  if (className !== undefined && HTML_HIDDEN_CLASS.test(className)) return true
  const style = attribs['style']
  return style !== undefined && HTML_HIDDEN_STYLE.test(style)
}

/** Lines of hidden elements that copy what the page shows elsewhere (a summary of the document
 *  the CMS keeps for search or sharing, a print copy laid out anew): their opening is shown, the
 *  lines, cell bars and colons between its words aside ("主要违法违规事实：| 一、2022年…" copies the
 *  row "主要违法违规事实" and the line "一、2022年…" under it). */
function hiddenCopies(lines: readonly HtmlLine[]): Set<number> {
  const copies = new Set<number>()
  if (!lines.some((line) => line.ancestors?.inHidden ?? false)) return copies
  const shown = lines
    .filter((line) => !(line.ancestors?.inHidden ?? false))
    .map((line) => bareOfLayout(line.text))
    .join('')
  lines.forEach((line, i) => {
    if (!(line.ancestors?.inHidden ?? false)) return
    const opening = bareOfLayout(line.text).slice(0, HTML_HIDDEN_COPY_PREFIX)
    if (opening.length >= HTML_HIDDEN_COPY_PREFIX / 2 && shown.includes(opening)) copies.add(i)
  })
  return copies
}

/** A line without what its layout put between words: spaces, cell bars, colons. */
function bareOfLayout(text: string): string {
  return text.replace(/[\s|｜:：]/g, '')
}

/** Characters other than whitespace. */
function visibleLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0xa0 && c !== 0x3000) n++
  }
  return n
}

/** The share of a line's characters inside <a> (its link density). */
function linkShare(line: HtmlLine): number {
  const visible = visibleLength(line.text)
  return visible === 0 ? 0 : Math.min(1, line.linkedChars / visible)
}

/** A menu of links on one line: two links or more, and (nearly) nothing else. */
function isLinkMenu(line: HtmlLine): boolean {
  return line.links >= 2 && linkShare(line) >= HTML_LINK_MENU_MIN_SHARE
}

function classOf(node: HtmlNode): string {
  return `${node.attribs?.['id'] ?? ''} ${node.attribs?.['class'] ?? ''}`
}

function enter(node: HtmlNode, parent: Ancestor | undefined): Ancestor {
  const name = node.name?.toLowerCase() ?? ''
  const classes = node.attribs === undefined ? ' ' : classOf(node)
  const chromeClass = HTML_CHROME_CLASS.test(classes)
  return {
    node,
    parent,
    inChrome: (parent?.inChrome ?? false) || name === 'nav' || name === 'footer' || chromeClass,
    inMenu: (parent?.inMenu ?? false) || name === 'nav' || (chromeClass && HTML_MENU_CLASS.test(classes)),
    inTitle: (parent?.inTitle ?? false) || HTML_TITLE_ELEMENT.test(name) || HTML_TITLE_CLASS.test(classes),
    inLink: (parent?.inLink ?? false) || name === 'li' || name === 'a',
    anchor: name === 'a' ? node : parent?.anchor,
    inHidden: (parent?.inHidden ?? false) || isHidden(node),
  }
}

/** An element that flows within a line: not a block, nor a part of a table. */
function isInline(name: string): boolean {
  return !HTML_BLOCK_ELEMENTS.has(name) && !TABLE_PARTS.has(name)
}
const TABLE_PARTS: ReadonlySet<string> = new Set(['tr', 'td', 'th'])

/** Walk the tree without recursion (pages nest elements 100 000 deep), writing lines. */
function walk(root: HtmlNode, out: LineWriter, rootAncestors: Ancestor | undefined): void {
  // two parallel stacks, no object per frame; a null node is the end of a block element
  const nodes: (HtmlNode | null)[] = [root]
  const chains: (Ancestor | undefined)[] = [rootAncestors]
  while (nodes.length > 0) {
    const node = nodes.pop() as HtmlNode | null
    const ancestors = chains.pop()
    if (node === null) {
      out.break()
      continue
    }
    if (node.type === 'text') {
      out.text(decodeLeftoverEntities(node.data ?? ''), ancestors)
      continue
    }
    if (node.type !== 'tag' && node.type !== 'root') continue
    const name = node.name?.toLowerCase() ?? ''
    if (HTML_DROPPED_ELEMENTS.has(name)) continue
    if (name === 'br') {
      out.break()
      continue
    }
    const own = node.type === 'tag' ? enter(node, ancestors) : ancestors
    // a hidden element within a shown line is no part of what the line shows: a menu headline's
    // hidden repeat, characters a site hides in its paragraphs against copying, a pop-up card
    // inside a byline's name ("原创 某县司法<div style="display:none">微信号…</div> 2023-08-15")
    if (own !== undefined && own.inHidden && !(ancestors?.inHidden ?? false) && (isInline(name) || (ancestors !== undefined && isInline(ancestors.node.name ?? '')))) continue
    if (own !== ancestors) out.elements.push(own as Ancestor)
    if (name === 'tr') {
      walkRow(node, out, own)
      continue
    }
    if ((name === 'ul' || name === 'ol') && isMenu(node)) {
      out.break()
      out.menu(menuItems(node), own)
      out.break()
      continue
    }
    const isBlock = HTML_BLOCK_ELEMENTS.has(name)
    if (isBlock) {
      out.break()
      nodes.push(null)
      chains.push(own)
    }
    const children = node.children ?? []
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i] as HtmlNode)
      chains.push(own)
    }
  }
}

/** A table row: cells with only inline content join on one line; a cell holding blocks is
 *  written as its own lines (layout tables put whole pages in one cell). A cell of one paragraph
 *  is inline content (a word processor wraps every cell in <p>), and so is a label cell broken
 *  over two lines by its narrow column ("作出处罚决定的<br>机关名称"). */
function walkRow(row: HtmlNode, out: LineWriter, ancestors: Ancestor | undefined): void {
  out.break()
  const cells = cellsOf(row)
  if (!cells.every(isInlineCell) && !isDataRow(row, cells)) {
    for (const cell of cells) {
      out.break()
      walk(cell, out, ancestors)
      out.break()
    }
    return
  }
  const texts = cells.map((cell) => textOf(cell).replace(/[ \t\n\r\f]+/g, ' ').trim())
  // in a row of labels an empty cell is an empty value ("有 效 性： |"); elsewhere it is layout
  const hasLabel = texts.some((t) => /[：:]$/.test(t))
  out.raw(texts.filter((t, i) => t !== '' || (hasLabel && i > 0)).join(HTML_CELL_SEPARATOR), ancestors)
  // a row's links count for its line as inline text's do (a menu laid out in one cell)
  const anchors = cells.flatMap((cell) => [...descendants(cell)].filter((d) => d.type === 'tag' && d.name === 'a'))
  out.links(anchors.length, anchors.reduce((sum, a) => sum + visibleLength(textOf(a)), 0))
  out.break()
}

function cellsOf(row: HtmlNode): HtmlNode[] {
  return (row.children ?? []).filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th'))
}

/**
 * html/data-row-with-paragraphs: a row of a data table whose cells hold short paragraphs is one
 * line still, its paragraphs read as the cell's text — a task list's row "6 | 开展专项治理：
 * 1.查处无证办学；2.查处违规收费 | 民办教育科 | 2023年8月底前" is one record, and the items inside its
 * cell are no sections of the document. A data table: the row has HTML_DATA_ROW_MIN_CELLS cells
 * or more, none holding a table or more than HTML_DATA_CELL_MAX_LENGTH characters, and another
 * row of its table has as many cells or more, each one line.
 */
function isDataRow(row: HtmlNode, cells: readonly HtmlNode[]): boolean {
  if (cells.length < HTML_DATA_ROW_MIN_CELLS) return false
  for (const cell of cells) {
    if (visibleLength(textOf(cell)) > HTML_DATA_CELL_MAX_LENGTH) return false
    for (const d of descendants(cell)) if (d.type === 'tag' && d.name?.toLowerCase() === 'table') return false
  }
  return (row.parent?.children ?? []).some((other) => {
    if (other === row || other.type !== 'tag' || other.name !== 'tr') return false
    const otherCells = cellsOf(other)
    return otherCells.length >= HTML_DATA_ROW_MIN_CELLS && otherCells.every(isInlineCell)
  })
}

/** A list of short links only (a nav bar, a footer menu): pages lay it out on one line. */
function isMenu(list: HtmlNode): boolean {
  const items = (list.children ?? []).filter((c) => c.type === 'tag')
  if (items.length < 2 || items.some((item) => item.name !== 'li')) return false
  return items.every((item) => {
    const text = textOf(item).trim()
    // measured without the markup's indentation ("当前位置：\n      <a>首页</a>" is a short item)
    const length = visibleLength(text)
    return length > 0 && length <= HTML_MENU_ITEM_MAX_LENGTH && !containsBlock(item) && hasLink(item)
  })
}

function menuItems(list: HtmlNode): string[] {
  return (list.children ?? []).filter((c) => c.type === 'tag').map((item) => textOf(item).replace(/\s+/g, ' ').trim())
}

/** Descendants of a node, without recursion. */
function* descendants(node: HtmlNode): Generator<HtmlNode> {
  const stack = [...(node.children ?? [])].reverse()
  while (stack.length > 0) {
    const next = stack.pop() as HtmlNode
    yield next
    // the parser types <script> and <style> apart from other tags: their text is never the page's
    if (next.type === 'script' || next.type === 'style' || (next.type === 'tag' && HTML_DROPPED_ELEMENTS.has(next.name?.toLowerCase() ?? ''))) continue
    const children = next.children ?? []
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlNode)
  }
}

function hasLink(node: HtmlNode): boolean {
  for (const d of descendants(node)) if (d.type === 'tag' && d.name === 'a') return true
  return false
}

function textOf(node: HtmlNode): string {
  if (node.type === 'text') return decodeLeftoverEntities(node.data ?? '')
  let text = ''
  for (const d of descendants(node)) if (d.type === 'text') text += decodeLeftoverEntities(d.data ?? '')
  return text
}

/** A cell that reads as one line: no blocks, or one paragraph with no blocks in it; a line break
 *  only in a cell as short as a label. */
function isInlineCell(cell: HtmlNode): boolean {
  let blocks = 0
  let breaks = 0
  for (const d of descendants(cell)) {
    if (d.type !== 'tag') continue
    const name = d.name?.toLowerCase() ?? ''
    if (name === 'table') return false
    if (name === 'br') breaks++
    else if (HTML_BLOCK_ELEMENTS.has(name) && ++blocks > 1) return false
  }
  return breaks === 0 || visibleLength(textOf(cell)) <= HTML_LABEL_CELL_MAX_LENGTH
}

function containsBlock(node: HtmlNode): boolean {
  for (const d of descendants(node)) {
    if (d.type !== 'tag') continue
    const name = d.name?.toLowerCase() ?? ''
    if (name === 'table' || name === 'br' || HTML_BLOCK_ELEMENTS.has(name)) return true
  }
  return false
}

/** htmlparser2 decodes entities; pages that double-escape leave "&nbsp;" as text. */
function decodeLeftoverEntities(text: string): string {
  return text.includes('&') ? text.replace(/&nbsp;/g, '\u00a0').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&') : text
}

// ── the document's container ───────────────────────────────────────────────────────────────


/** Elements of the page found in one pass (a CSS engine walks the tree once per selector, and a
 *  page of deeply nested elements makes that quadratic): the body, the <head>'s elements, and
 *  the candidates for each content selector. */
interface ElementIndex {
  body: HtmlNode | undefined
  head: HtmlNode[]
  bySelector: Map<string, HtmlNode[]>
}

/** The simple selectors of HTML_CONTENT_SELECTORS: .class, #id or a tag name. */
const SELECTORS = HTML_CONTENT_SELECTORS.map((selector) => ({
  selector,
  kind: selector.startsWith('.') ? 'class' : selector.startsWith('#') ? 'id' : 'tag',
  name: selector.replace(/^[.#]/, ''),
}))
/** The selectors by the class, id or tag name they ask for: an element is looked up, not
 *  compared with each selector. */
const selectorsBy = (kind: string) => {
  const map = new Map<string, string[]>()
  for (const s of SELECTORS) if (s.kind === kind) map.set(s.name, [...(map.get(s.name) ?? []), s.selector])
  return map
}
const SELECTORS_BY_CLASS = selectorsBy('class')
const SELECTORS_BY_ID = selectorsBy('id')
const SELECTORS_BY_TAG = selectorsBy('tag')
/** What a name no selector asks for is looked up to: one array, not a new one for every element. */
const NO_SELECTORS: readonly string[] = []

function indexElements(root: HtmlNode): ElementIndex {
  const index: ElementIndex = { body: undefined, head: [], bySelector: new Map() }
  const found = (selector: string, node: HtmlNode) => {
    const list = index.bySelector.get(selector)
    if (list === undefined) index.bySelector.set(selector, [node])
    // class="zoom zoom" names the element twice
    else if (list[list.length - 1] !== node) list.push(node)
  }
  const stack: HtmlNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue
    const name = node.name?.toLowerCase() ?? ''
    if (name === 'body' && index.body === undefined) index.body = node
    if (name === 'head' && index.head.length === 0) {
      // the <head>'s elements, in document order; the head is small
      const inHead: HtmlNode[] = [node]
      while (inHead.length > 0) {
        const element = inHead.pop() as HtmlNode
        if (element.type !== 'tag' && element.type !== 'script' && element.type !== 'style') continue
        index.head.push(element)
        const children = element.children ?? []
        for (let i = children.length - 1; i >= 0; i--) inHead.push(children[i] as HtmlNode)
      }
    }
    if (node.type === 'tag') {
      for (const selector of SELECTORS_BY_TAG.get(name) ?? NO_SELECTORS) found(selector, node)
      const id = node.attribs?.['id']
      if (id !== undefined) for (const selector of SELECTORS_BY_ID.get(id) ?? NO_SELECTORS) found(selector, node)
      const classes = node.attribs?.['class']
      if (classes !== undefined) {
        for (const name of classes.split(/\s+/)) for (const selector of SELECTORS_BY_CLASS.get(name) ?? NO_SELECTORS) found(selector, node)
      }
    }
    const children = node.children ?? []
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlNode)
  }
  return index
}

/**
 * The element holding the document: a known CMS container holding most of the prose, else the
 * smallest element that holds most of it (descending from the body while one child holds 80%).
 * The prose of a site's menus does not vote (a mega-menu's panels: a document of short table
 * cells would be outweighed by them, and its whole page taken for it), unless nothing else is prose.
 */
function findContainer(index: ElementIndex, lines: readonly HtmlLine[], elements: readonly Ancestor[]): HtmlNode | undefined {
  const outsideMenus = lines.some((line) => !(line.ancestors?.inMenu ?? false) && proseWeight(line.text) > 0)
  return containerByProse(index, lines, elements, outsideMenus)
}

function containerByProse(index: ElementIndex, lines: readonly HtmlLine[], elements: readonly Ancestor[], outsideMenusOnly: boolean): HtmlNode | undefined {
  // each line's prose counts for its innermost element, then every element's sum is added to its
  // parent's, children first
  const own = new Map<Ancestor, number>()
  let total = 0
  for (const line of lines) {
    if (outsideMenusOnly && (line.ancestors?.inMenu ?? false)) continue
    const w = proseWeight(line.text)
    if (w === 0) continue
    total += w
    if (line.ancestors !== undefined) own.set(line.ancestors, (own.get(line.ancestors) ?? 0) + w)
  }
  if (total === 0) return undefined
  const weight = new Map<HtmlNode, number>()
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as Ancestor
    const w = own.get(element)
    if (w === undefined) continue
    weight.set(element.node, w)
    if (element.parent !== undefined) own.set(element.parent, (own.get(element.parent) ?? 0) + w)
  }
  const trusted = (node: HtmlNode) => (weight.get(node) ?? 0) / total >= HTML_CONTAINER_MIN_PROSE_SHARE
  for (const { selector } of SELECTORS) {
    const nodes = index.bySelector.get(selector) ?? []
    const best = [...nodes].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0))[0]
    if (best && trusted(best)) return best
  }
  const body = index.body
  if (body === undefined) return undefined
  let node: HtmlNode = body
  for (;;) {
    const share = (weight.get(node) ?? 0) * DESCEND_SHARE
    const next: HtmlNode | undefined = (node.children ?? []).find((child) => child.type === 'tag' && (weight.get(child) ?? 0) >= share)
    if (next === undefined) break
    node = next
  }
  return node === body || !trusted(node) ? undefined : node
}

/** A title printed above the document is at most this long. */
const TITLE_LINE_MAX = 120
/** A child holding this share of its parent's prose holds the document. */
const DESCEND_SHARE = 0.8

const BREADCRUMB_RULES = CHROME_LINE_RULES.filter((rule) => rule.data === 'breadcrumb')
/** Rules whose line carries label：value data, read by their pattern alone. */
const FIELDS_RULES = CHROME_LINE_RULES.filter((rule) => rule.data === 'fields' && rule.tokens === undefined && rule.atLeast === undefined)
/** Every data label, as an alternation. */
const LABELS = ALL_META_LABELS.map((l) => escapeRegExp(l.label)).join('|')
/** A data label as a table cell or followed by a colon ("发布日期:", "索引号|", "|文号|"). */
const LABEL_IN_LINE = new RegExp(`(?:${LABELS}):|^(?:${LABELS})\\||\\|(?:${LABELS})\\|`)
/** …at the line's start: what a line of a menu needs to be data ("请问如何查询…？留言时间：…" in a
 *  menu's panel is a teaser with its date, not the page's byline). */
const LABEL_AT_START = new RegExp(`^(?:${LABELS})[:|]`)

/** A line outside the document that still carries data or belongs to the document. */
function isDataLine(line: HtmlLine, before: boolean): boolean {
  const key = matchKey(line.text)
  if (BREADCRUMB_RULES.some((rule) => rule.pattern.test(key))) return true
  // above the document, a line a chrome rule reads data from (a 公众号's byline "原创 某县司法
  // 2023-08-15 18:30 浙江", outside its article's element), unless a menu holds it (a headline
  // and its date)
  if (before && !(line.ancestors?.inMenu ?? false) && FIELDS_RULES.some((rule) => rule.pattern.test(rule.onLine === true ? line.text.trim() : key))) return true
  if (LABEL_IN_LINE.test(key) && (!(line.ancestors?.inMenu ?? false) || LABEL_AT_START.test(key))) return true
  const text = line.text.trim()
  if (before) {
    // a title above the document, but not an item of a list of links (a sidebar's other titles)
    const inList = line.ancestors?.inLink ?? false
    // a link to another page ("点击查看政策解读：【音频解读】…的解读") is never the page's title
    const isLink = linkShare(line) >= HTML_LINK_TITLE_MAX_SHARE
    const titleLike = endsWithKind(text) && text.length <= TITLE_LINE_MAX && !/[。；]/.test(text) && !inList && !isLink
    // a heading element holds a title, not sentences (a menu panel's class="sub-title" holding a
    // body's duties "一、依法对…运行。"), and a menu's headline is another page's title: a link
    // or a list item in an element named as chrome (<span class="title"><a>…</a> in a nav panel)
    const heading =
      (line.ancestors?.inTitle ?? false) && !isLinkMenu(line) && !/[。；]/.test(text) && !((line.ancestors?.inChrome ?? false) && (isLink || inList))
    return heading || titleLike || SIGNATURE_DATE_LINE.test(text) || /^\d{4}-\d{1,2}-\d{1,2}/.test(text)
  }
  return SIGNATURE_DATE_LINE.test(text) || NOTE_LINE.test(text) || isImprintLine(text) || (isOrganLine(text) && !endsWithKind(text))
}

/** Lines the page's structure marks as chrome: outside a trusted container, lines that carry no
 *  data; with no container, lines of elements named as chrome (nav, footer, share …). */
function structuralRemovals(lines: readonly HtmlLine[], elements: readonly Ancestor[], container: HtmlNode | undefined): Map<number, string> {
  const removals = new Map<number, string>()
  if (container === undefined) {
    lines.forEach((line, i) => {
      if ((line.ancestors?.inChrome ?? false) && !isDataLine(line, true) && proseWeight(line.text) === 0) removals.set(i, CHROME_RULES.htmlChromeElement.id)
      else if (isLinkMenu(line) && proseWeight(line.text) === 0 && !isDataLine(line, true)) removals.set(i, CHROME_RULES.linkMenu.id)
    })
    return removals
  }
  // the elements inside the container, parents first
  const insideContainer = new Set<Ancestor>()
  for (const element of elements) {
    if (element.node === container || (element.parent !== undefined && insideContainer.has(element.parent))) insideContainer.add(element)
  }
  let seen = false
  let after = false
  let proseSeen = false
  lines.forEach((line, i) => {
    if (line.ancestors !== undefined && insideContainer.has(line.ancestors)) {
      seen = true
      // above the document's first paragraph, a line that is a link to another page ("点击查看
      // 政策解读：【音频解读】…") is the site's, not the document's (its 附件 links stand below)
      if (!proseSeen && linkShare(line) >= HTML_LINK_MENU_MIN_SHARE && proseWeight(line.text) === 0 && !isDataLine(line, true)) removals.set(i, CHROME_RULES.linkLine.id)
      if (proseWeight(line.text) > 0) proseSeen = true
      return
    }
    if (seen) after = true
    // a hidden element outside the document is never the document's (a dialog's text, a copy)
    const chromeElement = (line.ancestors?.inChrome ?? false) || (line.ancestors?.inHidden ?? false)
    // prose outside the container stays unless its element is named as chrome: the container
    // may be too small, and a document line must never be dropped for that
    if (proseWeight(line.text) > 0 && !chromeElement) return
    if (!chromeElement && isDataLine(line, !after)) return
    if (chromeElement && isDataLine(line, !after) && !after) return
    removals.set(i, CHROME_RULES.outsideContent.id)
  })
  return removals
}

// ── the <head> ─────────────────────────────────────────────────────────────────────────────

function readHead(index: ElementIndex): HtmlHead {
  const elements = index.head
  const attr = (node: HtmlNode, name: string) => node.attribs?.[name]?.trim()
  const meta = (names: readonly string[]) => {
    for (const name of names) {
      const found = elements.find((e) => e.name === 'meta' && (attr(e, 'name') === name || attr(e, 'property') === name))
      const value = found === undefined ? undefined : attr(found, 'content')
      if (value) return value
    }
    return undefined
  }
  const head: HtmlHead = {}
  const titleElement = elements.find((e) => e.name === 'title')
  const title = titleElement === undefined ? '' : textOf(titleElement).replace(/\s+/g, ' ').trim()
  if (title) head.title = title.split(HTML_TITLE_SUFFIX_SEPARATOR)[0]?.trim() || title
  const set = <K extends keyof HtmlHead>(key: K, value: string | undefined) => {
    if (value !== undefined && value !== '') head[key] = value
  }
  set('articleTitle', meta(HTML_META_NAMES.title))
  set('published', meta(HTML_META_NAMES.published))
  set('source', meta(HTML_META_NAMES.source))
  set('column', meta(HTML_META_NAMES.column))
  const canonical = elements.find((e) => e.name === 'link' && attr(e, 'rel') === 'canonical')
  set('url', meta(HTML_META_NAMES.url) ?? (canonical === undefined ? undefined : attr(canonical, 'href')))
  return head
}
