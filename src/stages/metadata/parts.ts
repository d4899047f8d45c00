/**
 * metadata/report-parts: each top-level section of an annual report gets the part of the
 * 督察规定's contents its heading names (rules/sections.ts REPORT_PART_RULES).
 *
 * Example: an annual report's sections ['一、2022年法治政府建设主要举措', '二、存在的不足', …] →
 * parts ['measures', 'shortcomings', …].
 */
import { ANNUAL_REPORT_FAMILIES } from '../../rules/document.js'
import { BACKGROUND_HEADING, REPORT_PART_RULES } from '../../rules/sections.js'
import type { ReportPart, Section } from '../../types.js'

/**
 * @param sections the document's sections
 * @param family the document's family
 * @returns the sections, each top-level one of an annual report with its `part`
 */
export function withParts(sections: readonly Section[], family: string | undefined): Section[] {
  if (family === undefined || !ANNUAL_REPORT_FAMILIES.includes(family)) return [...sections]
  return sections.map((section, i) => ({ ...section, part: partOf(section.heading, i) }))
}

/** A heading no rule names is one of the measures the report goes through ("一、强化组织领导，
 *  落实法治建设责任"); an introduction first is background. */
function partOf(heading: string, index: number): ReportPart {
  const rule = REPORT_PART_RULES.find((r) => r.pattern.test(heading))
  if (rule !== undefined) return rule.part
  return index === 0 && BACKGROUND_HEADING.test(heading) ? 'background' : 'measures'
}
