/**
 * `lawgov parse <paths|globs|->...`: one Report per page — NDJSON on stdout (or a JSON array,
 * or indented JSON), or one <name>.json per page under --out DIR. A page that cannot be read or
 * parsed is reported on stderr in one line and the batch goes on; the exit status is then 1.
 * Pages are parsed on worker threads (--concurrency) and written in input order.
 */
import { extname, resolve } from 'node:path'
import { uniqueOutPaths } from '../inputs.js'
import { OutWriter } from '../out.js'
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
  const writer = outDir === undefined ? undefined : new OutWriter(outDir, options.out as string, plan.pages)
  if (outDir !== undefined && options.skipExisting) {
    const tasks = plan.tasks
    plan.tasks = function* () {
      let index = 0
      for (const task of tasks() as Iterable<ParseTask>) yield { ...task, skipIfOutput: resolve(outDir, outPaths[index++] as string) }
    }
  }

  let written = 0
  const batch = () =>
    runPages(plan, options, io, async (outcome, index) => {
      const json = outcome.json as string
      if (writer !== undefined) return writer.write(outPaths[index] as string, json)
      const separator = format === 'json' ? (written === 0 ? '[\n' : ',\n') : ''
      await writeData(io, separator + (format === 'json' ? json.trimEnd() : json))
      written++
      return undefined
    })
  const summary: RunSummary = writer === undefined ? await batch() : await writer.run(batch)
  if (format === 'json' && outDir === undefined) await writeData(io, written === 0 ? '[]\n' : '\n]\n')
  return summary.failed > 0 ? 1 : 0
}
