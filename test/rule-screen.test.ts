/** The screen in front of the chrome rules stops only lines no rule matches. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isProse } from '../src/line-shape.js'
import { CHROME_LINE_RULES } from '../src/rules/chrome.js'
import { isAnchoredAtStart, RuleScreen } from '../src/rule-screen.js'
import { ruleMatches } from '../src/stages/strip-chrome.js'
import { matchKey } from '../src/text.js'

/** Every line of the fixtures' text inputs. */
function fixtureLines(): string[] {
  const lines: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.txt')) for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim() !== '') lines.push(line.trim())
    }
  }
  walk(new URL('../fixtures/', import.meta.url).pathname)
  return lines
}

/** What strip-chrome asks of the rules for a line: those that match it. */
const matching = (line: string) => {
  const key = matchKey(line)
  const prose = isProse(key)
  return CHROME_LINE_RULES.filter((rule) => (rule.prose || !prose) && ruleMatches(rule, rule.onLine ? line : key))
}
const screen = new RuleScreen(CHROME_LINE_RULES)
const passes = (line: string) => screen.mayMatch(matchKey(line), line, isProse(matchKey(line)))

describe('RuleScreen over the chrome rules', () => {
  it("passes each rule's own example", () => {
    const stopped = CHROME_LINE_RULES.map((rule) => rule.example.split('\n')[0]?.trim() ?? '').filter((line) => matching(line).length > 0 && !passes(line))
    expect(stopped).toEqual([])
  })

  it('passes every line of the fixtures that a rule matches, and stops most of the others', () => {
    const lines = fixtureLines()
    let matched = 0
    let stoppedUnmatched = 0
    const wronglyStopped: string[] = []
    for (const line of lines) {
      const rules = matching(line)
      if (rules.length > 0) {
        matched++
        if (!passes(line)) wronglyStopped.push(line)
      } else if (!passes(line)) stoppedUnmatched++
    }
    expect(wronglyStopped).toEqual([])
    expect(matched).toBeGreaterThan(1000)
    // the screen earns its place only if it spares most lines the rules
    expect(stoppedUnmatched / (lines.length - matched)).toBeGreaterThan(0.85)
  })

  it('stops a paragraph of prose and passes a breadcrumb', () => {
    expect(passes('深入推进依法行政，加快建设法治政府，全面提升政府治理能力。')).toBe(false)
    expect(passes('首页 > 政务公开 > 法治政府建设')).toBe(true)
    expect(matching('首页 > 政务公开 > 法治政府建设').map((rule) => rule.id)).toContain('chrome/breadcrumb')
  })
})

describe('RuleScreen', () => {
  it('keeps each rule under its own flags', () => {
    const screen = new RuleScreen([{ pattern: /^home>/i }, { pattern: /^ABC$/ }])
    expect(screen.mayMatch('HOME>新闻', '', false)).toBe(true)
    expect(screen.mayMatch('ABC', '', false)).toBe(true)
    expect(screen.mayMatch('abc', '', false)).toBe(false)
  })

  it('tests a rule that refers to its own groups by itself', () => {
    const screen = new RuleScreen([{ pattern: /^(x)y$/ }, { pattern: /^(.)\1$/ }])
    expect(screen.mayMatch('aa', '', false)).toBe(true)
    expect(screen.mayMatch('ab', '', false)).toBe(false)
    expect(screen.mayMatch('xy', '', false)).toBe(true)
  })

  it('reads the key or the line as each rule does, and a prose line with the prose rules only', () => {
    const screen = new RuleScreen([{ pattern: /^a$/ }, { pattern: /^b c$/, onLine: true }, { pattern: /版权所有/, prose: true }])
    expect(screen.mayMatch('a', 'x', false)).toBe(true)
    expect(screen.mayMatch('bc', 'b c', false)).toBe(true)
    expect(screen.mayMatch('bc', 'bc', false)).toBe(false)
    expect(screen.mayMatch('a', 'a', true)).toBe(false)
    expect(screen.mayMatch('某网站版权所有，未经许可不得转载。', '', true)).toBe(true)
  })

  it('screens a rule of tokens by its first piece at the start of the line', () => {
    const screen = new RuleScreen([{ pattern: /./, tokens: /打印|关闭|[|｜]/y }])
    expect(screen.mayMatch('打印|关闭', '', false)).toBe(true)
    expect(screen.mayMatch('请关闭', '', false)).toBe(false)
  })
})

describe('isAnchoredAtStart', () => {
  it.each([
    ['^(?:a|b)$|^c', true],
    ['^a|b', false],
    ['^[|^]a', true],
    ['(?:^a)', false],
    ['\\^a', false],
    ['^a\\|b', true],
    ['', false],
  ])('%s → %s', (source, anchored) => {
    expect(isAnchoredAtStart(source)).toBe(anchored)
  })
})
