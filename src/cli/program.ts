/**
 * The commander program: commands, options and help text. Actions only call the command
 * functions; nothing here reads files or prints data.
 */
import { Command, Option } from 'commander'
// each command's module is loaded when the command runs: `lawgov parse` does not pay for the
// schema library, the review renderers or the fixture checker
import type { CheckCommandOptions } from './commands/check.js'
import type { ParseCommandOptions } from './commands/parse.js'
import type { ReviewCommandOptions } from './commands/review.js'
import type { StatsCommandOptions } from './commands/stats.js'
import { UsageError } from '../messages.js'
import type { Io } from './io.js'

/**
 * Build the program.
 * @param io where commands write
 * @param version the package version, for --version
 * @param setExitCode receives each command's exit status
 * @returns the commander program
 */
export function buildProgram(io: Io, version: string, setExitCode: (code: number) => void): Command {
  const program = new Command()
  program
    .name('lawgov')
    .description('Turn web-page dumps of Chinese government 法治政府建设 documents into structured JSON.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .showHelpAfterError('(run lawgov --help for usage)')

  const parse = program
    .command('parse')
    .description('parse pages (files or folders of .txt .htm .html .shtml) into one JSON Report each')
    .argument('[paths...]', 'files, folders (searched recursively), globs, or - for one page on stdin')
    .addOption(new Option('-f, --format <format>', 'ndjson: one line per Report; json: one array; pretty: indented').choices(['ndjson', 'json', 'pretty']).default('ndjson'))
    .option('--pretty', 'the same as --format pretty')
    .option('-o, --out <dir>', 'write <name>.json per page under DIR, mirroring relative paths, instead of stdout')
    .option('--skip-existing', 'with --out: leave a page whose Report for the same bytes is already there (resume a batch)')
    .option('--dedupe', 'group the pages that are copies of one document: each copy gets duplicateOf, the path of the page kept (output comes after the whole batch is parsed)')
  addPageOptions(parse)
  parse
    .addHelpText(
      'after',
      `
Examples:
  $ lawgov parse fixtures                     NDJSON, one line per page, on stdout
  $ lawgov parse page.html --pretty           one indented Report
  $ lawgov parse crawl/ --out reports/        crawl/a/b.html → reports/a/b.json
  $ lawgov parse crawl/ --learn-chrome        also drop lines repeated across a site's pages
                                              (a site is the first folder under crawl/)
  $ lawgov parse crawl/ | jq -r '.title'
  $ lawgov parse 'crawl/**/*.html' -j 2      a glob, on two threads
  $ curl -s https://… | lawgov parse -        one page from stdin
  $ find crawl -name '*.html' -print0 | lawgov parse --files-from - -0 --out reports/
  $ lawgov parse crawl/ --shard 2/8 --out reports/          the second of eight disjoint parts
  $ lawgov parse crawl/ --out reports/ --skip-existing      resume a batch that was stopped
  $ lawgov parse crawl/ --dedupe | jq -c 'select(.duplicateOf == null)'   one Report per document
  $ jq -c '{path, content}' pages.jsonl | lawgov parse --stdin-ndjson > reports.ndjson`,
    )
    .action(async (paths: string[], options: ParseCommandOptions) => {
      if (paths.length === 0 && options.filesFrom === undefined && !options.stdinNdjson) throw new UsageError('no pages: give paths, --files-from FILE or --stdin-ndjson')
      const { parseCommand } = await import('./commands/parse.js')
      setExitCode(await parseCommand(paths, options, io))
    })

  program
    .command('check')
    .description('parse fixture cases (folders with input.* and expected.json) and compare')
    .argument('[dir]', 'folder holding the cases', 'fixtures')
    .option('--update', 'rewrite each expected.json from the current output')
    .option('--fields <fields>', 'compare only these fields (comma-separated: title,dates.signed,sections)', parseFieldList)
    .option('--require <fields>', 'fail a case where one of these fields is null, "" or [] (comma-separated)', parseFieldList)
    .addHelpText(
      'after',
      `
Exit status: 0 all cases pass, 1 a case differs or lacks a required field, 2 a case is malformed.

Examples:
  $ lawgov check                                   every case under fixtures/
  $ lawgov check fixtures/seeds --update           rewrite the expectations (review the diff)
  $ lawgov check my-cases --fields title,kind,dates
  $ lawgov check my-cases --require title,dates.signed,docNumber    a quality gate for CI`,
    )
    .action(async (dir: string, options: CheckCommandOptions) => {
      const { checkCommand } = await import('./commands/check.js')
      setExitCode(await checkCommand(dir, options, io))
    })

  const stats = program
    .command('stats')
    .description('parse pages and summarize the corpus: fields found, repairs, chrome removed, warnings, encodings, copies of one document, most cited documents')
    .argument('[paths...]', 'files, folders (searched recursively), globs, or - for one page on stdin')
    .option('--json', 'one JSON object instead of the table')
  addPageOptions(stats)
  stats
    .addHelpText(
      'after',
      `
Exit status: 0, or 1 when a page could not be read or parsed (it is counted and listed).

Examples:
  $ lawgov stats crawl/                            a table: documents, share with title, signed date, 文号 …
  $ lawgov stats crawl/ --json | jq '.coverage'
  $ lawgov stats crawl/ --json | jq '.repairsByRule'
  $ lawgov stats crawl/ --json | jq '.distinctDocuments, .duplicates[0]'
  $ lawgov stats crawl/ --json | jq -r '.mostCited[] | "\\(.pages)\\t\\(.title)"'`,
    )
    .action(async (paths: string[], options: StatsCommandOptions) => {
      if (paths.length === 0 && options.filesFrom === undefined && !options.stdinNdjson) throw new UsageError('no pages: give paths, --files-from FILE or --stdin-ndjson')
      const { statsCommand } = await import('./commands/stats.js')
      setExitCode(await statsCommand(paths, options, io))
    })

  const review = program
    .command('review')
    .description('build a static review site: a dashboard of the batch and one page per document with removals and repairs marked')
    .argument('[paths...]', 'files, folders (searched recursively), globs, or - for one page on stdin')
    .option('-o, --out <dir>', 'the folder to write the site to (index.html and documents/…)')
  addPageOptions(review)
  review
    .addHelpText(
      'after',
      `
The site needs no server: open DIR/index.html in a browser (file:// works, offline).
Its counts are those of lawgov stats --json for the same pages.
Exit status: 0, or 1 when a page could not be read or parsed (it is listed on the dashboard).

Examples:
  $ lawgov review fixtures --out review-site       then open review-site/index.html
  $ lawgov review crawl/ --out review --shard 1/20  look at a twentieth of a large crawl`,
    )
    .action(async (paths: string[], options: ReviewCommandOptions) => {
      if (paths.length === 0 && options.filesFrom === undefined) throw new UsageError('no pages: give paths or --files-from FILE')
      const { reviewCommand } = await import('./commands/review.js')
      setExitCode(await reviewCommand(paths, options, io))
    })

  program
    .command('schema')
    .description('print the JSON Schema (2020-12) of the Report')
    .addHelpText(
      'after',
      `
Examples:
  $ lawgov schema > report.schema.json
  $ lawgov schema | jq '.properties | keys'`,
    )
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema.js')
      setExitCode(await schemaCommand(io))
    })

  return program
}

