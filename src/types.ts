/**
 * Shared types of lawgov: the Report contract (with its JSON Schema, from one source) and the
 * internal records stages pass along.
 *
 * Position convention, stated once for the whole project:
 * offsets are 0-based UTF-16 code-unit indices into the *stage input*; `end` is exclusive.
 * Lines and columns are 1-based (unist/vfile convention). An astral CJK character (e.g. 𠀀)
 * counts 2. Report `line` fields are lines of the decoded input (for HTML: of the text lines
 * extracted from the page), so a reader can find the place in what lawgov read.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { SCHEMA_VERSION } from './version.js'

export { SCHEMA_VERSION }

const Nullable = <T extends TSchema>(schema: T, options: { description?: string } = {}) => Type.Union([schema, Type.Null()], options)

/** ISO date `YYYY-MM-DD`, optionally with a time `THH:mm`. */
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$' })

/** What a top-level section of an annual report is: the 督察规定's five contents, and the
 *  background some reports open with. */
export const REPORT_PARTS = ['background', 'measures', 'shortcomings', 'duty', 'plans', 'other'] as const
export type ReportPart = (typeof REPORT_PARTS)[number]

export const SectionSchema = Type.Recursive(
  (This) =>
    Type.Object(
      {
        marker: Type.String({ description: 'numbering marker as normalized: 一、 （一） 1. （1） ① 一是 第一部分' }),
        number: Type.Integer({ minimum: 0, description: 'ordinal of the marker (二 → 2)' }),
        level: Type.Integer({ minimum: 1, description: 'depth in this document, 1 = top' }),
        heading: Type.String({ description: 'words after the marker; first sentence of an inline heading' }),
        text: Type.String({ description: 'the section’s own paragraphs, "\\n" between them' }),
        fields: Type.Record(Type.String(), Type.String(), { description: 'label：value lines inside the section' }),
        deadline: Nullable(
          Type.Object(
            {
              label: Type.String({ description: 'the field it was read from: 完成时限, 完成时间 …' }),
              text: Type.String({ description: 'the value as printed: 2018年年底前, 长期坚持' }),
              date: Nullable(IsoDate, { description: 'the last day it allows (2017年6月底前 → 2017-06-30); null for 长期坚持 and the like' }),
            },
            { additionalProperties: false },
          ),
        ),
        part: Nullable(
          Type.Union(REPORT_PARTS.map((part) => Type.Literal(part)), {
            description: 'top-level sections of an annual report: which of the contents the 督察规定 (2019) requires it is',
          }),
        ),
        children: Type.Array(This),
      },
      { additionalProperties: false },
    ),
  { $id: 'Section' },
)

export const RemovedSchema = Type.Object(
  {
    rule: Type.String({ description: 'chrome rule id, e.g. chrome/breadcrumb' }),
    line: Type.Integer({ minimum: 1 }),
    text: Type.String({ description: 'the removed text as it was read' }),
  },
  { additionalProperties: false },
)

export const RepairSchema = Type.Object(
  {
    rule: Type.String({ description: 'repair rule id, e.g. repair/date-lost-year-month' }),
    line: Type.Integer({ minimum: 1 }),
    before: Type.String(),
    after: Type.String(),
    confidence: Type.Number({ minimum: 0, maximum: 1, description: '1 = certain' }),
    alternatives: Type.Array(Type.String(), { description: 'other readings that were possible' }),
  },
  { additionalProperties: false },
)

