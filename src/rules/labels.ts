/**
 * Labels that government pages print in front of data: the 信息公开 disclosure block (索引号,
 * 发布机构, 文号 …) and the byline (来源, 发布时间, 浏览次数 …). Listed as printed, Simplified and
 * Traditional; matched with inner spaces removed, so 索　引　号 and 索 引 号 are 索引号.
 * Order matters inside a group: longer labels first, so 发布日期 wins over 日期.
 */

/** What a label's value is used for. */
export type LabelRole =
  | 'index-number'
  | 'doc-number'
  | 'topic'
  | 'publisher'
  | 'issuer'
  | 'written-date'
  | 'published-date'
  | 'issued-date'
  | 'validity'
  | 'title'
  | 'summary'
  | 'keywords'
  | 'source'
  | 'views'
  | 'author'
  | 'other'

export interface MetaLabel {
  label: string
  role: LabelRole
}

/** Disclosure-block labels (DOMAIN §3.1). */
export const DISCLOSURE_LABELS: readonly MetaLabel[] = [
  { label: '索引号', role: 'index-number' },
  { label: '索引號', role: 'index-number' },
  { label: '信息索引号', role: 'index-number' },
  { label: '索引编号', role: 'index-number' },
  { label: '统一编号', role: 'index-number' },
  { label: '登记号', role: 'index-number' },
  { label: '发文字号', role: 'doc-number' },
  { label: '發文字號', role: 'doc-number' },
  { label: '文号', role: 'doc-number' },
  { label: '文件编号', role: 'doc-number' },
  { label: '文號', role: 'doc-number' },
  { label: '主题分类', role: 'topic' },
  { label: '主題分類', role: 'topic' },
  { label: '信息分类', role: 'topic' },
  { label: '信息分類', role: 'topic' },
  { label: '组配分类', role: 'topic' },
  { label: '体裁分类', role: 'topic' },
  { label: '服务对象分类', role: 'topic' },
  { label: '公开目录', role: 'topic' },
  { label: '所属主题', role: 'topic' },
  { label: '分类', role: 'topic' },
  { label: '分類', role: 'topic' },
  { label: '发布机构', role: 'publisher' },
  { label: '發布機構', role: 'publisher' },
  { label: '发布单位', role: 'publisher' },
  { label: '公开单位', role: 'publisher' },
  { label: '信息来源单位', role: 'publisher' },
  { label: '发文机构', role: 'issuer' },
  { label: '发文机关', role: 'issuer' },
  { label: '發文機關', role: 'issuer' },
  { label: '发文单位', role: 'issuer' },
  { label: '發文單位', role: 'issuer' },
  { label: '制发机构', role: 'issuer' },
  { label: '制发机关', role: 'issuer' },
  { label: '发布机关', role: 'issuer' },
  { label: '發布機關', role: 'issuer' },
  { label: '成文日期', role: 'written-date' },
  { label: '成文时间', role: 'written-date' },
  { label: '制发日期', role: 'written-date' },
  { label: '发布日期', role: 'published-date' },
  { label: '發布日期', role: 'published-date' },
  { label: '公开日期', role: 'published-date' },
  { label: '公開日期', role: 'published-date' },
  { label: '上载日期', role: 'published-date' },
  { label: '发文日期', role: 'issued-date' },
  { label: '發文日期', role: 'issued-date' },
  { label: '生成日期', role: 'issued-date' },
  { label: '颁布时间', role: 'issued-date' },
  { label: '印发日期', role: 'issued-date' },
  { label: '有效性', role: 'validity' },
  { label: '是否有效', role: 'validity' },
  { label: '效力状态', role: 'validity' },
  { label: '时效性', role: 'validity' },
  { label: '时效', role: 'validity' },
  { label: '生效时间', role: 'validity' },
  { label: '生效日期', role: 'validity' },
  { label: '废止时间', role: 'validity' },
  { label: '废止日期', role: 'validity' },
  // a 规范性文件 platform's rows: 实施日期 / 施行日期, 失效日期, 文件状态
  { label: '实施日期', role: 'validity' },
  { label: '施行日期', role: 'validity' },
  { label: '失效日期', role: 'validity' },
  { label: '文件状态', role: 'validity' },
  { label: '信息名称', role: 'title' },
  { label: '信息名稱', role: 'title' },
  { label: '公开事项名称', role: 'title' },
  { label: '文件名称', role: 'title' },
  { label: '公文名称', role: 'title' },
  { label: '公文名稱', role: 'title' },
  { label: '标题', role: 'title' },
  { label: '標題', role: 'title' },
  { label: '名称', role: 'title' },
  { label: '名稱', role: 'title' },
  { label: '内容概述', role: 'summary' },
  { label: '内容摘要', role: 'summary' },
  { label: '摘要', role: 'summary' },
  { label: '关键词', role: 'keywords' },
  { label: '關鍵詞', role: 'keywords' },
  { label: '关键字', role: 'keywords' },
  { label: '主题词', role: 'keywords' },
  { label: '公开方式', role: 'other' },
  { label: '解读类型', role: 'other' },
  { label: '文种', role: 'other' },
  { label: '公文种类', role: 'other' },
  { label: '体裁', role: 'other' },
  { label: '公开范围', role: 'other' },
  { label: '公开形式', role: 'other' },
  { label: '公开时限', role: 'other' },
  { label: '归档时间', role: 'other' },
  { label: '统一登记号', role: 'other' },
]

