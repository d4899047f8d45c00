/**
 * `lawgov parse <paths|globs|->...`: one Report per page — NDJSON on stdout (or a JSON array,
 * or indented JSON), or one <name>.json per page under --out DIR. A page that cannot be read or
 * parsed is reported on stderr in one line and the batch goes on; the exit status is then 1.
 * Pages are parsed on worker threads (--concurrency) and written in input order. With --dedupe
 * the pages that are copies of one document get `duplicateOf`: the Reports wait in a temporary
 * file (or, with --out, the copies' files are written again) until the whole batch is grouped.
 */
import { readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { duplicateOfMap, groupCopies, type CopyCandidate } from '../../duplicates.js'
import { withDuplicateOf } from '../../emit/json.js'
import { uniqueOutPaths } from '../inputs.js'
import { OutWriter } from '../out.js'
import { writeData, type Io } from '../io.js'
import { planPages, reportFailure, runPages, type PagesOptions, type RunSummary } from '../pages.js'
import { Spool } from '../spool.js'
import { UsageError } from '../../messages.js'
import type { OutputFormat, ParseTask } from '../task.js'

export interface ParseCommandOptions extends PagesOptions {
  format?: OutputFormat
  /** --pretty, the same as --format pretty. */
  pretty?: boolean
  out?: string
  /** --skip-existing: with --out, leave a page whose Report is already written for the same bytes. */
  skipExisting?: boolean
  /** --dedupe: set duplicateOf on the pages that are copies of another page of the batch. */
  dedupe?: boolean
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
  if (options.dedupe && options.skipExisting) throw new UsageError('--dedupe groups every page of the batch; --skip-existing would leave some unread')
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

  if (options.dedupe) {
    const tasks = plan.tasks
    plan.tasks = () => withCopy(tasks())
  }

  let written = 0
  const emit = async (json: string) => {
    const separator = format === 'json' ? (written === 0 ? '[\n' : ',\n') : ''
    await writeData(io, separator + (format === 'json' ? json.trimEnd() : json))
    written++
  }
  // --dedupe: the pages read so far (what grouping needs), and where their Reports wait
  const copies: CopyCandidate[] = []
  const writtenTo: string[] = []
  const spool = options.dedupe && writer === undefined ? new Spool() : undefined
  try {
    const batch = () =>
      runPages(plan, options, io, async (outcome, index) => {
        const json = outcome.json as string
        if (writer !== undefined) {
          const problem = writer.write(outPaths[index] as string, json)
          if (problem === undefined && outcome.copy !== undefined) {
            copies.push(outcome.copy)
            writtenTo.push(outPaths[index] as string)
          }
          return problem
        }
        if (spool !== undefined) {
          spool.add(json)
          copies.push(outcome.copy as CopyCandidate)
        } else await emit(json)
        return undefined
      })
    const summary: RunSummary = writer === undefined ? await batch() : await writer.run(batch)
    let failed = summary.failed
    if (options.dedupe) {
      const kept = duplicateOfMap(groupCopies(copies))
      if (spool !== undefined) {
        let record = 0
        for (const json of spool.read()) {
          const keep = kept.get((copies[record++] as CopyCandidate).path)
          await emit(keep === undefined ? json : withDuplicateOf(json, keep))
        }
      } else if (writer !== undefined) {
        // each copy's file is written again with its duplicateOf
        copies.forEach((copy, record) => {
          const keep = kept.get(copy.path)
          if (keep === undefined) return
          const outPath = writtenTo[record] as string
          const problem = writer.write(outPath, withDuplicateOf(readFileSync(resolve(outDir as string, outPath), 'utf8'), keep))
          if (problem !== undefined) {
            failed++
            reportFailure(io, `${copy.path}: ${problem}`)
          }
        })
      }
    }
    if (format === 'json' && outDir === undefined) await writeData(io, written === 0 ? '[]\n' : '\n]\n')
    return failed > 0 ? 1 : 0
  } finally {
    spool?.close()
  }
}

/** The tasks, each asking for what grouping the copies reads of its page; a stream of pages
 *  (--stdin-ndjson) stays a stream. */
function withCopy(tasks: Iterable<ParseTask> | AsyncIterable<ParseTask>): Iterable<ParseTask> | AsyncIterable<ParseTask> {
  if (Symbol.asyncIterator in tasks) {
    return (async function* () {
      for await (const task of tasks) yield { ...task, copy: true }
    })()
  }
  return (function* () {
    for (const task of tasks) yield { ...task, copy: true }
  })()
}
