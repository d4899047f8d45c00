/**
 * Turning command-line paths into the list of pages to parse: files as given, folders searched
 * recursively for .txt .htm .html .shtml, in sorted path order.
 */
import { statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { globSync, isGlobPattern } from '../adapters/glob.js'

export const PAGE_EXTENSIONS = ['txt', 'htm', 'html', 'shtml'] as const

export interface InputFile {
  /** Where to read it. */
  file: string
  /** `source.path`: relative to the folder given, or the path as given for a file. */
  path: string
  /** Path of its output under --out, relative to the output folder. */
  outPath: string
  /** The site it belongs to, for --learn-chrome: the first folder under the folder given
   *  (crawl/siteA/2021/x.html → crawl/siteA), or the folder given / the file's folder. */
  site: string
}

export interface InputListing {
  inputs: InputFile[]
  /** Each argument that gave nothing to parse, and why. */
  errors: { path: string; reason: string }[]
}

/**
 * List the pages named by command-line arguments.
 * @param args files and folders
 * @param cwd the working directory paths are relative to
 * @returns the pages, and an error for each argument that is missing or holds no page
 */
export function listInputs(args: readonly string[], cwd: string): InputListing {
  const inputs: InputFile[] = []
  const errors: InputListing['errors'] = []
  for (const arg of args) {
    const full = resolve(cwd, arg)
    let isDirectory: boolean
    try {
      isDirectory = statSync(full).isDirectory()
    } catch (error) {
      if (isGlobPattern(arg)) {
        // a glob: "crawl/**/*.html", matched from the working directory
        const matched = globSync(arg, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: false }).sort(compareCodeUnits)
        if (matched.length === 0) errors.push({ path: arg, reason: 'no pages match' })
        const base = resolve(cwd, staticPrefix(arg))
        for (const rel of matched) {
          const file = resolve(cwd, rel)
          inputs.push({ file, path: rel, outPath: toJsonName(relative(base, file)), site: dirname(file) })
        }
        continue
      }
      errors.push({ path: arg, reason: describeFsError(error) })
      continue
    }
    if (!isDirectory) {
      inputs.push({ file: full, path: arg, outPath: toJsonName(basename(arg)), site: dirname(full) })
      continue
    }
    const found = globSync(`**/*.{${PAGE_EXTENSIONS.join(',')}}`, { cwd: full, onlyFiles: false, objectMode: true, caseSensitiveMatch: false, dot: false, followSymbolicLinks: false })
      .filter((entry) => entry.dirent.isFile() || (entry.dirent.isSymbolicLink() && !isDirectoryLink(join(full, entry.path))))
      .map((entry) => entry.path)
      .sort(compareCodeUnits)
    if (found.length === 0) errors.push({ path: arg, reason: 'no pages found (.txt .htm .html .shtml)' })
    for (const rel of found) {
      const top = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : ''
      inputs.push({ file: join(full, rel), path: rel, outPath: toJsonName(rel), site: join(full, top) })
    }
  }
  return { inputs, errors }
}

/** A symbolic link to a folder is not a page; a broken or looping link is listed, so that
 *  reading it reports why. */
function isDirectoryLink(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Pages named one by one (--files-from): each path as given, read as a file — no folder search,
 * no glob — and written under --out at its own relative path.
 * @param paths the paths, relative to `cwd` or absolute
 * @param cwd the working directory
 * @returns the pages, in the order given
 */
export function fileInputs(paths: readonly string[], cwd: string): InputFile[] {
  return paths.map((path) => {
    const file = resolve(cwd, path)
    return { file, path, outPath: toJsonName(path), site: dirname(file) }
  })
}

/** "a/b/page.html" → "a/b/page.json". */
function toJsonName(path: string): string {
  return path.replace(/\.[^./\\]*$/, '') + '.json'
}

/** The folders of a glob before its first wildcard: "../crawl/**\/*.html" → "../crawl". */
function staticPrefix(pattern: string): string {
  const segments = pattern.split('/')
  const stop = segments.findIndex((segment) => segment !== '' && isGlobPattern(segment))
  return segments.slice(0, stop < 0 ? segments.length - 1 : stop).join('/') || '.'
}

/**
 * Output names under --out that stay inside the folder and never collide: ".", ".." and empty
 * segments are dropped ("../x/a.json" → "x/a.json", "/abs/a.json" → "abs/a.json"); pages of one
 * name but different extensions keep them ("a.txt.json", "a.html.json"), and any still alike
 * are numbered in input order ("a.json", "a~2.json").
 * @param names each page's wished output path, relative, "/"-separated
 * @param extensions each page's own extension (".html"), or "" (stdin)
 * @returns the output paths, in the same order
 */
export function uniqueOutPaths(names: readonly string[], extensions: readonly string[]): string[] {
  const safe = names.map((name) => {
    const segments = name.split(/[/\\]/).filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    return segments.length === 0 || segments.at(-1) === '.json' ? [...segments.slice(0, -1), '_.json'].join('/') : segments.join('/')
  })
  const count = new Map<string, number>()
  for (const name of safe) count.set(name, (count.get(name) ?? 0) + 1)
  const extensionsOf = new Map<string, Set<string>>()
  safe.forEach((name, i) => extensionsOf.set(name, (extensionsOf.get(name) ?? new Set()).add(extensions[i] ?? '')))
  const withExtension = safe.map((name, i) =>
    (count.get(name) ?? 0) > 1 && (extensionsOf.get(name)?.size ?? 0) > 1 && extensions[i] ? `${name.slice(0, -'.json'.length)}${extensions[i]}.json` : name,
  )
  const taken = new Set<string>()
  return withExtension.map((name) => {
    let candidate = name
    for (let n = 2; taken.has(candidate); n++) candidate = `${name.slice(0, -'.json'.length)}~${n}.json`
    taken.add(candidate)
    return candidate
  })
}

/**
 * @param error an error from node:fs
 * @returns a short reason for people ("no such file or directory")
 */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ELOOP':
      return 'too many levels of symbolic links'
    case 'EIO':
      return 'the file cannot be read (input/output error)'
    default:
      return (error as Error).message ?? String(error)
  }
}
