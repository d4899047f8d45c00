/**
 * The Report's JSON Schema: one TypeBox source for the TypeScript type and the schema
 * `lawgov schema` prints. Every fixture's output — fresh and as committed in expected.json — is
 * validated against the printed schema by an independent validator (ajv, JSON Schema 2020-12).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { describe, expect, it } from 'vitest'
import { findFixtureCases, parseReport, reportJsonSchema, ReportSchema, type Report } from '../src/index.js'
import { runCli } from './helpers/run-cli.js'

const ROOT = fileURLToPath(new URL('../fixtures', import.meta.url))
const typebox = TypeCompiler.Compile(ReportSchema)
const ajv = new Ajv2020({ allErrors: true, strict: true })
const printed = JSON.parse(runCli(['schema']).stdout) as Record<string, unknown>
const validate = ajv.compile(printed)
const errorsOf = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`))

/** Every page lawgov can read in the fixtures, bad ones included. */
const pages = [
  ...findFixtureCases(ROOT),
  ...readdirSync(join(ROOT, 'bad')).map((name) => join(ROOT, 'bad', name)),
].map((dir) => [dir.slice(ROOT.length + 1), dir] as const)

function parseCase(dir: string): Report | undefined {
  const input = readdirSync(dir).find((file) => file.startsWith('input.')) as string
  try {
    return parseReport(readFileSync(join(dir, input)), { path: input })
  } catch {
    return undefined // a page refused with an error (fixtures/bad) has no Report
  }
}

describe('lawgov schema', () => {
  it('prints a valid JSON Schema 2020-12 document, the one the library exports', () => {
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(ajv.validateSchema(printed)).toBe(true)
    expect(printed).toEqual(reportJsonSchema())
  })

  it('lists every key of the contract, in order, and a Report has them in that order', () => {
    const keys = [
      'schemaVersion', 'source', 'duplicateOf', 'title', 'kind', 'family', 'encloses', 'issuers', 'recipients', 'docNumber', 'dates', 'period',
      'region', 'meta', 'breadcrumb', 'body', 'sections', 'citations', 'signature', 'notes', 'fingerprint', 'evidence', 'removed', 'repairs', 'warnings',
    ]
    expect(Object.keys(ReportSchema.properties)).toEqual(keys)
    expect(Object.keys(printed.properties as object)).toEqual(keys)
    expect(printed.required).toEqual(keys)
    expect(Object.keys(parseReport(''))).toEqual(keys)
  })

  it('rejects what is not a Report', () => {
    const report = parseReport('某县人民政府关于2023年度法治政府建设情况的报告\n一、主要举措\n（一）加强领导。\n某县人民政府\n2024年1月20日')
    expect(errorsOf(report)).toEqual([])
    const broken: [string, (r: Record<string, unknown>) => void][] = [
      ['a missing key', (r) => delete r.docNumber],
      ['an extra key', (r) => (r.extra = 1)],
      ['a date not ISO', (r) => ((r.dates as Record<string, unknown>).signed = '2024年1月20日')],
      ['a section without children', (r) => delete ((r.sections as Record<string, unknown>[])[0] as Record<string, unknown>).children],
      ['a confidence above 1', (r) => (r.repairs = [{ rule: 'repair/x', line: 1, before: 'a', after: 'b', confidence: 2, alternatives: [] }])],
      ['another schema version', (r) => (r.schemaVersion = 1)],
      ['a citation without its count', (r) => (r.citations = [{ title: '某法', docNumber: null, kind: '法律', issuer: null, alias: null, versions: [], lines: [2] }])],
      ['a citation of an unknown kind', (r) => (r.citations = [{ title: '某法', docNumber: null, kind: '法规', issuer: null, alias: null, versions: [], lines: [2], count: 1 }])],
      ['a fingerprint not in hex', (r) => (r.fingerprint = { scheme: 'minhash-oph64-c5', shingles: 3, minhash: 'xyz' })],
    ]
    for (const [what, breakIt] of broken) {
      const copy = JSON.parse(JSON.stringify(report)) as Record<string, unknown>
      breakIt(copy)
      expect(errorsOf(copy), what).not.toEqual([])
      expect(typebox.Check(copy), what).toBe(false)
    }
  })
})

describe('every fixture output fits the schema', () => {
  it.each(pages)('%s', (_name, dir) => {
    const report = parseCase(dir)
    if (report !== undefined) {
      expect(errorsOf(JSON.parse(JSON.stringify(report)))).toEqual([])
      expect([...typebox.Errors(report)].map((e) => `${e.path}: ${e.message}`)).toEqual([])
    }
    const expected = join(dir, 'expected.json')
    if (readdirSync(dir).includes('expected.json')) expect(errorsOf(JSON.parse(readFileSync(expected, 'utf8')))).toEqual([])
  })
})
