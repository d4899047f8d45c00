/**
 * The batch loop `parse` and `stats` share: list the pages named on the command line (and stdin),
 * learn each site's chrome when asked, parse them on worker threads, draw the progress bar,
 * report each failure in one line, stop early with --fail-fast, and end with the summary line.
 * What is done with each parsed page is the command's.
 */
import { readFileSync, statSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { cpus } from 'node:os'
import { createProgressBar, type ProgressBar } from '../adapters/progress.js'
import { UsageError } from '../messages.js'
import { DEFAULT_MAX_BYTES, learnSiteChrome } from '../pipeline.js'
import { runBatch } from './batch.js'
import { describeFsError, fileInputs, listInputs, type InputFile } from './inputs.js'
import { colorsFor, type Io } from './io.js'
import type { ParseOutcome, ParseTask, TaskOutput } from './task.js'

/** Options every command that parses pages takes. */
export interface PagesOptions {
  /** --files-from: a file (or "-") listing one page per line, or per NUL with `nul`. */
  filesFrom?: string
  /** -0: the list of --files-from is NUL-separated (find -print0). */
  null?: boolean
  /** --shard K/N: only the pages whose path hashes to shard K of N. */
  shard?: Shard
  /** --stdin-ndjson: pages arrive on stdin as {"path", "content"} or {"path", "base64"} lines. */
  stdinNdjson?: boolean
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

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number
  count: number
}

/** The pages of a run, in output order: `undefined` stands for stdin. */
export interface PagePlan {
  /** The pages known before the run; a stream (--stdin-ndjson) has none. */
  pages: (InputFile | undefined)[]
  /** The pages come from a stream: how many is not known. */
  streaming: boolean
  tasks: () => Iterable<ParseTask> | AsyncIterable<ParseTask>
  threads: number
  /** Arguments that named nothing to parse, already reported. */
  listingErrors: { path: string; reason: string }[]
}

export interface RunSummary {
  parsed: number
  failed: number
  /** Pages --skip-existing found already written. */
  skipped: number
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
  const parseOptions = { keepPunctuation: options.keepPunctuation ?? false, convert: options.convert ?? true }
  const debug = options.debug ?? false
  const inShard = (path: string) => options.shard === undefined || shardOf(path, options.shard.count) === options.shard.index

  if (options.stdinNdjson) {
    if (paths.length > 0 || options.filesFrom !== undefined) throw new UsageError('--stdin-ndjson reads the pages from stdin: give no paths and no --files-from')
    if (options.learnChrome) throw new UsageError('--learn-chrome reads a batch twice; a stream on stdin cannot be')
    async function* fromStream(): AsyncGenerator<ParseTask> {
      let lineNumber = 0
      for await (const line of linesOf(process.stdin)) {
        lineNumber++
        if (line.trim() === '') continue
        const page = readNdjsonPage(line, lineNumber)
        if (!inShard(page.path)) continue
        const task: ParseTask = { path: page.path, options: { ...parseOptions, path: page.path }, output, maxBytes, debug }
        if (page.bytes !== undefined) task.bytes = page.bytes
        if (page.invalid !== undefined) task.invalid = page.invalid
        yield task
      }
    }
    return { pages: [], streaming: true, tasks: fromStream, threads, listingErrors: [] }
  }

  const listFromFile = options.filesFrom !== undefined
  if (listFromFile && paths.includes('-') && options.filesFrom === '-') throw new UsageError('stdin cannot hold both a page (-) and the list of --files-from -')
  const stdin = paths.includes('-') && inShard('-') ? readFileSync(0) : undefined
  const { inputs: listed, errors } = listInputs(paths.filter((p) => p !== '-'), io.cwd)
  if (listFromFile) listed.push(...fileInputs(readFileList(options.filesFrom as string, options.null ?? false), io.cwd))
  const inputs = options.shard === undefined ? listed : listed.filter((input) => inShard(input.path))
  for (const error of errors) reportFailure(io, `${error.path}: ${error.reason}`)
  const siteChrome = options.learnChrome ? learnFromBatch(inputs) : new Map<string, Set<string>>()
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
  return { pages: [...(stdin !== undefined ? [undefined] : []), ...inputs], streaming: false, tasks, threads: worthThreads ? threads : 1, listingErrors: errors }
}

/**
 * The shard a page belongs to: a stable hash (FNV-1a, 32 bits) of its source.path, modulo the
 * number of shards. The same path is in the same shard on every machine and every run.
 * @param path the page's source.path
 * @param count the number of shards
 * @returns 1 … count
 */
export function shardOf(path: string, count: number): number {
  let hash = 0x811c9dc5
  for (const byte of Buffer.from(path, 'utf8')) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % count) + 1
}

