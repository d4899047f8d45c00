/**
 * Every golden case under fixtures/ through the same checkFixture() that `lawgov check` uses.
 * Regenerate with `lawgov check --update` (or UPDATE_FIXTURES=1 npm test) and review the diff.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkFixture, findFixtureCases } from '../src/index.js'

const ROOT = fileURLToPath(new URL('../fixtures', import.meta.url))
const update = process.env.UPDATE_FIXTURES === '1'

describe('golden fixtures', () => {
  const cases = findFixtureCases(ROOT)
  it('exist', () => {
    expect(cases.length).toBeGreaterThanOrEqual(38)
  })
  it.each(cases.map((dir) => [dir.slice(ROOT.length + 1), dir]))('%s', (_name, dir) => {
    const result = checkFixture(dir, { update, root: ROOT })
    expect(result.differences).toEqual([])
  })
})
