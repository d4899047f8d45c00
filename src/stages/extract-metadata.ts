/**
 * Stage `extract-metadata`: the document's parts, sections and the data its chrome carried →
 * title, kind, issuers, recipients, document number, dates, period, meta, breadcrumb,
 * signature and notes. Each field is a chain of named finders; the first that finds something
 * wins, and a finder that finds nothing returns undefined.
 *
 * Example: blocks [title '某市人民政府关于2021年度法治政府建设情况的报告', …] and captured
 * fields [来源: 县政府办, 时间: 2022-03-18 10:05] → title …, kind 报告, issuers ['某市人民政府'],
 * period 2021..2021, dates.published '2022-03-18T10:05', meta {来源: '县政府办', 时间: '2022-03-18 10:05'}.
 */
import { findDate, isoDateIn, toIso } from '../dates.js'
import { createMessage } from '../messages.js'
import { resolveRegion, type RegionEvidence } from '../regions.js'
import {
  ANNUAL_REPORT_FAMILIES,
  DOC_NUMBER,
  DOC_NUMBER_NO_YEAR,
  ENCLOSING_CLOSE,
  ENCLOSING_OPEN,
  endsWithKind,
  FAMILY_RULES,
  FIVE_YEAR_PLAN,
  FIVE_YEAR_PLAN_FIRST,
  FIVE_YEAR_PLAN_FIRST_YEARS,
  IMPRINT_LINE,
  isOrganName,
  KIND_CANONICAL,
  KIND_WORDS,
  MASTHEAD,
  BODY_PERIOD_BLOCKS,
  FIRST_HEADING_YEAR,
  PLACE_SUFFIXES,
  PREVIOUS_YEAR,
  REPORT_KINDS,
  REPORT_OPENING_YEAR,
  REPORT_STATEMENT_END,
  REPORT_STATEMENT_YEAR,
  TITLE_DATE_SUFFIX,
  TITLE_HEAD_BEFORE_YEAR,
  titleEnd,
  TRAILING_BRACKETED_NAME,
} from '../rules/document.js'
import { ALL_META_LABELS, type LabelRole } from '../rules/labels.js'
import { ORGAN_LABEL_ROLES, SITE_IDENTITY_RULES } from '../rules/regions.js'
import { MAX_RANGE_SPAN, PLAUSIBLE_YEARS } from '../rules/repairs.js'
import { BACKGROUND_HEADING, REPORT_PART_RULES } from '../rules/sections.js'
import { chineseNumeralValue } from '../text.js'
import type { Message, Period, Report, ReportPart, Section, Signature } from '../types.js'
import type { HtmlHead } from './html-to-text.js'
import type { CapturedField } from './strip-chrome.js'
import { POSITIONAL_TITLE_GROUP, unspaceLetters, type Block } from './segment.js'

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
}

export type Metadata = Pick<
  Report,
  | 'title'
  | 'kind'
  | 'family'
  | 'encloses'
  | 'issuers'
  | 'recipients'
  | 'docNumber'
  | 'dates'
  | 'period'
  | 'region'
  | 'meta'
  | 'breadcrumb'
  | 'signature'
  | 'notes'
>

/** Where a value was read: a block of the document (its offset in the segmented text), a line
 *  of the input (1-based, for what the page's chrome carried), or nowhere printed (the HTML head). */
export type Where = { offset: number } | { line: number } | null

export interface MetadataResult {
  metadata: Metadata
  /** The sections, each top-level one of an annual report with its `part`. */
  sections: Section[]
  /** For each field found: the rule that found it and where. */
  evidence: Record<string, { rule: string; where: Where }>
  /** Offsets in messages are block start offsets, into the segmented text. */
  messages: Message[]
}

/** No options yet; kept so callers pass a stable shape. */
export type ExtractMetadataOptions = Record<string, never>

const ROLE_BY_LABEL = new Map<string, LabelRole>(ALL_META_LABELS.map((l) => [l.label, l.role]))

/** Labels of the page's publication date, most specific first (order matters). */
const PUBLISHED_LABELS = ['发布日期', '发布时间', '发布于', '公开日期', '发表时间', '上载日期', '时间', '日期']
/** When a page was last changed, not when it was published: read only on a page that prints no
 *  label of publication (an old CMS's only date). */
const UPDATED_LABELS = ['更新时间', '更新日期', '编辑日期']

/** A value and how it was found. */
interface Found<T> {
  value: T
  rule: string
  where: Where
}

/** The first finder that finds something. */
function firstFound<T>(...finders: (() => Found<T> | undefined)[]): Found<T> | undefined {
  for (const find of finders) {
    const found = find()
    if (found !== undefined) return found
  }
  return undefined
}

