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
import {
  DOC_NUMBER,
  DOC_NUMBER_NO_YEAR,
  endsWithKind,
  IMPRINT_LINE,
  isOrganName,
  KIND_CANONICAL,
  KIND_WORDS,
  MASTHEAD,
  titleEnd,
} from '../rules/document.js'
import { ALL_META_LABELS, type LabelRole } from '../rules/labels.js'
import { MAX_RANGE_SPAN, PLAUSIBLE_YEARS } from '../rules/repairs.js'
import type { Message, Period, Report, Section, Signature } from '../types.js'
import type { HtmlHead } from './html-to-text.js'
import type { CapturedField } from './strip-chrome.js'
import type { Block } from './segment.js'

export interface ExtractMetadataInput {
  blocks: readonly Block[]
  sections: readonly Section[]
  breadcrumb: readonly string[]
  fields: readonly CapturedField[]
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

export interface MetadataResult {
  metadata: Metadata
  /** Offsets in messages are block start offsets, into the segmented text. */
  messages: Message[]
}

/** No options yet; kept so callers pass a stable shape. */
export type ExtractMetadataOptions = Record<string, never>

const ROLE_BY_LABEL = new Map<string, LabelRole>(ALL_META_LABELS.map((l) => [l.label, l.role]))

/** Labels of the page's publication date, most specific first (order matters). */
const PUBLISHED_LABELS = ['发布日期', '发布时间', '发布于', '公开日期', '发表时间', '上载日期', '时间', '日期', '更新时间', '更新日期', '编辑日期']

/**
 * Read the document's metadata.
 * @param input the document's parts and the data its chrome carried
 * @returns the metadata fields of the Report, and warnings
 */
export function extractMetadata(input: ExtractMetadataInput, _options: ExtractMetadataOptions = {}): MetadataResult {
  const messages: Message[] = []
  const meta = readMeta(input)
  const blocks = input.blocks
  const signature = findSignature(blocks)

  const title = titleFromMeta(meta) ?? fullestTitle(titleFromBlocks(blocks), pageTitleOf(input)) ?? titleFromHead(input)
  if (title === undefined) {
    messages.push(createMessage('extract-metadata', 'no-title', 'no title found in the document or its disclosure block'))
  }

  const docNumber = docNumberFromBlocks(blocks) ?? docNumberFromMeta(meta, messages)
  const issuers = dedupe(
    (signature && signature.signers.length > 0 ? signature.signers : undefined) ??
      issuersFromTitle(title) ??
      issuersFromMasthead(blocks) ??
      issuersFromMeta(meta) ??
      [],
  )

  const metadata: Metadata = {
    title: title ?? null,
    kind: title === undefined ? null : (kindOf(title) ?? null),
    issuers,
    recipients: recipientsOf(blocks),
    docNumber: docNumber ?? null,
    dates: {
      published: publishedDate(meta) ?? unlabelledDate(input.fields) ?? headDate(input) ?? null,
      signed: signature?.date ?? dateUnderTitle(blocks) ?? writtenDate(meta) ?? null,
      printed: printedDate(blocks) ?? null,
    },
    period: (title === undefined ? undefined : periodIn(title)) ?? periodFromSections(input.sections) ?? null,
    region: null,
    meta,
    breadcrumb: input.breadcrumb.map((item) => input.normalizeValue(item)),
    signature: signature ?? null,
    notes: blocks.filter((b) => b.role === 'note').map((b) => b.text),
  }
  return { metadata, messages }
}

/** meta: label → value, labels without inner spaces, values normalized; the first copy of a
 *  label wins (blocks printed twice carry the same values). */
function readMeta(input: ExtractMetadataInput): Record<string, string> {
  const meta: Record<string, string> = {}
  for (const field of input.fields) {
    if (field.label === '') continue
    const label = input.normalizeValue(field.label)
    if (label in meta) continue
    meta[label] = input.normalizeValue(field.value)
  }
  return meta
}

function metaByRole(meta: Record<string, string>, role: LabelRole): string[] {
  return Object.entries(meta)
    .filter(([label, value]) => ROLE_BY_LABEL.get(label) === role && value !== '')
    .map(([, value]) => value)
}

// ── title and kind ─────────────────────────────────────────────────────────────────────────

/** metadata/title-from-disclosure: 信息名称 / 标题 of the disclosure block. */
function titleFromMeta(meta: Record<string, string>): string | undefined {
  const value = metaByRole(meta, 'title').find((v) => v.length >= 4)
  if (value === undefined) return undefined
  // a disclosure title sometimes starts with the document number ("瑞政办〔2011〕129号 转发…")
  return value.replace(new RegExp(`^${DOC_NUMBER.source}\\s*`), '').trim() || undefined
}

/** metadata/title-from-head: the first title group at the top of the document, wrapped lines
 *  joined; a bare column name above it ("法治政府建设年度报告": no organ, place, year or 关于) gives
 *  way to the title after it. */
function titleFromBlocks(blocks: readonly Block[]): string | undefined {
  const groups = new Map<number, string>()
  for (const block of blocks) {
    if (block.role === 'title' && block.group !== undefined) groups.set(block.group, (groups.get(block.group) ?? '') + block.text)
  }
  const titles = [...groups.values()]
  return titles.find(namesSomething) ?? titles[0]
}

function namesSomething(title: string): boolean {
  return /关于|\d{4}|[省市县区州旗盟镇乡]|街道|人民政府|委员会|局|厅|办公室/.test(title)
}

/** metadata/title-from-html-head: <meta name="ArticleTitle">, else the <title> without the
 *  site's name, when the page prints no title of its own. */
function titleFromHead(input: ExtractMetadataInput): string | undefined {
  const title = input.head?.articleTitle ?? input.head?.title
  return title === undefined || !endsWithKind(title) ? undefined : input.normalizeValue(title)
}

/** metadata/published-from-html-head: <meta name="PubDate"> when the page prints no date. */
function headDate(input: ExtractMetadataInput): string | undefined {
  return input.head?.published === undefined ? undefined : (isoDateIn(input.head.published) ?? undefined)
}

function pageTitleOf(input: ExtractMetadataInput): string | undefined {
  return input.pageTitle === undefined ? undefined : input.normalizeValue(input.pageTitle)
}

/** metadata/title-fullest-copy: the CMS heading and the document's own title are copies of one
 *  title; the heading wins when it is the document's title with the organ before it
 *  ("某县人民政府关于…的意见" over "关于…的意见" printed under a separate organ line). */
function fullestTitle(documentTitle: string | undefined, pageTitle: string | undefined): string | undefined {
  if (documentTitle === undefined) return pageTitle
  if (pageTitle !== undefined && pageTitle.replace(/\s/g, '').endsWith(documentTitle.replace(/\s/g, ''))) return pageTitle
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

// ── issuers and recipients ─────────────────────────────────────────────────────────────────

/** metadata/issuers-from-title: organs named before 关于 ("中共某区委 某区人民政府关于…"). */
function issuersFromTitle(title: string | undefined): string[] | undefined {
  if (title === undefined) return undefined
  const at = title.indexOf('关于')
  if (at <= 0) return undefined
  const names = title.slice(0, at).split(/[\s、]+/).filter((n) => n !== '')
  return names.length > 0 && names.every(isOrganName) ? names : undefined
}

/** metadata/issuers-from-masthead: 发文机关标志 "某市人民政府文件". */
function issuersFromMasthead(blocks: readonly Block[]): string[] | undefined {
  const masthead = blocks.find((b) => b.role === 'masthead')
  if (!masthead || !MASTHEAD.test(masthead.text)) return undefined
  const names = masthead.text.replace(/文件$/, '').split(/[\s、]+/).filter((n) => n !== '')
  return names.length > 0 && names.every(isOrganName) ? names : undefined
}

/** metadata/issuers-from-disclosure: 发文机关 / 发布机构 of the disclosure block. */
function issuersFromMeta(meta: Record<string, string>): string[] | undefined {
  const value = metaByRole(meta, 'issuer')[0] ?? metaByRole(meta, 'publisher')[0]
  if (value === undefined) return undefined
  const names = value.split(/[\s、，,]+/).filter((n) => n !== '')
  return names.length > 0 ? names : undefined
}

function dedupe(names: readonly string[]): string[] {
  return [...new Set(names)]
}

/** 主送: split on ，— a 、 joins parts of one addressee (某经开区、某新区党委、管委会). */
function recipientsOf(blocks: readonly Block[]): string[] {
  const block = blocks.find((b) => b.role === 'recipients')
  if (!block) return []
  return block.text
    .replace(/[：:]$/, '')
    .split(/[，,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

// ── document number ────────────────────────────────────────────────────────────────────────

/** 代字〔YYYY〕N号 from a printed number; one whose year is gone stays 代字〔〕N号. `messages`, when
 *  given, receives a warning for that (the repair stage flags those in the document's text). */
function canonicalDocNumber(text: string, messages?: Message[]): string | undefined {
  const m = DOC_NUMBER.exec(text)
  if (m) return `${(m[1] as string).replace(/\s/g, '')}〔${m[2]}〕${m[3]}号`
  const noYear = DOC_NUMBER_NO_YEAR.exec(text.trim())
  if (!noYear) return undefined
  messages?.push(createMessage('extract-metadata', 'doc-number-year-missing', `document number “${text.trim()}” has lost its year; kept as printed`))
  return `${(noYear[1] as string).replace(/\s/g, '')}〔〕${noYear[2]}号`
}

/** metadata/doc-number-from-head: the 发文字号 line under the 发文机关标志. */
function docNumberFromBlocks(blocks: readonly Block[]): string | undefined {
  const block = blocks.find((b) => b.role === 'doc-number')
  return block ? canonicalDocNumber(block.text) : undefined
}

/** metadata/doc-number-from-disclosure: 文号 / 发文字号 of the disclosure block. */
function docNumberFromMeta(meta: Record<string, string>, messages: Message[]): string | undefined {
  for (const value of metaByRole(meta, 'doc-number')) {
    const canonical = canonicalDocNumber(value, messages)
    if (canonical !== undefined) return canonical
  }
  return undefined
}

// ── dates ──────────────────────────────────────────────────────────────────────────────────

/** The first signature block: signer lines directly above a date line. */
function findSignature(blocks: readonly Block[]): Signature | undefined {
  const dateIndex = blocks.findIndex((b) => b.role === 'signature-date')
  if (dateIndex === -1) return undefined
  const dateBlock = blocks[dateIndex] as Block
  const signers: string[] = []
  for (let k = dateIndex - 1; k >= 0 && (blocks[k] as Block).role === 'signer'; k--) {
    signers.unshift(...(blocks[k] as Block).text.split(/\s+/).filter((n) => n !== ''))
  }
  return { signers, date: isoDateIn(dateBlock.text) }
}

/** metadata/published-date: the page's 发布日期/发布时间, most specific label first; when another
 *  published-date label gives the same day with a time, the time is kept. */
function publishedDate(meta: Record<string, string>): string | undefined {
  const candidates: string[] = []
  for (const label of PUBLISHED_LABELS) {
    const iso = meta[label] === undefined ? null : isoDateIn(meta[label] as string)
    if (iso !== null) candidates.push(iso)
  }
  for (const value of metaByRole(meta, 'published-date')) {
    const iso = isoDateIn(value)
    if (iso !== null) candidates.push(iso)
  }
  const first = candidates[0]
  if (first === undefined) return undefined
  return candidates.find((iso) => iso.length > first.length && iso.startsWith(first)) ?? first
}

/**
 * The page's 发布日期 from the data its chrome carried, before the body is read: the repair stage
 * weighs damaged signature dates against it.
 * @param fields label：value pairs of the removed chrome
 * @param normalizeValue how values are normalized
 * @returns the ISO date (and time), or undefined
 */
export function publishedDateOf(fields: readonly CapturedField[], normalizeValue: (text: string) => string): string | undefined {
  const meta: Record<string, string> = {}
  for (const field of fields) if (field.label !== '' && !(field.label in meta)) meta[normalizeValue(field.label)] = normalizeValue(field.value)
  return publishedDate(meta) ?? unlabelledDate(fields)
}

/** A byline's date printed without a label ("2023-02-16 09:42:17　来源：…"). */
function unlabelledDate(fields: readonly CapturedField[]): string | undefined {
  for (const field of fields) {
    if (field.label !== '') continue
    const iso = isoDateIn(field.value)
    if (iso !== null) return iso
  }
  return undefined
}

/** 成文日期 of the disclosure block, when the document has no signature date. */
function writtenDate(meta: Record<string, string>): string | undefined {
  for (const value of metaByRole(meta, 'written-date')) {
    const date = findDate(value)
    if (date) return toIso({ year: date.year, month: date.month, day: date.day, index: 0, length: 0 })
  }
  return undefined
}

/** metadata/date-under-title: "（2023年2月15日）" printed under the title, as 规定 and some
 *  reports carry their 成文日期. */
function dateUnderTitle(blocks: readonly Block[]): string | undefined {
  const block = blocks.find((b) => b.role === 'title-date')
  return block === undefined ? undefined : (isoDateIn(block.text) ?? undefined)
}

/** 印发日期 of the 版记 line "某办公室 2017年3月18日印发". */
function printedDate(blocks: readonly Block[]): string | undefined {
  for (const block of blocks) {
    if (block.role !== 'imprint') continue
    const m = IMPRINT_LINE.exec(block.text)
    const iso = m ? isoDateIn(m[1] as string) : null
    if (iso !== null) return iso
  }
  return undefined
}

// ── period ─────────────────────────────────────────────────────────────────────────────────

const YEAR_RANGE = /((?:19|20)\d{2})\s*(?:年\s*)?[—\-－–~～至到]+\s*((?:19|20)\d{2})/
const SINGLE_YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/

/**
 * The years a title or heading says the document covers: a range "（2016—2020年）" or one
 * year "2017年度" / "2020年法治政府建设…".
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
  const single = SINGLE_YEAR.exec(text)
  if (single) {
    const year = Number(single[1])
    if (year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to) return { from: year, to: year }
  }
  return undefined
}

/** metadata/period-from-headings: "YYYY年度" in a heading, for documents without a title. */
function periodFromSections(sections: readonly Section[]): Period | undefined {
  const queue = [...sections]
  while (queue.length > 0) {
    const section = queue.shift() as Section
    const m = /((?:19|20)\d{2})\s*年度/.exec(section.heading)
    if (m) return { from: Number(m[1]), to: Number(m[1]) }
    queue.push(...section.children)
  }
  return undefined
}
