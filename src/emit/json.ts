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

/** The key `parse --dedupe` fills in, as `toJson` writes it (compact or indented): the first one
 *  in the text is the Report's own, as it comes right after `source`, before any text of the page. */
const DUPLICATE_OF_NULL = /"duplicateOf":( ?)null/

/**
 * A serialized Report with its `duplicateOf` set.
 * @param json the Report as `toJson` wrote it
 * @param kept the source.path of the page kept for the document
 * @returns the same JSON text, `duplicateOf` set to `kept`
 */
export function withDuplicateOf(json: string, kept: string): string {
  return json.replace(DUPLICATE_OF_NULL, (_, space: string) => `"duplicateOf":${space}${JSON.stringify(kept)}`)
}
