/**
 * Site chrome as data (DOMAIN §4). Each rule names what it catches with an example, and where on
 * the page it may act:
 *
 * - `head`: before the document's first body line (nav, breadcrumb, clock lines, byline,
 *   disclosure block);
 * - `tail`: after the document's last body line (footers, related lists, share bars);
 * - `edge`: head or tail, never between body lines;
 * - `anywhere`: whole-line widgets that are never content (【字体：大 中 小】, 打印本页).
 *
 * Patterns are tested on a line's match key (width-folded, all spaces removed: "索　引　号：" →
 * "索引号:"), unless `onLine` asks for the trimmed line itself. `cutsTail`: in the tail, every line
 * after this one is chrome too (related-link lists, footers). `data` says what the line carries:
 * it is removed from the body but its value is kept in `breadcrumb` or `meta`.
 */
import type { StageId } from '../types.js'
import { declareRules } from './declare.js'
import { BREADCRUMB_LABELS, BREADCRUMB_ROOTS } from './labels.js'

export type ChromeZone = 'head' | 'tail' | 'edge' | 'anywhere'
export type ChromeData = 'breadcrumb' | 'fields'

export interface ChromeRule {
  id: string
  zone: ChromeZone
  /** Matched against the key (or the line, with `onLine`); with `tokens`, a further condition. */
  pattern: RegExp
  /** A line made only of these pieces, end to end (a global, sticky alternation, longest piece
   *  first): widgets, menus and pagers are read piece by piece, which no pattern of nested
   *  repetitions can do in linear time. */
  tokens?: RegExp
  /** With `tokens`: the fewest pieces the line must have. */
  minTokens?: number
  /** The line must hold at least `count` matches of `pattern` (a global regular expression). */
  atLeast?: { pattern: RegExp; count: number }
  /** A line this rule removes, as pages print it. */
  example: string
  onLine?: boolean
  cutsTail?: boolean
  /** Tail rules that look like document lines too (地址：, 电话：): they act only below a
   *  line that has already cut the tail, never on the document's own contact lines. */
  afterCut?: boolean
  /** Lines of the site's page header (breadcrumb, nav bar, clock): what stands above the last
   *  of them in the head is site header too (the site name, a logo's alt text). */
  pageHeader?: boolean
  /** The rule may match a line that reads like document prose (sentence punctuation, many
   *  characters); rules without it never do, so "分享到了…" or "联系我们的群众" in a paragraph
   *  stay. */
  prose?: boolean
  data?: ChromeData
}

/** Every chrome rule, each id once with what it removes (the README's table is drawn from this):
 *  the line rules below name theirs, and the stages name the rules they apply by structure
 *  (a page header, a list's shape, an HTML page's container). */
