/**
 * Data for the html-to-text stage: which elements carry no text, which break lines, which are
 * table structure, where government CMSs put the document, and what chrome elements are named.
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

/** A table cell this short (characters other than spaces) broken by <br> is a label wrapped by
 *  its narrow column ("作出处罚决定的<br>机关名称"), read as one line with the row. */
export const HTML_LABEL_CELL_MAX_LENGTH = 16

/** A row of a data table (a task list: 序号 | 工作任务 | 牵头单位 | 完成时限) has at least this many
 *  cells, and a cell holding paragraphs is read with its row when it is at most this long
 *  (characters other than spaces): "开展专项治理：<br>1.查处无证办学；<br>2.查处违规收费" is one task's
 *  cell, not a list of the document's own. A layout table puts a whole page in a longer cell. */
export const HTML_DATA_ROW_MIN_CELLS = 3
export const HTML_DATA_CELL_MAX_LENGTH = 200

/** A list whose items are all links this short is a menu, written on one line. */
export const HTML_MENU_ITEM_MAX_LENGTH = 12

/** Where government CMSs put the document's text, most specific first (order matters):
 *  TRS WCM (TRS_Editor, UCAP-CONTENT), Hanweb/大汉 (zoom), 南威, 拓尔思 and site-built ones. */
export const HTML_CONTENT_SELECTORS: readonly string[] = [
  '.TRS_Editor', '.TRS_UEDITOR', '#UCAP-CONTENT', '.Custom_UnionStyle', '#zoom', '#Zoom', '.zoom', '#fontzoom',
  '.article-content', '.article_content', '.articleContent', '.article-con', '.article_con', '.arti_content',
  '.content-text', '.text-content', '.con_text', '.contentText', '.main-txt', '.main_text', '.pages_content',
  '.wzxq', '.detail-content', '.details-content', '.detail_content', '.xxgk_content', '.xxgk-content',
  '.bt-article', '.news_content', '.news-content', '.newsContent', '.info_content', '.info-content', '.zw',
  '#zw', '.zwnr', '#zwnr', '.nr', '#nr', '.view', '.wenzhang', '#article', '.article', 'article', '#content',
  '.content', '#main-content', 'main',
]

/** A container is trusted when it holds at least this share of the page's prose. */
export const HTML_CONTAINER_MIN_PROSE_SHARE = 0.6

/** id/class words that name chrome: a line of such an element outside the document goes. */
export const HTML_CHROME_CLASS =
  /(?:^|[-_\s])(?:nav|navbar|menu|footer|foot|bottom|share|toolbar|tools|banner|copyright|print|search|sidebar|side|aside|related|relate|xgxx|xglj|links?|friend|yqlj|hot|rank|top-?bar|topbar|login|weather|qrcode|ewm|guide|pager|pagination|breadcrumb-extra|alert|modal|dialog|popup|caidan|daohang)(?:$|[-_\s\d])/i

/** id/class words of the chrome above that name a site's menus (a subset of them): no document
 *  stands in one, so the prose of a menu (a mega-menu's panels printing a body's duties "一、依法
 *  对…监督管理。" and headlines) never decides which element holds the document. */
export const HTML_MENU_CLASS = /(?:^|[-_\s])(?:nav|navbar|menu|caidan|daohang)(?:$|[-_\s\d])/i

/** Elements whose text is a heading of the page (the title of the document, often). */
export const HTML_TITLE_ELEMENT = /^(?:h1|h2|h3)$/
export const HTML_TITLE_CLASS = /(?:^|[-_\s])(?:title|tit|bt|biaoti|article-title|art-title|detail-title)(?:$|[-_\s\d])/i

/** <meta name> of government CMSs that tell the title, date, source and address of a page. */
export const HTML_META_NAMES = {
  title: ['ArticleTitle', 'og:title', 'title'],
  published: ['PubDate', 'pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time'],
  source: ['ContentSource', 'source'],
  column: ['ColumnName', 'columnname'],
  url: ['Url', 'url', 'og:url'],
} as const

/** Separators between a <title>'s document title and the site's name ("…的报告 - 某县人民政府"). */
export const HTML_TITLE_SUFFIX_SEPARATOR = /\s[-—–]{1,2}\s|[_|｜]|::/

/** Link density (the share of a line's characters inside <a>): a line of at least two links
 *  with this share is a menu of links (首页政务公开政务服务…, a menu of inline <span><a> glued on
 *  one line) — outside the document it is chrome, and it is never a title. */
export const HTML_LINK_MENU_MIN_SHARE = 0.8
/** A line with at least this share of its characters inside <a> is a link to another page
 *  ("点击查看政策解读：【音频解读】关于《…》的解读"), never the page's own title. */
export const HTML_LINK_TITLE_MAX_SHARE = 0.5

/** An element the browser does not show (style="display:none", visibility:hidden, the hidden
 *  attribute). A CMS keeps copies of the document there (a search summary, a share text): a
 *  hidden line whose opening the page shows elsewhere is such a copy. (Hidden elements also hold
 *  tabs a script reveals, which are kept.) */
export const HTML_HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$|!)/i
/** Classes a script framework hides an element with, its own style sheet saying display:none
 *  (AngularJS's ng-hide: an ng-show panel that was closed when the page was saved). */
export const HTML_HIDDEN_CLASS = /(?:^|\s)ng-hide(?:\s|$)/
/** How much of a hidden line's opening must be shown elsewhere on the page for it to be a copy. */
export const HTML_HIDDEN_COPY_PREFIX = 20
