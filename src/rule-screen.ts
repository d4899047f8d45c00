/**
 * A screen in front of a table of line rules (the chrome rules): a few regular expressions, each
 * the union of some rules' own patterns, that every line one of those rules matches passes. Most
 * lines of a page match no rule at all; a line no union passes is not tried against seventy rules
 * one by one, and a line that passes some is tried only against the rules of those unions. The
 * screen is only a necessary condition: the rules it leaves are tried as before and in table
 * order, so they decide exactly what they decided without it.
 *
 * Example: "深入推进依法行政，加快建设法治政府。" passes none of the unions of the rules that may
 * match prose and is done with; "首页 > 政务公开 > 法治政府建设" passes the union of the rules
 * anchored at a line's start, and those rules then say which match (chrome/breadcrumb).
 */

/** What the screen reads of a rule (ChromeRule has these fields). */
export interface ScreenedRule {
  /** Matched against the line's key, or the trimmed line with `onLine`. */
  pattern: RegExp
  /** Pieces the whole line must be made of; the first one stands at its start. */
  tokens?: RegExp
  onLine?: boolean
  /** The rule may match a line of prose; the others never do. */
  prose?: boolean
}

/** The unions over the rules a kind of line (prose or not) may match. */
interface Screen<R> {
  unions: { pattern: RegExp; onLine: boolean }[]
  /** The rules, in table order, and the union each belongs to. */
  rules: readonly R[]
  unionOf: Uint8Array
  /** Which unions the line at hand passed (one array for every line: a screen is read by one
   *  line at a time). */
  passed: Uint8Array
}

export class RuleScreen<R extends ScreenedRule> {
  private readonly prose: Screen<R>
  private readonly other: Screen<R>

  /** @param rules the table, in its order */
  constructor(rules: readonly R[]) {
    // the prose rules are in both screens: a line of either kind then tests the fewest unions
    // (apart, the prose rules' unions cost every other line ×0.97 the throughput)
    this.prose = screenOf(rules.filter((rule) => rule.prose === true))
    this.other = screenOf(rules)
  }

  /**
   * The rules that may match a line: every rule that does is among them, in table order.
   * @param key the line's match key (what most rules read)
   * @param line the trimmed line (what `onLine` rules read)
   * @param prose the line reads like prose: only rules marked `prose` may match it
   * @returns the rules of the unions the line passes; none when it passes no union
   */
  candidates(key: string, line: string, prose: boolean): readonly R[] {
    const screen = prose ? this.prose : this.other
    const { unions, passed } = screen
    let any = false
    for (let index = 0; index < unions.length; index++) {
      const union = unions[index] as Screen<R>['unions'][number]
      const passes = union.pattern.test(union.onLine ? line : key)
      passed[index] = passes ? 1 : 0
      any ||= passes
    }
    if (!any) return NONE
    const found: R[] = []
    const { rules, unionOf } = screen
    for (let index = 0; index < rules.length; index++) if (passed[unionOf[index] as number] === 1) found.push(rules[index] as R)
    return found
  }
}

/** What a line that passes no union is left: one empty array for every such line. */
const NONE: readonly never[] = []

/** Rules in one union at most: V8 compiles a union of some forty patterns in about twice the time
 *  it compiles them one by one (16 against 9 ms at a process's first page), and unions of eight
 *  in about the same time; a line then tests a few more unions, most of them anchored at its
 *  start, and a line that passes one is left fewer rules. */
const UNION_MAX_RULES = 8

/** A pattern that refers to its own groups cannot be put beside others in one alternation. */
const REFERS_TO_GROUPS = /\\[1-9]|\\k<|\(\?<[^=!]/

/**
 * The unions of a set of rules: one per text read (key or line) and set of flags (a flag holds for
 * a whole expression), the rules anchored at the start apart from the others, so that the engine
 * tries their union at the first position only. A rule that refers to its own groups is a union
 * by itself.
 */
function screenOf<R extends ScreenedRule>(rules: readonly R[]): Screen<R> {
  const members: { sources: string[]; flags: string; onLine: boolean }[] = []
  const memberByName = new Map<string, number>()
  const unionOf = new Uint8Array(rules.length)
  const rulesOfKind = new Map<string, number>()
  rules.forEach((rule, index) => {
    // a rule of tokens matches only a line whose first piece is one of them, at its start; its
    // pattern is then most often "any character"
    const source = rule.tokens === undefined ? rule.pattern.source : `^(?:${rule.tokens.source})`
    const flags = (rule.tokens ?? rule.pattern).flags.replace(/[gyd]/g, '')
    const onLine = rule.onLine === true
    const kind = `${onLine ? 'line' : 'key'}/${flags}/${isAnchoredAtStart(source) ? 'start' : 'anywhere'}`
    const count = rulesOfKind.get(kind) ?? 0
    rulesOfKind.set(kind, count + 1)
    const name = REFERS_TO_GROUPS.test(source) ? `rule ${index}` : `${kind}/${Math.floor(count / UNION_MAX_RULES)}`
    let member = memberByName.get(name)
    if (member === undefined) {
      member = members.push({ sources: [], flags, onLine }) - 1
      memberByName.set(name, member)
    }
    members[member]?.sources.push(`(?:${source})`)
    unionOf[index] = member
  })
  if (members.length > 255) throw new Error('a rule screen holds at most 255 unions')
  const unions = members.map(({ sources, flags, onLine }) => ({ pattern: new RegExp(sources.join('|'), flags), onLine }))
  return { unions, rules, unionOf, passed: new Uint8Array(unions.length) }
}

/**
 * Whether every alternative of a pattern's top level starts with ^ ("^(?:a|b)$|^c": yes;
 * "^a|b": no).
 * @param source a regular expression's source
 */
export function isAnchoredAtStart(source: string): boolean {
  let depth = 0
  let inClass = false
  let atAlternativeStart = true
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (atAlternativeStart && depth === 0 && ch !== '^') return false
    atAlternativeStart = false
    if (ch === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === '|' && depth === 0) atAlternativeStart = true
  }
  return !atAlternativeStart
}