export const WarningSchema = Type.Object(
  {
    code: Type.String({ description: 'kebab-case warning code, e.g. no-title' }),
    message: Type.String(),
    line: Nullable(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
)

export const EvidenceSchema = Type.Object(
  {
    rule: Type.String({ description: 'metadata rule id, e.g. metadata/title-from-disclosure' }),
    line: Nullable(Type.Integer({ minimum: 1 }), { description: 'input line it was read on; null when it comes from the HTML head or several lines' }),
    confidence: Type.Number({ minimum: 0, maximum: 1, description: '1 = read where the page prints it; below 1 = inferred from shape or position' }),
  },
  { additionalProperties: false },
)

/** The kinds of cited documents: the 立法法's classes, the 党内法规, and the 规范性文件 and policies
 *  that make up most of what these reports cite. */
export const CITATION_KINDS = ['法律', '行政法规', '地方性法规', '规章', '规范性文件', '党内法规'] as const
export type CitationKind = (typeof CITATION_KINDS)[number]

export const CitationSchema = Type.Object(
  {
    title: Nullable(Type.String(), {
      description: 'the title as cited (inner 《》 and <> as 〈〉, brackets full-width, a version inside 《》 kept: …办法（试行）); null for a 文号 cited alone',
    }),
    docNumber: Nullable(Type.String({ description: 'the 文号 in the brackets after the title, or cited alone, as 代字〔YYYY〕N号' })),
    kind: Nullable(
      Type.Union(
        CITATION_KINDS.map((kind) => Type.Literal(kind)),
        { description: 'by the title’s ending: …法 法律; …条例 行政法规, or 地方性法规 when the title opens with a place; …规定/办法/细则/规则 规章; …意见/方案/纲要/规划/通知/决定 … 规范性文件; 党内法规 when party organs alone issue it; null for a 函, 报告, 批复 …' },
      ),
    ),
    issuer: Nullable(Type.String({ description: 'the organs the title names before 关于' })),
    alias: Nullable(Type.String({ description: 'the short name the text defines for it: （以下简称《纲要》） → 纲要' })),
    versions: Type.Array(Type.String(), { description: 'versions it is cited in: 草案, 送审稿, 试行 … (all one cited document)' }),
    lines: Type.Array(Type.Integer({ minimum: 1 }), { description: 'input lines that mention it, in order' }),
    count: Type.Integer({ minimum: 1, description: 'mentions, short references (《纲要》) included' }),
  },
  { additionalProperties: false },
)

export const FingerprintSchema = Type.Object(
  {
    scheme: Type.String({ description: 'how it was computed; fingerprints of one scheme compare' }),
    shingles: Type.Integer({ minimum: 0, description: 'distinct character shingles of the folded body' }),
    minhash: Type.String({ pattern: '^[0-9a-f]+$', description: 'the MinHash sketch: one 32-bit minimum per bin, 8 hex digits each' }),
  },
  { additionalProperties: false },
)

export const ReportSchema = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    source: Type.Object(
      {
        path: Nullable(Type.String()),
        format: Type.Union([Type.Literal('text'), Type.Literal('html')]),
        encoding: Type.String({ description: 'utf-8, gb18030, big5, utf-16le, utf-16be' }),
        bytes: Type.Integer({ minimum: 0 }),
        sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
        url: Nullable(Type.String({ description: 'the page address an HTML page declares (<meta name="Url">, canonical link)' })),
        script: Type.Union([Type.Literal('simplified'), Type.Literal('traditional'), Type.Literal('mixed')], {
          description: 'the script the page was written in; a traditional page is converted unless --no-convert',
        }),
      },
      { additionalProperties: false },
    ),
    duplicateOf: Nullable(Type.String(), {
      description: 'with `parse --dedupe`: the source.path of the page kept for the document this page copies; null otherwise',
    }),
    title: Nullable(Type.String()),
    kind: Nullable(Type.String({ description: 'the 公文 type the title ends with: 报告, 通知, 意见, 实施方案, 解读 …' })),
    family: Nullable(
      Type.String({ description: 'what the document is among these pages: 年度报告, 评估报告, 工作情况报告, 实施方案, 规划, 纲要, 工作要点, 工作总结, 解读' }),
    ),
    encloses: Nullable(Type.String({ description: 'the title of the document a 通知 publishes or forwards (关于印发《…》的通知)' })),
    issuers: Type.Array(Type.String()),
    recipients: Type.Array(Type.String()),
    docNumber: Nullable(Type.String()),
    dates: Type.Object(
      { published: Nullable(IsoDate), signed: Nullable(IsoDate), printed: Nullable(IsoDate) },
      { additionalProperties: false },
    ),
    period: Nullable(
      Type.Object({ from: Type.Integer(), to: Type.Integer() }, { additionalProperties: false }),
    ),
    region: Nullable(
      Type.Object(
        {
          province: Nullable(Type.String()),
          city: Nullable(Type.String()),
          county: Nullable(Type.String()),
          town: Nullable(Type.String()),
          code: Type.String({ pattern: '^\\d{6}(\\d{6})?$', description: 'division code of the deepest level: 6 digits (GB/T 2260), 12 for a town' }),
        },
        { additionalProperties: false },
      ),
    ),
    meta: Type.Record(Type.String(), Type.String()),
    breadcrumb: Type.Array(Type.String()),
    body: Type.String(),
    sections: Type.Array(SectionSchema),
    citations: Type.Array(CitationSchema, { description: 'the documents the body cites, in order of first mention' }),
    signature: Nullable(
      Type.Object(
        { signers: Type.Array(Type.String()), date: Nullable(IsoDate) },
        { additionalProperties: false },
      ),
    ),
    notes: Type.Array(Type.String()),
    fingerprint: Nullable(FingerprintSchema, {
      description: 'a locality-sensitive hash of the body, blind to script, punctuation, whitespace and chrome: copies of one document have near fingerprints; null for a body too short',
    }),
    evidence: Type.Record(Type.String(), EvidenceSchema, {
      description: 'for each metadata field found (title, kind, issuers, dates.signed, region …): the rule that found it and the input line',
    }),
    removed: Type.Array(RemovedSchema),
    repairs: Type.Array(RepairSchema),
    warnings: Type.Array(WarningSchema),
  },
  { $id: `https://lawgov.dev/schema/report-v${SCHEMA_VERSION}.json`, additionalProperties: false },
)