/** The paths of a --files-from list: one per line (or per NUL with -0), blank ones skipped. */
function readFileList(from: string, nul: boolean): string[] {
  let text: string
  try {
    text = readFileSync(from === '-' ? 0 : from, 'utf8')
  } catch (error) {
    throw new UsageError(`--files-from ${from}: ${describeFsError(error)}`)
  }
  return text.split(nul ? '\0' : /\r?\n/).filter((path) => path.trim() !== '')
}

/**
 * The lines of a stream, read one chunk at a time: the next chunk is read only when the lines of
 * this one are consumed, so memory stays bounded however much is waiting on the pipe (readline's
 * iterator reads ahead and queues every line it has not yet handed out).
 */
export async function* linesOf(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  let pending = ''
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk)
    let start = 0
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      yield pending.slice(start, end > start && pending.charCodeAt(end - 1) === 13 ? end - 1 : end)
      start = end + 1
    }
    pending = pending.slice(start)
  }
  pending += decoder.end()
  if (pending !== '') yield pending.endsWith('\r') ? pending.slice(0, -1) : pending
}

/** One line of --stdin-ndjson: {"path", "content"} (text) or {"path", "base64"} (bytes). */
function readNdjsonPage(line: string, lineNumber: number): { path: string; bytes?: Uint8Array; invalid?: string } {
  const where = `stdin:${lineNumber}`
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { path: where, invalid: 'not a JSON line' }
  }
  const page = value as { path?: unknown; content?: unknown; base64?: unknown }
  if (typeof page !== 'object' || page === null) return { path: where, invalid: 'not a JSON object' }
  const path = typeof page.path === 'string' && page.path !== '' ? page.path : where
  if (typeof page.content === 'string') return { path, bytes: Buffer.from(page.content, 'utf8') }
  if (typeof page.base64 === 'string') return { path, bytes: Buffer.from(page.base64, 'base64') }
  return { path, invalid: 'a line needs "content" (text) or "base64" (bytes)' }
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
    !plan.streaming && io.stderrIsTTY && !options.quiet && total >= PROGRESS_MIN_INPUTS && 'columns' in io.stderr ? createProgressBar(io.stderr as unknown as NodeJS.WritableStream, total) : undefined
  let done = 0
  let parsed = 0
  let failed = plan.listingErrors.length
  let bytes = 0
  let repairs = 0
  let warnings = 0
  let skipped = 0
  try {
    for await (const outcome of runBatch(plan.tasks(), plan.threads)) {
      const index = done++
      const name = outcome.path
      bytes += outcome.bytes
      progress?.update(done, bytes)
      if (outcome.skipped) {
        skipped++
        continue
      }
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
  if (!options.quiet && (io.stderrIsTTY || failed > 0 || skipped > 0)) {
    const colors = colorsFor(io)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const failures = failed > 0 ? colors.red(`failed ${failed}`) : 'failed 0'
    const skips = skipped > 0 ? `, skipped ${skipped} already written` : ''
    io.stderr.write(`lawgov: parsed ${parsed}, ${failures}${skips}, repairs ${repairs}, warnings ${warnings}, ${seconds} s\n`)
  }
  return { parsed, failed, skipped }
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