export const CHROME_RULES = declareRules('strip-chrome', {
  outsideContent: { stage: 'html-to-text', id: 'chrome/outside-content', summary: 'an HTML page: a line outside the document\'s container (found by CMS container, else by where the prose is) that carries no data' },
  htmlChromeElement: { stage: 'html-to-text', id: 'chrome/html-chrome-element', summary: 'an HTML page with no clear container: a line of an element named as chrome (nav, footer, share, sidebar …)' },
  linkMenu: { stage: 'html-to-text', id: 'chrome/link-menu', summary: 'an HTML page with no clear container: a line of two links or more, 80% of it link text (首页政务公开政务服务互动交流…, inline `<span><a>` glued on one line)' },
  linkLine: { stage: 'html-to-text', id: 'chrome/link-line', summary: 'an HTML page: inside the document\'s container, above its first paragraph, a line that is nearly all link text — a link to another page (点击查看政策解读：【音频解读】…的解读)' },
  hiddenCopy: { stage: 'html-to-text', id: 'chrome/hidden-copy', summary: 'an HTML page: a line of an element the browser does not show (`display:none`, `hidden`, `ng-hide`) whose opening the page shows elsewhere, however laid out — a copy of the document a CMS keeps for search or sharing (a hidden tab that copies nothing stays)' },
  leaveSite: { id: 'chrome/leave-site', summary: 'a site\'s dialog before a link leaves it: 您访问的链接即将离开“某县人民政府网站”是否继续？' },
  breadcrumb: { id: 'chrome/breadcrumb', summary: 'location path (当前位置：首页 > …, 首页 » …, 您的位置：首页 / …, or its second line > 政府信息公开 > …); kept in `breadcrumb`' },
  navBar: { id: 'chrome/nav-bar', summary: 'site navigation bar (首页　政务公开　政务服务　互动交流 …)' },
  siteName: { id: 'chrome/site-name', summary: 'site name line (某县人民政府门户网站, …人民政府网)' },
  siteHeader: { id: 'chrome/site-header', summary: 'lines above the page header (site name, logo text)' },
  columnName: { id: 'chrome/column-name', summary: 'the column\'s name repeated from the breadcrumb above the document' },
  epaper: { id: 'chrome/epaper', summary: 'e-paper furniture (第03版 要闻, 上一版 下一版, 版面导航) and its headline list; a page break inside an article (（下转第二版）, 第02版：要闻, （上接第一版）)' },
  newsLead: { id: 'chrome/news-lead', summary: 'a news agency\'s dateline before a reposted document (…4月3日电 …全文如下：)' },
  wechatByline: { id: 'chrome/wechat-byline', summary: '原创 某县司法 2024-03-29 18:07 湖北 (kept as `dates.published`)' },
  pageTitle: { id: 'chrome/page-title', summary: 'the CMS\'s copy of the title above the document\'s own title (kept as a title candidate)' },
  accessibility: { id: 'chrome/accessibility', summary: '无障碍 / 简体 / 繁体 / 长者模式 / 关怀版 / 返回首页 toggles' },
  login: { id: 'chrome/login', summary: '登录 | 注册, 欢迎您！[退出]' },
  weather: { id: 'chrome/weather', summary: 'weather line in the header (多云 12~22℃)' },
  mobileToolbar: { id: 'chrome/mobile-toolbar', summary: 'mobile site toolbar (返回 首页 分享, 字号 A+ A-)' },
  spamLine: { id: 'chrome/spam-line', summary: 'betting/SEO spam line on hijacked mirrors' },
  reprintNote: { id: 'chrome/reprint-note', summary: '转载自… / 原标题：… on a copy' },
  hotSearch: { id: 'chrome/hot-search', summary: '热门搜索：…' },
  printTime: { id: 'chrome/print-time', summary: '打印时间 / 下载次数' },
  today: { id: 'chrome/today', summary: '今天是… line' },
  siteNotice: { id: 'chrome/site-notice', summary: 'the site\'s own words in its header: an announcement (最新公告：本网站将于…进行系统升级维护，敬请谅解！), a greeting (您好，欢迎访问某县人民政府门户网站！)' },
  clockLine: { id: 'chrome/clock-line', summary: 'stale clock line (某区人民政府 2019年12月3日星期二)' },
  search: { id: 'chrome/search', summary: '搜索 / 站内搜索 box' },
  byline: { id: 'chrome/byline', summary: '来源 / 发布时间 / 作者 / 浏览次数 line; a date with the organ or site before it (某市人民政府 2019-04-22 10:15:00), in brackets (【2019-07-02 16:20:11】) or day first (07.11.2019 09:30) — a Chinese date needs a padded month or day or a time, as 公文 dates are never padded; kept in `meta` and `dates.published`' },
  disclosureBlock: { id: 'chrome/disclosure-block', summary: '信息公开 block (索引号, 发布机构, 文号 … in any layout: [ 发布机构 ] 某乡人民政府, - [ 索引号 ] …, 公开方式 主动公开 with no colon, • 信息分类：…, an 索引号 alone on its line); kept in `meta`' },
  viewCount: { id: 'chrome/view-count', summary: 'a bare counter (`0`, `阅读 12 次`)' },
  fontSize: { id: 'chrome/font-size', summary: '【字体：大 中 小】; a line that is only 大, 中 or 小' },
  widgets: { id: 'chrome/widgets', summary: 'a line made of widgets (字号：[ 大 中 小 ]　打印　关闭, 放大字体 缩小字体 收藏本页, 打印全文 打印正文 分享, 〖大〗〖中〗〖小〗, 〔默认〕〔放大〕〔缩小〕, A+ A A-, 字号：T T T)' },
  eyeCare: { id: 'chrome/eye-care', summary: '视力保护色 / 背景颜色' },
  textToSpeech: { id: 'chrome/text-to-speech', summary: '语音阅读正文' },
  share: { id: 'chrome/share', summary: '分享到：微信 微博 QQ好友 钉钉 复制链接 …; under the title, the share targets alone (微信 微博 QQ空间)' },
  printClose: { id: 'chrome/print-close', summary: '【打印本页】【关闭窗口】' },
  pagination: { id: 'chrome/pagination', summary: '共2页 上一页 1 2 下一页 left in an article split over pages' },
  imageCaption: { id: 'chrome/image-caption', summary: 'an image\'s placeholder text (图片1), a caption (▲…, 图｜…)' },
  qrCode: { id: 'chrome/qr-code', summary: '扫一扫在手机打开当前页, 用手机扫码浏览本页' },
  visitorCounter: { id: 'chrome/visitor-counter', summary: '您是第 2860419 位访客, 本站访问量' },
  wechatWidgets: { id: 'chrome/wechat-widgets', summary: '点击蓝字关注我们, ↑ 点击上方“某某发布”关注我们, 收录于合集 and its tags (#依法治市 41个), 阅读原文, 分享 收藏 点赞 在看, 点击右上角在浏览器中打开, the app\'s tap bar (轻点两下取消赞, 使用完整服务) on a 公众号 copy' },
  appDownload: { id: 'chrome/app-download', summary: '下载客户端, 打开APP阅读全文' },
  moreLink: { id: 'chrome/more-link', summary: '更多>> links and column teasers (他山之石 更多>>)' },
  prevNext: { id: 'chrome/prev-next', summary: '上一篇 / 下一篇 (« 上一篇：…)' },
  related: { id: 'chrome/related', summary: '相关稿件 / 相关链接 / 本版其他文章 … and the list under it; a header no table names, known by its shape (a short phrase ending in 链接/阅读/文章/稿件/新闻/推荐…: 延伸链接) or by its list (a short phrase above a dated item, a colon header above headlines: 站外导航：)' },
  hotList: { id: 'chrome/hot-list', summary: '点击排行 / 最新信息 / 热点信息 lists below the document' },
  tags: { id: 'chrome/tags', summary: '标签：…, 词条标签：…' },
  infobox: { id: 'chrome/infobox', summary: 'an encyclopedia\'s infobox lines (• 中文名：…, • 类型：…)' },
  toc: { id: 'chrome/toc', summary: 'an encyclopedia\'s table of contents (目录 and the entries under it)' },
  references: { id: 'chrome/references', summary: '参考资料 / 参考文献 below the text and the list under it' },
  rating: { id: 'chrome/rating', summary: '本文对您有帮助吗？ 有用 没用' },
  disclaimer: { id: 'chrome/disclaimer', summary: '未经许可不得转载 / 转载请注明出处 / 免责声明 / 本词条由网友编辑 / 温馨提示：本网站公示的…' },
  fullTextLabel: { id: 'chrome/full-text-label', summary: 'a label line announcing the document\'s full text below a platform\'s summary: 处罚决定书全文' },
  cookieNotice: { id: 'chrome/cookie-notice', summary: 'a site\'s cookie banner: 本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意…' },
  attachmentWidget: { id: 'chrome/attachment-widget', summary: '文档附件： / 附件下载： widget' },
  listItem: { id: 'chrome/list-item', summary: 'an item of a list of other pages below the document (· 某局2021年度…报告　2022-01-20)' },
  pageNumber: { id: 'chrome/page-number', summary: 'page numbers of a PDF or Word dump (— 2 —, -3-, 第 2 页 共 5 页), and a browser\'s print footer (the page\'s address and 1/3)' },
  runningHeader: { id: 'chrome/running-header', summary: 'a PDF\'s running header, repeated beside each page number' },
  decoration: { id: 'chrome/decoration', summary: '▼, ★★★, END, - END - lines' },
  markupLeftover: { id: 'chrome/markup-leftover', summary: 'an empty table row or an HTML entity left as text (|　|　|, &nbsp;)' },
  attachmentDownload: { id: 'chrome/attachment-download', summary: 'a file to download above or below the document (…工作要点.pdf, 致全县群众的一封信.docx)' },
  editor: { id: 'chrome/editor', summary: '【责任编辑：…】, 编辑丨… below the document; kept in `meta`' },
  correction: { id: 'chrome/correction', summary: '【纠错】' },
  comments: { id: 'chrome/comments', summary: '发表评论 / 我要留言 / 意见反馈 / 订阅 below the document, and the comment box\'s notice (评论内容须经审核后发布，请文明发言)' },
  friendLinks: { id: 'chrome/friend-links', summary: '友情链接 and the site list under it' },
  footerLinks: { id: 'chrome/footer-links', summary: '关于我们 | 网站地图 | 联系我们 …' },
  footerCopyright: { id: 'chrome/footer-copyright', summary: '版权所有 / Copyright ©' },
  footerRegistration: { id: 'chrome/footer-registration', summary: 'ICP备 / 公网安备 / 网站标识码' },
  footerHost: { id: 'chrome/footer-host', summary: '主办单位 / 承办单位 / 技术支持 / 管理维护' },
  footerContact: { id: 'chrome/footer-contact', summary: '地址 / 邮编 / 电话 below a footer line' },
  footerSiteMark: { id: 'chrome/footer-site-mark', summary: '党政机关 / 政府网站找错 marks' },
  browserHint: { id: 'chrome/browser-hint', summary: '建议使用…浏览器…分辨率' },
  cmsSignature: { id: 'chrome/cms-signature', summary: 'Produced By 大汉网络 …' },
  tabLabels: { id: 'chrome/tab-labels', summary: '详细信息 / 公开具体内容 tabs; a short bare word between two removed head lines (县政府 / 县直部门), never a label with its value; a strip of short column names under the breadcrumb, columns named by a kind word (通知公告, 工作总结) inside it' },
  contentFarm: { id: 'chrome/content-farm', summary: '下面是小编为大家整理的…, 全文共…字, 加入会员, a copy site\'s welcome (欢迎光临某某范文网…), an upload line (某某文库 上传于… 已被下载128次)' },
  scriptLeftover: { id: 'chrome/script-leftover', summary: 'JavaScript / CSS lines left in a dump' },
  siteRepeated: { id: 'chrome/site-repeated', summary: 'a line repeated on most pages of one site (`--learn-chrome`)' },
} as const satisfies Record<string, { id: string; summary: string; stage?: StageId }>)

/** A date as a byline prints it, matched on the trimmed line: ISO-like with an optional time after
 *  a space, or Chinese with a padded month or day, or with a time. */
const BYLINE_DATE =
  '(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d{4}年(?:0\\d月\\d{1,2}|\\d{1,2}月0\\d)日(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)'

/** How the name before a byline's date ends: an organ's or a site's ("某市人民政府 2019-04-22",
 *  "某某日报 2009-04-20"), never a title's kind word ("…的意见 2023-03-28" is a title and its date). */
const BYLINE_NAME_ENDINGS = '政府|委员会|委|局|办公室|办|厅|院|中心|网|网站|报|社|站|所|处|会|队|部|署|科'

/** Labels that introduce a breadcrumb. */
const BREADCRUMB_LABEL = `(?:${BREADCRUMB_LABELS.join('|')})(?:是)?`

/** Breadcrumb separators as printed: > >> » › → / ＞ (width-folded to ASCII before matching). */
export const BREADCRUMB_SEPARATOR = /(?:>>|>|»|›|→|&gt;|＞|\\)|\s\/\s|\/(?=\S)/
/** The separators above but the slash: where one parts a breadcrumb, a slash is an item's own
 *  ("首页 > 党政相关 > 工作总结/汇报"). */
