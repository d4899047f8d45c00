/**
 * `lawgov parse <paths|globs|->...`: one Report per page — NDJSON on stdout (or a JSON array,
 * or indented JSON), or one <name>.json per page under --out DIR. A page that cannot be read or
 * parsed is reported on stderr in one line and the batch goes on; the exit status is then 1.
 * Pages are parsed on worker threads (--concurrency) and written in input order.
 */
import { cpus } from 'node:os'
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join, resolve, sep } from 'node:path'
import { createProgressBar, type ProgressBar } from '../../adapters/progress.js'
import { UsageError } from '../../messages.js'
import { DEFAULT_MAX_BYTES, learnSiteChrome } from '../../pipeline.js'
import { runBatch } from '../batch.js'
import { describeFsError, listInputs, uniqueOutPaths, type InputFile } from '../inputs.js'
import { colorsFor, writeData, type Io } from '../io.js'
import type { OutputFormat, ParseTask } from '../task.js'

export interface ParseCommandOptions {
  format?: OutputFormat
  /** --pretty, the same as --format pretty. */
  pretty?: boolean
  out?: string
  keepPunctuation?: boolean
  learnChrome?: boolean
  /** false with --no-convert. */
  convert?: boolean
  concurrency?: number
  failFast?: boolean
  maxBytes?: number
  quiet?: boolean
  debug?: boolean
}

/** A progress bar is drawn for batches of at least this many pages. */
const PROGRESS_MIN_INPUTS = 20

/**
 * Run `lawgov parse`.
 * @param paths files, folders, globs, or "-" for one page on stdin
 * @param options command-line options
 * @param io where to write
 * @returns the exit status: 0, or 1 when any page failed
 */
export async function parseCommand(paths: readonly string[], options: ParseCommandOptions, io: Io): Promise<number> {
  const started = Date.now()
  const colors = colorsFor(io)
  const fail = (message: string) => io.stderr.write(`${colors.red('lawgov:')} ${message}\n`)
  const format: OutputFormat = options.pretty ? 'pretty' : (options.format ?? 'ndjson')
  const threads = options.concurrency ?? cpus().length
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`--concurrency must be a whole number of threads, 1 or more`)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES

  const stdin = paths.includes('-') ? readStdin() : undefined
  const { inputs, errors } = listInputs(paths.filter((p) => p !== '-'), io.cwd)
  errors.forEach(fail)
  let failed = errors.length
  const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out)
  const siteChrome = options.learnChrome ? learnFromBatch(inputs) : new Map<string, Set<string>>()
  const parseOptions = { keepPunctuation: options.keepPunctuation ?? false, convert: options.convert ?? true }
  const debug = options.debug ?? false

  function* tasks(): Generator<ParseTask> {
    if (stdin !== undefined) yield { bytes: stdin, path: '-', options: { ...parseOptions, path: '-' }, format, maxBytes, debug }
    for (const input of inputs) {
      const learnt = siteChrome.get(input.site)
      const task: ParseTask = { file: input.file, path: input.path, options: { ...parseOptions, path: input.path }, format, maxBytes, debug }
      if (learnt !== undefined) task.siteChrome = [...learnt]
      yield task
    }
  }
  const outputs: (InputFile | undefined)[] = [...(stdin !== undefined ? [undefined] : []), ...inputs]
  const outPaths = uniqueOutPaths(
    outputs.map((input) => input?.outPath ?? 'stdin.json'),
    outputs.map((input) => (input === undefined ? '' : extname(input.file))),
  )
  const inputFiles: InputIdentity = outDir === undefined ? { paths: new Set(), ids: new Set() } : identify(inputs)

  const total = outputs.length
  const progress: ProgressBar | undefined =
    io.stderrIsTTY && !options.quiet && total >= PROGRESS_MIN_INPUTS && 'columns' in io.stderr ? createProgressBar(io.stderr as unknown as NodeJS.WritableStream, total) : undefined
  let done = 0
  let parsed = 0
  let bytes = 0
  let repairs = 0
  let warnings = 0
  let written = 0
  const interrupted = { temporary: undefined as string | undefined }
  const onSigint = () => {
    if (interrupted.temporary !== undefined) removeQuietly(interrupted.temporary)
    process.exit(130)
  }
  if (outDir !== undefined) process.once('SIGINT', onSigint)

  try {
    for await (const outcome of runBatch(tasks(), threads)) {
      const input = outputs[done]
      const name = input?.path ?? '-'
      done++
      bytes += outcome.bytes
      progress?.update(done, bytes)
      if (outcome.json === undefined) {
        failed++
        fail(`${name}: ${outcome.error ?? 'failed'}`)
        if (options.failFast) break
        continue
      }
      parsed++
      repairs += outcome.repairs
      warnings += outcome.warnings
      if (outDir === undefined) {
        const separator = format === 'json' ? (written === 0 ? '[\n' : ',\n') : ''
        await writeData(io, separator + (format === 'json' ? outcome.json.trimEnd() : outcome.json))
        written++
        continue
      }
      const problem = writeOutput(outDir, outPaths[done - 1] as string, inputFiles, outcome.json, interrupted)
      if (problem !== undefined) {
        failed++
        fail(`${name}: ${problem.replace('OUT', options.out ?? '')}`)
      }
    }
  } finally {
    progress?.stop()
    if (outDir !== undefined) process.removeListener('SIGINT', onSigint)
  }
  if (format === 'json' && outDir === undefined) await writeData(io, written === 0 ? '[]\n' : '\n]\n')

  if (!options.quiet && (io.stderrIsTTY || failed > 0)) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const failures = failed > 0 ? colors.red(`failed ${failed}`) : 'failed 0'
    io.stderr.write(`lawgov: parsed ${parsed}, ${failures}, repairs ${repairs}, warnings ${warnings}, ${seconds} s\n`)
  }
  return failed > 0 ? 1 : 0
}

