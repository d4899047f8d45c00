/**
 * A screen in front of a table of line rules (the chrome rules): a few regular expressions, each
 * the union of the rules' own patterns, that every line some rule matches passes. Most lines of a
 * page match no rule at all; a line the screen stops is not tried against seventy rules one by
 * one. The screen is only a necessary condition: a line it passes is still tried rule by rule, so
 * the rules decide exactly what they decided without it.
 *
 * Example: "深入推进依法行政，加快建设法治政府。" passes none of the screens of the rules that may
 * match prose and is done with; "首页 > 政务公开 > 法治政府建设" passes one, and the rules then
 * say which (chrome/breadcrumb).
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

/** One side of the screen: the unions of the rules that read the same text. */
interface Screens {
  unions: RegExp[]
  /** Rules whose pattern cannot join a union (a back-reference or a named group would change
   *  meaning or clash there): tested by themselves. */
  alone: RegExp[]
}

export class RuleScreen {
  private readonly key: { prose: Screens; other: Screens }
  private readonly line: { prose: Screens; other: Screens }

  /** @param rules the table, in any order */
  constructor(rules: readonly ScreenedRule[]) {
    const onKey = rules.filter((rule) => rule.onLine !== true)
    const onLine = rules.filter((rule) => rule.onLine === true)
    this.key = { prose: screensOf(onKey.filter((rule) => rule.prose === true)), other: screensOf(onKey) }
    this.line = { prose: screensOf(onLine.filter((rule) => rule.prose === true)), other: screensOf(onLine) }
  }

  /**
   * Whether some rule may match a line.
   * @param key the line's match key (what most rules read)
   * @param line the trimmed line (what `onLine` rules read)
   * @param prose the line reads like prose: only rules marked `prose` may match it
   * @returns false when no rule matches the line; true when one may
   */
  mayMatch(key: string, line: string, prose: boolean): boolean {
    return passes(prose ? this.key.prose : this.key.other, key) || passes(prose ? this.line.prose : this.line.other, line)
  }
}

function passes(screens: Screens, text: string): boolean {
  for (const union of screens.unions) if (union.test(text)) return true
  for (const pattern of screens.alone) if (pattern.test(text)) return true
  return false
}

/** A pattern that refers to its own groups cannot be put beside others in one alternation. */
const REFERS_TO_GROUPS = /\\[1-9]|\\k<|\(\?<[^=!]/

/**
 * The unions of a set of rules: one per set of flags (a flag holds for a whole expression), the
 * rules anchored at the start apart from the others, so that the engine tries their union at the
 * first position only.
 */
function screensOf(rules: readonly ScreenedRule[]): Screens {
  const groups = new Map<string, string[]>()
  const alone: RegExp[] = []
  for (const rule of rules) {
    // a rule of tokens matches only a line whose first piece is one of them, at its start; its
    // pattern is then most often "any character"
    const source = rule.tokens === undefined ? rule.pattern.source : `^(?:${rule.tokens.source})`
    const flags = (rule.tokens ?? rule.pattern).flags.replace(/[gyd]/g, '')
    if (REFERS_TO_GROUPS.test(source)) {
      alone.push(new RegExp(source, flags))
      continue
    }
    const group = `${flags}/${isAnchoredAtStart(source) ? 'start' : 'anywhere'}`
    const sources = groups.get(group) ?? []
    sources.push(`(?:${source})`)
    groups.set(group, sources)
  }
  return { unions: [...groups].map(([group, sources]) => new RegExp(sources.join('|'), group.slice(0, group.indexOf('/')))), alone }
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
