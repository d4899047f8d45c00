/**
 * `lawgov parse <paths...>`: one Report per page, as NDJSON on stdout (or indented JSON with
 * --pretty), or one <name>.json per page under --out DIR. A page that cannot be read is reported
 * on stderr and the batch goes on; the exit status is then 1.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { toJson } from '../../emit/json.js'
import { learnSiteChrome, parseReport } from '../../pipeline.js'
import type { ParseOptions } from '../../types.js'
import { describeFsError, listInputs, type InputFile } from '../inputs.js'
import { colorsFor, writeData, type Io } from '../io.js'

export interface ParseCommandOptions {
  pretty?: boolean
  out?: string
  keepPunctuation?: boolean
  learnChrome?: boolean
  /** false with --no-convert. */
  convert?: boolean
}

/**
 * Run `lawgov parse`.
 * @param paths files and folders
 * @param options command-line options
 * @param io where to write
 * @returns the exit status: 0, or 1 when any page failed
 */
export async function parseCommand(paths: readonly string[], options: ParseCommandOptions, io: Io): Promise<number> {
  const colors = colorsFor(io)
  const fail = (message: string) => io.stderr.write(`${colors.red('lawgov:')} ${message}\n`)
  const { inputs, errors } = listInputs(paths, io.cwd)
  errors.forEach(fail)
  let failed = errors.length
  const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out)
  const siteChrome = options.learnChrome ? learnFromBatch(inputs) : new Map<string, Set<string>>()

  for (const input of inputs) {
    let bytes: Buffer
    try {
      bytes = readFileSync(input.file)
    } catch (error) {
      fail(`${input.path}: ${describeFsError(error)}`)
      failed++
      continue
    }
    let json: string
    try {
      const parseOptions: ParseOptions = { path: input.path, keepPunctuation: options.keepPunctuation ?? false, convert: options.convert ?? true }
      const learnt = siteChrome.get(input.site)
      if (learnt !== undefined) parseOptions.siteChrome = learnt
      json = toJson(parseReport(bytes, parseOptions), options.pretty ?? false)
    } catch (error) {
      fail(`${input.path}: ${(error as Error).message}`)
      failed++
      continue
    }
    if (outDir === undefined) {
      await writeData(io, json)
      continue
    }
    const target = resolve(outDir, input.outPath)
    if (target !== outDir && !target.startsWith(outDir + sep)) {
      fail(`${input.path}: output would be written outside ${options.out}`)
      failed++
      continue
    }
    if (resolve(target) === resolve(input.file)) {
      fail(`${input.path}: output would overwrite the input`)
      failed++
      continue
    }
    mkdirSync(dirname(target), { recursive: true })
    const temporary = join(dirname(target), `.${relative(dirname(target), target)}.${process.pid}.tmp`)
    writeFileSync(temporary, json)
    renameSync(temporary, target)
  }
  return failed > 0 ? 1 : 0
}

/** First pass of --learn-chrome: each site's repeated lines, from every readable page. */
function learnFromBatch(inputs: readonly InputFile[]): Map<string, Set<string>> {
  function* pages() {
    for (const input of inputs) {
      let bytes: Buffer
      try {
        bytes = readFileSync(input.file)
      } catch {
        continue // reported by the second pass
      }
      yield { input: bytes, site: input.site, options: { path: input.path } }
    }
  }
  return learnSiteChrome(pages())
}
