/** The README's generated tables are current, and the warning codes are declared once and used. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withGeneratedTables } from '../../src/docs/readme-tables.js'
import { UNFLATTEN_RULES } from '../../src/rules/flattened.js'
import { NORMALIZE_RULES } from '../../src/rules/normalize.js'
import { REPAIR_RULES } from '../../src/rules/repairs.js'
import { WARNINGS } from '../../src/rules/warnings.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const files = (dir: URL): URL[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(new URL(`${e.name}/`, dir)) : [new URL(e.name, dir)]))
const sources = files(new URL('../../src/', import.meta.url))
  .filter((file) => !file.pathname.includes('/src/rules/'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n')

describe('README tables generated from src/rules', () => {
  it('are current (npm run readme:tables draws them)', () => {
    expect(withGeneratedTables(readme)).toBe(readme)
  })

  it('are drawn from the declarations: a declared code missing from the README is drawn in', () => {
    const stale = readme.replace(/^\| `no-title` \|.*\n/m, '')
    expect(stale).not.toBe(readme)
    expect(withGeneratedTables(stale)).toBe(readme)
  })
})

describe('warning codes', () => {
  it.each(Object.keys(WARNINGS))('%s is emitted somewhere', (name) => {
    expect(sources).toContain(`WARNINGS.${name}.code`)
  })

  it('are emitted only by their declaration, never as a string of their own', () => {
    const literal = [
      ...(sources.match(/createMessage\(\s*'[a-z-]+',\s*'[a-z-]+'/g) ?? []),
      ...(sources.match(/whereMessage\(\s*'[a-z-]+'/g) ?? []),
      ...(sources.match(/\bcode: '[a-z-]+'/g) ?? []),
    ]
    expect(literal).toEqual([])
  })
})

describe('text rules (unflatten, normalize, repair)', () => {
  const declared = { UNFLATTEN_RULES, NORMALIZE_RULES, REPAIR_RULES }
  const entries = Object.entries(declared).flatMap(([table, rules]) => Object.entries(rules).map(([name, rule]) => [table, name, rule.id] as const))

  it.each(entries)('%s.%s (%s) is used by its stage', (table, name) => {
    expect(sources).toContain(`${table}.${name}.id`)
  })

  it('declare each id once, and the stages name no id of their own', () => {
    const ids = entries.map(([, , id]) => id)
    expect(new Set(ids).size).toBe(ids.length)
    // code, not the examples in comments
    const code = sources.split('\n').filter((line) => !/^\s*(?:\*|\/\/|\/\*)/.test(line)).join('\n')
    expect(code.match(/'(?:unflatten|normalize|repair)\/[a-z-]+'/g) ?? []).toEqual([])
  })
})
