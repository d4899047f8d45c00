/**
 * Corpus statistics: what a batch of Reports holds, field by field — how many have a title, a
 * signed date, a 文号, sections; repairs by rule, chrome removed by rule, warnings by code;
 * formats, encodings, scripts and kinds. `digestReport` keeps of a Report only what the counts
 * need (a small object a worker thread can send back); `addDigest` adds it up.
 */
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
}

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
  }
}

/** Statistics of no document. */
export function emptyStats(): CorpusStats {
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
  }
}

/**
 * Count one document.
 * @param stats the running statistics, updated
 * @param digest the document's digest
 */
export function addDigest(stats: CorpusStats, digest: ReportDigest): void {
  stats.documents++
  for (const field of digest.present) stats.coverage[field]++
  count(stats.formats, digest.format)
  count(stats.encodings, digest.encoding)
  count(stats.scripts, digest.script)
  count(stats.kinds, digest.kind ?? '(none)')
  for (const rule of digest.repairs) count(stats.repairsByRule, rule)
  for (const rule of digest.removed) count(stats.removedByRule, rule)
  for (const code of digest.warnings) count(stats.warningsByCode, code)
}

/**
 * Count a page that gave no Report.
 * @param stats the running statistics, updated
 * @param path the page
 * @param reason why
 */
export function addFailure(stats: CorpusStats, path: string, reason: string): void {
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
  return sortTallies(stats)
}

/**
 * Order each tally by count, then by key, so that the output is stable.
 * @param stats statistics
 * @returns the same statistics with sorted tallies
 */
export function sortTallies(stats: CorpusStats): CorpusStats {
  const sorted = (tally: Record<string, number>) =>
    Object.fromEntries(Object.entries(tally).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)))
  return {
    ...stats,
    formats: sorted(stats.formats),
    encodings: sorted(stats.encodings),
    scripts: sorted(stats.scripts),
    kinds: sorted(stats.kinds),
    repairsByRule: sorted(stats.repairsByRule),
    removedByRule: sorted(stats.removedByRule),
    warningsByCode: sorted(stats.warningsByCode),
  }
}

function count(tally: Record<string, number>, key: string): void {
  tally[key] = (tally[key] ?? 0) + 1
}
