/**
 * `npm run readme:tables`: draw the README's generated tables afresh from the declarations in
 * src/rules/ (see src/docs/readme-tables.ts). The test suite fails while they are out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { withGeneratedTables } from '../dist/docs/readme-tables.js'

const path = new URL('../README.md', import.meta.url)
const readme = readFileSync(path, 'utf8')
const drawn = withGeneratedTables(readme)
if (drawn !== readme) writeFileSync(path, drawn)
console.error(drawn === readme ? 'README tables: current' : 'README tables: redrawn')
