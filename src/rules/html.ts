/**
 * Data for the html-to-text stage: which elements carry no text, which break lines, and which
 * are table structure.
 */

/** Elements whose content is never document text. */
export const HTML_DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'iframe', 'template', 'svg', 'object', 'embed', 'canvas',
  'select', 'option', 'button', 'input', 'textarea', 'head', 'map', 'audio', 'video',
])

/** Elements that start and end a line of text. */
export const HTML_BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'ul', 'caption', 'table', 'tbody', 'thead', 'tfoot',
])

/** Separator written between the cells of one table row, so "索引号 | … | 发布机构 | …"
 *  rows still read as label/value pairs. */
export const HTML_CELL_SEPARATOR = ' | '

/** A list whose items are all links this short is a menu, written on one line. */
export const HTML_MENU_ITEM_MAX_LENGTH = 12
