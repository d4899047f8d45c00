/**
 * The document's dates: published (the page's 发布日期), signed (成文日期) and printed (印发日期).
 *
 * Example: captured fields [发布日期: 2022-03-18, 时间: 2022-03-18 10:05] and a signature dated
 * 2022年3月15日 → published '2022-03-18T10:05', signed '2022-03-15'.
 */
import { findDate, isoDateIn, toIso } from '../../dates.js'
import { METADATA_RULES } from '../../rules/metadata.js'
import { IMPRINT_LINE } from '../../rules/document.js'
import type { Signature } from '../../types.js'
import type { HtmlHead } from '../html-to-text.js'
import type { CapturedField } from '../strip-chrome.js'
import { firstFound, inBlock, type Finder, type Found, type Hit, type Where } from './evidence.js'
import { labelWhere, metaByRole, readMeta, tableValues, type ChromeReading, type ExtractMetadataInput, type Meta, type Page } from './page.js'

/** Labels of the page's publication date, most specific first (order matters). */
const PUBLISHED_LABELS = ['发布日期', '发布时间', '发布于', '公开日期', '发表时间', '上载日期', '时间', '日期']
/** When a page was last changed, not when it was published: read only on a page that prints no
 *  label of publication (an old CMS's only date). */
const UPDATED_LABELS = ['更新时间', '更新日期', '编辑日期']

/** What the published-date finders read besides the page's meta. */
export interface PublishedKnown {
  fields: readonly CapturedField[]
}

export const PUBLISHED_FINDERS: readonly Finder<string, PublishedKnown>[] = [
  // the page's 发布日期/发布时间, most specific label first; when another label of publication
  // gives the same day with a time, the time is kept
  { rule: METADATA_RULES.publishedDate, find: (page) => labelledDate(page.meta) },
  // a byline's date printed without a label ("2023-02-16 09:42:17　来源：…")
  { rule: METADATA_RULES.publishedUnlabelled, find: (_page, { fields }) => unlabelledDate(fields) },
  // <meta name="PubDate"> when the page prints no date: the CMS's record, not the page's print
  {
    rule: METADATA_RULES.publishedFromHtmlHead,
    find: (page) => {
      const published = page.input.head?.published
      const iso = published === undefined ? null : isoDateIn(published)
      return iso === null ? undefined : { value: iso, where: null }
    },
  },
  // 更新时间 2023-01-09: when the page was last changed, the weakest reading of when it was published
  { rule: METADATA_RULES.publishedFromUpdate, find: (page) => updatedDate(page.meta) },
]

/** The date a label gives, and where. */
function labelDate(meta: Meta, label: string): { iso: string; where: Where } | undefined {
  const iso = meta.values[label] === undefined ? null : isoDateIn(meta.values[label] as string)
  return iso === null ? undefined : { iso, where: labelWhere(meta, label) }
}

/** The first candidate, or another giving the same day with a time (发布日期 2023-01-09 and
 *  发布时间 2023-01-09 10:00 → 2023-01-09T10:00). */
function withTimeOfSameDay(candidates: readonly { iso: string; where: Where }[]): Hit<string> | undefined {
  const first = candidates[0]
  if (first === undefined) return undefined
  const chosen = candidates.find((c) => c.iso.length > first.iso.length && c.iso.startsWith(first.iso)) ?? first
  return { value: chosen.iso, where: chosen.where }
}

function labelledDate(meta: Meta): Hit<string> | undefined {
  const candidates = PUBLISHED_LABELS.flatMap((label) => labelDate(meta, label) ?? [])
  for (const found of metaByRole(meta, 'published-date')) {
    const iso = UPDATED_LABELS.includes(found.label) ? null : isoDateIn(found.value)
    if (iso !== null) candidates.push({ iso, where: found.where })
  }
  return withTimeOfSameDay(candidates)
}

function updatedDate(meta: Meta): Hit<string> | undefined {
  return withTimeOfSameDay(UPDATED_LABELS.flatMap((label) => labelDate(meta, label) ?? []))
}

function unlabelledDate(fields: readonly CapturedField[]): Hit<string> | undefined {
  for (const field of fields) {
    if (field.label !== '') continue
    const iso = isoDateIn(field.value)
    if (iso !== null) return { value: iso, where: { line: field.line + 1 } }
  }
  return undefined
}

