/**
 * Writing under --out, for every command that writes files: inside the folder only (links
 * followed before trusting a path), never over an input (by path or by file identity),
 * atomically (a temporary name renamed), so an interrupted batch leaves only complete files.
 */
import { mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { describeFsError, type InputFile } from './inputs.js'

/**
 * The files of one command under --out. `write` puts a file inside the folder, never over an
 * input, atomically (a temporary name renamed); `run` removes the temporary file of a write cut
 * short by Ctrl-C, so an interrupted batch leaves only complete files.
 */
export class OutWriter {
  private temporary: string | undefined
  private readonly inputs: InputIdentity
  private readonly outDir: string
  private readonly shown: string
  /** The folder with its links followed, once it exists. */
  private realOut: string | undefined

  /**
   * @param outDir the folder, resolved
   * @param shown the folder as the user wrote it, for messages
   * @param inputs the batch's inputs, never to be overwritten
   */
  constructor(outDir: string, shown: string, inputs: readonly (InputFile | undefined)[]) {
    this.outDir = outDir
    this.shown = shown
    this.inputs = identify(inputs)
  }

  /** Run a batch; on SIGINT, remove the file being written and exit with 130. */
  async run<T>(batch: () => Promise<T>): Promise<T> {
    const onSigint = () => {
      if (this.temporary !== undefined) removeQuietly(this.temporary)
      process.exit(130)
    }
    process.once('SIGINT', onSigint)
    try {
      return await batch()
    } finally {
      process.removeListener('SIGINT', onSigint)
    }
  }

  /** Write one file. Returns the reason it was not written, or undefined. */
  write(outPath: string, content: string): string | undefined {
    const { outDir, shown } = this
    const target = resolve(outDir, outPath)
    if (!target.startsWith(outDir + sep)) return `output would be written outside ${shown}`
    try {
      mkdirSync(dirname(target), { recursive: true })
      // a folder inside OUT may be a link to somewhere else: follow it before trusting the path
      const realOut = (this.realOut ??= realpathSync(outDir))
      const realTarget = join(realpathSync(dirname(target)), basename(target))
      if (!realTarget.startsWith(realOut + sep)) return `output would be written outside ${shown} (through a symbolic link)`
      if (this.inputs.paths.has(target) || this.inputs.paths.has(realTarget) || this.inputs.ids.has(fileId(realTarget) ?? '')) return 'output would overwrite an input'
      const temporary = join(dirname(realTarget), `.lawgov-${process.pid}-${++temporaries}.tmp`)
      this.temporary = temporary
      writeFileSync(temporary, content)
      renameSync(temporary, realTarget)
      this.temporary = undefined
    } catch (error) {
      if (this.temporary !== undefined) removeQuietly(this.temporary)
      this.temporary = undefined
      return `cannot write the output: ${describeFsError(error)}`
    }
    return undefined
  }
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
