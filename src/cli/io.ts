/**
 * What a command may touch of the outside world: stdout for data, stderr for people, the
 * environment, and whether stderr is a terminal. Tests pass their own.
 */
import { Chalk, type ChalkInstance } from 'chalk'

export interface Io {
  stdout: {
    write(chunk: string): boolean
    once?(event: 'drain' | 'error', listener: () => void): unknown
    off?(event: 'drain' | 'error', listener: () => void): unknown
  }
  stderr: { write(chunk: string): boolean }
  env: Record<string, string | undefined>
  stderrIsTTY: boolean
  cwd: string
  /** Set when the reader of stdout went away (`lawgov parse … | head`). */
  stdoutClosed?: boolean
}

/** Thrown by `writeData` once stdout's reader has gone: the command stops quietly. */
export class OutputClosedError extends Error {}

/** The process's own streams. */
export function processIo(): Io {
  const io: Io = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  }
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    io.stdoutClosed = true
  })
  return io
}

/**
 * Colours for stderr: on a terminal only; NO_COLOR (non-empty) turns them off, FORCE_COLOR on.
 * @param io the command's io
 * @returns a chalk instance at the right level
 */
export function colorsFor(io: Io): ChalkInstance {
  const force = io.env.FORCE_COLOR
  const noColor = io.env.NO_COLOR
  let level: 0 | 1 = io.stderrIsTTY ? 1 : 0
  if (noColor !== undefined && noColor !== '') level = 0
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') level = 1
  return new Chalk({ level })
}

/**
 * Write data to stdout, waiting when the pipe is full.
 * @param io the command's io
 * @param chunk the text
 */
export async function writeData(io: Io, chunk: string): Promise<void> {
  if (io.stdoutClosed) throw new OutputClosedError('stdout closed')
  if (io.stdout.write(chunk) || io.stdout.once === undefined) return
  // wait for the pipe to drain, or for the error that says it never will
  await new Promise<void>((resolve) => {
    const done = () => {
      io.stdout.off?.('drain', done)
      io.stdout.off?.('error', done)
      resolve()
    }
    io.stdout.once?.('drain', done)
    io.stdout.once?.('error', done)
  })
  if (io.stdoutClosed) throw new OutputClosedError('stdout closed')
}