/** Byline labels (DOMAIN §4 C05, C06, C33): printed above or below the document. */
export const BYLINE_LABELS: readonly MetaLabel[] = [
  { label: '信息来源', role: 'source' },
  { label: '文章来源', role: 'source' },
  { label: '本文来源', role: 'source' },
  { label: '供稿单位', role: 'source' },
  { label: '稿件来源', role: 'source' },
  { label: '新闻来源', role: 'source' },
  { label: '来源', role: 'source' },
  { label: '來源', role: 'source' },
  { label: '来自', role: 'source' },
  { label: '稿源', role: 'source' },
  { label: '出处', role: 'source' },
  { label: '发布时间', role: 'published-date' },
  { label: '發布時間', role: 'published-date' },
  { label: '发表时间', role: 'published-date' },
  { label: '更新时间', role: 'published-date' },
  { label: '更新日期', role: 'published-date' },
  { label: '编辑日期', role: 'published-date' },
  { label: '发布于', role: 'published-date' },
  { label: '添加时间', role: 'published-date' },
  { label: '上传时间', role: 'published-date' },
  { label: '录入时间', role: 'published-date' },
  { label: '发稿时间', role: 'published-date' },
  { label: '發布于', role: 'published-date' },
  { label: '时间', role: 'published-date' },
  { label: '時間', role: 'published-date' },
  { label: '日期', role: 'published-date' },
  { label: '作者', role: 'author' },
  { label: '撰稿', role: 'author' },
  { label: '发布者', role: 'author' },
  { label: '发布人', role: 'author' },
  { label: '录入者', role: 'author' },
  { label: '录入', role: 'author' },
  { label: '供稿', role: 'author' },
  { label: '责任编辑', role: 'author' },
  { label: '編輯', role: 'author' },
  { label: '编辑', role: 'author' },
  { label: '记者', role: 'author' },
  { label: '审核', role: 'author' },
  { label: '浏览次数', role: 'views' },
  { label: '瀏覽次數', role: 'views' },
  { label: '浏览量', role: 'views' },
  { label: '点击量', role: 'views' },
  { label: '點擊量', role: 'views' },
  { label: '点击数', role: 'views' },
  { label: '点击次数', role: 'views' },
  { label: '点击', role: 'views' },
  { label: '阅读数', role: 'views' },
  { label: '浏览数', role: 'views' },
  { label: '点击率', role: 'views' },
  { label: '阅读次数', role: 'views' },
  { label: '阅读量', role: 'views' },
  { label: '访问量', role: 'views' },
  { label: '访问次数', role: 'views' },
  { label: '訪問次數', role: 'views' },
  { label: '累计次数', role: 'views' },
  { label: '累計次數', role: 'views' },
  { label: '浏览', role: 'views' },
  { label: '瀏覽', role: 'views' },
  { label: '阅读', role: 'views' },
]

/** The places a share widget sends a page to ("分享到：微信 微博 QQ空间"), longest first. */
export const SHARE_TARGETS: readonly string[] = ['WhatsApp', 'Facebook', 'Twitter', 'QQ好友', '微信好友', '新浪微博', '腾讯微博', 'QQ空间', '朋友圈', '人人网', '复制链接', '今日头条', '微信', '微博', '豆瓣', '钉钉', '抖音', 'LINE', 'QQ']