const inBlock = (block: Block): Where => ({ offset: block.start })

/** The meta label → value map, with the input line of each label. */
interface Meta {
  values: Record<string, string>
  lines: Record<string, number>
}

/**
 * Read the document's metadata.
 * @param input the document's parts and the data its chrome carried
 * @returns the metadata fields of the Report, the evidence for each, and warnings
 */
export function extractMetadata(input: ExtractMetadataInput, _options: ExtractMetadataOptions = {}): MetadataResult {
  const messages: Message[] = []
  const meta = readMeta(input)
  const blocks = input.blocks
  const signature = findSignature(blocks)

  const found = titleFromBlocks(blocks)
  // a title known by its position alone is the weakest: the page's own heading or <head> first
  const positional = found?.rule === 'metadata/title-from-position' ? found : undefined
  const documentTitle = positional === undefined ? found : undefined
  const title = firstFound(
    () => titleFromMeta(meta),
    () => fullestTitle(documentTitle, pageTitleOf(input)),
    () => titleFromHead(input),
    () => positional,
  )
  if (title === undefined) {
    messages.push(createMessage('extract-metadata', 'no-title', 'no title found in the document or its disclosure block'))
  } else if (title.rule === 'metadata/title-from-disclosure' && documentTitle !== undefined && !sameTitle(title.value, documentTitle.value)) {
    messages.push(
      createMessage('extract-metadata', 'title-conflict', `the disclosure block’s title “${title.value}” differs from the document’s own “${documentTitle.value}”; the disclosure block’s is used`, 'warning', offsetOf(documentTitle.where)),
    )
  }
  const titleText = title?.value

  const docNumber = firstFound(
    () => docNumberFromBlocks(blocks),
    () => docNumberFromMeta(meta, messages),
  )
  const issuers = firstFound<string[]>(
    () => (signature && signature.value.signers.length > 0 ? { value: signature.value.signers, rule: 'metadata/issuers-from-signature', where: signature.where } : undefined),
    () => issuersFromTitle(title),
    () => issuersFromMasthead(blocks),
    () => issuersFromTitleHead(title),
    () => issuersFromMeta(meta),
  )
  const issuerNames = dedupe(issuers?.value ?? [])
  issuerConflict(issuers, meta, messages)
  const recipients = recipientsOf(blocks)
  const kind = titleText === undefined ? undefined : kindOf(titleText)
  const family = titleText === undefined ? undefined : familyOf(titleText, kind)
  const encloses = titleText === undefined ? undefined : enclosedTitle(titleText)

  const published = withTime(
    firstFound(
      () => publishedDate(meta),
      () => unlabelledDate(input.fields),
      () => headDate(input),
    ),
    unlabelledDate(input.fields),
  )
  const signed = firstFound(
    () => (signature?.value.date ? { value: signature.value.date, rule: 'metadata/signed-from-signature', where: signature.where } : undefined),
    () => dateUnderTitle(blocks),
    () => writtenDate(meta),
  )
  const printed = printedDate(blocks)
  const period = firstFound(
    () => (title === undefined ? undefined : periodOf(title, published?.value ?? signed?.value)),
    () => periodFromSections(input.sections, blocks),
    () => (titleText === undefined || (kind !== undefined && REPORT_KINDS.includes(kind)) ? periodFromBody(blocks) : undefined),
  )
  if (period !== undefined && published !== undefined) periodAgainstPublished(period, published, family, messages)

  const region = resolveRegion(regionEvidence(input, meta, titleText, issuers))
  for (const problem of region.problems) {
    messages.push(whereMessage(problem.code, problem.reason, problem.where))
  }

  const evidence: MetadataResult['evidence'] = {}
  const note = (field: string, found: { rule: string; where: Where } | undefined) => {
    if (found !== undefined) evidence[field] = { rule: found.rule, where: found.where }
  }
  note('title', title)
  if (kind !== undefined && title !== undefined) note('kind', { rule: 'metadata/kind-from-title', where: title.where })
  if (family !== undefined && title !== undefined) note('family', { rule: family.rule, where: title.where })
  if (encloses !== undefined && title !== undefined) note('encloses', { rule: 'metadata/encloses-from-title', where: title.where })
  note('issuers', issuers)
  if (recipients !== undefined) note('recipients', recipients)
  note('docNumber', docNumber)
  note('dates.published', published)
  note('dates.signed', signed)
  note('dates.printed', printed)
  note('period', period)
  if (region.region !== null) note('region', region.decidedBy)
  note('signature', signature)

  const metadata: Metadata = {
    title: titleText ?? null,
    kind: kind ?? null,
    family: family?.value ?? null,
    encloses: encloses ?? null,
    issuers: issuerNames,
    recipients: recipients?.value ?? [],
    docNumber: docNumber?.value ?? null,
    dates: {
      published: published?.value ?? null,
      signed: signed?.value ?? null,
      printed: printed?.value ?? null,
    },
    period: period?.value ?? null,
    region: region.region,
    meta: meta.values,
    breadcrumb: input.breadcrumb.map((item) => input.normalizeValue(item)),
    signature: signature?.value ?? null,
    notes: blocks.filter((b) => b.role === 'note').map((b) => b.text),
  }
  return { metadata, sections: withParts(input.sections, family?.value), evidence, messages }
}

