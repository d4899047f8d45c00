/** Every field's finders: one list, each rule id with a confidence, in the order and with the
 *  confidence the README's metadata table gives. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PRINTED_FINDERS, PUBLISHED_FINDERS, SIGNED_FINDERS } from '../../../src/stages/metadata/dates.js'
import { DOC_NUMBER_FINDERS } from '../../../src/stages/metadata/doc-number.js'
import type { Finder } from '../../../src/stages/metadata/evidence.js'
import { ISSUER_FINDERS, RECIPIENT_FINDERS } from '../../../src/stages/metadata/issuers.js'
import { PERIOD_FINDERS } from '../../../src/stages/metadata/period.js'
import { SIGNATURE_FINDERS } from '../../../src/stages/metadata/signature.js'
import { TITLE_FINDERS } from '../../../src/stages/metadata/title.js'

/** What the README documents of a finder. */
type Documented = Pick<Finder<unknown>, 'rule'>

const FIELDS: Record<string, readonly Documented[]> = {
  title: TITLE_FINDERS,
  issuers: ISSUER_FINDERS,
  recipients: RECIPIENT_FINDERS,
  docNumber: DOC_NUMBER_FINDERS,
  'dates.published': PUBLISHED_FINDERS,
  'dates.signed': SIGNED_FINDERS,
  'dates.printed': PRINTED_FINDERS,
  period: PERIOD_FINDERS,
  signature: SIGNATURE_FINDERS,
}

describe('metadata finders', () => {
  it('name each rule once, with a confidence in (0, 1]', () => {
    const rules = Object.values(FIELDS).flatMap((finders) => finders.map((f) => f.rule.id))
    expect(new Set(rules).size).toBe(rules.length)
    for (const finder of Object.values(FIELDS).flat()) {
      expect(finder.rule.id).toMatch(/^metadata\/[a-z-]+$/)
      expect(finder.rule.confidence).toBeGreaterThan(0)
      expect(finder.rule.confidence).toBeLessThanOrEqual(1)
    }
  })

  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
  /** The README's metadata table: each rule's row and its place in the table. */
  const rows = readme.split('\n').filter((line) => line.startsWith('| `metadata/'))
  const rowOf = (rule: string) => rows.findIndex((row) => row.split('|')[1]?.includes(`\`${rule}\``))
  it.each(Object.entries(FIELDS))('%s: the README lists its finders in order, with their confidence', (_field, finders) => {
    const places = finders.map((f) => rowOf(f.rule.id))
    expect(places.every((p) => p !== -1)).toBe(true)
    expect([...places].sort((a, b) => a - b)).toEqual(places)
    for (const { rule } of finders) {
      const confidence = (rows[rowOf(rule.id)] as string).split('|')[2]?.trim() ?? ''
      expect(confidence.startsWith(String(rule.confidence)), `${rule.id}: ${confidence}`).toBe(true)
    }
  })

})
