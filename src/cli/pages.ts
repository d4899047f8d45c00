/**
 * The batch loop `parse` and `stats` share: list the pages named on the command line (and stdin),
 * learn each site's chrome when asked, parse them on worker threads, draw the progress bar,
 * report each failure in one line, stop early with --fail-fast, and end with the summary line.
 * What is done with each parsed page is the command's.
 */
import { readFileSync, statSync } from 'node:fs'
import { cpus } from 'node:os'
import { createProgressBar, type ProgressBar } from '../adapters/progress.js'
import { UsageError } from '../messages.js'
import { DEFAULT_MAX_BYTES, learnSiteChrome } from '../pipeline.js'
import { runBatch } from './batch.js'
import { listInputs, type InputFile } from './inputs.js'
import { colorsFor, type Io } from './io.js'
import type { ParseOutcome, ParseTask, TaskOutput } from './task.js'

/** Options every command that parses pages takes. */
export interface PagesOptions {
  keepPunctuation?: boolean
  /** false with --no-convert. */
  convert?: boolean
  learnChrome?: boolean
  concurrency?: number
  failFast?: boolean
  maxBytes?: number
  quiet?: boolean
  debug?: boolean
}

/** The pages of a run, in output order: `undefined` stands for stdin. */
export interface PagePlan {
  pages: (InputFile | undefined)[]
  tasks: () => Generator<ParseTask>
  threads: number
  /** Arguments that named nothing to parse, already reported. */
  listingErrors: { path: string; reason: string }[]
}

export interface RunSummary {
  parsed: number
  failed: number
}

/** A progress bar is drawn for batches of at least this many pages. */
const PROGRESS_MIN_INPUTS = 20
/** Worker threads start only for a batch at least this large: each thread loads the pipeline and
 *  the division table first (about half a second), which a small batch would not repay. */
const PARALLEL_MIN_BYTES = 8 * 1024 * 1024

/**
 * List the pages and prepare their tasks; report arguments that name nothing.
 * @param paths files, folders, globs, "-" for stdin
 * @param options the command's options
 * @param output what each task returns: a serialization or a digest
 * @param io where to report
 * @returns the plan
 */
export function planPages(paths: readonly string[], options: PagesOptions, output: TaskOutput, io: Io): PagePlan {
  const threads = options.concurrency ?? cpus().length
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`--concurrency must be a whole number of threads, 1 or more`)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const stdin = paths.includes('-') ? readFileSync(0) : undefined
  const { inputs, errors } = listInputs(paths.filter((p) => p !== '-'), io.cwd)
  for (const error of errors) reportFailure(io, `${error.path}: ${error.reason}`)
  const siteChrome = options.learnChrome ? learnFromBatch(inputs) : new Map<string, Set<string>>()
  const parseOptions = { keepPunctuation: options.keepPunctuation ?? false, convert: options.convert ?? true }
  const debug = options.debug ?? false
  function* tasks(): Generator<ParseTask> {
    if (stdin !== undefined) yield { bytes: stdin, path: '-', options: { ...parseOptions, path: '-' }, output, maxBytes, debug }
    for (const input of inputs) {
      const learnt = siteChrome.get(input.site)
      const task: ParseTask = { file: input.file, path: input.path, options: { ...parseOptions, path: input.path }, output, maxBytes, debug }
      if (learnt !== undefined) task.siteChrome = [...learnt]
      yield task
    }
  }
  const worthThreads = threads > 1 && inputs.length >= 2 * threads && totalSize(inputs, PARALLEL_MIN_BYTES) >= PARALLEL_MIN_BYTES
  return { pages: [...(stdin !== undefined ? [undefined] : []), ...inputs], tasks, threads: worthThreads ? threads : 1, listingErrors: errors }
}

/**
 * Parse the planned pages and hand each success to `onPage`, in order.
 * @param plan from planPages
 * @param options the command's options
 * @param io where to report
 * @param onPage receives each parsed page; returns a reason when it could not use it
 * @param onFailure receives each page that failed, after it is reported
 * @returns how many pages were parsed and failed
 */
export async function runPages(
  plan: PagePlan,
  options: PagesOptions,
  io: Io,
  onPage: (outcome: ParseOutcome, index: number) => Promise<string | undefined> | string | undefined,
  onFailure?: (path: string, reason: string) => void,
): Promise<RunSummary> {
  const started = Date.now()
  const total = plan.pages.length
  const progress: ProgressBar | undefined =
    io.stderrIsTTY && !options.quiet && total >= PROGRESS_MIN_INPUTS && 'columns' in io.stderr ? createProgressBar(io.stderr as unknown as NodeJS.WritableStream, total) : undefined
  let done = 0
  let parsed = 0
  let failed = plan.listingErrors.length
  let bytes = 0
  let repairs = 0
  let warnings = 0
  try {
    for await (const outcome of runBatch(plan.tasks(), plan.threads)) {
      const index = done++
      const name = plan.pages[index]?.path ?? '-'
      bytes += outcome.bytes
      progress?.update(done, bytes)
      const problem = outcome.error ?? (await onPage(outcome, index))
      if (problem !== undefined) {
        failed++
        reportFailure(io, `${name}: ${problem}`)
        onFailure?.(name, problem)
        if (options.failFast) break
        continue
      }
      parsed++
      repairs += outcome.repairs
      warnings += outcome.warnings
    }
  } finally {
    progress?.stop()
  }
  if (!options.quiet && (io.stderrIsTTY || failed > 0)) {
    const colors = colorsFor(io)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const failures = failed > 0 ? colors.red(`failed ${failed}`) : 'failed 0'
    io.stderr.write(`lawgov: parsed ${parsed}, ${failures}, repairs ${repairs}, warnings ${warnings}, ${seconds} s\n`)
  }
  return { parsed, failed }
}

/** The inputs' size in bytes, counted until it reaches `enough`. */
function totalSize(inputs: readonly InputFile[], enough: number): number {
  let total = 0
  for (const input of inputs) {
    try {
      total += statSync(input.file).size
    } catch {
      // reported when the page is read
    }
    if (total >= enough) break
  }
  return total
}

/** One line on stderr: "lawgov: path: reason". */
export function reportFailure(io: Io, message: string): void {
  io.stderr.write(`${colorsFor(io).red('lawgov:')} ${message}\n`)
}

/** First pass of --learn-chrome: each site's repeated lines, from every readable page. */
function learnFromBatch(inputs: readonly InputFile[]): Map<string, Set<string>> {
  function* pages() {
    for (const input of inputs) {
      let bytes: Buffer
      try {
        bytes = readFileSync(input.file)
      } catch {
        continue // reported by the second pass
      }
      yield { input: bytes, site: input.site, options: { path: input.path } }
    }
  }
  return learnSiteChrome(pages())
}
