/**
 * Stage `extract-metadata`: the document's parts, sections and the data its chrome carried →
 * title, kind, issuers, recipients, document number, dates, period, meta, breadcrumb,
 * signature and notes.
 *
 * Each field has its own module under `metadata/`, holding the field's finders: one list, first
 * choice first, each a rule id with the confidence of what it finds. This runner reads the fields
 * in the order their finders need them (the title before the issuers it names, the dates before
 * the period "上一年度" counts back from) and records, for each field found, the rule, where it
 * was read and how sure it is.
 *
 * Example: blocks [title '某市人民政府关于2021年度法治政府建设情况的报告', …] and captured
 * fields [来源: 县政府办, 时间: 2022-03-18 10:05] → title …, kind 报告, issuers ['某市人民政府'],
 * period 2021..2021, dates.published '2022-03-18T10:05', meta {来源: '县政府办', 时间: '2022-03-18 10:05'}.
 */
import { createMessage } from '../messages.js'
import { resolveRegion } from '../regions.js'
import type { Message, Report, Section } from '../types.js'
import { DOC_NUMBER_FINDERS } from './metadata/doc-number.js'
import { PRINTED_FINDERS, publishedOf, SIGNED_FINDERS } from './metadata/dates.js'
import { firstFound, offsetOf, whereMessage, type Found, type Where } from './metadata/evidence.js'
import { issuerConflict, ISSUER_FINDERS, RECIPIENT_FINDERS } from './metadata/issuers.js'
import { readMeta, type ExtractMetadataInput, type Page } from './metadata/page.js'
import { withParts } from './metadata/parts.js'
import { periodAgainstPublished, PERIOD_FINDERS } from './metadata/period.js'
import { regionConfidence, regionEvidence } from './metadata/region.js'
import { SIGNATURE_FINDERS } from './metadata/signature.js'
import { documentTitleOf, enclosedTitle, familyOf, kindOf, sameTitle, TITLE_FINDERS, withoutSiteMark } from './metadata/title.js'
import { WARNINGS } from '../rules/warnings.js'
import { METADATA_RULES } from '../rules/metadata.js'
import { NATIONAL_ORGAN } from '../rules/document.js'

export { readChrome } from './metadata/dates.js'
export type { Where } from './metadata/evidence.js'
export type { ExtractMetadataInput } from './metadata/page.js'
export { periodIn } from './metadata/period.js'
export { kindOf } from './metadata/title.js'

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

/** For a field found: the rule that found it, where, and how sure (1 = read as printed). */
export interface FieldEvidence {
  rule: string
  where: Where
  confidence: number
}

export interface MetadataResult {
  metadata: Metadata
  /** The sections, each top-level one of an annual report with its `part`. */
  sections: Section[]
  /** For each field found: the rule that found it, where and how sure. */
  evidence: Record<string, FieldEvidence>
  /** Offsets in messages are block start offsets, into the segmented text. */
  messages: Message[]
}

/** No options yet; kept so callers pass a stable shape. */
export type ExtractMetadataOptions = Record<string, never>

/**
 * Read the document's metadata.
 * @param input the document's parts and the data its chrome carried
 * @returns the metadata fields of the Report, the evidence for each, and warnings
 */
