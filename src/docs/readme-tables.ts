/**
 * The README's tables that are generated from the declarations in src/rules/, between markers
 * (`<!-- generated: NAME -->` … `<!-- /generated: NAME -->`): `npm run readme:tables` writes them,
 * and a test fails when the README's copy is not current.
 */
import { CHROME_RULES } from '../rules/chrome.js'
import { METADATA_RULES, type MetadataRule } from '../rules/metadata.js'
import { UNFLATTEN_RULES } from '../rules/flattened.js'
import { NORMALIZE_RULES } from '../rules/normalize.js'
import { REPAIR_RULES } from '../rules/repairs.js'
import { WARNINGS } from '../rules/warnings.js'

/** Each generated table: its name in the markers and how it is drawn. */
export const README_TABLES: Readonly<Record<string, () => string>> = {
  'chrome-rules': () =>
    markdownTable(
      ['rule', 'stage', 'what it removes'],
      Object.values(CHROME_RULES).map(({ id, stage, summary }) => [`\`${id}\``, stage, escapeCell(summary)]),
    ),
  'text-rules': () =>
    markdownTable(
      ['rule', 'what it does'],
      [...Object.values(UNFLATTEN_RULES), ...Object.values(NORMALIZE_RULES), ...Object.values(REPAIR_RULES)].map(({ id, summary }) => [`\`${id}\``, summary]),
    ),
  'metadata-rules': () =>
    markdownTable(
      ['rule', 'confidence', 'what it reads'],
      Object.values(METADATA_RULES).map((rule: MetadataRule) => [`\`${rule.id}\``, confidenceCell(rule), escapeCell(rule.summary)]),
    ),
  warnings: () => markdownTable(['code', 'meaning'], Object.values(WARNINGS).map(({ code, meaning }) => [`\`${code}\``, meaning])),
}

/**
 * A README with every generated table drawn afresh.
 * @param readme the README's text
 * @returns the same text, each generated table's lines replaced by what its declarations draw
 * @throws Error when a table's markers are missing
 */
export function withGeneratedTables(readme: string): string {
  let text = readme
  for (const [name, draw] of Object.entries(README_TABLES)) {
    const start = `<!-- generated: ${name} -->\n`
    const end = `<!-- /generated: ${name} -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end, from)
    if (from === -1 || to === -1) throw new Error(`README: the markers of the generated table “${name}” are missing`)
    text = `${text.slice(0, from + start.length)}${draw()}${text.slice(to)}`
  }
  return text
}

/** A cell's text with the table's own separator escaped (登录 | 注册). */
const escapeCell = (text: string) => text.replace(/\|/g, '\\|')

/** A metadata rule's confidence as the README gives it: 1, 0.9; "the title's"; "1; 0.8 from 发布机构". */
const confidenceCell = (rule: MetadataRule) =>
  [rule.confidence === 'title' ? "the title's" : String(rule.confidence), ...(rule.confidenceNote === undefined ? [] : [rule.confidenceNote])].join('; ')

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`
  return line(header) + line(header.map(() => '---')).replace(/ --- /g, '---') + rows.map(line).join('')
}
