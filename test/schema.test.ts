import { readdirSync, readFileSync } from 'node:fs'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { describe, expect, it } from 'vitest'
import { findFixtureCases, parseReport, ReportSchema } from '../src/index.js'
import { fileURLToPath } from 'node:url'

const validator = TypeCompiler.Compile(ReportSchema)
const ROOT = fileURLToPath(new URL('../fixtures', import.meta.url))

describe('Report JSON Schema', () => {
  it.each(findFixtureCases(ROOT).map((dir) => [dir.slice(ROOT.length + 1), dir]))('%s validates', (_name, dir) => {
    const input = readdirSync(dir).find((file) => file.startsWith('input.')) as string
    const report = parseReport(readFileSync(`${dir}/${input}`), { path: input })
    expect([...validator.Errors(report)].map((e) => `${e.path}: ${e.message}`)).toEqual([])
  })

  it('lists every key of the contract, in order', () => {
    expect(Object.keys(ReportSchema.properties)).toEqual([
      'schemaVersion', 'source', 'title', 'kind', 'issuers', 'recipients', 'docNumber', 'dates', 'period', 'region',
      'meta', 'breadcrumb', 'body', 'sections', 'signature', 'notes', 'removed', 'repairs', 'warnings',
    ])
    const report = parseReport('')
    expect(Object.keys(report)).toEqual(Object.keys(ReportSchema.properties))
  })
})
