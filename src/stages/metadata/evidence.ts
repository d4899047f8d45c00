/**
 * How a metadata field is found: a list of finders tried in order, each a named rule with the
 * confidence a value found its way deserves. The first finder that finds something wins; the
 * runner records its rule, where it read the value and how sure it is (the Report's `evidence`).
 *
 * Example: the period finders [period-from-title (1), …, period-from-body (0.8)] on a page whose
 * title is lost and whose first paragraph says "现将某县2022年法治政府建设工作情况报告如下" →
 * {value: 2022..2022, rule: 'metadata/period-from-body', confidence: 0.8}.
 */
import { createMessage } from '../../messages.js'
import type { FinderRule } from '../../rules/metadata.js'
import type { Message } from '../../types.js'
import type { Block } from '../segment.js'
import type { Page } from './page.js'

/** Where a value was read: a block of the document (its offset in the segmented text), a line
 *  of the input (1-based, for what the page's chrome carried), or nowhere printed (the HTML head). */
export type Where = { offset: number } | { line: number } | null

/** What a finder found, before the runner names it. */
export interface Hit<T> {
  value: T
  where: Where
  /** Set when this hit is less sure than its finder's usual (a 发布机构 taken for the issuer, a
   *  reading of a title that was itself inferred): the lower of the two counts. */
  confidence?: number
}

/** A value, the rule that found it, where, and how sure. */
export interface Found<T> {
  value: T
  rule: string
  where: Where
  /** 1 = read where the document or its page prints it; below 1 = inferred from its shape or
   *  position (a title known by its place alone, a year read from the body). */
  confidence: number
}

/** One way to find a field: its rule (declared in src/rules/metadata.ts with the confidence of
 *  what it finds), and the reading. */
export interface Finder<T, K = unknown> {
  rule: FinderRule
  find: (page: Page, known: K) => Hit<T> | undefined
}

/**
 * Try the finders in order.
 * @param finders the field's finders, first choice first
 * @param page the page being read
 * @param known the fields already found that these finders read
 * @returns what the first finder that finds something found, or undefined
 */
export function firstFound<T, K>(finders: readonly Finder<T, K>[], page: Page, known: K): Found<T> | undefined {
  for (const finder of finders) {
    const hit = finder.find(page, known)
    if (hit !== undefined) return { value: hit.value, rule: finder.rule.id, where: hit.where, confidence: Math.min(finder.rule.confidence, hit.confidence ?? 1) }
  }
  return undefined
}

/** Where a block of the document was read. */
export const inBlock = (block: Block): Where => ({ offset: block.start })

/** The offset of a block read at `where`, for a message; undefined for an input line or the head. */
export function offsetOf(where: Where): number | undefined {
  return where !== null && 'offset' in where ? where.offset : undefined
}

/** A message about something read at `where`: a block's offset, or a line of the input. */
export function whereMessage(code: string, reason: string, where: Where): Message {
  const message = createMessage('extract-metadata', code, reason, 'warning', offsetOf(where))
  if (where !== null && 'line' in where) message.line = where.line
  return message
}
