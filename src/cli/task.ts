/**
 * One page of a batch: read it, refuse it when too large, parse it, serialize the Report. The
 * same function runs on the main thread and in worker threads, so that the output is the same
 * byte for byte whatever the number of threads.
 */
import { createHash } from 'node:crypto'
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { copyCandidateOf, type CopyCandidate } from '../duplicates.js'
import { toJson } from '../emit/json.js'
import { LawgovError } from '../messages.js'
import type { ReviewRow } from '../emit/review/dashboard.js'
import { parseReport, parseWithSource, type ParsedPage } from '../pipeline.js'
import { digestReport, type ReportDigest } from '../stats.js'
import type { ParseOptions } from '../types.js'
import { describeFsError } from './inputs.js'

export type OutputFormat = 'ndjson' | 'json' | 'pretty'
/** What a task gives back: the Report serialized in a format, its digest for `lawgov stats`,
 *  or its review page with its digest and table row for `lawgov review`. */
export type TaskOutput = OutputFormat | 'digest' | 'review'

/** Everything a worker needs, as structured-clone data. */
export interface ParseTask {
  /** The file to read, or undefined when `bytes` are given (stdin). */
  file?: string
  bytes?: Uint8Array
  path: string
  options: Omit<ParseOptions, 'siteChrome'>
  /** The site's learnt boilerplate lines (--learn-chrome). */
  siteChrome?: string[]
  output: TaskOutput
  maxBytes: number
  /** Keep a bug's stack in the error (--debug). */
  debug: boolean
  /** --skip-existing: the output this page would get; when it holds a Report of the same
   *  bytes (its source.sha256), the page is not parsed again. */
  skipIfOutput?: string
  /** Why the page could not even be read off its stream line (--stdin-ndjson). */
  invalid?: string
  /** output 'review': the dashboard, relative to the page's own review page. */
  indexHref?: string
  /** --dedupe: also give back what grouping the copies reads of the page. */
  copy?: boolean
}

export interface ParseOutcome {
  /** The page's source.path, as the task gave it. */
  path: string
  /** --skip-existing found this page's Report already written. */
  skipped?: boolean
  /** The Report serialized (output: a format). */
  json?: string
  /** The Report's digest (output: 'digest' and 'review'). */
  digest?: ReportDigest
  /** What grouping the copies reads of the page (task.copy). */
  copy?: CopyCandidate
  /** The page's review page and its row in the dashboard's table (output: 'review'). */
  review?: { html: string; row: ReviewRow }
  /** One line for people: what went wrong with this page. */
  error?: string
  bytes: number
  repairs: number
  warnings: number
}

/**
 * Parse one page of a batch.
 * @param task the page and the options
 * @returns its JSON, or the reason it failed; never rejects for a bad page
 */
export async function runParseTask(task: ParseTask): Promise<ParseOutcome> {
  if (task.invalid !== undefined) return { path: task.path, error: task.invalid, bytes: 0, repairs: 0, warnings: 0 }
  let bytes: Uint8Array
  try {
    if (task.bytes !== undefined) bytes = task.bytes
    else {
      const size = statSync(task.file as string).size
      if (size > task.maxBytes) return { path: task.path, error: `${size} bytes, more than the limit of ${task.maxBytes} (--max-bytes)`, bytes: 0, repairs: 0, warnings: 0 }
      bytes = readFileSync(task.file as string)
    }
  } catch (error) {
    return { path: task.path, error: describeFsError(error), bytes: 0, repairs: 0, warnings: 0 }
  }
  if (task.skipIfOutput !== undefined && writtenFor(task.skipIfOutput, bytes)) return { path: task.path, skipped: true, bytes: bytes.length, repairs: 0, warnings: 0 }
  let parsed: ParsedPage
  try {
    const options: ParseOptions = { ...task.options, maxBytes: task.maxBytes }
    if (task.siteChrome !== undefined) options.siteChrome = new Set(task.siteChrome)
    // the source text and heading lines only a review page shows: the other outputs skip them
    parsed = task.output === 'review' ? parseWithSource(bytes, options) : { report: parseReport(bytes, options), text: '', sectionLines: [] }
  } catch (error) {
    const reason = error instanceof LawgovError ? error.message : `internal error: ${(error as Error).message}`
    return { path: task.path, error: task.debug && !(error instanceof LawgovError) ? `${reason}\n${(error as Error).stack ?? ''}` : reason, bytes: bytes.length, repairs: 0, warnings: 0 }
  }
  const { report } = parsed
  const outcome: ParseOutcome = { path: task.path, bytes: bytes.length, repairs: report.repairs.length, warnings: report.warnings.length }
  if (task.output === 'digest') outcome.digest = digestReport(report)
  else if (task.output === 'review') {
    // the renderers are loaded by the first review page, so that parse and stats never load them
    const [{ renderDocumentPage }, { reviewRow }] = await Promise.all([import('../emit/review/document.js'), import('../emit/review/dashboard.js')])
    outcome.digest = digestReport(report)
    outcome.review = { html: renderDocumentPage({ ...parsed, indexHref: task.indexHref ?? 'index.html' }), row: reviewRow(report) }
  } else outcome.json = task.output === 'ndjson' ? toJson(report) : toJson(report, true)
  if (task.copy) outcome.copy = copyCandidateOf(report)
  return outcome
}

/** How much of an existing output is read to find its source.sha256: the key comes early
 *  (schemaVersion, then source: path, format, encoding, bytes, sha256). */
const OUTPUT_HEAD_BYTES = 16 * 1024

/** Whether `output` holds a Report of exactly these bytes. */
function writtenFor(output: string, bytes: Uint8Array): boolean {
  let head: string
  try {
    const handle = openSync(output, 'r')
    try {
      const buffer = Buffer.alloc(OUTPUT_HEAD_BYTES)
      head = buffer.subarray(0, readSync(handle, buffer, 0, OUTPUT_HEAD_BYTES, 0)).toString('utf8')
    } finally {
      closeSync(handle)
    }
  } catch {
    return false // not written yet
  }
  const written = /"sha256":\s*"([0-9a-f]{64})"/.exec(head)?.[1]
  return written !== undefined && written === createHash('sha256').update(bytes).digest('hex')
}
