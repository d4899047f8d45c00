/**
 * Writing under --out, for every command that writes files: inside the folder only (links
 * followed before trusting a path), never over an input (by path or by file identity),
 * atomically (a temporary name renamed), so an interrupted batch leaves only complete files.
 */
import { mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { describeFsError, type InputFile } from './inputs.js'

/** Write one file under --out: inside the folder, never over an input, atomically (a
 *  temporary name renamed). Returns the reason it was not written, or undefined. */
export function writeOutput(outDir: string, outPath: string, inputFiles: InputIdentity, content: string, interrupted: { temporary: string | undefined }): string | undefined {
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
    writeFileSync(temporary, content)
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

export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // nothing was written there
  }
}

/** The inputs by path and by file identity, so that no output replaces one under another name
 *  (a symbolic or hard link to it). */
export interface InputIdentity {
  paths: Set<string>
  ids: Set<string>
}

export function identify(inputs: readonly (InputFile | undefined)[]): InputIdentity {
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
