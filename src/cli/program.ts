/**
 * The commander program: commands, options and help text. Actions only call the command
 * functions; nothing here reads files or prints data.
 */
import { Command, Option } from 'commander'
import { checkCommand } from './commands/check.js'
import { parseCommand } from './commands/parse.js'
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

  program
    .command('parse')
    .description('parse pages (files or folders of .txt .htm .html .shtml) into one JSON Report each')
    .argument('<paths...>', 'files and folders; folders are searched recursively')
    .option('--pretty', 'indented JSON instead of one line per Report')
    .option('-o, --out <dir>', 'write <name>.json per page under DIR, mirroring relative paths, instead of stdout')
    .addOption(new Option('--keep-punctuation', 'keep ASCII punctuation as scraped (no ， ： （） restoration)'))
    .option('--no-convert', 'keep a Traditional page in Traditional characters (no OpenCC conversion)')
    .option('--learn-chrome', 'first learn each site’s boilerplate: lines repeated on most pages of a site are removed too')
    .addHelpText(
      'after',
      `
Examples:
  $ lawgov parse fixtures                     NDJSON, one line per page, on stdout
  $ lawgov parse page.html --pretty           one indented Report
  $ lawgov parse crawl/ --out reports/        crawl/a/b.html → reports/a/b.json
  $ lawgov parse crawl/ --learn-chrome        also drop lines repeated across a site's pages
                                              (a site is the first folder under crawl/)
  $ lawgov parse crawl/ | jq -r '.title'`,
    )
    .action(async (paths: string[], options: { pretty?: boolean; out?: string; keepPunctuation?: boolean; learnChrome?: boolean; convert?: boolean }) => {
      setExitCode(await parseCommand(paths, options, io))
    })

  program
    .command('check')
    .description('parse fixture cases (folders with input.* and expected.json) and compare')
    .argument('[dir]', 'folder holding the cases', 'fixtures')
    .option('--update', 'rewrite each expected.json from the current output')
    .addHelpText(
      'after',
      `
Exit status: 0 all cases pass, 1 a case differs, 2 a case is malformed.

Examples:
  $ lawgov check                 every case under fixtures/
  $ lawgov check fixtures/seeds --update`,
    )
    .action(async (dir: string, options: { update?: boolean }) => {
      setExitCode(await checkCommand(dir, options, io))
    })

  return program
}