export function extractMetadata(input: ExtractMetadataInput, _options: ExtractMetadataOptions = {}): MetadataResult {
  const messages: Message[] = []
  const page: Page = {
    input,
    blocks: input.blocks,
    meta: input.chrome?.meta ?? readMeta(input.fields, input.normalizeValue),
    documentTitle: documentTitleOf(input.blocks),
    pageTitle: input.pageTitle === undefined ? undefined : input.normalizeValue(input.pageTitle),
  }
  const evidence: Record<string, FieldEvidence> = {}
  const record = <T>(field: string, found: Found<T> | undefined): Found<T> | undefined => {
    if (found !== undefined) evidence[field] = { rule: found.rule, where: found.where, confidence: found.confidence }
    return found
  }

  const title = record('title', withoutSiteMark(firstFound(TITLE_FINDERS, page, undefined)))
  titleProblems(page, title, messages)
  // what the title's words say is as sure as the title
  const fromTitle = <T>(rule: string, value: T | undefined): Found<T> | undefined =>
    title === undefined || value === undefined ? undefined : { value, rule, where: title.where, confidence: title.confidence }
  const kind = record('kind', fromTitle(METADATA_RULES.kindFromTitle.id, title === undefined ? undefined : kindOf(title.value)))
  const familyRule = title === undefined ? undefined : familyOf(title.value, kind?.value)
  const family = familyRule === undefined ? undefined : record('family', fromTitle(familyRule.rule, familyRule.value))
  const encloses = record('encloses', fromTitle(METADATA_RULES.enclosesFromTitle.id, title === undefined ? undefined : enclosedTitle(title.value)))

  const signature = firstFound(SIGNATURE_FINDERS, page, undefined)
  const issuers = record('issuers', firstFound(ISSUER_FINDERS, page, { title, signature }))
  issuerConflict(issuers, page.meta, messages)
  const recipients = record('recipients', firstFound(RECIPIENT_FINDERS, page, undefined))
  const docNumber = record('docNumber', firstFound(DOC_NUMBER_FINDERS, page, { messages, title }))

  const published = record('dates.published', input.chrome === undefined ? publishedOf(page) : input.chrome.published)
  const signed = record('dates.signed', firstFound(SIGNED_FINDERS, page, { signature }))
  const printed = record('dates.printed', firstFound(PRINTED_FINDERS, page, undefined))
  const period = record(
    'period',
    firstFound(PERIOD_FINDERS, page, { title, kind: kind?.value, date: published?.value ?? signed?.value, sections: input.sections }),
  )
  if (period !== undefined && published !== undefined) periodAgainstPublished(period, published, family?.value, messages)

  // metadata/region-national: a document national organs issue has the nation's area, no place of the
  // site that reposts it (国务院办公厅 on a province's 司法厅 site)
  const national = issuers !== undefined && issuers.value.length > 0 && issuers.value.every((name) => NATIONAL_ORGAN.test(name))
  const region = national ? { region: null, problems: [], decidedBy: undefined } : resolveRegion(regionEvidence(page, title?.value, issuers))
  for (const problem of region.problems) messages.push(whereMessage(problem.code, problem.reason, problem.where))
  if (region.region !== null && region.decidedBy !== undefined) record('region', { ...region.decidedBy, value: region.region, confidence: regionConfidence(region.decidedBy.rule) })
  record('signature', signature)

  const metadata: Metadata = {
    title: title?.value ?? null,
    kind: kind?.value ?? null,
    family: family?.value ?? null,
    encloses: encloses?.value ?? null,
    issuers: [...new Set(issuers?.value ?? [])],
    recipients: recipients?.value ?? [],
    docNumber: docNumber?.value ?? null,
    dates: {
      published: published?.value ?? null,
      signed: signed?.value ?? null,
      printed: printed?.value ?? null,
    },
    period: period?.value ?? null,
    region: region.region,
    meta: page.meta.values,
    breadcrumb: input.breadcrumb.map((item) => input.normalizeValue(item)),
    signature: signature?.value ?? null,
    notes: input.blocks.filter((b) => b.role === 'note').map((b) => b.text),
  }
  return { metadata, sections: withParts(input.sections, family?.value), evidence, messages }
}

/** no-title: nothing names the document; title-conflict: the disclosure block's title is not
 *  the one the document prints (the disclosure block's is used). */
function titleProblems(page: Page, title: Found<string> | undefined, messages: Message[]): void {
  const own = page.documentTitle?.positional === false ? page.documentTitle : undefined
  if (title === undefined) {
    messages.push(createMessage('extract-metadata', WARNINGS.noTitle.code, 'no title found in the document or its disclosure block'))
  } else if (title.rule === METADATA_RULES.titleFromDisclosure.id && own !== undefined && !sameTitle(title.value, own.value)) {
    messages.push(
      createMessage('extract-metadata', WARNINGS.titleConflict.code, `the disclosure block’s title “${title.value}” differs from the document’s own “${own.value}”; the disclosure block’s is used`, 'warning', offsetOf(own.where)),
    )
  }
}
