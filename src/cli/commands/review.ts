/**
 * `lawgov review <paths...> --out DIR`: a static site to see what lawgov did to a corpus —
 * DIR/index.html (totals, coverage, repairs and removals by rule, warnings by code, a table of
 * every document) and one page per document under DIR/documents/, mirroring the input paths.
 * Every page is self-contained (its CSS and script inline), so the site works from file://.
 * The counts are those `lawgov stats --json` gives for the same pages.
 */
import { readFileSync } from 'node:fs'
import { join, posix, resolve } from 'node:path'
import type { CopyGroup } from '../../duplicates.js'
import { COPIES_SLOT, renderCopies } from '../../emit/review/document.js'
import { renderDashboard, type ReviewRow } from '../../emit/review/dashboard.js'
import { UsageError } from '../../messages.js'
import { addDigest, addFailure, emptyStats, finishStats } from '../../stats.js'
import { uniqueOutPaths } from '../inputs.js'
import { colorsFor, type Io } from '../io.js'
import { OutWriter } from '../out.js'
import { planPages, reportFailure, runPages, type PagesOptions } from '../pages.js'
import type { ParseTask } from '../task.js'

export interface ReviewCommandOptions extends PagesOptions {
  out?: string
}

/** Where the document pages go, under DIR. */
const DOCUMENTS_FOLDER = 'documents'

/**
 * Run `lawgov review`.
 * @param paths files, folders, globs, or "-"
 * @param options command-line options; `out` is required
 * @param io where to report
 * @returns the exit status: 0, or 1 when any page failed
 */
export async function reviewCommand(paths: readonly string[], options: ReviewCommandOptions, io: Io): Promise<number> {
  if (options.out === undefined) throw new UsageError('lawgov review writes a site: give --out DIR')
  if (options.stdinNdjson) throw new UsageError('lawgov review needs the pages listed before it starts: give paths or --files-from, not --stdin-ndjson')
  const plan = planPages(paths, options, 'review', io)
  const outDir = resolve(io.cwd, options.out)
  const pagePaths = uniqueOutPaths(
    plan.pages.map((input) => `${DOCUMENTS_FOLDER}/${input?.outPath ?? 'stdin.json'}`),
    plan.pages.map(() => ''),
  ).map((path) => path.replace(/\.json$/, '.html'))
  const tasks = plan.tasks
  plan.tasks = function* () {
    let index = 0
    for (const task of tasks() as Iterable<ParseTask>) {
      const depth = (pagePaths[index++] as string).split('/').length - 1
      yield { ...task, indexHref: `${'../'.repeat(depth)}index.html` }
    }
  }

  const writer = new OutWriter(outDir, options.out, plan.pages)
  const stats = emptyStats()
  const rows: ReviewRow[] = []
  const failed = (path: string, reason: string) => {
    addFailure(stats, path, reason)
    rows.push({ path, title: null, issuer: null, published: null, signed: null, repairs: 0, warnings: 0, status: 'failed', reason })
  }
  for (const error of plan.listingErrors) failed(error.path, error.reason)
  return writer.run(async () => {
    const summary = await runPages(
      plan,
      options,
      io,
      (outcome, index) => {
        const review = outcome.review
        if (review === undefined || outcome.digest === undefined) return 'no review page was made'
        const pagePath = pagePaths[index] as string
        const problem = writer.write(pagePath, review.html)
        if (problem !== undefined) return problem
        addDigest(stats, outcome.digest)
        rows.push({ ...review.row, href: pagePath })
        return undefined
      },
      failed,
    )
    const finished = finishStats(stats)
    fillCopies(writer, outDir, finished.duplicates, rows, io)
    const problem = writer.write('index.html', renderDashboard(finished, rows))
    if (problem !== undefined) {
      reportFailure(io, `index.html: ${problem}`)
      return 1
    }
    if (!options.quiet) io.stderr.write(`lawgov: review site in ${colorsFor(io).bold(join(options.out as string, 'index.html'))}\n`)
    return summary.failed > 0 ? 1 : 0
  })
}

/** Put each copy's group on the review pages of its copies, once the batch is grouped. */
function fillCopies(writer: OutWriter, outDir: string, groups: readonly CopyGroup[], rows: readonly ReviewRow[], io: Io): void {
  const href = new Map(rows.map((row) => [row.path, row.href]))
  for (const group of groups) {
    for (const path of [group.keep, ...group.copies]) {
      const own = href.get(path)
      if (own === undefined) continue
      const hrefOf = (other: string) => {
        const to = href.get(other)
        return to === undefined ? undefined : posix.relative(posix.dirname(own), to)
      }
      const html = readFileSync(join(outDir, own), 'utf8').replace(COPIES_SLOT, renderCopies(path, group, hrefOf))
      const problem = writer.write(own, html)
      if (problem !== undefined) reportFailure(io, `${path}: ${problem}`)
    }
  }
}
