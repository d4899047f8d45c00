/**
 * The README's tables that are generated from the declarations in src/rules/, between markers
 * (`<!-- generated: NAME -->` … `<!-- /generated: NAME -->`): `npm run readme:tables` writes them,
 * and a test fails when the README's copy is not current.
 */
import { UNFLATTEN_RULES } from '../rules/flattened.js'
import { NORMALIZE_RULES } from '../rules/normalize.js'
import { REPAIR_RULES } from '../rules/repairs.js'
import { WARNINGS } from '../rules/warnings.js'

/** Each generated table: its name in the markers and how it is drawn. */
export const README_TABLES: Readonly<Record<string, () => string>> = {
  'text-rules': () =>
    markdownTable(
      ['rule', 'what it does'],
      [...Object.values(UNFLATTEN_RULES), ...Object.values(NORMALIZE_RULES), ...Object.values(REPAIR_RULES)].map(({ id, summary }) => [`\`${id}\``, summary]),
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

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`
  return line(header) + line(header.map(() => '---')).replace(/ --- /g, '---') + rows.map(line).join('')
}
