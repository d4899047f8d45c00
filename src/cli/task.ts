/**
 * One page of a batch: read it, refuse it when too large, parse it, serialize the Report. The
 * same function runs on the main thread and in worker threads, so that the output is the same
 * byte for byte whatever the number of threads.
 */
import { readFileSync, statSync } from 'node:fs'
import { toJson } from '../emit/json.js'
import { LawgovError } from '../messages.js'
import { parseReport } from '../pipeline.js'
import { digestReport, type ReportDigest } from '../stats.js'
import type { ParseOptions, Report } from '../types.js'
import { describeFsError } from './inputs.js'

export type OutputFormat = 'ndjson' | 'json' | 'pretty'
/** What a task gives back: the Report serialized in a format, or its digest for `lawgov stats`. */
export type TaskOutput = OutputFormat | 'digest'

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
}

export interface ParseOutcome {
  /** The Report serialized (output: a format). */
  json?: string
  /** The Report's digest (output: 'digest'). */
  digest?: ReportDigest
  /** One line for people: what went wrong with this page. */
  error?: string
  bytes: number
  repairs: number
  warnings: number
}

/**
 * Parse one page of a batch.
 * @param task the page and the options
 * @returns its JSON, or the reason it failed; never throws for a bad page
 */
export function runParseTask(task: ParseTask): ParseOutcome {
  let bytes: Uint8Array
  try {
    if (task.bytes !== undefined) bytes = task.bytes
    else {
      const size = statSync(task.file as string).size
      if (size > task.maxBytes) return { error: `${size} bytes, more than the limit of ${task.maxBytes} (--max-bytes)`, bytes: 0, repairs: 0, warnings: 0 }
      bytes = readFileSync(task.file as string)
    }
  } catch (error) {
    return { error: describeFsError(error), bytes: 0, repairs: 0, warnings: 0 }
  }
  let report: Report
  try {
    const options: ParseOptions = { ...task.options, maxBytes: task.maxBytes }
    if (task.siteChrome !== undefined) options.siteChrome = new Set(task.siteChrome)
    report = parseReport(bytes, options)
  } catch (error) {
    const reason = error instanceof LawgovError ? error.message : `internal error: ${(error as Error).message}`
    return { error: task.debug && !(error instanceof LawgovError) ? `${reason}\n${(error as Error).stack ?? ''}` : reason, bytes: bytes.length, repairs: 0, warnings: 0 }
  }
  const outcome: ParseOutcome = { bytes: bytes.length, repairs: report.repairs.length, warnings: report.warnings.length }
  if (task.output === 'digest') outcome.digest = digestReport(report)
  else outcome.json = task.output === 'ndjson' ? toJson(report) : toJson(report, true)
  return outcome
}
