/** The screen in front of the chrome rules leaves each line every rule that matches it. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isProse } from '../src/line-shape.js'
import { CHROME_LINE_RULES } from '../src/rules/chrome.js'
import { isAnchoredAtStart, RuleScreen, type ScreenedRule } from '../src/rule-screen.js'
import { ruleMatches } from '../src/stages/strip-chrome.js'
import { matchKey } from '../src/text.js'
import { filesUnder } from './helpers/files.js'

/** Every line of the fixtures' text inputs. */
function fixtureLines(): string[] {
  const files = filesUnder(new URL('../fixtures/', import.meta.url).pathname, (name) => name.endsWith('.txt'))
  return files.flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line) => line.trim())).filter((line) => line !== '')
}

/** The rules that match a line, as strip-chrome tried them before the screen: every rule. */
const matching = (line: string) => {
  const key = matchKey(line)
  const prose = isProse(key)
  return CHROME_LINE_RULES.filter((rule) => (rule.prose || !prose) && ruleMatches(rule, rule.onLine ? line : key))
}
const screen = new RuleScreen(CHROME_LINE_RULES)
const candidates = (line: string) => screen.candidates(matchKey(line), line, isProse(matchKey(line)))
/** The rules that match a line, tried among the candidates only. */
const screened = (line: string) => candidates(line).filter((rule) => ruleMatches(rule, rule.onLine ? line : matchKey(line)))
const ids = (rules: readonly { id: string }[]) => rules.map((rule) => rule.id)

describe('RuleScreen over the chrome rules', () => {
  it("leaves each rule's own example that rule", () => {
    const lost = CHROME_LINE_RULES.filter((rule) => {
      const example = rule.example.split('\n')[0]?.trim() ?? ''
      return matching(example).includes(rule) && !candidates(example).includes(rule)
    })
    expect(ids(lost)).toEqual([])
  })

  it('finds on every line of the fixtures the rules trying them all finds, and spares most lines most rules', () => {
    const lines = fixtureLines()
    const differ: string[] = []
    let unmatched = 0
    let stoppedUnmatched = 0
    let left = 0
    for (const line of lines) {
      const all = matching(line)
      if (ids(screened(line)).join() !== ids(all).join()) differ.push(line)
      const kept = candidates(line).length
      left += kept
      if (all.length === 0) {
        unmatched++
        if (kept === 0) stoppedUnmatched++
      }
    }
    expect(differ).toEqual([])
    // the screen earns its place only if it spares the lines most of the rules
    expect(stoppedUnmatched / unmatched).toBeGreaterThan(0.85)
    expect(left / lines.length).toBeLessThan(CHROME_LINE_RULES.length / 5)
  })

  it('stops a paragraph of prose and leaves a breadcrumb the breadcrumb rules', () => {
    expect(candidates('深入推进依法行政，加快建设法治政府，全面提升政府治理能力。')).toEqual([])
    expect(ids(screened('首页 > 政务公开 > 法治政府建设'))).toContain('chrome/breadcrumb')
  })
})

describe('RuleScreen', () => {
  const leaves = (rules: ScreenedRule[], key: string, line: string, prose: boolean) => new RuleScreen(rules).candidates(key, line, prose).map((rule) => rules.indexOf(rule))

  it('keeps each rule under its own flags', () => {
    const rules = [{ pattern: /^home>/i }, { pattern: /^ABC$/ }]
    expect(leaves(rules, 'HOME>新闻', '', false)).toEqual([0])
    expect(leaves(rules, 'ABC', '', false)).toEqual([1])
    expect(leaves(rules, 'abc', '', false)).toEqual([])
  })

  it('leaves the rules of every union a line passes, in table order', () => {
    const rules = [{ pattern: /^a/ }, { pattern: /z/ }, { pattern: /^b/ }, { pattern: /y/i }]
    expect(leaves(rules, 'az', '', false)).toEqual([0, 1, 2])
    expect(leaves(rules, 'xY', '', false)).toEqual([3])
  })

  it('tests a rule that refers to its own groups by itself', () => {
    const rules = [{ pattern: /^(x)y$/ }, { pattern: /^(.)\1$/ }]
    expect(leaves(rules, 'aa', '', false)).toEqual([1])
    expect(leaves(rules, 'ab', '', false)).toEqual([])
    expect(leaves(rules, 'xy', '', false)).toEqual([0])
  })

  it('reads the key or the line as each rule does, and a prose line with the prose rules only', () => {
    const rules = [{ pattern: /^a$/ }, { pattern: /^b c$/, onLine: true }, { pattern: /版权所有/, prose: true }]
    expect(leaves(rules, 'a', 'x', false)).toEqual([0])
    expect(leaves(rules, 'bc', 'b c', false)).toEqual([1])
    expect(leaves(rules, 'bc', 'bc', false)).toEqual([])
    expect(leaves(rules, 'a', 'a', true)).toEqual([])
    expect(leaves(rules, '某网站版权所有，未经许可不得转载。', '', true)).toEqual([2])
  })

  it('screens a rule of tokens by its first piece at the start of the line', () => {
    const rules = [{ pattern: /./, tokens: /打印|关闭|[|｜]/y }]
    expect(leaves(rules, '打印|关闭', '', false)).toEqual([0])
    expect(leaves(rules, '请关闭', '', false)).toEqual([])
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
