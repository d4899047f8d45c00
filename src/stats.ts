/**
 * Corpus statistics: what a batch of Reports holds, field by field — how many have a title, a
 * signed date, a 文号, sections; repairs by rule, chrome removed by rule, warnings by code;
 * formats, encodings, scripts and kinds; the pages that are copies of one document and the
 * documents the batch cites most. `digestReport` keeps of a Report only what the counts need (a
 * small object a worker thread can send back); `addDigest` adds it up; `finishStats` sorts the
 * tallies, groups the copies and ranks the cited documents.
 */
import { copyCandidateOf, groupCopies, type CopyCandidate, type CopyGroup } from './duplicates.js'
import { citationKey } from './stages/extract-citations.js'
import type { Report } from './types.js'

/** The fields whose presence is counted, as dotted paths of the Report. */
export const COVERAGE_FIELDS = [
  'title',
  'kind',
  'issuers',
  'recipients',
  'docNumber',
  'dates.published',
  'dates.signed',
  'dates.printed',
  'period',
  'region',
  'sections',
  'signature',
] as const

export type CoverageField = (typeof COVERAGE_FIELDS)[number]

/** What one Report adds to the statistics. */
export interface ReportDigest {
  format: string
  encoding: string
  script: string
  kind: string | null
  /** The coverage fields that are present (not null, not empty). */
  present: CoverageField[]
  repairs: string[]
  removed: string[]
  warnings: string[]
  /** What grouping the copies reads of the page. */
  copy: CopyCandidate
  /** The documents the page cites, each once. */
  cited: CitedDigest[]
}

/** A cited document as one page cites it. */
interface CitedDigest {
  /** What identifies the document across pages: its title's words, or its 文号. */
  key: string
  title: string | null
  docNumber: string | null
  kind: string | null
  mentions: number
}

/** A document the batch cites: on how many pages, how many times. */
export interface CitedDocument {
  title: string | null
  docNumber: string | null
  kind: string | null
  pages: number
  mentions: number
}

/** The cited documents `finishStats` keeps, most cited first. */
export const MOST_CITED_MAX = 100

export interface CorpusStats {
  documents: number
  failed: number
  /** How many documents have each field (not null, not empty). */
  coverage: Record<CoverageField, number>
  formats: Record<string, number>
  encodings: Record<string, number>
  scripts: Record<string, number>
  kinds: Record<string, number>
  repairsByRule: Record<string, number>
  removedByRule: Record<string, number>
  warningsByCode: Record<string, number>
  /** Pages that gave no Report: where and why. */
  failures: { path: string; reason: string }[]
  /** Documents once copies are counted once. */
  distinctDocuments: number
  /** Groups of pages that are copies of one document, with the page to keep. */
  duplicates: CopyGroup[]
  /** The documents the pages cite, on the most pages first (at most MOST_CITED_MAX). */
  mostCited: CitedDocument[]
}

/** Statistics being counted: what `finishStats` turns into the copies and the cited documents. */
export interface RunningStats extends Omit<CorpusStats, 'distinctDocuments' | 'duplicates' | 'mostCited'> {
  copies: CopyCandidate[]
  cited: Map<string, CitedDocument>
  /** The cited documents by their 文号, and the key each is counted under. */
  citedByNumber: Map<string, { key: string; document: CitedDocument }>
}

/**
 * The part of a Report statistics count.
 * @param report a parsed page
 * @returns its digest
 */
export function digestReport(report: Report): ReportDigest {
  const values: Record<CoverageField, unknown> = {
    title: report.title,
    kind: report.kind,
    issuers: report.issuers,
    recipients: report.recipients,
    docNumber: report.docNumber,
    'dates.published': report.dates.published,
    'dates.signed': report.dates.signed,
    'dates.printed': report.dates.printed,
    period: report.period,
    region: report.region,
    sections: report.sections,
    signature: report.signature,
  }
  return {
    format: report.source.format,
    encoding: report.source.encoding,
    script: report.source.script,
    kind: report.kind,
    present: COVERAGE_FIELDS.filter((field) => {
      const value = values[field]
      return value !== null && !(Array.isArray(value) && value.length === 0)
    }),
    repairs: report.repairs.map((r) => r.rule),
    removed: report.removed.map((r) => r.rule),
    warnings: report.warnings.map((w) => w.code),
    copy: copyCandidateOf(report),
    cited: report.citations.map((c) => ({ key: citationKey(c), title: c.title, docNumber: c.docNumber, kind: c.kind, mentions: c.count })),
  }
}

