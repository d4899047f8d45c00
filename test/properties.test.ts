/**
 * Properties that hold for any input (fast-check, fixed seed): lawgov returns a Report or a typed
 * error and never throws anything else; the Report fits its JSON Schema; the same input gives the
 * same bytes; parsing a Report's own body changes nothing; every repair's `before` stands in the
 * input at its line; no body line is a widget a chrome rule removes anywhere (unless the safety
 * valve kept the page whole, and said so).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LawgovError, parseReport, ReportSchema, type Report } from '../src/index.js'
import { CHROME_LINE_RULES } from '../src/rules/chrome.js'
import { matchKey } from '../src/text.js'
import { ruleMatches } from '../src/stages/strip-chrome.js'
import { filesUnder } from './helpers/files.js'

const SEED = 20261122
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1500)
const validator = TypeCompiler.Compile(ReportSchema)

/** Real lines of the fixture corpus, to build inputs that look like pages. */
const ROOT = fileURLToPath(new URL('../fixtures', import.meta.url))
const inputs = (dir: string): string[] => filesUnder(dir, (name) => name === 'input.txt')
const LINES = [...new Set(inputs(join(ROOT, 'pages')).flatMap((file) => readFileSync(file, 'utf8').split('\n')))].filter((l) => l.length < 400)

/** A page made of real lines in any order, with random text and damage mixed in. */
const pageText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...LINES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
      { weight: 1, arbitrary: fc.constantFrom('2017316日', '20176月底前', '（20162020年）', '娄发〔20174', '共某县委', '任单位：县司法局', '2017112日', '国发〔〕33号', '', '   ', '\t', '\r') },
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.join('\n'))

function parse(input: Uint8Array | string): Report | LawgovError {
  try {
    return parseReport(input, { path: 'page.txt' })
  } catch (error) {
    if (error instanceof LawgovError) return error
    throw error
  }
}

const WIDGET_RULES = CHROME_LINE_RULES.filter((rule) => rule.zone === 'anywhere' && !rule.onLine)

describe('properties of parseReport', () => {
  it('returns a Report or a typed error for any string and any bytes, never another exception', () => {
    fc.assert(
      fc.property(fc.oneof(pageText, fc.string(), fc.uint8Array({ maxLength: 600 })), (input) => {
        const result = parse(input)
        return result instanceof LawgovError || validator.Check(result)
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  it('gives the same bytes for the same input', () => {
    fc.assert(
      fc.property(pageText, (input) => {
        const a = parse(input)
        const b = parse(input)
        return JSON.stringify(a) === JSON.stringify(b)
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  it('changes nothing when a Report’s own body is parsed again', () => {
    fc.assert(
      fc.property(pageText, (input) => {
        const first = parse(input)
        if (first instanceof LawgovError) return true
        const second = parse(first.body)
        if (second instanceof LawgovError) return first.body.trim() === ''
        expect(second.removed).toEqual([])
        // an ambiguous date is listed again, kept as printed (before = after): nothing changes
        expect(second.repairs.filter((r) => r.before !== r.after)).toEqual([])
        expect(second.body).toBe(first.body)
        return true
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  it('weighs a page\'s chrome alike before and after its repairs (the valve\'s line)', () => {
    // half chrome: repairing "2017316日" to "2017年3月16日" once tipped the share under the valve
    const input = ['!', '　　（一）健全政府机构职能体系，推动更好发挥政府作用', '　　5、提升法治素养', '2017316日', '网站标识码：3408270001　皖ICP备05012345号　皖公网安备 34082702000123号', '下一篇：兴坪镇关于开展2024年春节期间矛盾纠纷排查化解工作的通知', '安吉县人民政府', '安吉县人民政府', '岚政办发〔2017〕12号《滇岚市法治政府建设指标体系（试行）》'].join('\n')
    const first = parseReport(input, { path: 'page.txt' })
    const second = parseReport(first.body, { path: 'page.txt' })
    expect(second.removed).toEqual([])
    expect(second.body).toBe(first.body)
  })

  it('finds every repair’s before in the input at its line', () => {
    fc.assert(
      fc.property(pageText, (input) => {
        const report = parse(input)
        if (report instanceof LawgovError) return true
        const lines = input.split('\n')
        for (const repair of report.repairs) expect(lines[repair.line - 1] ?? '').toContain(repair.before)
        return true
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  it('leaves no widget line a chrome rule removes anywhere', () => {
    fc.assert(
      fc.property(pageText, (input) => {
        const report = parse(input)
        // the safety valve keeps everything, on purpose, when rules would take most of a page
        if (report instanceof LawgovError || report.warnings.some((w) => w.code === 'chrome-too-aggressive')) return true
        for (const line of report.body.split('\n')) {
          const key = matchKey(line)
          if (key === '') continue
          expect(WIDGET_RULES.filter((rule) => ruleMatches(rule, key)).map((r) => r.id), line).toEqual([])
        }
        return true
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })
})
