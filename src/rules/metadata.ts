/**
 * Every metadata rule, each id once: what it reads and how sure a value it finds is (the Report's
 * `evidence` names the rule; the README's table is drawn from this). The finders in
 * src/stages/metadata/ take their rule from here, and each field's finders are tried in the order
 * its rules are declared.
 *
 * `confidence` is a number, or 'title' for what is read off the title (its kind, family, the
 * title it encloses): as sure as the title itself. `confidenceNote` tells a reader where a rule
 * is less sure than its figure (a 发布机构 taken for the issuer).
 */
import { declareRules } from './declare.js'

/** A metadata rule as the finders apply it. */
export interface MetadataRule {
  id: string
  confidence: number | 'title'
  confidenceNote?: string
  summary: string
}

export const METADATA_RULES = declareRules('extract-metadata', {
  // ── title ─────────────────────────────────────────────────────────────────────────────────
  titleFromHeadingOfEnclosed: {
    id: 'metadata/title-from-heading-of-enclosed',
    confidence: 0.9,
    summary: 'the CMS heading when it names the document the head\'s 通知 publishes (关于印发…的通知 under the heading 某市…办法), or one the page prints below the first (a 条例 under the 公告 that promulgates it): the site published the page as that document\'s',
  },
  titleFromHeadOverRenaming: {
    id: 'metadata/title-from-head-over-renaming',
    confidence: 0.9,
    summary: 'the document\'s own title (关于 … kind word) when the disclosure block names it otherwise (名称：建湖县2023年度法治政府建设情况报告 above 中共建湖县委 建湖县人民政府关于2023年度…的报告): the editor\'s short name is no copy of the title',
  },
  titleFromDisclosure: { id: 'metadata/title-from-disclosure', confidence: 1, summary: 'the disclosure block\'s 信息名称/标题' },
  titleFullestCopy: { id: 'metadata/title-fullest-copy', confidence: 1, summary: 'the CMS heading when it is the document\'s title with the organ before it' },
  titleFromHead: {
    id: 'metadata/title-from-head',
    confidence: 1,
    summary: 'the title at the top of the document, wrapped lines joined (a letter-spaced title read without its spaces; a date after it in brackets — with the meeting that adopted it: （2023年5月9日…常务会议审议通过） —, a 文号 before it and spaces around its year dropped)',
  },
  titleFromPageHeading: { id: 'metadata/title-from-page-heading', confidence: 1, summary: 'the CMS heading when the document prints no title of its own' },
  titleFromHtmlHead: { id: 'metadata/title-from-html-head', confidence: 0.9, summary: '`<meta name="ArticleTitle">` or `<title>`, when the page prints none' },
  titleFromPosition: {
    id: 'metadata/title-from-position',
    confidence: 0.8,
    summary: 'when no line of the head ends with a kind word: the last title-shaped line above the body (…工作总结及2019年工作打算, …建设情况), never a site\'s name or a widget that speaks of the page (…扫码浏览本页)',
  },
  // ── what the title says ───────────────────────────────────────────────────────────────────
  kindFromTitle: { id: 'metadata/kind-from-title', confidence: 'title', summary: 'the kind word ending the title' },
  familyEvaluationReport: { id: 'metadata/family-evaluation-report', confidence: 'title', summary: 'family 评估报告: a title ending in 评估报告 (…实施方案》中期评估报告)' },
  familyAnnualReport: {
    id: 'metadata/family-annual-report',
    confidence: 'title',
    summary: 'family 年度报告: a 报告 ending in 年度报告, in 情况/工作报告 with a year (关于2017年度法治政府建设情况的报告), or in 法治政府建设（情况）报告',
  },
  familyWorkReport: { id: 'metadata/family-work-report', confidence: 'title', summary: 'family 工作情况报告: a 报告 on work with no single year (…五年法治政府建设工作情况的报告)' },
  familyWorkSummary: { id: 'metadata/family-work-summary', confidence: 'title', summary: 'family 工作总结: a title ending in 工作总结' },
  familyPlan: { id: 'metadata/family-plan', confidence: 'title', summary: 'family 实施方案: a title ending in 实施方案' },
  familyWorkPoints: { id: 'metadata/family-work-points', confidence: 'title', summary: 'family 工作要点: a title ending in 工作要点' },
  familyProgramme: { id: 'metadata/family-programme', confidence: 'title', summary: 'family 规划: a title ending in 规划' },
  familyOutline: { id: 'metadata/family-outline', confidence: 'title', summary: 'family 纲要: a title ending in 纲要' },
  familyInterpretation: { id: 'metadata/family-interpretation', confidence: 'title', summary: 'family 解读: a title ending in 解读 (《…实施方案》政策解读)' },
  enclosesFromTitle: { id: 'metadata/encloses-from-title', confidence: 'title', summary: '印发/转发《…》的通知 → the enclosed title' },
  // ── issuers and recipients ────────────────────────────────────────────────────────────────
  issuersFromSignature: { id: 'metadata/issuers-from-signature', confidence: 1, summary: 'issuers: the organs that signed' },
  issuersFromTitle: { id: 'metadata/issuers-from-title', confidence: 1, summary: 'issuers: the organs before 关于 in the title' },
  issuersFromMasthead: { id: 'metadata/issuers-from-masthead', confidence: 1, summary: 'issuers: the 发文机关标志 (某市人民政府文件)' },
  issuersFromOrder: {
    id: 'metadata/issuers-from-order',
    confidence: 1,
    summary: 'the organ an order\'s header names: 某市人民政府令 / 第179号, or a 条例\'s promulgation note （2021年7月27日中华人民共和国国务院令第746号公布）',
  },
  issuersUnderTitle: { id: 'metadata/issuers-under-title', confidence: 1, summary: 'organs on their own line under the title, before the body (a 公报\'s 某县统计局 国家统计局某县调查队)' },
  issuersFromTable: { id: 'metadata/issuers-from-table', confidence: 1, summary: 'the organ row of a document laid out as a table (作出处罚决定的机关名称 | 某区城市管理执法局), or its column (序号 | 当事人名称 | … | 作出决定机关, the first row\'s cells maybe one per line)' },
  issuersFromTitleHead: {
    id: 'metadata/issuers-from-title-head',
    confidence: 0.9,
    summary: 'the organs a title starts with before its year when no 关于 follows (某市市场监督管理局（知识产权局）2022年…报告) — a place alone (某区, 某镇) issues nothing',
  },
  issuersFromClosingLine: { id: 'metadata/issuers-from-closing-line', confidence: 0.9, summary: 'an organ signing off the document with no date under it: its last line （某县统计局）' },
  issuersFromDisclosure: { id: 'metadata/issuers-from-disclosure', confidence: 1, confidenceNote: '0.8 from 发布机构', summary: 'the disclosure block\'s 发文机关, else its 发布机构' },
  recipientsFromHead: { id: 'metadata/recipients-from-head', confidence: 1, summary: 'the 主送 line' },
  // ── 文号 ──────────────────────────────────────────────────────────────────────────────────
  docNumberFromHead: { id: 'metadata/doc-number-from-head', confidence: 1, summary: 'the 文号 line under the masthead or the title' },
  docNumberFromTable: { id: 'metadata/doc-number-from-table', confidence: 1, summary: 'a table document\'s 文号 row (行政处罚决定书文号 | …)' },
  docNumberFromTitle: { id: 'metadata/doc-number-from-title', confidence: 1, summary: 'a 文号 in brackets ending the title (…信息公开表（某罚决字〔2024〕36号）)' },
  docNumberFromDisclosure: { id: 'metadata/doc-number-from-disclosure', confidence: 1, summary: 'the disclosure block\'s 文号' },
  // ── dates ─────────────────────────────────────────────────────────────────────────────────
  publishedDate: { id: 'metadata/published-date', confidence: 1, summary: 'the page\'s 发布日期 (a byline\'s time on the same day is kept)' },
  publishedUnlabelled: { id: 'metadata/published-unlabelled', confidence: 0.9, summary: 'a byline\'s date printed without a label' },
  publishedFromHtmlHead: { id: 'metadata/published-from-html-head', confidence: 0.9, summary: '`<meta name="PubDate">`: the CMS\'s record, not the page\'s print' },
  publishedFromUpdate: {
    id: 'metadata/published-from-update',
    confidence: 0.8,
    summary: '更新时间/更新日期/编辑日期: when the page was last changed, read only when nothing else dates it (for the Report and for the repair stage\'s evidence alike)',
  },
  signedFromSignature: { id: 'metadata/signed-from-signature', confidence: 1, summary: 'the 成文日期 under the signers' },
  dateUnderTitle: { id: 'metadata/date-under-title', confidence: 1, summary: 'the 成文日期 in brackets under the title （2023年2月15日）, as 规定 and some reports print it' },
  signedFromTable: { id: 'metadata/signed-from-table', confidence: 1, summary: 'a table document\'s date row (作出处罚决定的日期 | 2024年5月10日)' },
  signedFromDisclosure: { id: 'metadata/signed-from-disclosure', confidence: 1, summary: 'the disclosure block\'s 成文日期' },
  printedFromImprint: { id: 'metadata/printed-from-imprint', confidence: 1, summary: 'the 印发 date of the 版记' },
  // ── period ────────────────────────────────────────────────────────────────────────────────
  periodFromTitle: { id: 'metadata/period-from-title', confidence: 1, summary: 'the years the title names (（2016—2020年）, 十四五, 2017年度, 2024法治…; one year summed up and the next planned: 2022年…工作总结及2023年工作计划 → 2022–2023)' },
  periodPreviousYear: { id: 'metadata/period-previous-year', confidence: 0.9, summary: '上一年度 in the title, counted back from the published or signed date' },
  periodFromHeadings: {
    id: 'metadata/period-from-headings',
    confidence: 0.9,
    confidenceNote: '0.8 from the first heading\'s year',
    summary: 'a 年度 in any heading, or the first heading\'s year (一、2021年法治政府建设工作情况)',
  },
  periodFromBody: {
    id: 'metadata/period-from-body',
    confidence: 0.8,
    summary: 'for a report or a page without a title: its statement (现将某县2022年…报告如下) or its opening (2023年，某局在…)',
  },
  // ── signature ─────────────────────────────────────────────────────────────────────────────
  signature: { id: 'metadata/signature', confidence: 1, summary: 'the signature block: the signers above its date' },
  // ── region (see the README's *Region*): the first source that names a place decides ─────────
  regionFromIssuers: { id: 'metadata/region-from-issuers', confidence: 1, summary: 'the region the issuers name (衡南县咸塘镇人民政府, 中共娄底市委)' },
  regionFromTitle: { id: 'metadata/region-from-title', confidence: 1, summary: 'the region the title names (咸塘镇2017年法治政府建设工作总结)' },
  regionFromDisclosure: { id: 'metadata/region-from-disclosure', confidence: 1, summary: 'the region the disclosure block and byline name (发布机构, 发文机关, 来源)' },
  regionFromSite: { id: 'metadata/region-from-site', confidence: 0.9, summary: 'the region of the site: its 版权所有 / 主办 lines, its name, its address, the breadcrumb' },
  regionFromCode: {
    id: 'metadata/region-from-code',
    confidence: 0.9,
    summary: 'a code: 网站标识码 4417000019 → 441700, a 索引号 made of a 统一社会信用代码 (only where the organs name no place the table lacks)',
  },
  regionFromBody: { id: 'metadata/region-from-body', confidence: 0.8, summary: 'the body, for a page that names its organ nowhere else' },
  regionFromLinks: { id: 'metadata/region-from-links', confidence: 0.8, summary: 'the sites a page links to (a page links to its own province\'s): the province only' },
} as const satisfies Record<string, MetadataRule>)

/** A rule whose finder gives its own figure (every rule but those that read the title). */
export type FinderRule = MetadataRule & { confidence: number }
