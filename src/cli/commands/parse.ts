/**
 * `lawgov parse <paths|globs|->...`: one Report per page — NDJSON on stdout (or a JSON array,
 * or indented JSON), or one <name>.json per page under --out DIR. A page that cannot be read or
 * parsed is reported on stderr in one line and the batch goes on; the exit status is then 1.
 * Pages are parsed on worker threads (--concurrency) and written in input order.
 */
import { mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join, resolve, sep } from 'node:path'
import { describeFsError, uniqueOutPaths, type InputFile } from '../inputs.js'
import { writeData, type Io } from '../io.js'
import { planPages, runPages, type PagesOptions, type RunSummary } from '../pages.js'
import { UsageError } from '../../messages.js'
import type { OutputFormat, ParseTask } from '../task.js'

export interface ParseCommandOptions extends PagesOptions {
  format?: OutputFormat
  /** --pretty, the same as --format pretty. */
  pretty?: boolean
  out?: string
  /** --skip-existing: with --out, leave a page whose Report is already written for the same bytes. */
  skipExisting?: boolean
}

/**
 * Run `lawgov parse`.
 * @param paths files, folders, globs, or "-" for one page on stdin
 * @param options command-line options
 * @param io where to write
 * @returns the exit status: 0, or 1 when any page failed
 */
export async function parseCommand(paths: readonly string[], options: ParseCommandOptions, io: Io): Promise<number> {
  const format: OutputFormat = options.pretty ? 'pretty' : (options.format ?? 'ndjson')
  if (options.skipExisting && options.out === undefined) throw new UsageError('--skip-existing needs --out DIR: it skips the pages whose Report is already there')
  if (options.stdinNdjson && options.out !== undefined) throw new UsageError('--stdin-ndjson writes one Report line per input line on stdout; --out is not available with it')
  const plan = planPages(paths, options, format, io)
  const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out)
  const outPaths = uniqueOutPaths(
    plan.pages.map((input) => input?.outPath ?? 'stdin.json'),
    plan.pages.map((input) => (input === undefined ? '' : extname(input.file))),
  )
  const inputFiles: InputIdentity = outDir === undefined ? { paths: new Set(), ids: new Set() } : identify(plan.pages)
  if (outDir !== undefined && options.skipExisting) {
    const tasks = plan.tasks
    plan.tasks = function* () {
      let index = 0
      for (const task of tasks() as Iterable<ParseTask>) yield { ...task, skipIfOutput: resolve(outDir, outPaths[index++] as string) }
    }
  }

  let written = 0
  const interrupted = { temporary: undefined as string | undefined }
  const onSigint = () => {
    if (interrupted.temporary !== undefined) removeQuietly(interrupted.temporary)
    process.exit(130)
  }
  if (outDir !== undefined) process.once('SIGINT', onSigint)
  let summary: RunSummary
  try {
    summary = await runPages(plan, options, io, async (outcome, index) => {
      const json = outcome.json as string
      if (outDir !== undefined) {
        return writeOutput(outDir, outPaths[index] as string, inputFiles, json, interrupted)?.replace('OUT', options.out ?? '')
      }
      const separator = format === 'json' ? (written === 0 ? '[\n' : ',\n') : ''
      await writeData(io, separator + (format === 'json' ? json.trimEnd() : json))
      written++
      return undefined
    })
  } finally {
    if (outDir !== undefined) process.removeListener('SIGINT', onSigint)
  }
  if (format === 'json' && outDir === undefined) await writeData(io, written === 0 ? '[]\n' : '\n]\n')
  return summary.failed > 0 ? 1 : 0
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

function identify(inputs: readonly (InputFile | undefined)[]): InputIdentity {
  const identity: InputIdentity = { paths: new Set(), ids: new Set() }
  for (const input of inputs) {
    if (input === undefined) continue
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
