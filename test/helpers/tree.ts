/** A fingerprint of a folder tree, to show a command left it exactly as it was. */
import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Every entry under `dir` (links not followed) with its kind, mode and content hash.
 * @param dir the folder
 * @returns relative path → "file 644 <sha256>", "dir 755", "link -> target"
 */
export function fingerprint(dir: string): Map<string, string> {
  const entries = new Map<string, string>()
  const walk = (rel: string) => {
    const full = join(dir, rel)
    const stats = lstatSync(full)
    const mode = (stats.mode & 0o7777).toString(8)
    if (stats.isSymbolicLink()) entries.set(rel, `link -> ${readlinkSync(full)}`)
    else if (stats.isDirectory()) {
      entries.set(rel, `dir ${mode}`)
      for (const name of readdirSync(full).sort()) walk(rel === '' ? name : `${rel}/${name}`)
    } else entries.set(rel, `file ${mode} ${stats.mtimeMs} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`)
  }
  walk('')
  return entries
}