/** A publication day read from a label, with the time an unlabelled byline gives the same day
 *  (发布日期 2025-02-18 and "【2025-02-18 16:20:11】" → 2025-02-18T16:20). */
function withBylineTime(found: Found<string> | undefined, fields: readonly CapturedField[]): Found<string> | undefined {
  const byline = unlabelledDate(fields)
  if (found === undefined || byline === undefined || found.value.length !== ISO_DAY_LENGTH) return found
  return byline.value.length > ISO_DAY_LENGTH && byline.value.startsWith(found.value) ? { ...found, value: byline.value } : found
}
const ISO_DAY_LENGTH = 'YYYY-MM-DD'.length

/**
 * The page's 发布日期: the published-date finders, then the time a byline gives the same day.
 * @param page the page being read
 * @returns what was found, or undefined
 */
export function publishedOf(page: Page): Found<string> | undefined {
  return withBylineTime(firstFound(PUBLISHED_FINDERS, page, { fields: page.input.fields }), page.input.fields)
}

/**
 * The data the chrome carried, read before the body is: its meta map and the page's 发布日期,
 * which the repair stage weighs damaged signature dates against. The same finders as the
 * Report's, in the same order; extract-metadata takes both as read here (`ExtractMetadataInput.
 * chrome`) instead of reading them again.
 * @param fields label：value pairs of the removed chrome
 * @param normalizeValue how values are normalized
 * @param head what an HTML page's <head> says
 * @returns the meta map and the 发布日期 found (an ISO date, and time), if any
 */
export function readChrome(fields: readonly CapturedField[], normalizeValue: (text: string) => string, head?: HtmlHead): ChromeReading {
  const input: ExtractMetadataInput = { blocks: [], sections: [], breadcrumb: [], fields, normalizeValue, ...(head === undefined ? {} : { head }) }
  const meta = readMeta(fields, normalizeValue)
  const page: Page = { input, blocks: [], meta, documentTitle: undefined, pageTitle: undefined }
  return { meta, published: publishedOf(page) }
}

/** What the signed-date finders read besides the page. */
export interface SignedKnown {
  signature: Found<Signature> | undefined
}

export const SIGNED_FINDERS: readonly Finder<string, SignedKnown>[] = [
  // the signature block's date
  {
    rule: METADATA_RULES.signedFromSignature,
    find: (_page, { signature }) => (signature?.value.date ? { value: signature.value.date, where: signature.where } : undefined),
  },
  // "（2023年2月15日）" printed under the title, as 规定 and some reports carry their 成文日期
  {
    rule: METADATA_RULES.dateUnderTitle,
    find: (page) => {
      const block = page.blocks.find((b) => b.role === 'title-date')
      const iso = block === undefined ? null : isoDateIn(block.text)
      return block === undefined || iso === null ? undefined : { value: iso, where: inBlock(block) }
    },
  },
  // the date row of a document laid out as a table: "作出处罚决定的日期 | 2024年5月10日"
  {
    rule: METADATA_RULES.signedFromTable,
    find: (page) => {
      for (const found of tableValues(page, 'written-date')) {
        const iso = isoDateIn(found.value)
        if (iso !== null) return { value: iso.slice(0, 10), where: found.where }
      }
      return undefined
    },
  },
  // 成文日期 of the disclosure block, when the document has no signature date
  {
    rule: METADATA_RULES.signedFromDisclosure,
    find: (page) => {
      for (const found of metaByRole(page.meta, 'written-date')) {
        const date = findDate(found.value)
        if (date) return { value: toIso({ year: date.year, month: date.month, day: date.day, index: 0, length: 0 }), where: found.where }
      }
      return undefined
    },
  },
]

export const PRINTED_FINDERS: readonly Finder<string>[] = [
  // 印发日期 of the 版记 line "某办公室 2017年3月18日印发"
  {
    rule: METADATA_RULES.printedFromImprint,
    find: (page) => {
      for (const block of page.blocks) {
        if (block.role !== 'imprint') continue
        const m = IMPRINT_LINE.exec(block.text)
        const iso = m ? isoDateIn(m[1] as string) : null
        if (iso !== null) return { value: iso, where: inBlock(block) }
      }
      return undefined
    },
  },
]
