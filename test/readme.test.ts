/** Every rule id and warning code (src/rules/warnings.ts) the code can emit is documented in the README. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WARNINGS } from '../src/rules/warnings.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const files = (dir: URL): URL[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(new URL(`${e.name}/`, dir)) : [new URL(e.name, dir)]))
const source = files(new URL('../src/', import.meta.url))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n')

describe('README', () => {
  const ruleIds = [...new Set(source.match(/'(?:chrome|unflatten|normalize|repair|metadata)\/[a-z-]+'/g) ?? [])].map((s) => s.slice(1, -1))
  it.each(ruleIds)('documents rule %s', (id) => {
    expect(readme).toContain(`\`${id}\``)
  })
  const codes = Object.values(WARNINGS).map((w) => w.code)
  it.each([...new Set(codes)])('documents warning code %s', (code) => {
    expect(readme).toContain(`\`${code}\``)
  })
})
