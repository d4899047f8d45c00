/**
 * What may name the document's place, by source (rules/regions.ts gives the order and the
 * confidence of each source); src/regions.ts decides among them.
 *
 * Example: issuers ['衡南县咸塘镇人民政府'] and a 版权所有 line '衡南县人民政府' → evidence
 * [{source: 'issuers', text: '衡南县咸塘镇人民政府'}, {source: 'site', …}, …].
 */
import type { RegionEvidence } from '../../regions.js'
import type { LabelRole } from '../../rules/labels.js'
import { ORGAN_LABEL_ROLES, REGION_SOURCES, SITE_IDENTITY_RULES } from '../../rules/regions.js'
import { inBlock, type Found, type Where } from './evidence.js'
import { metaByRole, type Page } from './page.js'

/**
 * @param page the page being read
 * @param title the title found
 * @param issuers the issuers found
 * @returns every text that may name the place, with its source and where it was read
 */
export function regionEvidence(page: Page, title: string | undefined, issuers: Found<string[]> | undefined): RegionEvidence<Where>[] {
  const { input, meta } = page
  const evidence: RegionEvidence<Where>[] = []
  for (const name of issuers?.value ?? []) evidence.push({ source: 'issuers', text: name, where: issuers?.where ?? null })
  if (title !== undefined) evidence.push({ source: 'title', text: title, where: null })
  for (const role of ORGAN_LABEL_ROLES) {
    for (const found of metaByRole(meta, role as LabelRole)) evidence.push({ source: 'meta', text: found.value, where: found.where })
  }
  for (const removed of input.removedLines ?? []) {
    const where = { line: removed.line }
    if (SITE_IDENTITY_RULES.includes(removed.rule)) evidence.push({ source: 'site', text: removed.text, where })
    else evidence.push({ source: 'links', text: removed.text, where })
    evidence.push({ source: 'code', text: removed.text, where })
  }
  for (const item of input.breadcrumb) evidence.push({ source: 'site', text: input.normalizeValue(item), where: null })
  for (const found of metaByRole(meta, 'index-number')) evidence.push({ source: 'code', text: found.value, where: found.where })
  for (const block of input.blocks) {
    if (block.role === 'content') evidence.push({ source: 'body', text: block.text, where: inBlock(block) })
  }
  return evidence
}

/**
 * @param rule a metadata/region-from-… rule id
 * @returns the confidence of the region its source decides
 */
export function regionConfidence(rule: string): number {
  return REGION_SOURCES.find((s) => s.rule.id === rule)?.rule.confidence ?? 1
}
