/**
 * Entry point of the command line: `run(argv, io)` returns the exit status and never calls
 * process.exit. Exit status: 0 success; 1 a page failed or a fixture differs; 2 usage error,
 * malformed fixture or internal error.
 */
import { readFileSync } from 'node:fs'
import { CommanderError } from 'commander'
import { LawgovError } from '../messages.js'
import { colorsFor, OutputClosedError, processIo, type Io } from './io.js'
import { buildProgram } from './program.js'

const VERSION = ownVersion()

/** lawgov's version, from its package.json: the nearest one above this module, which runs from
 *  src/cli/, dist/cli/ or the bundle in dist/. */
function ownVersion(): string {
  for (let dir = new URL('./', import.meta.url); dir.pathname !== '/'; dir = new URL('../', dir)) {
    let text: string
    try {
      text = readFileSync(new URL('package.json', dir), 'utf8')
    } catch {
      continue
    }
    const pkg = JSON.parse(text) as { name?: string; version?: string }
    if (pkg.name === 'lawgov' && pkg.version !== undefined) return pkg.version
  }
  throw new Error('lawgov: its package.json was not found above its modules')
}

/**
 * Run the lawgov command line.
 * @param argv arguments after the program name
 * @param io streams and environment (default: the process's)
 * @returns the exit status
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0
  const program = buildProgram(io, VERSION, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    // the reader of our output went away (… | head): not a failure of ours
    if (error instanceof OutputClosedError) return 0
    if (error instanceof CommanderError) {
      // help and version end with a CommanderError too, with exit code 0
      return error.exitCode === 0 ? 0 : 2
    }
    // an option parser that threw our UsageError reaches us wrapped by commander or as it is
    const cause = (error as { cause?: unknown }).cause
    if (cause instanceof LawgovError) {
      io.stderr.write(`${colorsFor(io).red('lawgov:')} ${cause.message}\n`)
      return cause.exitCode
    }
    if (error instanceof LawgovError) {
      io.stderr.write(`${colorsFor(io).red('lawgov:')} ${error.message}\n`)
      return error.exitCode
    }
    // a bug of ours: one line for people, the stack for whoever asks with --debug
    const stack = argv.includes('--debug') ? `\n${(error as Error).stack ?? ''}` : ' (run with --debug for details)'
    io.stderr.write(`${colorsFor(io).red('lawgov:')} internal error: ${(error as Error).message ?? String(error)}${stack}\n`)
    return 2
  }
}
