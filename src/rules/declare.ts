/**
 * How rules are declared: each rule once, in the table of the stage that applies it, as
 * `{id, stage, summary}` beside its pattern or its data — the id the Report names (`removed[].rule`,
 * `repairs[].rule`, `evidence.*.rule`), the stage, and what it does with an example, from which the
 * README's tables are drawn. src/rules/registry.ts lists every table.
 *
 * Example: declareRules('repair', {headingJunk: {id: 'repair/heading-junk', summary: '??一、 → 一、'}})
 * → {headingJunk: {stage: 'repair', id: 'repair/heading-junk', summary: '??一、 → 一、'}}.
 */
import type { StageId } from '../types.js'

/** A rule as the registry knows it. */
export interface RuleDeclaration {
  id: string
  /** The stage that applies it. */
  stage: StageId
  /** What it does, with an example, as the README's table shows it. */
  summary: string
}

/**
 * Stamp a table of rules with the stage that applies them (a rule may name another stage of its
 * own, as the chrome rules an HTML page's structure applies do).
 * @param stage the stage that applies the table's rules
 * @param rules the rules by the name the code uses for them
 * @returns the same rules, each with its stage
 */
export function declareRules<const T extends Record<string, { id: string; summary: string; stage?: StageId }>>(
  stage: StageId,
  rules: T,
): { readonly [K in keyof T]: T[K] & RuleDeclaration } {
  const declared: Record<string, RuleDeclaration> = {}
  for (const [name, rule] of Object.entries(rules)) declared[name] = { stage, ...rule }
  return declared as { readonly [K in keyof T]: T[K] & RuleDeclaration }
}
