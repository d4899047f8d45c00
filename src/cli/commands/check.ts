/**
 * `lawgov check [dir]`: parse every fixture case under a folder and compare with its
 * expected.json. PASS/FAIL per case and, for failures, the differing fields go to stderr.
 * Exit status: 0 all pass, 1 any mismatch, 2 a malformed case.
 */
import { resolve } from 'node:path'
import { checkFixture, findFixtureCases, isReportField, type CheckOptions } from '../../fixtures/check.js'
import { LawgovError, UsageError } from '../../messages.js'
import { colorsFor, type Io } from '../io.js'

export interface CheckCommandOptions {
  update?: boolean
  /** --fields: compare only these fields. */
  fields?: string[]
  /** --require: fail a case where one of these fields is empty. */
  require?: string[]
}

/** Longest value printed in a difference line. */
const MAX_SHOWN = 160

/**
 * Run `lawgov check`.
 * @param dir the folder holding cases (default: fixtures)
 * @param options --update rewrites expected.json
 * @param io where to write
 * @returns the exit status
 */
export async function checkCommand(dir: string, options: CheckCommandOptions, io: Io): Promise<number> {
  const colors = colorsFor(io)
  const root = resolve(io.cwd, dir)
  let cases: string[]
  try {
    cases = findFixtureCases(root)
  } catch {
    throw new UsageError(`${dir}: no such folder`)
  }
  if (cases.length === 0) throw new UsageError(`${dir}: no fixture cases (folders with input.* and expected.json)`)
  for (const [flag, fields] of [['--fields', options.fields], ['--require', options.require]] as const) {
    const unknown = (fields ?? []).filter((field) => !isReportField(field))
    if (unknown.length > 0) throw new UsageError(`${flag}: not a field of the Report: ${unknown.join(', ')} (see lawgov schema)`)
  }
  let failed = 0
  let malformed = 0
  for (const caseDir of cases) {
    try {
      const checkOptions: CheckOptions = { update: options.update ?? false, root }
      if (options.fields !== undefined) checkOptions.fields = options.fields
      if (options.require !== undefined) checkOptions.require = options.require
      const result = checkFixture(caseDir, checkOptions)
      if (result.status === 'pass') io.stderr.write(`${colors.green('PASS')} ${result.name}\n`)
      else if (result.status === 'updated') io.stderr.write(`${colors.yellow('UPDATED')} ${result.name}\n`)
      else {
        failed++
        io.stderr.write(`${colors.red('FAIL')} ${result.name}\n`)
        for (const d of result.differences) {
          io.stderr.write(`  ${colors.bold(d.path)}\n    expected ${shorten(d.expected)}\n    actual   ${shorten(d.actual)}\n`)
        }
        for (const path of result.missing) io.stderr.write(`  ${colors.bold(path)}\n    required, but empty\n`)
      }
    } catch (error) {
      if (!(error instanceof LawgovError)) throw error
      malformed++
      io.stderr.write(`${colors.red('ERROR')} ${error.message}\n`)
    }
  }
  const total = cases.length
  if (options.update) io.stderr.write(`${total - malformed} of ${total} cases updated${malformed ? `, ${malformed} malformed` : ''}\n`)
  else io.stderr.write(`${total - failed - malformed} of ${total} cases pass${failed ? `, ${failed} fail` : ''}${malformed ? `, ${malformed} malformed` : ''}\n`)
  return malformed > 0 ? 2 : failed > 0 ? 1 : 0
}

function shorten(value: unknown): string {
  const text = value === undefined ? '(missing)' : JSON.stringify(value)
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}
