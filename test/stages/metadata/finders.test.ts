/** Every field's finders: one list, each a documented rule id with a confidence; the table is
 *  printed so a reviewer sees the order and the weights in one place. */
import { describe, expect, it } from 'vitest'
import { PRINTED_FINDERS, PUBLISHED_FINDERS, SIGNED_FINDERS } from '../../../src/stages/metadata/dates.js'
import { DOC_NUMBER_FINDERS } from '../../../src/stages/metadata/doc-number.js'
import type { Finder } from '../../../src/stages/metadata/evidence.js'
import { ISSUER_FINDERS, RECIPIENT_FINDERS } from '../../../src/stages/metadata/issuers.js'
import { PERIOD_FINDERS } from '../../../src/stages/metadata/period.js'
import { SIGNATURE_FINDERS } from '../../../src/stages/metadata/signature.js'
import { TITLE_FINDERS } from '../../../src/stages/metadata/title.js'

const FIELDS: Record<string, readonly Finder<never, never>[]> = {
  title: TITLE_FINDERS as never,
  issuers: ISSUER_FINDERS as never,
  recipients: RECIPIENT_FINDERS as never,
  docNumber: DOC_NUMBER_FINDERS as never,
  'dates.published': PUBLISHED_FINDERS as never,
  'dates.signed': SIGNED_FINDERS as never,
  'dates.printed': PRINTED_FINDERS as never,
  period: PERIOD_FINDERS as never,
  signature: SIGNATURE_FINDERS as never,
}

describe('metadata finders', () => {
  it('name each rule once, with a confidence in (0, 1]', () => {
    const rules = Object.values(FIELDS).flatMap((finders) => finders.map((f) => f.rule))
    expect(new Set(rules).size).toBe(rules.length)
    for (const finder of Object.values(FIELDS).flat()) {
      expect(finder.rule).toMatch(/^metadata\/[a-z-]+$/)
      expect(finder.confidence).toBeGreaterThan(0)
      expect(finder.confidence).toBeLessThanOrEqual(1)
    }
    const table = Object.entries(FIELDS).flatMap(([field, finders]) => finders.map((f, i) => `${field.padEnd(16)} ${i + 1}. ${f.rule.padEnd(40)} ${f.confidence}`))
    console.log(table.join('\n'))
  })

})