/** Widget labels that end a byline value but carry no data (【字体：大 中 小】, 分享到：…). */
export const WIDGET_LABELS: readonly string[] = [
  '字体大小', '文字大小', '字体', '字體', '字号', '字號', '视力保护色', '背景颜色', '背景顏色', '护眼模式',
  '转载分享', '分享到', '分享至', '分享', '打印本页', '打印', '关闭窗口', '关闭', '收藏', '语音阅读', '朗读',
]

/** All data labels, longest first (a longer label must win over its tail: 发布日期 over 日期). */
export const ALL_META_LABELS: readonly MetaLabel[] = [...DISCLOSURE_LABELS, ...BYLINE_LABELS].sort(
  (a, b) => b.label.length - a.label.length,
)

/** Labels of the rows of a document laid out as a table (a 行政处罚信息公开表, a 许可公示表): read
 *  from the document's own rows, never removed as chrome. */
export const TABLE_DOCUMENT_LABELS: readonly MetaLabel[] = [
  { label: '行政处罚决定书文号', role: 'doc-number' },
  { label: '处罚决定书文号', role: 'doc-number' },
  { label: '决定书文号', role: 'doc-number' },
  { label: '许可决定书文号', role: 'doc-number' },
  { label: '作出处罚决定的机关名称', role: 'issuer' },
  { label: '作出行政处罚决定机关名称', role: 'issuer' },
  { label: '作出处罚的机关名称', role: 'issuer' },
  { label: '处罚机关', role: 'issuer' },
  // a table's column named by the organ that decided: "序号 | 当事人名称 | … | 作出决定机关"
  { label: '作出决定机关', role: 'issuer' },
  { label: '作出处罚决定机关', role: 'issuer' },
  { label: '决定机关', role: 'issuer' },
  { label: '许可机关', role: 'issuer' },
  { label: '作出处罚决定的日期', role: 'written-date' },
  { label: '作出行政处罚决定日期', role: 'written-date' },
  { label: '处罚决定日期', role: 'written-date' },
  { label: '许可决定日期', role: 'written-date' },
]

/** The spaces a label may be written with between its characters (索　引　号, 发 布 日 期), the
 *  typographic ones a CMS's &ensp; and &emsp; write among them ("文&emsp;&emsp;号：", "有&ensp;效&ensp;性："). */
export const LABEL_SPACES = ' \t\u3000\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f'

/**
 * Labels grouped by their first character (a code unit), each group in the order given: a text
 * is checked against the labels that can start where it does, not against all of them.
 * @param labels the labels, first choice first
 * @returns first character's code → its labels
 */
export function labelsByFirstCharacter(labels: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>()
  for (const label of labels) {
    const group = groups.get(label.charCodeAt(0))
    if (group === undefined) groups.set(label.charCodeAt(0), [label])
    else group.push(label)
  }
  return groups
}

/** The first item of a breadcrumb with no label before it: the site's home page ("首页 > 政务公开 > …"),
 *  longest of a family first. */
export const BREADCRUMB_ROOTS: readonly string[] = ['网站首页', '首页', '首頁', '主页']

/** The last item of a breadcrumb that names the page itself, not a column ("首页 > 法治 > 正文"): the
 *  title printed after the breadcrumb follows it. */
export const BREADCRUMB_PAGE_ITEMS: readonly string[] = ['正文', '文章正文', '正文内容', '详情', '详细内容', '内容详情']

/** Labels that introduce a breadcrumb (当前位置：首页 > …), longest of a family first. */
export const BREADCRUMB_LABELS: readonly string[] = [
  '当前位置', '当前的位置', '您现在的位置', '您当前的位置', '您当前位置', '您的当前位置', '您所在的位置', '您所在位置', '您的位置', '你的位置', '你现在的位置',
  '你当前的位置', '当前页面', '所在位置', '现在位置', '当前栏目', '位置导航', '位置',
]

/** The label of a site's clock ("今天是：2024年4月15日 星期一"), which opens a line of furniture. */
export const CLOCK_LABELS: readonly string[] = ['今天是']
