/**
 * Every rule runs in linear time: each regular expression of lawgov — every literal in src/ and
 * every pattern the rule tables build — is checked for super-linear backtracking (ReDoS) by
 * recheck's static analysis, not by timing it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkSync } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import * as chrome from '../src/rules/chrome.js'
import * as document from '../src/rules/document.js'
import * as flattened from '../src/rules/flattened.js'
import * as html from '../src/rules/html.js'
import * as labels from '../src/rules/labels.js'
import * as normalize from '../src/rules/normalize.js'
import * as punctuation from '../src/rules/punctuation.js'
import * as repairs from '../src/rules/repairs.js'
import * as sections from '../src/rules/sections.js'
import { LawgovError, parseReport } from '../src/index.js'
import { ruleMatches } from '../src/stages/strip-chrome.js'
import { matchKey } from '../src/text.js'
import { filesUnder } from './helpers/files.js'

const SRC = fileURLToPath(new URL('../src', import.meta.url))
const files = (dir: string): string[] => filesUnder(dir, (name) => name.endsWith('.ts'))

/** Regular expression literals of the sources, found by the TypeScript parser. */
function literals(): { source: string; flags: string; where: string }[] {
  const found: { source: string; flags: string; where: string }[] = []
  for (const file of files(SRC)) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile)
        const end = text.lastIndexOf('/')
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile))
        found.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${file.slice(SRC.length + 1)}:${line + 1}` })
      }
      ts.forEachChild(node, visit)
    }
    visit(sourceFile)
  }
  return found
}

/** Patterns the rule tables build at load time (from word lists, with new RegExp). */
function built(): { source: string; flags: string; where: string }[] {
  const found: { source: string; flags: string; where: string }[] = []
  const seen = new Set<unknown>()
  const collect = (value: unknown, where: string) => {
    if (value instanceof RegExp) found.push({ source: value.source, flags: value.flags, where })
    else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value)
      for (const [key, inner] of Object.entries(value)) collect(inner, `${where}.${key}`)
    }
  }
  for (const [name, module] of Object.entries({ chrome, document, flattened, html, labels, normalize, punctuation, repairs, sections })) collect(module, name)
  return found
}

/** Within vitest's 60 s per test. */
const RECHECK_TIMEOUT_MS = 50_000

describe('regular expressions run in linear time', () => {
  const all = [...literals(), ...built()]
  const unique = [...new Map(all.map((r) => [`/${r.source}/${r.flags}`, r])).values()]
  it('finds the expressions', () => {
    expect(unique.length).toBeGreaterThan(100)
  })
  it.each(unique.map((r) => [r.where, r]))('%s', (_where, r) => {
    // recheck gives up with "unknown" past its time limit (10 s by default); the largest keyword
    // alternations take ~8 s on a quiet machine, so a busy one needs longer than the default
    const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: RECHECK_TIMEOUT_MS })
    expect(result.status, `/${r.source}/${r.flags}`).toBe('safe')
  })
})

/** A run of `unit` about `length` characters long. */
const run = (unit: string, length = 100_000) => unit.repeat(Math.ceil(length / unit.length))

describe('rules on long runs of what they match', () => {
  // recheck proves the bound; these runs show it on the rules' own examples, the input a
  // backtracking pattern would choke on (a near-match repeated, then a character that breaks it)
  it.each(chrome.CHROME_LINE_RULES.map((rule, index) => [`${rule.id} #${index}`, rule]))('%s', (_name, rule) => {
    const key = matchKey(run(rule.example))
    for (const text of [key, `${key}!`, `!${key}`]) ruleMatches(rule, text)
  })
  it('parses a page whose every line is a long run of a rule example', () => {
    const examples = [
      ...chrome.CHROME_LINE_RULES.map((rule) => rule.example),
      ...Object.values(repairs.REPAIR_RULES).map((rule) => rule.example.split(' → ')[0] ?? ''),
      ...sections.MARKER_STYLES.map((style) => style.example),
    ]
    const page = ['某县人民政府关于2023年法治政府建设情况的报告', ...examples.map((e) => run(e, 20_000))].join('\n')
    const report = parseReport(page, { path: 'long-runs.txt' })
    expect(report).not.toBeInstanceOf(LawgovError)
  })
})
