/** The files of a folder tree that a test reads (fixtures, sources). */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Files under a folder, at any depth, in the order the folders list them.
 * @param dir the folder
 * @param keep whether a file (by name) is wanted
 * @param enter whether a subfolder (by name) is read (default: every one)
 * @returns the wanted files' paths
 */
export function filesUnder(dir: string, keep: (name: string) => boolean, enter: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return enter(name) ? filesUnder(path, keep, enter) : []
    return keep(name) ? [path] : []
  })
}