export const BREADCRUMB_ARROW = /(?:>>|>|»|›|→|&gt;|＞|\\)/

/** Words of site navigation bars; a line made only of them is a nav bar. */
export const NAV_WORDS = [
  '网站首页', '首页', '首頁', '政务公开', '政務公開', '信息公开', '政府信息公开', '政府信息公开指南', '政府信息公开制度',
  '政府信息公开年报', '法定主动公开内容', '网上办事', '政务服务', '在线办事', '办事服务', '便民服务', '互动交流',
  '政民互动', '互动回应', '公众参与', '新闻中心', '新闻动态', '政务动态', '要闻动态', '工作动态', '部门动态',
  '乡镇动态', '通知公告', '公示公告', '走进', '概况', '县情概况', '市情概况', '区情概况', '魅力', '投资', '招商引资',
  '专题专栏', '专题', '要闻', '推荐', '视频', '机构概览', '领导信息', '机构职能', '政策文件', '政策解读', '解读回应', '数据发布', '统计数据',
  '规划计划', '人事信息', '财政信息', '数据开放', '智能问答', '无障碍', '长者模式', 'English', '繁体', '繁體',
  '简体', '登录', '注册', '个人中心', '邮箱', '政务邮箱', '工作邮箱', '设为首页', '加入收藏', '网站地图', '移动版',
  '手机版', '微信', '微博', '政务微博', '政务微信', '智能推荐', '站内搜索', '搜索', '政府', '部门', '乡镇',
  '人大', '政协', '市人大', '市政协', '县人大', '县政协', '纪委', '法院', '检察院', '政府网', '中国政府网', '省政府网',
]

/** Words of betting and SEO spam that hijacked mirrors put on the first line (DOMAIN C30). */
export const SPAM_WORDS =
  /百家乐|娱乐城|博彩|赌场|赌博|老虎机|时时彩|六合彩|北京赛车|幸运飞艇|棋牌|真人视讯|真人娱乐|体育投注|投注|网投|开户送|注册送|彩金|威尼斯人|葡京|太阳城|金沙|皇冠|澳门|bet365|亚博|开云|dafabet|bwin|manbetx|万博|凤凰彩票|AG(?:平台|真人)|电子游艺|捕鱼|体育app|官网入口|app下载|官方网站登录/i

/** A line no rule names that recurs across a large share of one site's pages (`--learn-chrome`):
 *  matched by the site's learnt lines, never by a pattern of its own. */
export const SITE_REPEATED_RULE: ChromeRule = {
  id: CHROME_RULES.siteRepeated.id,
  zone: 'edge',
  pattern: /$^/,
  example: '某县人民政府主办 某县信息中心维护 (on 40 of 50 pages of one site)',
}