/** The dialect `reportJsonSchema` declares. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema'

/**
 * The Report's JSON Schema as a standalone document (JSON Schema 2020-12), built from the same
 * TypeBox definition as the `Report` type: what `lawgov schema` prints.
 * @returns a plain JSON object
 */
export function reportJsonSchema(): Record<string, unknown> {
  const { $id, ...rest } = JSON.parse(JSON.stringify(ReportSchema)) as Record<string, unknown>
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id,
    title: 'lawgov Report',
    description: `One parsed page (schema version ${SCHEMA_VERSION}): every key is always present; unknown values are null or [].`,
    ...rest,
  }
}

export type Section = Static<typeof SectionSchema>
export type Removed = Static<typeof RemovedSchema>
export type Repair = Static<typeof RepairSchema>
export type Warning = Static<typeof WarningSchema>
export type Evidence = Static<typeof EvidenceSchema>
export type Citation = Static<typeof CitationSchema>
export type FingerprintValue = Static<typeof FingerprintSchema>
export type Report = Static<typeof ReportSchema>
export type Source = Report['source']
export type ReportDates = Report['dates']
export type Period = NonNullable<Report['period']>
export type Region = NonNullable<Report['region']>
export type Signature = NonNullable<Report['signature']>
export type InputFormat = Source['format']

/** The stages of the pipeline, in the order `pipeline.ts` runs them. */
export type StageId =
  | 'decode'
  | 'html-to-text'
  | 'unflatten'
  | 'strip-chrome'
  | 'normalize'
  | 'repair'
  | 'segment'
  | 'split-sections'
  | 'extract-metadata'
  | 'extract-citations'

export type Severity = 'error' | 'warning' | 'info'

/**
 * One change a text stage proposes; only `applyEdits` turns edits into text.
 * `before` must equal `input.slice(start, end)`; `after` '' is a deletion, `start === end` an insertion.
 */
export interface Edit {
  rule: string
  start: number
  end: number
  before: string
  after: string
  /** Repairs only: 1 = certain. */
  confidence?: number
  /** Repairs only: other readings that were possible. */
  alternatives?: string[]
}

/** A problem or remark about the document; offsets as in `Edit`, into the stage input. */
export interface Message {
  stage: StageId
  code: string
  severity: Severity
  reason: string
  start?: number
  end?: number
  /** 1-based input line, for what a stage read off the page's chrome rather than its own input. */
  line?: number
}

export interface TextStageResult {
  text: string
  edits: Edit[]
  messages: Message[]
}

/** Options of the library call `parseReport`. */
export interface ParseOptions {
  /** Path recorded in `source.path` and used to guess the format (default: null). */
  path?: string
  /** Force the input format instead of guessing it from the path and the bytes. */
  format?: InputFormat
  /** Keep ASCII punctuation as scraped instead of restoring full-width forms (default: false). */
  keepPunctuation?: boolean
  /** Refuse inputs larger than this many bytes with an InputError (default: 64 MiB). */
  maxBytes?: number
  /** Convert a Traditional page to Simplified (default: true; `--no-convert` turns it off). */
  convert?: boolean
  /** Lines learnt as boilerplate of this page's site (from `learnSiteChrome`), removed as
   *  chrome/site-repeated above and below the document (default: none). */
  siteChrome?: ReadonlySet<string>
}