/** Write one Report under --out: inside the folder, never over an input, atomically (a
 *  temporary name renamed). Returns the reason it was not written, or undefined. */
function writeOutput(outDir: string, outPath: string, inputFiles: InputIdentity, json: string, interrupted: { temporary: string | undefined }): string | undefined {
  const target = resolve(outDir, outPath)
  if (!target.startsWith(outDir + sep)) return 'output would be written outside OUT'
  try {
    mkdirSync(dirname(target), { recursive: true })
    // a folder inside OUT may be a link to somewhere else: follow it before trusting the path
    const realOut = realpathSync(outDir)
    const realTarget = join(realpathSync(dirname(target)), basename(target))
    if (!realTarget.startsWith(realOut + sep)) return 'output would be written outside OUT (through a symbolic link)'
    if (inputFiles.paths.has(target) || inputFiles.paths.has(realTarget) || inputFiles.ids.has(fileId(realTarget) ?? '')) return 'output would overwrite an input'
    const temporary = join(dirname(realTarget), `.lawgov-${process.pid}-${++temporaries}.tmp`)
    interrupted.temporary = temporary
    writeFileSync(temporary, json)
    renameSync(temporary, realTarget)
    interrupted.temporary = undefined
  } catch (error) {
    if (interrupted.temporary !== undefined) removeQuietly(interrupted.temporary)
    interrupted.temporary = undefined
    return `cannot write the output: ${describeFsError(error)}`
  }
  return undefined
}

let temporaries = 0

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // nothing was written there
  }
}

/** The inputs by path and by file identity, so that no output replaces one under another name
 *  (a symbolic or hard link to it). */
interface InputIdentity {
  paths: Set<string>
  ids: Set<string>
}

function identify(inputs: readonly InputFile[]): InputIdentity {
  const identity: InputIdentity = { paths: new Set(), ids: new Set() }
  for (const input of inputs) {
    identity.paths.add(resolve(input.file))
    const id = fileId(input.file)
    if (id !== undefined) identity.ids.add(id)
  }
  return identity
}

/** Device and inode of an existing file, or undefined. */
function fileId(path: string): string | undefined {
  try {
    const stats = statSync(path)
    return `${stats.dev}:${stats.ino}`
  } catch {
    return undefined
  }
}

function readStdin(): Uint8Array {
  return readFileSync(0)
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