/** Statistics of no document. */
export function emptyStats(): RunningStats {
  return {
    documents: 0,
    failed: 0,
    coverage: Object.fromEntries(COVERAGE_FIELDS.map((field) => [field, 0])) as Record<CoverageField, number>,
    formats: {},
    encodings: {},
    scripts: {},
    kinds: {},
    repairsByRule: {},
    removedByRule: {},
    warningsByCode: {},
    failures: [],
    copies: [],
    cited: new Map(),
    citedByNumber: new Map(),
  }
}

/**
 * Count one document.
 * @param stats the running statistics, updated
 * @param digest the document's digest
 */
export function addDigest(stats: RunningStats, digest: ReportDigest): void {
  stats.documents++
  for (const field of digest.present) stats.coverage[field]++
  count(stats.formats, digest.format)
  count(stats.encodings, digest.encoding)
  count(stats.scripts, digest.script)
  count(stats.kinds, digest.kind ?? '(none)')
  for (const rule of digest.repairs) count(stats.repairsByRule, rule)
  for (const rule of digest.removed) count(stats.removedByRule, rule)
  for (const code of digest.warnings) count(stats.warningsByCode, code)
  stats.copies.push(digest.copy)
  for (const cited of digest.cited) {
    let known = stats.cited.get(cited.key)
    // a document cited by its 文号 alone on one page and by its title and 文号 on another is one
    const byNumber = cited.docNumber === null ? undefined : stats.citedByNumber.get(cited.docNumber)
    if (known === undefined && byNumber !== undefined && (cited.title === null || byNumber.document.title === null)) {
      known = byNumber.document
      if (cited.title !== null) {
        stats.cited.delete(byNumber.key)
        stats.cited.set(cited.key, known)
        byNumber.key = cited.key
      }
    }
    if (known === undefined) {
      known = { title: cited.title, docNumber: cited.docNumber, kind: cited.kind, pages: 1, mentions: cited.mentions }
      stats.cited.set(cited.key, known)
    } else {
      known.pages++
      known.mentions += cited.mentions
      known.docNumber ??= cited.docNumber
      known.title ??= cited.title
      known.kind ??= cited.kind
    }
    if (cited.docNumber !== null && byNumber === undefined) stats.citedByNumber.set(cited.docNumber, { key: cited.key, document: known })
  }
}

/**
 * Count a page that gave no Report.
 * @param stats the running statistics, updated
 * @param path the page
 * @param reason why
 */
export function addFailure(stats: RunningStats, path: string, reason: string): void {
  stats.failed++
  stats.failures.push({ path, reason })
}

/**
 * Statistics of Reports already in memory.
 * @param reports the Reports
 * @returns their statistics, tallies sorted by count
 */
export function corpusStats(reports: Iterable<Report>): CorpusStats {
  const stats = emptyStats()
  for (const report of reports) addDigest(stats, digestReport(report))
  return finishStats(stats)
}

/**
 * The statistics of a finished count: each tally ordered by count, then by key, so that the
 * output is stable; the copies grouped; the cited documents ranked.
 * @param running the counted statistics
 * @returns the statistics
 */
export function finishStats(running: RunningStats): CorpusStats {
  const sorted = (tally: Record<string, number>) =>
    Object.fromEntries(Object.entries(tally).sort(([a, x], [b, y]) => y - x || compareText(a, b)))
  const { copies, cited, citedByNumber: _, ...stats } = running
  const duplicates = groupCopies(copies)
  const mostCited = [...cited.values()]
    .sort((a, b) => b.pages - a.pages || b.mentions - a.mentions || compareText(a.title ?? a.docNumber ?? '', b.title ?? b.docNumber ?? ''))
    .slice(0, MOST_CITED_MAX)
  return {
    ...stats,
    formats: sorted(stats.formats),
    encodings: sorted(stats.encodings),
    scripts: sorted(stats.scripts),
    kinds: sorted(stats.kinds),
    repairsByRule: sorted(stats.repairsByRule),
    removedByRule: sorted(stats.removedByRule),
    warningsByCode: sorted(stats.warningsByCode),
    distinctDocuments: stats.documents - duplicates.reduce((sum, group) => sum + group.copies.length, 0),
    duplicates,
    mostCited,
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function count(tally: Record<string, number>, key: string): void {
  tally[key] = (tally[key] ?? 0) + 1
}