/** Options of every command that parses pages (parse, stats, review). */
function addPageOptions(command: Command): void {
  command
    .option('--files-from <file>', 'read the pages to parse from FILE (- for stdin), one path per line')
    .option('-0, --null', 'with --files-from: paths are separated by NUL, as find -print0 writes them')
    .option('--shard <k/n>', 'parse only shard K of N: a stable partition by a hash of each page’s path', parseShard)
    .option('--stdin-ndjson', 'read pages from stdin as {"path", "content"} or {"path", "base64"} lines; one Report line each, in order')
    .option('--keep-punctuation', 'keep ASCII punctuation as scraped (no ， ： （） restoration)')
    .option('--no-convert', 'keep a Traditional page in Traditional characters (no OpenCC conversion)')
    .option('--learn-chrome', 'first learn each site’s boilerplate: lines repeated on most pages of a site are removed too')
    .option('-j, --concurrency <n>', 'threads that parse, the main thread among them (default: the number of cores); the output is the same for every n', parseCount)
    .option('--fail-fast', 'stop at the first page that fails')
    .option('--max-bytes <size>', 'refuse pages larger than this (default: 64MiB; 500K, 2M, 1G …)', parseSize)
    .option('-q, --quiet', 'no progress bar and no summary line (errors are still reported)')
    .option('--debug', 'print the stack of an internal error')
}

/** "2/8" → shard 2 of 8. */
function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes K/N with 1 ≤ K ≤ N, such as 2/8 (not "${value}")`)
  return { index, count }
}

/** "title, dates.signed" → ["title", "dates.signed"]. */
function parseFieldList(value: string): string[] {
  const fields = value.split(',').map((field) => field.trim()).filter((field) => field !== '')
  if (fields.length === 0) throw new UsageError(`a list of fields is expected, such as title,dates.signed (not "${value}")`)
  return fields
}

/** "--concurrency 4" → 4. */
function parseCount(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency takes a whole number of threads, 1 or more (not "${value}")`)
  return n
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 }

/** "64MiB", "500K", "1048576" → bytes. */
function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim())
  const unit = m ? SIZE_UNITS[(m[2] as string).toLowerCase()] : undefined
  if (!m || unit === undefined) throw new UsageError(`--max-bytes takes a size such as 500K, 64MiB or 1048576 (not "${value}")`)
  return Math.floor(Number(m[1]) * unit)
}