/** A message about something read at `where`: a block's offset, or a line of the input. */
function whereMessage(code: string, reason: string, where: Where): Message {
  const message = createMessage('extract-metadata', code, reason, 'warning', offsetOf(where))
  if (where !== null && 'line' in where) message.line = where.line
  return message
}

function offsetOf(where: Where): number | undefined {
  return where !== null && 'offset' in where ? where.offset : undefined
}

/** meta: label → value, labels without inner spaces, values normalized; the first copy of a
 *  label wins (blocks printed twice carry the same values). */
function readMeta(input: ExtractMetadataInput): Meta {
  const meta: Meta = { values: {}, lines: {} }
  for (const field of input.fields) {
    if (field.label === '') continue
    const label = input.normalizeValue(field.label)
    if (label in meta.values) continue
    meta.values[label] = input.normalizeValue(field.value)
    meta.lines[label] = field.line + 1
  }
  return meta
}

/** The values of a role's labels, with where each was read. */
function metaByRole(meta: Meta, role: LabelRole): { label: string; value: string; where: Where }[] {
  return Object.entries(meta.values)
    .filter(([label, value]) => ROLE_BY_LABEL.get(label) === role && value !== '')
    .map(([label, value]) => ({ label, value, where: meta.lines[label] === undefined ? null : { line: meta.lines[label] as number } }))
}

// ── title and kind ─────────────────────────────────────────────────────────────────────────

/** metadata/title-from-disclosure: 信息名称 / 标题 of the disclosure block. */
function titleFromMeta(meta: Meta): Found<string> | undefined {
  const found = metaByRole(meta, 'title').find((v) => v.value.length >= 4)
  if (found === undefined) return undefined
  // a disclosure title sometimes starts with the document number ("瑞政办〔2011〕129号 转发…")
  const value = found.value.replace(new RegExp(`^${DOC_NUMBER.source}\\s*`), '').trim()
  return value === '' ? undefined : { value, rule: 'metadata/title-from-disclosure', where: found.where }
}

/** metadata/title-from-head: the first title group at the top of the document, wrapped lines
 *  joined; a bare column name above it ("法治政府建设年度报告": no organ, place, year or 关于) gives
 *  way to the title after it. */
function titleFromBlocks(blocks: readonly Block[]): Found<string> | undefined {
  const groups = new Map<number, { text: string; first: Block }>()
  for (const block of blocks) {
    if (block.role !== 'title' || block.group === undefined) continue
    const group = groups.get(block.group)
    if (group === undefined) groups.set(block.group, { text: block.text, first: block })
    else group.text += block.text
  }
  const titles = [...groups.values()]
  const chosen = titles.find((t) => namesSomething(t.text)) ?? titles[0]
  if (chosen === undefined) return undefined
  const rule = chosen.first.group === POSITIONAL_TITLE_GROUP ? 'metadata/title-from-position' : 'metadata/title-from-head'
  return { value: cleanTitle(unspaceLetters(chosen.text)), rule, where: inBlock(chosen.first) }
}

/** Spaces a Word dump leaves around a year: "某县司法局 2015 年法治政府建设情况报告". */
const SPACE_BESIDE_YEAR = /(?<=[\u4e00-\u9fa5])[ \t\u3000]+(?=\d)|(?<=\d)[ \t\u3000]+(?=[年月日度])/g

/** A title without what a page printed around it: spaces around its year, a date after it ("…的公示（2024-02-18）"), a 文号
 *  before it and the 《》 it was then quoted in ("某政办发〔2017〕8号《…指标体系（试行）》"). */
function cleanTitle(title: string): string {
  const withoutDate = title.replace(TITLE_DATE_SUFFIX, '').replace(SPACE_BESIDE_YEAR, '')
  const numbered = new RegExp(`^${DOC_NUMBER.source}\\s*`).exec(withoutDate)
  if (numbered === null) return withoutDate
  const rest = withoutDate.slice(numbered[0].length)
  return /^《[^《》]+》$/.test(rest) ? rest.slice(1, -1) : rest
}

function namesSomething(title: string): boolean {
  return /关于|\d{4}|[省市县区州旗盟镇乡]|街道|人民政府|委员会|局|厅|办公室/.test(title)
}

