/**
 * Every rule lawgov applies, table by table (src/rules/declare.ts says how a rule is declared):
 * what the README's rule tables are drawn from and what the tests check the code against — each
 * id declared once, each declaration used.
 */
import { CHROME_RULES } from './chrome.js'
import type { RuleDeclaration } from './declare.js'
import { UNFLATTEN_RULES } from './flattened.js'
import { METADATA_RULES } from './metadata.js'
import { NORMALIZE_RULES } from './normalize.js'
import { REPAIR_RULES } from './repairs.js'

/** The tables by the name the code imports them by, in pipeline order. */
export const RULE_TABLES: Readonly<Record<string, Readonly<Record<string, RuleDeclaration>>>> = {
  UNFLATTEN_RULES,
  CHROME_RULES,
  NORMALIZE_RULES,
  REPAIR_RULES,
  METADATA_RULES,
}

/** Every rule, in pipeline order. */
export const ALL_RULES: readonly RuleDeclaration[] = Object.values(RULE_TABLES).flatMap((table) => Object.values(table))
