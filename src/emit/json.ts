/**
 * Serializing Reports: key order is the contract's order (the pipeline builds objects in it),
 * no timestamps, a trailing newline. NDJSON is one compact object per line.
 */
import type { Report } from '../types.js'

/**
 * @param report a Report
 * @param pretty indent with 2 spaces (default: false, one line)
 * @returns the JSON text with a trailing newline
 */
export function toJson(report: Report, pretty = false): string {
  return `${JSON.stringify(report, null, pretty ? 2 : undefined)}\n`
}
