/** The README's generated tables are current; warning codes and rule ids are declared once in
 *  src/rules/, used, and listed in the README. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withGeneratedTables } from '../../src/docs/readme-tables.js'
import { ALL_RULES, RULE_TABLES } from '../../src/rules/registry.js'
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

  it.each(Object.values(WARNINGS).map((w) => w.code))('%s has its row in the README', (code) => {
    expect(readme).toContain(`| \`${code}\` |`)
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

describe('rule ids (chrome, unflatten, normalize, repair, metadata)', () => {
  const entries = Object.entries(RULE_TABLES).flatMap(([table, rules]) => Object.entries(rules).map(([name, rule]) => [table, name, rule.id] as const))
  // every source file, the declarations' too, without the comments that give examples
  const code = files(new URL('../../src/', import.meta.url))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
    .split('\n')
    .filter((line) => !/^\s*(?:\*|\/\/|\/\*)/.test(line))
    .join('\n')

  it.each(entries)('%s.%s (%s) is used by its stage', (table, name) => {
    expect(code).toMatch(new RegExp(`\\b${table}\\.${name}\\b`))
  })

  it('declare each id once, and no other code spells an id out', () => {
    const ids = entries.map(([, , id]) => id)
    expect(new Set(ids).size).toBe(ids.length)
    const spelled = code.match(/'(?:chrome|unflatten|normalize|repair|metadata)\/[a-z-]+'/g) ?? []
    expect(spelled.sort()).toEqual(ids.map((id) => `'${id}'`).sort())
  })

  it.each(entries)('%s.%s (%s) has its row in the README', (_table, _name, id) => {
    expect(readme).toContain(`| \`${id}\` |`)
  })

  it("name the stage that applies each rule: the chrome rules an HTML page's structure applies are html-to-text's", () => {
    const htmlToText = readFileSync(new URL('../../src/stages/html-to-text.ts', import.meta.url), 'utf8')
    const used = new Set([...htmlToText.matchAll(/CHROME_RULES\.(\w+)/g)].map((m) => m[1]))
    const declared = Object.entries(RULE_TABLES.CHROME_RULES ?? {}).filter(([, rule]) => rule.stage === 'html-to-text').map(([name]) => name)
    expect(declared.length).toBeGreaterThan(0)
    expect([...used].sort()).toEqual(declared.sort())
    expect(ALL_RULES.filter((rule) => !rule.id.startsWith('chrome/')).every((rule) => rule.id.startsWith(`${rule.stage.replace('extract-', '')}/`))).toBe(true)
  })
})