/** Two copies of one title: the same words once spaces and punctuation are set aside, or one
 *  the other with the organ before it. */
function sameTitle(a: string, b: string): boolean {
  const key = (t: string) => t.replace(/[\s《》〈〉“”"'‘’（）()、，,。：:—\-]/g, '')
  const x = key(a)
  const y = key(b)
  return x === y || x.endsWith(y) || y.endsWith(x)
}

/** metadata/title-from-html-head: <meta name="ArticleTitle">, else the <title> without the
 *  site's name, when the page prints no title of its own. */
function titleFromHead(input: ExtractMetadataInput): Found<string> | undefined {
  const title = input.head?.articleTitle ?? input.head?.title
  return title === undefined || !endsWithKind(title) ? undefined : { value: input.normalizeValue(title), rule: 'metadata/title-from-html-head', where: null }
}

/** metadata/published-from-html-head: <meta name="PubDate"> when the page prints no date. */
function headDate(input: ExtractMetadataInput): Found<string> | undefined {
  const iso = input.head?.published === undefined ? null : isoDateIn(input.head.published)
  return iso === null ? undefined : { value: iso, rule: 'metadata/published-from-html-head', where: null }
}

function pageTitleOf(input: ExtractMetadataInput): string | undefined {
  return input.pageTitle === undefined ? undefined : input.normalizeValue(input.pageTitle)
}

/** metadata/title-fullest-copy: the CMS heading and the document's own title are copies of one
 *  title; the heading wins when it is the document's title with the organ before it
 *  ("某县人民政府关于…的意见" over "关于…的意见" printed under a separate organ line). */
function fullestTitle(documentTitle: Found<string> | undefined, pageTitle: string | undefined): Found<string> | undefined {
  if (documentTitle === undefined) return pageTitle === undefined ? undefined : { value: pageTitle, rule: 'metadata/title-from-page-heading', where: null }
  if (pageTitle !== undefined && pageTitle.replace(/\s/g, '').endsWith(documentTitle.value.replace(/\s/g, ''))) {
    return { value: pageTitle, rule: 'metadata/title-fullest-copy', where: documentTitle.where }
  }
  return documentTitle
}

/**
 * The kind a title names by its last words ("…的通知" → 通知, "…实施方案（2023—2025年）" → 实施方案).
 * @param title a title
 * @returns the kind, or undefined
 */
export function kindOf(title: string): string | undefined {
  const stripped = titleEnd(title)
  const word = KIND_WORDS.find((w) => stripped.endsWith(w))
  return word === undefined ? undefined : (KIND_CANONICAL[word] ?? word)
}

/** metadata/family-*: what the document is among these pages, by its title (rules/document.ts). */
function familyOf(title: string, kind: string | undefined): { value: string; rule: string } | undefined {
  const end = titleEnd(title)
  const rule = FAMILY_RULES.find(
    (r) => (r.kinds === undefined || (kind !== undefined && r.kinds.includes(kind))) && r.pattern.test(end) && (r.requires === undefined || r.requires.test(title)),
  )
  return rule === undefined ? undefined : { value: rule.family, rule: rule.id }
}

/** metadata/encloses-from-title: what a 通知 publishes or forwards: 关于印发《…》的通知 → …. */
function enclosedTitle(title: string): string | undefined {
  const open = ENCLOSING_OPEN.exec(title)
  const close = ENCLOSING_CLOSE.exec(title)
  if (open === null || close === null) return undefined
  const inner = title.slice(open.index + open[0].length, close.index).trim()
  return inner === '' ? undefined : inner
}

// ── issuers and recipients ─────────────────────────────────────────────────────────────────

/** metadata/issuers-from-title: organs named before 关于 ("中共某区委 某区人民政府关于…"). */
function issuersFromTitle(title: Found<string> | undefined): Found<string[]> | undefined {
  if (title === undefined) return undefined
  const at = title.value.indexOf('关于')
  if (at <= 0) return undefined
  const names = title.value.slice(0, at).split(/[\s、]+/).filter((n) => n !== '')
  return names.length > 0 && names.every(isOrganName) ? { value: names, rule: 'metadata/issuers-from-title', where: title.where } : undefined
}

/** metadata/issuers-from-title-head: organs the title starts with, before the year it reports
 *  on, when no 关于 follows ("某市市场监督管理局（知识产权局）2022年法治政府建设年度报告", "某县教育局
 *  2025年…报告"). A place alone ("某区2023年…报告", "某镇2022年…") issues nothing. */
function issuersFromTitleHead(title: Found<string> | undefined): Found<string[]> | undefined {
  if (title === undefined) return undefined
  const m = TITLE_HEAD_BEFORE_YEAR.exec(title.value)
  if (m === null) return undefined
  const names = (m[1] as string).split(/[\s、]+/).filter((n) => n !== '')
  const isIssuer = (name: string) => {
    const bare = name.replace(TRAILING_BRACKETED_NAME, '')
    return isOrganName(bare) && !PLACE_SUFFIXES.some((suffix) => bare.endsWith(suffix))
  }
  return names.length > 0 && names.every(isIssuer) ? { value: names, rule: 'metadata/issuers-from-title-head', where: title.where } : undefined
}

/** metadata/issuers-from-masthead: 发文机关标志 "某市人民政府文件". */
function issuersFromMasthead(blocks: readonly Block[]): Found<string[]> | undefined {
  const masthead = blocks.find((b) => b.role === 'masthead')
  if (!masthead || !MASTHEAD.test(masthead.text)) return undefined
  const names = masthead.text.replace(/文件$/, '').split(/[\s、]+/).filter((n) => n !== '')
  return names.length > 0 && names.every(isOrganName) ? { value: names, rule: 'metadata/issuers-from-masthead', where: inBlock(masthead) } : undefined
}

/** metadata/issuers-from-disclosure: 发文机关 / 发布机构 of the disclosure block. */
function issuersFromMeta(meta: Meta): Found<string[]> | undefined {
  const found = metaByRole(meta, 'issuer')[0] ?? metaByRole(meta, 'publisher')[0]
  if (found === undefined) return undefined
  const names = found.value.split(/[\s、，,]+/).filter((n) => n !== '')
  return names.length > 0 ? { value: names, rule: 'metadata/issuers-from-disclosure', where: found.where } : undefined
}

/** metadata/issuer-conflict: the disclosure block's 发文机关 names none of the organs that
 *  signed the document — worth a look, not a silent pick (the signature is kept). */
function issuerConflict(issuers: Found<string[]> | undefined, meta: Meta, messages: Message[]): void {
  if (issuers === undefined || issuers.rule === 'metadata/issuers-from-disclosure') return
  const stated = metaByRole(meta, 'issuer')[0]
  if (stated === undefined) return
  const names = stated.value.split(/[\s、，,]+/).filter(isOrganName)
  if (names.length === 0 || names.some((name) => issuers.value.some((issuer) => issuer.includes(name) || name.includes(issuer)))) return
  messages.push(whereMessage('issuer-conflict', `the disclosure block names ${names.join('、')} as 发文机关, the document ${issuers.value.join('、')}`, stated.where))
}

function dedupe(names: readonly string[]): string[] {
  return [...new Set(names)]
}

/** metadata/recipients-from-head: the 主送 line, split on ，— a 、 joins parts of one addressee
 *  (某经开区、某新区党委、管委会). */
function recipientsOf(blocks: readonly Block[]): Found<string[]> | undefined {
  const block = blocks.find((b) => b.role === 'recipients')
  if (!block) return undefined
  const names = block.text
    .replace(/[：:]$/, '')
    .split(/[，,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  return names.length === 0 ? undefined : { value: names, rule: 'metadata/recipients-from-head', where: inBlock(block) }
}

// ── document number ────────────────────────────────────────────────────────────────────────

/** 代字〔YYYY〕N号 from a printed number; one whose year is gone stays 代字〔〕N号. `messages`, when
 *  given, receives a warning for that (the repair stage flags those in the document's text). */
function canonicalDocNumber(text: string, messages?: Message[], where: Where = null): string | undefined {
  const m = DOC_NUMBER.exec(text)
  if (m) return `${(m[1] as string).replace(/\s/g, '')}〔${m[2]}〕${m[3]}号`
  const noYear = DOC_NUMBER_NO_YEAR.exec(text.trim())
  if (!noYear) return undefined
  messages?.push(whereMessage('doc-number-year-missing', `document number “${text.trim()}” has lost its year; kept as printed`, where))
  return `${(noYear[1] as string).replace(/\s/g, '')}〔〕${noYear[2]}号`
}

/** metadata/doc-number-from-head: the 发文字号 line under the 发文机关标志. */
function docNumberFromBlocks(blocks: readonly Block[]): Found<string> | undefined {
  const block = blocks.find((b) => b.role === 'doc-number')
  const value = block ? canonicalDocNumber(block.text) : undefined
  return block === undefined || value === undefined ? undefined : { value, rule: 'metadata/doc-number-from-head', where: inBlock(block) }
}

/** metadata/doc-number-from-disclosure: 文号 / 发文字号 of the disclosure block. */
function docNumberFromMeta(meta: Meta, messages: Message[]): Found<string> | undefined {
  for (const found of metaByRole(meta, 'doc-number')) {
    const canonical = canonicalDocNumber(found.value, messages, found.where)
    if (canonical !== undefined) return { value: canonical, rule: 'metadata/doc-number-from-disclosure', where: found.where }
  }
  return undefined
}

// ── dates ──────────────────────────────────────────────────────────────────────────────────

/** metadata/signature: the first signature block — signer lines directly above a date line. */
function findSignature(blocks: readonly Block[]): Found<Signature> | undefined {
  const dateIndex = blocks.findIndex((b) => b.role === 'signature-date')
  if (dateIndex === -1) return undefined
  const dateBlock = blocks[dateIndex] as Block
  const signerBlocks: Block[] = []
  let first = dateBlock
  for (let k = dateIndex - 1; k >= 0 && (blocks[k] as Block).role === 'signer'; k--) {
    first = blocks[k] as Block
    signerBlocks.push(first)
  }
  // read upwards from the date, written top to bottom
  const signers = signerBlocks.reverse().flatMap((block) => block.text.split(/\s+/).filter((n) => n !== ''))
  return { value: { signers, date: isoDateIn(dateBlock.text) }, rule: 'metadata/signature', where: inBlock(first) }
}

/** metadata/published-date: the page's 发布日期/发布时间, most specific label first; when another
 *  published-date label gives the same day with a time, the time is kept. 更新时间 (when the page
 *  was last changed) is read only when no label of publication gives a date. */
function publishedDate(meta: Meta): Found<string> | undefined {
  const candidates: { iso: string; where: Where }[] = []
  for (const label of PUBLISHED_LABELS) {
    const iso = meta.values[label] === undefined ? null : isoDateIn(meta.values[label] as string)
    if (iso !== null) candidates.push({ iso, where: meta.lines[label] === undefined ? null : { line: meta.lines[label] as number } })
  }
  for (const found of metaByRole(meta, 'published-date')) {
    const iso = UPDATED_LABELS.includes(found.label) ? null : isoDateIn(found.value)
    if (iso !== null) candidates.push({ iso, where: found.where })
  }
  for (const label of candidates.length === 0 ? UPDATED_LABELS : []) {
    const iso = meta.values[label] === undefined ? null : isoDateIn(meta.values[label] as string)
    if (iso !== null) candidates.push({ iso, where: meta.lines[label] === undefined ? null : { line: meta.lines[label] as number } })
  }
  const first = candidates[0]
  if (first === undefined) return undefined
  const chosen = candidates.find((c) => c.iso.length > first.iso.length && c.iso.startsWith(first.iso)) ?? first
  return { value: chosen.iso, rule: 'metadata/published-date', where: chosen.where }
}

/**
 * The page's 发布日期 from the data its chrome carried, before the body is read: the repair stage
 * weighs damaged signature dates against it.
 * @param fields label：value pairs of the removed chrome
 * @param normalizeValue how values are normalized
 * @returns the ISO date (and time), or undefined
 */
export function publishedDateOf(fields: readonly CapturedField[], normalizeValue: (text: string) => string): string | undefined {
  const meta: Meta = { values: {}, lines: {} }
  for (const field of fields) {
    if (field.label === '' || field.label in meta.values) continue
    meta.values[normalizeValue(field.label)] = normalizeValue(field.value)
  }
  return (publishedDate(meta) ?? unlabelledDate(fields))?.value
}

/** A publication day read from a label, with the time an unlabelled byline gives the same day
 *  (发布日期 2025-02-18 and "【2025-02-18 16:20:11】" → 2025-02-18T16:20). */
function withTime(found: Found<string> | undefined, byline: Found<string> | undefined): Found<string> | undefined {
  if (found === undefined || byline === undefined || found.value.length !== ISO_DAY_LENGTH) return found
  return byline.value.length > ISO_DAY_LENGTH && byline.value.startsWith(found.value) ? { ...found, value: byline.value } : found
}
const ISO_DAY_LENGTH = 'YYYY-MM-DD'.length

/** metadata/published-unlabelled: a byline's date printed without a label ("2023-02-16 09:42:17　来源：…"). */
function unlabelledDate(fields: readonly CapturedField[]): Found<string> | undefined {
  for (const field of fields) {
    if (field.label !== '') continue
    const iso = isoDateIn(field.value)
    if (iso !== null) return { value: iso, rule: 'metadata/published-unlabelled', where: { line: field.line + 1 } }
  }
  return undefined
}

/** metadata/signed-from-disclosure: 成文日期 of the disclosure block, when the document has no
 *  signature date. */
function writtenDate(meta: Meta): Found<string> | undefined {
  for (const found of metaByRole(meta, 'written-date')) {
    const date = findDate(found.value)
    if (date) return { value: toIso({ year: date.year, month: date.month, day: date.day, index: 0, length: 0 }), rule: 'metadata/signed-from-disclosure', where: found.where }
  }
  return undefined
}

/** metadata/date-under-title: "（2023年2月15日）" printed under the title, as 规定 and some
 *  reports carry their 成文日期. */
function dateUnderTitle(blocks: readonly Block[]): Found<string> | undefined {
  const block = blocks.find((b) => b.role === 'title-date')
  const iso = block === undefined ? null : isoDateIn(block.text)
  return block === undefined || iso === null ? undefined : { value: iso, rule: 'metadata/date-under-title', where: inBlock(block) }
}

/** metadata/printed-from-imprint: 印发日期 of the 版记 line "某办公室 2017年3月18日印发". */
function printedDate(blocks: readonly Block[]): Found<string> | undefined {
  for (const block of blocks) {
    if (block.role !== 'imprint') continue
    const m = IMPRINT_LINE.exec(block.text)
    const iso = m ? isoDateIn(m[1] as string) : null
    if (iso !== null) return { value: iso, rule: 'metadata/printed-from-imprint', where: inBlock(block) }
  }
  return undefined
}

// ── period ─────────────────────────────────────────────────────────────────────────────────

const YEAR_RANGE = /((?:19|20)\d{2})\s*(?:年\s*)?[—\-－–~～至到]+\s*((?:19|20)\d{2})/
/** A year in a title: 2022年 (not a date's), or 2024 with no 年 before 法治/依法 ("某街道2024法治政府建设年度报告"). */
const SINGLE_YEAR = /((?:19|20)\d{2})\s*(?:年(?!\s*\d{1,2}\s*月)|(?=法治|依法))/

/**
 * The years a title or heading says the document covers: a range "（2016—2020年）", a five-year
 * plan "十四五", one year "2017年度" / "2020年法治政府建设…".
 * @param text a title or heading
 * @returns the period, or undefined
 */
export function periodIn(text: string): Period | undefined {
  const range = YEAR_RANGE.exec(text)
  if (range) {
    const from = Number(range[1])
    const to = Number(range[2])
    if (to > from && to - from <= MAX_RANGE_SPAN && from >= PLAUSIBLE_YEARS.from) return { from, to }
  }
  const plan = FIVE_YEAR_PLAN.exec(text)
  if (plan) {
    const n = chineseNumeralValue(plan[1] as string)
    if (n !== undefined && n >= FIVE_YEAR_PLAN_FIRST.number) {
      const from = FIVE_YEAR_PLAN_FIRST.year + 5 * (n - FIVE_YEAR_PLAN_FIRST.number)
      const first = FIVE_YEAR_PLAN_FIRST_YEARS.exec(text.slice(plan.index + plan[0].length))
      const years = first === null ? 5 : (chineseNumeralValue(first[1] as string) ?? Number(first[1]))
      return { from, to: from + years - 1 }
    }
  }
  const single = SINGLE_YEAR.exec(text)
  if (single) {
    const year = Number(single[1])
    if (year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to) return { from: year, to: year }
  }
  return undefined
}

/** metadata/period-from-title: the years the title names; "上一年度" counts back from the date
 *  the document was published or signed. */
function periodOf(title: Found<string>, date: string | undefined): Found<Period> | undefined {
  const stated = periodIn(title.value)
  if (stated !== undefined) return { value: stated, rule: 'metadata/period-from-title', where: title.where }
  if (date !== undefined && PREVIOUS_YEAR.test(title.value)) {
    const year = Number(date.slice(0, 4)) - 1
    return { value: { from: year, to: year }, rule: 'metadata/period-previous-year', where: title.where }
  }
  return undefined
}

/** metadata/period-from-headings: "YYYY年度" in a heading, for documents without a title. */
function periodFromSections(sections: readonly Section[], blocks: readonly Block[]): Found<Period> | undefined {
  // breadth first; the queue is read by index, as shift() on an array of 200 000 sections is not O(1)
  const queue = [...sections]
  for (let next = 0; next < queue.length; next++) {
    const section = queue[next] as Section
    const m = /((?:19|20)\d{2})\s*年度/.exec(section.heading)
    if (m) {
      const block = blocks.find((b) => b.role === 'content' && b.text.includes(section.heading))
      return { value: { from: Number(m[1]), to: Number(m[1]) }, rule: 'metadata/period-from-headings', where: block === undefined ? null : inBlock(block) }
    }
    for (const child of section.children) queue.push(child)
  }
  // the first heading of a report names its year without 度: "一、2021年法治政府建设工作情况"
  const first = sections[0]
  const year = first === undefined ? null : FIRST_HEADING_YEAR.exec(first.heading)
  if (first !== undefined && year !== null) {
    const block = blocks.find((b) => b.role === 'content' && b.text.includes(first.heading))
    return { value: { from: Number(year[1]), to: Number(year[1]) }, rule: 'metadata/period-from-headings', where: block === undefined ? null : inBlock(block) }
  }
  return undefined
}

/** metadata/period-from-body: a report whose title is lost (or names no year) says its year in
 *  its first paragraphs: "现将某县2022年法治政府建设工作情况报告如下", or opens with it: "2023年，某局
 *  在…领导下". */
function periodFromBody(blocks: readonly Block[]): Found<Period> | undefined {
  const opening = blocks.filter((b) => b.role === 'content').slice(0, BODY_PERIOD_BLOCKS)
  const found = (block: Block, m: RegExpExecArray | null): Found<Period> | undefined => {
    const year = m === null ? NaN : Number(m[1])
    return year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to ? { value: { from: year, to: year }, rule: 'metadata/period-from-body', where: inBlock(block) } : undefined
  }
  for (const block of opening) {
    if (!REPORT_STATEMENT_END.test(block.text)) continue
    for (let at = block.text.indexOf('现将'); at !== -1; at = block.text.indexOf('现将', at + 1)) {
      const statement = found(block, REPORT_STATEMENT_YEAR.exec(block.text.slice(at, at + STATEMENT_WINDOW)))
      if (statement !== undefined) return statement
    }
  }
  for (const block of opening) {
    const openingYear = found(block, REPORT_OPENING_YEAR.exec(block.text))
    if (openingYear !== undefined) return openingYear
  }
  return undefined
}
/** How far after 现将 its year may stand. */
const STATEMENT_WINDOW = 40

/** metadata/period-published-mismatch: an annual report covers the year before it is published
 *  (督察规定: by 4月1日); another year is worth a look. */
function periodAgainstPublished(period: Found<Period>, published: Found<string>, family: { value: string } | undefined, messages: Message[]): void {
  if (family === undefined || !ANNUAL_REPORT_FAMILIES.includes(family.value) || period.value.from !== period.value.to) return
  const year = Number(published.value.slice(0, 4))
  if (year === period.value.to + 1) return
  messages.push(
    whereMessage('period-published-mismatch', `an annual report on ${period.value.to} published in ${year}, not in ${period.value.to + 1}`, published.where),
  )
}

// ── region ─────────────────────────────────────────────────────────────────────────────────

/** What may name the document's place, by source (rules/regions.ts gives the order). */
function regionEvidence(input: ExtractMetadataInput, meta: Meta, title: string | undefined, issuers: Found<string[]> | undefined): RegionEvidence<Where>[] {
  const evidence: RegionEvidence<Where>[] = []
  for (const name of issuers?.value ?? []) evidence.push({ source: 'issuers', text: name, where: issuers?.where ?? null })
  if (title !== undefined) evidence.push({ source: 'title', text: title, where: null })
  for (const role of ORGAN_LABEL_ROLES) {
    for (const found of metaByRole(meta, role as LabelRole)) evidence.push({ source: 'meta', text: found.value, where: found.where })
  }
  for (const removed of input.removedLines ?? []) {
    const where = { line: removed.line }
    if (SITE_IDENTITY_RULES.includes(removed.rule)) evidence.push({ source: 'site', text: removed.text, where })
    else evidence.push({ source: 'links', text: removed.text, where })
    evidence.push({ source: 'code', text: removed.text, where })
  }
  for (const item of input.breadcrumb) evidence.push({ source: 'site', text: input.normalizeValue(item), where: null })
  for (const found of metaByRole(meta, 'index-number')) evidence.push({ source: 'code', text: found.value, where: found.where })
  for (const block of input.blocks) {
    if (block.role === 'content') evidence.push({ source: 'body', text: block.text, where: inBlock(block) })
  }
  return evidence
}

// ── report parts ───────────────────────────────────────────────────────────────────────────

/** metadata/report-parts: each top-level section of an annual report gets the part of the
 *  督察规定's contents its heading names (rules/sections.ts REPORT_PART_RULES). */
function withParts(sections: readonly Section[], family: string | undefined): Section[] {
  if (family === undefined || !ANNUAL_REPORT_FAMILIES.includes(family)) return [...sections]
  return sections.map((section, i) => ({ ...section, part: partOf(section.heading, i) }))
}

/** A heading no rule names is one of the measures the report goes through ("一、强化组织领导，
 *  落实法治建设责任"); an introduction first is background. */
function partOf(heading: string, index: number): ReportPart {
  const rule = REPORT_PART_RULES.find((r) => r.pattern.test(heading))
  if (rule !== undefined) return rule.part
  return index === 0 && BACKGROUND_HEADING.test(heading) ? 'background' : 'measures'
}
