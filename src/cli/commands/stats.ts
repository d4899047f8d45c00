/**
 * `lawgov stats <paths|globs|->...`: parse a corpus and summarize it — documents, the share with
 * each field, repairs by rule, chrome removed by rule, warnings by code, formats, encodings,
 * scripts, kinds; the groups of pages that are copies of one document, and the documents the
 * pages cite most. A table on stdout, or one JSON object with --json. Failures are reported on
 * stderr as by `parse`, counted, and listed in the JSON.
 */
import { addDigest, addFailure, COVERAGE_FIELDS, emptyStats, finishStats, type CorpusStats } from '../../stats.js'
import { writeData, type Io } from '../io.js'
import { planPages, runPages, type PagesOptions } from '../pages.js'

export interface StatsCommandOptions extends PagesOptions {
  json?: boolean
}

/**
 * Run `lawgov stats`.
 * @param paths files, folders, globs, or "-"
 * @param options command-line options
 * @param io where to write
 * @returns the exit status: 0, or 1 when any page failed
 */
export async function statsCommand(paths: readonly string[], options: StatsCommandOptions, io: Io): Promise<number> {
  const plan = planPages(paths, options, 'digest', io)
  const running = emptyStats()
  for (const error of plan.listingErrors) addFailure(running, error.path, error.reason)
  const summary = await runPages(
    plan,
    options,
    io,
    (outcome) => {
      if (outcome.digest !== undefined) addDigest(running, outcome.digest)
      return undefined
    },
    (path, reason) => addFailure(running, path, reason),
  )
  const stats = finishStats(running)
  await writeData(io, options.json ? `${JSON.stringify(stats, null, 2)}\n` : renderTable(stats))
  return summary.failed > 0 ? 1 : 0
}

/** Rows of a tally shown in the table; the rest is summed on one line. */
const MAX_ROWS = 25

/**
 * The statistics as a text table, for people.
 * @param stats corpus statistics
 * @returns lines ending with "\n"
 */
export function renderTable(stats: CorpusStats): string {
  const rows: [string, string, string][] = []
  const share = (n: number) => (stats.documents === 0 ? '' : `${((100 * n) / stats.documents).toFixed(1)}%`)
  const section = (title: string, tally: Record<string, number>, withShare = false) => {
    rows.push(['', '', ''], [title, '', ''])
    const entries = Object.entries(tally)
    if (entries.length === 0) rows.push(['  (none)', '', ''])
    for (const [key, n] of entries.slice(0, MAX_ROWS)) rows.push([`  ${key}`, String(n), withShare ? share(n) : ''])
    const rest = entries.slice(MAX_ROWS)
    if (rest.length > 0) rows.push([`  (${rest.length} more)`, String(rest.reduce((sum, [, n]) => sum + n, 0)), ''])
  }
  rows.push(['documents', String(stats.documents), ''], ['failed', String(stats.failed), ''], ['distinct documents', String(stats.distinctDocuments), ''])
  rows.push(['', '', ''], ['documents with', '', ''])
  for (const field of COVERAGE_FIELDS) rows.push([`  ${field}`, String(stats.coverage[field]), share(stats.coverage[field])])
  section('kinds', stats.kinds, true)
  section('formats', stats.formats, true)
  section('encodings', stats.encodings, true)
  section('scripts', stats.scripts, true)
  section('repairs by rule', stats.repairsByRule)
  section('chrome removed by rule', stats.removedByRule)
  section('warnings by code', stats.warningsByCode)
  rows.push(['', '', ''], [`copies of one document (${stats.duplicates.length} groups; the page kept first)`, '', ''])
  if (stats.duplicates.length === 0) rows.push(['  (none)', '', ''])
  for (const group of stats.duplicates.slice(0, MAX_ROWS)) {
    rows.push([`  ${group.keep}`, String(group.copies.length + 1), ''])
    for (const copy of group.copies) rows.push([`    ${copy}`, '', ''])
  }
  if (stats.duplicates.length > MAX_ROWS) rows.push([`  (${stats.duplicates.length - MAX_ROWS} more groups)`, '', ''])
  section(
    'most cited documents (pages citing)',
    Object.fromEntries(stats.mostCited.map((cited) => [`${cited.title === null ? '' : `《${cited.title}》`}${cited.docNumber === null ? '' : `（${cited.docNumber}）`}`, cited.pages])),
  )
  const first = Math.max(...rows.map(([label]) => displayWidth(label)))
  const second = Math.max(...rows.map(([, n]) => n.length))
  return rows
    .map(([label, n, pct]) => (n === '' && pct === '' ? label : `${label}${' '.repeat(first - displayWidth(label) + 2)}${n.padStart(second)}${pct ? `  ${pct.padStart(6)}` : ''}`))
    .join('\n')
    .concat('\n')
}

/** Columns a string takes on a terminal: Han characters and full-width forms take two. */
function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0) as number
    width += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000 ? 2 : 1
  }
  return width
}