/** Line rules. Order matters only for which id a line gets when several match: first wins. */
export const CHROME_LINE_RULES: readonly ChromeRule[] = [
  // ── navigation and location ────────────────────────────────────────────────────────────
  {
    id: CHROME_RULES.breadcrumb.id,
    zone: 'edge',
    pattern: new RegExp(`^${BREADCRUMB_LABEL}[:：]`),
    example: '当前位置：首页 > 政务公开 > 法治政府建设',
    pageHeader: true,
    data: 'breadcrumb',
  },
  {
    id: CHROME_RULES.breadcrumb.id,
    zone: 'edge',
    pattern: new RegExp(`^(?:${BREADCRUMB_ROOTS.join('|')}|Home)(?:>>|>|»|›|→|＞|》|\\/|\\\\)`, 'i'),
    example: '首页 » 信息公开 » 规划计划',
    data: 'breadcrumb',
    pageHeader: true,
  },
  {
    // an unlabelled path that does not start at 首页: "塞上之窗 > 法治 > 正文"
    id: CHROME_RULES.breadcrumb.id,
    zone: 'head',
    pattern: /^[^>»→<]{1,16}(?:>>|>|»|→)(?:[^>»→<]{1,16}(?:>>|>|»|→))+[^>»→<]{1,24}$/,
    example: '塞上之窗 > 法治 > 正文',
    data: 'breadcrumb',
    pageHeader: true,
  },
  {
    id: CHROME_RULES.accessibility.id,
    zone: 'edge',
    pattern: /[^|｜/]/,
    tokens: /无障碍浏览|无障碍阅读|无障碍模式|无障碍|适老化模式|适老化版|适老化|长者模式|关怀版|老年版|读屏|语音播报|简体版|简体|繁[体體]版|繁[体體]|English|手机版|移动版|返回首页|[|｜/]/iy,
    example: '无障碍 简体|繁体',
    pageHeader: true,
  },
  {
    id: CHROME_RULES.navBar.id,
    zone: 'edge',
    pattern: /./,
    tokens: new RegExp(`(?:${[...NAV_WORDS].sort((a, b) => b.length - a.length).join('|')})[|｜/·•]?`, 'y'),
    minTokens: 3,
    example: '首     页 政 务 公 开 网 上 办 事 互 动 交 流',
    pageHeader: true,
  },
  {
    // four or more short items separated by spaces or bars, two of them nav words:
    // "首页　走进清溪　政务公开　政务服务　互动交流　专题专栏"
    id: CHROME_RULES.navBar.id,
    zone: 'edge',
    onLine: true,
    pattern: /^[\u4e00-\u9fa5A-Za-z·]{1,10}(?:[\s|｜/•]+[\u4e00-\u9fa5A-Za-z·]{1,10}){3,}$/,
    atLeast: { pattern: new RegExp(NAV_WORDS.join('|'), 'g'), count: 2 },
    example: '首页　时政　法治　经济　社会　文旅　视频　专题',
    pageHeader: true,
  },
  {
    // a copy's note of where it came from: "转载自某县人民政府网", "原标题：…"; written as a sentence
    // by a mirror ("（本文转载自某市司法局网站，原文发布于2022年3月25日。如有侵权，请联络本站删除。）")
    id: CHROME_RULES.reprintNote.id,
    zone: 'edge',
    prose: true,
    pattern: /^(?:[【[(（]?(?:转载自|转自|本文转自|本文转载自|文章转载自|本文来源于|原文链接|原文地址|原标题)[:：]?.{0,80})$/,
    example: '转载自某县人民政府网',
  },
  {
    // a site's dialog before a link leaves it: "您访问的链接即将离开'某县人民政府网站'是否继续？"
    id: CHROME_RULES.leaveSite.id,
    zone: 'anywhere',
    prose: true,
    pattern: /^[^即]{0,20}即将离开|^是否继续(?:访问)?[?？]?$/,
    example: '您访问的链接即将离开“某县人民政府网站”是否继续？',
  },
  {
    id: CHROME_RULES.siteName.id,
    zone: 'edge',
    // …or the name of its 政府信息公开 section, above a page of it: "某市卫生健康委员会政府信息公开"
    // (a county media centre's app: "建平融媒")
    pattern: /^[^:：]{2,30}?(?:门户网站|政府门户网|人民政府网|政府网|政务网|政务服务网|信息公开网|政府信息公开|之窗|网站|融媒)(?:[-—|｜][^:：]{0,20})?$/,
    example: '某县人民政府门户网站',
    pageHeader: true,
  },
  {
    id: CHROME_RULES.spamLine.id,
    zone: 'head',
    pattern: SPAM_WORDS,
    example: '澳门葡京娱乐城-百家乐真人视讯官网入口',
    prose: true,
    pageHeader: true,
  },
  {
    id: CHROME_RULES.hotSearch.id,
    zone: 'edge',
    pattern: /^(?:热门搜索|热搜词|热词|搜索热词)[:：]/,
    example: '热门搜索：政务公开 法治政府',
    pageHeader: true,
  },
  {
    id: CHROME_RULES.printTime.id,
    zone: 'edge',
    pattern: /^(?:打印时间|打印日期|下载次数|下载量)[:：]/,
    example: '打印时间：2024-03-01 10:12',
  },
  {
    // the page furniture of a newspaper's e-paper: 第03版 要闻, 上一版 下一版, 版面导航 …
    id: CHROME_RULES.epaper.id,
    zone: 'edge',
    pattern: /^(?!往期回顾$)(?:(?:第\d{1,3}版(?:[:：]?[\u4e00-\u9fa5]{0,6})?|上一版|下一版|上一篇|下一篇|版面导航|标题导航|往期回顾|PDF下载|本版标题|本版新闻|放大|缩小|默认|返回目录|电子报|数字报)[|｜]?){1,6}$/,
    example: '往期回顾 | 版面导航 | 标题导航 | PDF下载',
    pageHeader: true,
    cutsTail: true,
  },
  {
    // a news agency's dateline before a reposted document: "人民网南宁4月3日电 近日，…全文如下："
    id: CHROME_RULES.newsLead.id,
    zone: 'edge',
    prose: true,
    pattern: /^[\u4e00-\u9fa5]{2,12}?(?:\d{1,2}月\d{1,2}日)?电(?:[(（]记者[^)）]{1,20}[)）])?[^。]{0,60}(?:全文如下|原文如下|报告如下)[:：]?$|^[\u4e00-\u9fa5]{2,8}(?:网|社|报|台)[\u4e00-\u9fa5]{2,6}\d{1,2}月\d{1,2}日电/,
    example: '人民网南宁4月3日电 近日，某市人民政府公开了年度报告。全文如下：',
  },
  {
    // the byline of a 公众号 article: "原创 某县司法 某县司法 2024-03-29 18:07 湖北", its place maybe
    // said with 发表于 ("某县普法　2023-09-13 17:45　发表于黑龙江")
    id: CHROME_RULES.wechatByline.id,
    zone: 'head',
    onLine: true,
    pattern: /^(?:原创\s.*|.{0,30}\s(?:\d{4}-\d{2}-\d{2}|\d{4}年\d{2}月\d{2}日)\s\d{1,2}:\d{2}\s*(?:发表于)?[\u4e00-\u9fa5]{2,4})$/,
    example: '原创 某县司法 某县司法 2024-03-29 18:07 湖北',
    data: 'fields',
  },
  {
    // a ticker of the site's own news: its maintenance, its move (a sentence, so `prose`)
    id: CHROME_RULES.siteNotice.id,
    zone: 'head',
    prose: true,
    pattern: /^(?:最新公告|网站公告|系统公告|重要公告|公告|温馨提示)[:：|｜]+.{0,60}?(?:网站|系统|平台|服务器).{0,40}?(?:升级|维护|暂停|改版|迁移)/,
    example: '最新公告：|本网站将于3月16日22:00至3月17日6:00进行系统升级维护，届时网站将暂停访问，敬请谅解！',
    pageHeader: true,
  },
  {
    // …and its greeting: "您好，欢迎访问某县人民政府门户网站！"
    id: CHROME_RULES.siteNotice.id,
    zone: 'head',
    prose: true,
    pattern: /^(?:您好[，,！!]?)?欢迎您?(?:光临|访问|来到)[^，,。！!]{2,30}(?:网站|门户网|网|站)[！!。.]?$/,
    example: '您好，欢迎访问某县人民政府门户网站！',
    pageHeader: true,
  },
  {
    id: CHROME_RULES.today.id,
    zone: 'head',
    pattern: /^今天是[:：]?/,
    example: '今天是：2024年3月1日 星期五',
    pageHeader: true,
  },
  {
    id: CHROME_RULES.clockLine.id,
    zone: 'head',
    pattern: /^.{0,40}?\d{4}年\d{1,2}月\d{1,2}日(?:星期|周|礼拜)[一二三四五六日天](?:农历.*)?$/,
    example: '天津市某区人民政府 2019年12月3日星期二',
    pageHeader: true,
  },
  {
    id: CHROME_RULES.search.id,
    zone: 'edge',
    pattern: /^(?:站内搜索|全站搜索|全文检索|高级检索|搜索|检索|搜一搜)[:：]?(?:搜索|检索|请输入关键[字词].*)?$|请输入(?:搜索)?关键[字词]/,
    example: '搜索：',
    pageHeader: true,
  },
  {
    id: CHROME_RULES.login.id,
    zone: 'edge',
    pattern: /^(?:欢迎您[!！]?\s*)?(?:[【[]?(?:用户登录|登录|注册|退出|个人中心|我的空间|用户中心)[】\]]?[|｜/·]?){1,4}$/,
    example: '登录 | 注册',
    pageHeader: true,
  },
  {
    id: CHROME_RULES.weather.id,
    zone: 'head',
    pattern: /^.{0,20}(?:晴|多云|阴|小雨|中雨|大雨|阵雨|雷阵雨|小雪|中雪|大雪|雾|霾)(?:转(?:晴|多云|阴|小雨|中雨|大雨|阵雨|小雪))?-?\d{1,2}(?:℃|°C)?(?:[~～-]-?\d{1,2}(?:℃|°C))?.{0,12}$/,
    example: '多云 12~22℃',
    pageHeader: true,
  },
  {
    id: CHROME_RULES.mobileToolbar.id,
    zone: 'edge',
    pattern: /^(?:(?:返回|首页|分享|顶部|回到顶部|返回顶部|字号|A\+|A-|A＋|A－|大字版|标准版|关怀版|菜单|导航|电脑版|手机版)[|｜/]?){2,8}$|^(?:顶部|回到顶部|电脑版)$/,
    example: '返回 首页 分享',
  },
  // ── byline, counters, widgets ─────────────────────────────────────────────────────────
  {
    id: CHROME_RULES.byline.id,
    zone: 'edge',
    pattern:
      /^[【[(（]?(?:信息来源|文章来源|稿件来源|新闻来源|来源|來源|来自|稿源|出处|发布时间|發布時間|发表时间|更新时间|更新日期|编辑日期|发布于|發布于|作者|撰稿|供稿|编辑|編輯|记者|浏览次数|瀏覽次數|浏览量|点击量|點擊量|点击数|点击率|阅读次数|阅读量|访问量|访问次数|訪問次數|累计次数|累計次數|浏览|瀏覽)[:：]/,
    example: '来源：县司法局  发布时间：2022-03-18 10:05  浏览次数：312',
    data: 'fields',
  },
  {
    // bare 时间：/日期： only above the document: at its end they may be the document's own lines
    id: CHROME_RULES.byline.id,
    zone: 'head',
    pattern: /^[【[(（]?(?:时间|時間|日期)[:：]/,
    example: '时间：2018-01-05 11:24 【字体：',
    data: 'fields',
  },
  {
    // a byline that starts with the time, or a bare time line: "2023-02-16 09:42:17　来源：某网"
    id: CHROME_RULES.byline.id,
    zone: 'head',
    pattern: /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:[|｜]?(?:来源|作者|浏览|点击|编辑|责任编辑)[:：].*)?$|^\d{4}年\d{1,2}月\d{1,2}日(?:\d{1,2}:\d{2}(?::\d{2})?[|｜]?(?:(?:来源|作者|浏览|点击|编辑|责任编辑)[:：].*)?|[|｜]?(?:来源|作者|浏览|点击|编辑|责任编辑)[:：].*)$/,
    example: '2023-02-16 09:42:17　来源：某网',
    data: 'fields',
  },
  {
    // a byline that is a date (and time) with the organ or the site before it, in brackets, or
    // day first: "某市人民政府 2019-04-22 10:15:00", "某县政府 www.example.gov.cn 2018-01-05",
    // "【2019-07-02 16:20:11】", "07.11.2019 09:30", labelled fields after it ("… 来源：县司法局").
    // A Chinese date needs a zero-padded month or
    // day, or a time: 公文 dates are never padded, so "某市司法局 2022年2月8日" stays (a signature)
    id: CHROME_RULES.byline.id,
    zone: 'head',
    onLine: true,
    pattern: new RegExp(
      `^(?:[\\u4e00-\\u9fa5（）()]{1,28}(?:${BYLINE_NAME_ENDINGS})\\s*(?:www(?:\\.[A-Za-z0-9-]+)+\\s+)?${BYLINE_DATE}|[【[]${BYLINE_DATE}[】\\]]|\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:\\s+\\d{1,2}:\\d{2})?)(?:\\s+[\\u4e00-\\u9fa5]{2,6}[:：].*)?$`,
    ),
    example: '某市人民政府 2019-04-22 10:15:00',
    data: 'fields',
  },
  {
    // a disclosure value alone on its line, its label lost: an 索引号 "11440000MB2C12345X/2022-00017"
    id: CHROME_RULES.disclosureBlock.id,
    zone: 'head',
    pattern: /^[0-9A-Z]{6,20}[-/]\d{4}-\d{3,6}$/,
    example: '11440000MB2C12345X/2022-00017',
    // under its label it is that label's value line
    data: 'fields',
  },
  {
    // the rest of a breadcrumb printed on the line under its first item: "首页" / "> 政府信息公开 > …"
    id: CHROME_RULES.breadcrumb.id,
    zone: 'head',
    pattern: /^(?:>>|>|»|›|＞)[^>»›＞]{1,16}(?:(?:>>|>|»|›|＞)[^>»›＞]{1,24})*$/,
    example: '> 政府信息公开 > 法治政府建设',
    pageHeader: true,
  },
  {
    // the size choices of a font widget dumped one per line, above or below the document: 大 / 中 / 小
    id: CHROME_RULES.fontSize.id,
    zone: 'edge',
    pattern: /^[大中小]$/,
    example: '大',
  },
  {
    // a byline that is a date and then the organ: "2023-06-19 10:20 旗司法局"
    id: CHROME_RULES.byline.id,
    zone: 'head',
    onLine: true,
    pattern: new RegExp(`^${BYLINE_DATE}\\s+[\\u4e00-\\u9fa5（）()]{1,28}(?:${BYLINE_NAME_ENDINGS})$`),
    example: '2023-06-19 10:20 旗司法局',
    data: 'fields',
  },
  {
    // the footer a browser prints on each page of a saved page: its address and the page count
    id: CHROME_RULES.pageNumber.id,
    zone: 'anywhere',
    onLine: true,
    pattern: /^https?:\/\/\S+\s+\d{1,3}\/\d{1,3}$/,
    example: 'https://www.example.gov.cn/zwgk/202403/t20240329_4518832.html 1/3',
  },
  {
    // labels printed with no values: "发布部门： 状态：" (a disclosure block left empty)
    id: CHROME_RULES.disclosureBlock.id,
    zone: 'head',
    pattern: /^(?:[\u4e00-\u9fa5]{2,6}[:：]){2,}$/,
    example: '发布部门： 状态：',
  },
  {
    // an encyclopedia's infobox: "• 中文名：…", "• 类型：…" (a bullet, a short label, its value)
    id: CHROME_RULES.infobox.id,
    zone: 'head',
    pattern: /^[•·●▪]\s*[\u4e00-\u9fa5]{2,6}[:：]/,
    example: '• 中文名：某市法治政府建设指标体系（试行）',
  },
  {
    // an encyclopedia's table of contents: "目录" and the numbered entries under it
    id: CHROME_RULES.toc.id,
    zone: 'head',
    pattern: /^目\s*录$/,
    example: '目录',
    cutsTail: true,
  },
  {
    // an e-paper's page break inside an article: "（下转第二版）", "第02版：要闻", "（上接第一版）"
    id: CHROME_RULES.epaper.id,
    zone: 'anywhere',
    pattern: /^[（(](?:下转|上接|转|接)第?[一二三四五六七八九十\d]{1,3}版[）)]$|^第\d{1,3}版[:：][\u4e00-\u9fa5]{2,6}$/,
    example: '（下转第二版）',
  },
  {
    // an encyclopedia's reference list below the text: "参考资料" and its items
    id: CHROME_RULES.references.id,
    zone: 'tail',
    pattern: /^(?:参考资料|参考文献|参考来源)$/,
    example: '参考资料',
    cutsTail: true,
  },
  {
    id: CHROME_RULES.viewCount.id,
    zone: 'edge',
    pattern: /^(?:0|[1-9]\d{0,7}|\d+次浏览|阅读\d*次|浏览\d+次|[【[]?(?:浏览|点击|阅读|访问)(?:次数|量)?[:：]?\d*次?[】\]]?)$/,
    example: '0',
  },
  {
    // an app's counters side by side, each a word and its number: "阅读 2386  分享 41  收藏 17"
    id: CHROME_RULES.viewCount.id,
    zone: 'edge',
    pattern: /^(?:(?:阅读|浏览|点击|分享|收藏|点赞|评论|转发|在看)[ \t\u3000]*\d{1,9}[ \t\u3000]*){2,6}$/,
    example: '阅读 2386  分享 41  收藏 17',
  },
  {
    id: CHROME_RULES.fontSize.id,
    zone: 'anywhere',
    pattern: /^[【[]?(?:字体大小|文字大小|字体|字體|字号|字號)[:：]?[【[]?(?:[大中小默认超特]|\||｜|[【】[\]]|T|A|a)*[】\]]?(?:分享到?[:：].*)?$|^[【[](?:[大中小]\s*){3}[】\]]$/,
    example: '【字体：大 中 小】',
  },
  {
    id: CHROME_RULES.imageCaption.id,
    zone: 'anywhere',
    pattern: /^(?:图片|图|image|img|pic|photo)\d{0,3}(?:\.(?:jpe?g|png|gif))?$|^[▲△↑]\S.{0,60}$|^图\s*[｜|丨]\s*\S.{0,60}$/i,
    example: '▲县司法局工作人员开展行政执法案卷评查',
  },
  {
    // page numbers a PDF or Word dump leaves between pages: "— 2 —", "-3-", "第 2 页 共 5 页"
    id: CHROME_RULES.pageNumber.id,
    zone: 'anywhere',
    pattern: /^(?:[—\-－–~]{1,2}\d{1,3}[—\-－–~]{1,2}|第\d{1,3}页(?:[,，/]?共\d{1,3}页)?|共\d{1,3}页[,，]?第\d{1,3}页|\d{1,3}\/\d{1,3}|Page\d{1,3}(?:of\d{1,3})?)$/i,
    example: '— 2 —',
  },
  {
    id: CHROME_RULES.decoration.id,
    zone: 'anywhere',
    pattern: /^(?:[▼▲►◄◆◇■□●★☆※—\-_=~·•…]{1,20}|[-—]?END[-—]?|THEEND|全文完|\(完\)|（完）)$/i,
    example: '▼',
  },
  {
    id: CHROME_RULES.eyeCare.id,
    zone: 'anywhere',
    pattern: /^(?:视力保护色|背景颜色|背景顏色|护眼模式|护眼色)[:：]?.{0,20}$/,
    example: '视力保护色：',
  },
  {
    id: CHROME_RULES.textToSpeech.id,
    zone: 'anywhere',
    pattern: /^[【[]?(?:语音阅读正文|语音播报|听全文|朗读全文|语音朗读|开始朗读|停止朗读)[】\]]?$/,
    example: '语音阅读正文',
  },
  {
    id: CHROME_RULES.share.id,
    zone: 'edge',
    pattern: /^[【[]?(?:转载分享|一键分享|分享到|分享至|分享让更多人看到|分享)[:：]?(?:QQ好友|微信好友|微信|微博|新浪微博|腾讯微博|QQ空间|QQ|朋友圈|人人网|豆瓣|钉钉|复制链接|今日头条|抖音|Facebook|Twitter|LINE|WhatsApp|[|｜]|[】\]])*$/i,
    example: '分享到：微信 微博 QQ空间',
  },
  {
    id: CHROME_RULES.share.id,
    zone: 'anywhere',
    pattern: /^(?:分享到|分享至)[:：](?:QQ好友|微信好友|微信|微博|新浪微博|腾讯微博|QQ空间|QQ|朋友圈|人人网|豆瓣|钉钉|复制链接|今日头条|抖音|Facebook|Twitter|LINE|WhatsApp)+$/i,
    example: '分享到：微信 微博',
  },
  {
    // a share dialog's instruction, printed with the page ("用微信扫一扫，点击右上角分享按钮，将本文
    // 分享给您的好友或朋友圈。"): a sentence about the widget, never the document's
    id: CHROME_RULES.share.id,
    zone: 'anywhere',
    // (and its two halves on lines of their own: "打开微信，点击底部的“发现”，" / "使用“扫一扫”即可将网页分享至朋友圈。")
    pattern: /^(?:用|打开)?微信(?:扫一扫|扫描二维码|扫码).{0,30}分享.{0,20}(?:好友|朋友圈)[^，,。]{0,10}[。.!！]?$|^(?:用|打开)微信[，,]点击(?:底部|右上角)的?[“"]?(?:发现|分享)|^使用[“"]?扫一扫[”"]?即可将(?:网页|本文|文章)分享(?:至|到)(?:朋友圈|好友)/,
    example: '用微信扫一扫，点击右上角分享按钮，将本文分享给您的好友或朋友圈。',
    prose: true,
  },
  {
    // the share targets without their label under the title, as a page flattened by spaces
    // leaves them (below the document, the line a share bar stands in is cut with the tail)
    id: CHROME_RULES.share.id,
    zone: 'head',
    pattern: /./,
    tokens: /(?:新浪微博|腾讯微博|微信好友|QQ空间|朋友圈|人人网|微信|微博|豆瓣|QQ)[|｜、]?/iy,
    minTokens: 2,
    example: '微信 微博 QQ空间',
  },
  {
    // below the document, a share bar printed one target a line under its label ("分享到：" / "微信" /
    // "微博" / "QQ空间"): a line of share targets alone, one of them too
    id: CHROME_RULES.share.id,
    zone: 'tail',
    pattern: /./,
    tokens: /(?:新浪微博|腾讯微博|微信好友|QQ空间|朋友圈|人人网|微信|微博|豆瓣|QQ)[|｜、]?/iy,
    example: 'QQ空间',
  },
  {
    id: CHROME_RULES.correction.id,
    zone: 'anywhere',
    pattern: /^[【[]?(?:纠错|我要纠错|网站纠错|报错)[】\]]?$/,
    example: '【纠错】',
  },
  {
    id: CHROME_RULES.printClose.id,
    zone: 'anywhere',
    pattern: /[^|｜【】[\]]/,
    tokens: /我要打印|打印本页|打印此页|打印页面|打印文章|打印正文|打印预览|PDF在线预览|在线预览|打印|关闭窗口|关闭本页|关闭页面|关闭|返回顶部|返回上一页|返回列表|返回|收藏本页|加入收藏|收藏|保存本页|下载本页|我要纠错|纠错|[【】[\]|｜]/y,
    example: '【打印本页】【关闭窗口】',
  },
  {
    id: CHROME_RULES.qrCode.id,
    zone: 'anywhere',
    pattern: /^[【[]?(?:扫一扫在手机(?:上)?(?:打开|查看|浏览)(?:当前页面?|本页面?|此页面?)|扫一扫用手机浏览|扫一扫用手机看新闻|用?手机扫码(?:浏览|阅读|打开|查看)(?:本页|此页|当前页|本文)?|用手机看新闻|手机扫一扫(?:(?:打开|查看|浏览)(?:当前页面?|本页面?|此页面?))?|扫一扫|扫码阅读|用手机扫描二维码|手机扫描二维码.{0,10}|扫描二维码.{0,12}|微信扫一扫.{0,10})[】\]]?$/,
    example: '扫一扫在手机打开当前页',
    cutsTail: true,
  },
  {
    // an empty table row or an HTML entity left as text: "|　|　|", "&nbsp;"
    id: CHROME_RULES.markupLeftover.id,
    zone: 'anywhere',
    // …or a server template's comment or directive shown as text: "<%-- Created by IntelliJ IDEA.", "<!-- …"
    pattern: /^(?:[|｜]+|(?:&(?:nbsp|gt|lt|amp|quot|#\d+);)+|<%[-@=]?.*|<!--.*|.*-->)$/i,
    example: '|　|　|',
  },
  {
    // a line made of widgets only: "字号：[ 大 中 小 ]　　打印　　关闭", "【字体：大 中 小】　【打印】"
    id: CHROME_RULES.widgets.id,
    zone: 'anywhere',
    pattern: /[^|｜【】[\]]/,
    tokens:
      /(?:字体大小|文字大小|字体|字體|字号|字號)[:：]?|[【[〖〔][大中小][】\]〗〕]|[大中小默认超特]|放大|缩小|[TA][+-]?|放大字体|缩小字体|默认字体|打印全文|打印正文|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|加入收藏|收藏|视力保护色[:：]?|背景颜色[:：]?|护眼模式[:：]?|(?:分享到|分享至|分享)[:：]?(?:微信|微博|QQ空间|QQ|朋友圈)*|语音阅读|[|｜【】[\]〖〗〔〕]/iy,
    minTokens: 2,
    example: '字号：[ 大 中 小 ]　　打印　　关闭',
  },
  {
    // a pager left in the text of an article split over pages: "共2页  上一页  1  2  下一页"
    id: CHROME_RULES.pagination.id,
    zone: 'anywhere',
    pattern: /上一页|下一页|共\d+页|尾页/,
    tokens: /共\d+页|第\d+页|首页|上一页|下一页|尾页|末页|\d{1,3}|[<>«»‹›]|跳转|转到|GO|确定/iy,
    example: '共2页  上一页  1  2  下一页',
  },
  {
    id: CHROME_RULES.visitorCounter.id,
    zone: 'anywhere',
    pattern: /^(?:您是(?:本站)?第\d+位访(?:客|问者)|本站(?:总)?访问量[:：]?\d+|今日访问(?:量)?[:：]?\d+|累计访问(?:量|人次)?[:：]?\d+|访问人次[:：]?\d+)/,
    example: '您是第 2860419 位访客',
  },
  {
    // the widgets a 公众号 article carries when it is copied to a site
    id: CHROME_RULES.wechatWidgets.id,
    zone: 'anywhere',
    pattern: /^(?:点击右上角.{0,12}(?:浏览器|打开|分享)[^。]{0,8}|点击(?:上方)?蓝字.{0,8}关注(?:我们)?|收录于(?:合集|话题)|#[^#\s]{1,20}\s*\d+个|阅读原文|写留言|留言|微信扫一扫.{0,12}|关注该公众号|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|(?:分享|收藏|点赞|在看|喜欢此内容的人还喜欢)(?:[|｜]?(?:分享|收藏|点赞|在看))*|长按(?:识别)?(?:二维码|图片).{0,10}|扫码关注.{0,12}|关注(?:我们|公众号).{0,12}|预览时标签不可点)$/,
    example: '点击蓝字 关注我们',
  },
  {
    // a 公众号's call to follow it, above or below a copied article: "↑ 点击上方“某某发布”关注我们，获取更多…"
    id: CHROME_RULES.wechatWidgets.id,
    zone: 'anywhere',
    prose: true,
    pattern: /^[↑↓☝👆]?\s*(?:点击|长按|戳)(?:上方|下方|下图|蓝字)[^。！!]{0,16}关注/,
    example: '↑ 点击上方“某某发布”关注我们，获取更多权威资讯',
  },
  {
    // the tap bar of a 公众号 page saved from the app: "视频小程序赞，轻点两下取消赞在看，轻点两下取消在看",
    // "使用完整服务", "微信扫一扫可打开此内容，使用完整服务"
    id: CHROME_RULES.wechatWidgets.id,
    zone: 'anywhere',
    prose: true,
    pattern: /轻点两下取消(?:赞|在看)|^(?:微信扫一扫可?打开此内容[，,]?)?使用完整服务$/,
    example: '：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看',
  },
  {
    id: CHROME_RULES.appDownload.id,
    zone: 'anywhere',
    pattern: /^(?:下载客户端|客户端下载|扫码下载.{0,10}|APP下载|移动客户端|打开APP.{0,8})$/i,
    example: '下载客户端',
  },
  {
    id: CHROME_RULES.moreLink.id,
    zone: 'anywhere',
    pattern: /^(?:[+＋]?更多|更多>{1,2}|MORE|\.\.\.更多)$|^.{2,10}更多>{1,2}$/i,
    example: '他山之石 更多>>',
  },
  // ── tail: what follows the document ───────────────────────────────────────────────────
  {
    id: CHROME_RULES.prevNext.id,
    zone: 'tail',
    // furniture even when the headline after it reads like prose ("下一篇：某县统计公报，某县统计局")
    prose: true,
    pattern: /^[«‹←<]?(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)[:：]?/,
    example: '上一篇：关于开展2023年度法治政府建设督察的通知',
    cutsTail: true,
  },
  {
    id: CHROME_RULES.related.id,
    zone: 'edge',
    pattern:
      /^[【[]?(?:相关稿件|相关文件|相关链接|相关阅读|相关新闻|相关信息|相关解读|相关政策|相关附件|相关文章|本版其他文章|本版其他新闻|相关专题|相关内容|相关报道|相关文档|延伸阅读|推荐阅读|往期回顾|往期推荐|往期精彩|热点推荐|热门推荐|猜你喜欢|部门解读|图片解读|专家解读|媒体解读|政策解读|解读|更多)[】\]]?(?:[:：].*|更多>*)?$/,
    example: '相关稿件',
    cutsTail: true,
  },
  {
    id: CHROME_RULES.friendLinks.id,
    zone: 'tail',
    pattern: /^[【[]?(?:友情链接|相关网站|政府网站|网站群|部门网站|县区网站|市县网站)[】\]]?(?:[:：].*)?$/,
    example: '友情链接：中国政府网',
    cutsTail: true,
  },
  {
    id: CHROME_RULES.hotList.id,
    zone: 'tail',
    pattern: /^[【[]?(?:热点信息|热点新闻|最新信息|最新文章|最新发布|点击排行|热门文章|热门信息|推荐信息|图片新闻|精彩图片|专题推荐)[】\]]?(?:[:：].*)?$/,
    example: '点击排行',
    cutsTail: true,
  },
  {
    // the header of a list of links below the document, however the site names it: a short
    // phrase ending in what the list holds ("延伸链接", "关联稿件", "推荐阅读：")
    id: CHROME_RULES.related.id,
    zone: 'tail',
    pattern: /^[\u4e00-\u9fa5]{2,4}(?:链接|阅读|文章|稿件|新闻|报道|推荐|专题|专栏|栏目)[:：]?$/,
    example: '延伸链接',
    cutsTail: true,
  },
  {
    id: CHROME_RULES.tags.id,
    zone: 'tail',
    pattern: /^(?:标签|Tags?|TAG|相关标签|文章标签|词条标签)[:：]/i,
    example: '标签：法治政府 年度报告',
  },
  {
    id: CHROME_RULES.rating.id,
    zone: 'tail',
    pattern: /./,
    tokens: /本(?:文|页|信息)对您有(?:帮助|用)吗[?？]?|有用|没用|满意度评价|很满意|不满意|满意|您对本(?:页|篇)信息的评价[^|｜]*|[（(]?\d+[）)]?人觉得有用|\d+|[|｜]/y,
    example: '本文对您有帮助吗？',
  },
  {
    // a platform's label over the document it shows in full below its summary: "处罚决定书全文"
    id: CHROME_RULES.fullTextLabel.id,
    zone: 'anywhere',
    pattern: /^[\u4e00-\u9fa5]{0,8}(?:全文|原文)[:：]?$/,
    example: '处罚决定书全文',
  },
  {
    // a banner asking the reader to accept the site's cookies, wherever a saved page kept it
    id: CHROME_RULES.cookieNotice.id,
    zone: 'anywhere',
    prose: true,
    pattern: /(?:使用|接受|同意|启用|允许)\s?[Cc]ookie|[Cc]ookie\s?(?:政策|设置|声明|偏好)/,
    example: '本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意我们按照《隐私声明》使用Cookie。',
  },
  {
    id: CHROME_RULES.disclaimer.id,
    zone: 'tail',
    prose: true,
    pattern: /^温馨提示[:：][^。]{0,40}(?:本网站|本站|本平台|公示期|信用修复)|未经(?:本网|本站)?(?:书面)?(?:许可|授权).{0,12}(?:转载|复制|镜像)|转载请注明(?:出处|来源)|本网(?:站)?(?:所)?(?:刊登|发布)的.{0,20}(?:版权|仅供参考)|免责声明[:：]|本词条由.{0,8}编辑|内容仅供参考[，,]?不构成|本站转载.{0,10}目的在于|不代表本站(?:赞同|观点|立场)/,
    example: '本网站所有内容，未经书面授权不得转载',
    cutsTail: true,
  },
  {
    // an item of a list of other pages below the document: "· 某局2021年度法治政府建设情况报告　2022-01-20"
    id: CHROME_RULES.listItem.id,
    zone: 'tail',
    pattern: /^[·•●◆◇■□▪▶►]\S.{3,80}$|^\S.{5,80}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/,
    example: '· 某县司法局2022年度法治政府建设情况报告　2023-01-13',
    cutsTail: true,
  },
  {
    id: CHROME_RULES.attachmentWidget.id,
    zone: 'tail',
    pattern: /^(?:(?:文档附件|附件下载|相关附件|附件列表|下载附件|附件信息)[:：]?|附件[:：])$/,
    example: '文档附件：',
    cutsTail: true,
  },
  {
    // a download link below the document: "某县2024年法治政府建设工作要点.pdf"
    id: CHROME_RULES.attachmentDownload.id,
    zone: 'edge',
    pattern: /^(?!附件|\d{1,2}[.．、])\S.*\.(?:pdf|docx?|xlsx?|wps|et|zip|rar|7z|ofd|txt|jpe?g|png)(?:\(\d+(?:\.\d+)?[KMG]?B?\))?$/i,
    example: '某县2024年法治政府建设工作要点.pdf',
  },
  {
    id: CHROME_RULES.editor.id,
    zone: 'tail',
    pattern: /^[【[(（]?(?:责任编辑|责编|编辑|校对|审核|审校|终审|初审|记者|摄影|通讯员|作者|来源)[:：丨｜|]/,
    example: '【责任编辑：张三】',
    data: 'fields',
  },
  {
    id: CHROME_RULES.comments.id,
    zone: 'tail',
    pattern: /^(?:(?:发表评论|网友评论|我要评论|评论(?:\(\d+\))?|我要留言|意见反馈|我要咨询|我要投诉|我要建议|RSS订阅|邮件订阅|订阅)[:：]?|(?:网友评论|发表评论|评论区|留言区)[:：].{0,60})$/i,
    example: '我要留言',
    prose: true,
    cutsTail: true,
  },
  {
    // the comment box's notice under the document: "注：评论内容须经审核后发布，请文明发言。"
    id: CHROME_RULES.comments.id,
    zone: 'tail',
    pattern: /^(?:注[:：])?(?:网友)?(?:评论|留言)(?:内容)?(?:须|需|将|均)?经?(?:管理员)?审核后?(?:发布|显示|公开)|^(?:注[:：])?请?(?:文明发言|文明上网|理性发言)|^(?:评论|留言)须知[:：]/,
    example: '注：评论内容须经审核后发布，请文明发言。',
    prose: true,
  },
  {
    id: CHROME_RULES.footerLinks.id,
    zone: 'tail',
    pattern:
      /(?:关于我们|网站地图|联系我们|设为首页|加入收藏|无障碍浏览|网站声明|隐私申明|隐私声明|隐私政策|网站帮助|使用帮助|网站纠错|网站报障|意见建议|站点地图|法律声明|免责声明|网站导航|设为首页|加入收藏)/,
    example: '关于我们 | 网站帮助 | 网站地图 | 隐私申明',
    cutsTail: true,
  },
  {
    id: CHROME_RULES.footerCopyright.id,
    zone: 'tail',
    pattern: /版权所有|版權所有|版权声明|Copyright|©|\(c\)\d{4}|AllRightsReserved/i,
    example: '版权所有：某县人民政府',
    prose: true,
    cutsTail: true,
  },
  {
    id: CHROME_RULES.footerRegistration.id,
    zone: 'anywhere',
    pattern: /(?:ICP备|ICP证|ICP備|公网安备|公網安備|网站标识码|網站標識碼|政府网站标识码)[:：]?[\dA-Za-z-]*(?:号|號)?/,
    example: '网站标识码：4417000019 备案序号：粤ICP备05062564号-1',
    prose: true,
    cutsTail: true,
  },
  {
    id: CHROME_RULES.footerHost.id,
    zone: 'tail',
    pattern:
      /^(?:主办|主辦|承办|承辦|协办|技术支持|技術支持|技术服务|管理维护|运行维护|运维|网站维护|维护|建设维护|网站建设|设计制作|主管|主办单位|承办单位|协办单位|维护单位|运维单位|网站主办|网站承办)(?:单位)?[:：]|(?:主办|承办|维护|技术支持)$|(?:主办|承办)(?:单位)?(?:技术支持|承办|维护)[:：]|技术支持[:：]/,
    example: '主办单位：某县人民政府办公室',
    cutsTail: true,
  },
  {
    id: CHROME_RULES.footerContact.id,
    zone: 'tail',
    pattern:
      /^(?:地址|联系地址|办公地址|通讯地址|邮编|邮政编码|联系电话|电话|传真|值班电话|咨询电话|投诉电话|联系邮箱|电子邮箱|邮箱|E-?mail)[:：]/i,
    example: '地址：某县某路1号 邮编：000000',
    afterCut: true,
  },
  {
    id: CHROME_RULES.footerSiteMark.id,
    zone: 'tail',
    pattern: /^(?:党政机关|政府网站找错|国家级政府网站|中国政府网|政府网站标识|网站标识|网站支持IPv6|支持IPv6)/i,
    example: '党政机关',
  },
  {
    id: CHROME_RULES.browserHint.id,
    zone: 'anywhere',
    pattern: /(?:建议使用|推荐使用|最佳浏览|浏览效果).{0,20}(?:浏览器|分辨率)|(?:分辨率|浏览器).{0,10}(?:浏览|访问)(?:本站|本网站)/,
    example: '建议使用IE9以上浏览器，1024×768分辨率浏览本站',
    prose: true,
  },
  {
    id: CHROME_RULES.cmsSignature.id,
    zone: 'anywhere',
    pattern: /^(?:ProducedBy|PoweredBy).*|大汉版通发布系统|TRS内容协作平台|TRSWCM/i,
    example: 'Produced By 大汉网络 大汉版通发布系统',
    prose: true,
  },
  {
    id: CHROME_RULES.tabLabels.id,
    zone: 'head',
    pattern: /^(?:(?:详细信息|基本信息|公开具体内容|正文|信息内容|文件内容|内容|原文|图解|详情|文字版|图文版|相关解读|政策解读|文字解读|图片解读|附件|相关附件|相关文件)[|｜]?)+$/,
    example: '详细信息',
  },
  // ── content-farm and mirror wrappers ──────────────────────────────────────────────────
  {
    id: CHROME_RULES.contentFarm.id,
    zone: 'anywhere',
    pattern:
      /^欢迎(?:光临|访问|来到)[^，,。！!]{1,20}(?:网|站|文库|百科)|上传于[^。]{0,30}(?:已被)?下载\d+次|已被下载\d+次|下面是小编|以下是小编|本站部分内容来源于|如有侵权请联系|仅供学习参考|小编为大家|小编整理|本站为你精心整理|本站為你精心整理|本文由网友|仅展示\d+字|全文共\d+字|当前显示\d+字|[(（]?未完[,，]?(?:全文|继续阅读)|加入会员|开通会员|我要投稿|免费下载|复制全文|下载文档|文档下载|点击下载本文|原创文章.{0,10}转载|版权归原作者|^【收藏】|^收藏本文|还剩\d+页未读|本文档由用户上传|仅提供信息存储空间服务|^下载所需[:：]?\d+积分|^举报$/,
    example: '(未完,全文共3203字,当前显示1200字)',
    prose: true,
  },
  {
    id: CHROME_RULES.scriptLeftover.id,
    zone: 'anywhere',
    onLine: true,
    pattern:
      /^(?:\$\(|jQuery\(|document\.(?:write|getElementById|querySelector)|window\.|var\s+[\w$]+\s*=|let\s+\w+\s*=|const\s+\w+\s*=|function(?:\s+[\w$]+)?\s*\(|\(function\s*\(|}\s*\)\s*;?$|[}{]$|<\/?(?:script|style|div|span|a|p|img|link|meta)\b|@media\b|[.#]?[\w-][\w\s>.#:,-]*\{[^{}]*\}?$)/,
    example: "$('#share-1').share();",
    prose: true,
  },
]

/** Spans inside a longer line that are widgets, removed without the rest of the line. */
export const CHROME_SPAN_RULES: readonly { id: string; pattern: RegExp; example: string }[] = [
  {
    id: CHROME_RULES.fontSize.id,
    pattern: /[【[]\s*(?:字体大小|字体|字號|字号)[\s:：]*(?:[大中小][\s|｜]*){2,3}[】\]]/g,
    example: '关于…的报告【字体：大 中 小】',
  },
  {
    id: CHROME_RULES.printClose.id,
    pattern: /[【[]\s*(?:我要打印|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|我要纠错|纠错)\s*[】\]]/g,
    example: '（此件公开发布）【打印本页】',
  },
]

/** What every span rule's widget opens with, full width or not (the rules read the line
 *  width-folded, where ［ is [): a line without one holds no span widget and is not scanned. */
export const CHROME_SPAN_OPENER = /[【[［]/

/** Rules whose line is an item of a list of other pages below the document (· 某县…报告 2023-01-13). */
export const LIST_ITEM_RULES: readonly string[] = [CHROME_RULES.listItem.id]

/** The heading of a site's notice below the document, whose paragraphs follow it ("版权与免责声明" /
 *  "1.凡本站…注明“原创”的作品，其版权属于…。"): a statement of the site, never a heading a document
 *  gives its own part. */
export const FOOTER_NOTICE_HEADING = /^[【[]?(?:版权|免责|法律|网站|隐私|使用)(?:[与及和、]?(?:版权|免责|隐私))?(?:声明|申明|条款)[】\]]?[:：]?$/

/** Rules whose line heads a list of other pages below the document (上一篇, 相关链接, 点击排行): a
 *  prose line right under one is a teaser of the list, not the document's last line. */
export const LIST_HEADER_RULES: readonly string[] = [CHROME_RULES.prevNext.id, CHROME_RULES.related.id, CHROME_RULES.hotList.id]

/** Safety valve: when rules would remove more than this share of the page's characters while a
 *  document is present, nothing is removed and the page is flagged (trafilatura's with_backup). */
export const CHROME_MAX_REMOVED_RATIO = 0.75

/** A line counts as document prose when it has at least this many Han characters and sentence
 *  punctuation; such lines bound the head and tail zones. */
export const BODY_LINE_MIN_HAN = 15

/** --learn-chrome: a line outside the documents becomes chrome/site-repeated when it recurs on
 *  at least this many pages of one site… */
export const SITE_REPEATED_MIN_PAGES = 4
/** …and on at least this share of that site's pages. */
export const SITE_REPEATED_MIN_SHARE = 0.5
