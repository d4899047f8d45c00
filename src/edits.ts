/**
 * The edit model shared by every text stage (textlint's fixer model): a stage proposes edits,
 * `applyEdits` builds the new text in one pass, `revertEdits` gives the input back, and an
 * `OffsetMap` carries positions from a stage's output back to its input so that every removal
 * and repair can be reported at its line in the decoded input.
 *
 * Example: applyEdits('2017316日', [{rule: 'repair/date-lost-year-month', start: 0, end: 8,
 * before: '2017316日', after: '2017年3月16日'}]) → '2017年3月16日'.
 */
import { BugError } from './messages.js'
import type { Edit } from './types.js'

/** Edits in application order: by start, insertions before replacements at the same offset. */
export function sortEdits(edits: readonly Edit[]): Edit[] {
  // a stage's edits mostly come in order already: a copy, then, without the sort's comparisons
  for (let i = 1; i < edits.length; i++) {
    if (compareEdits(edits[i - 1] as Edit, edits[i] as Edit) > 0) return [...edits].sort(compareEdits)
  }
  return edits.slice()
}

function compareEdits(a: Edit, b: Edit): number {
  return a.start - b.start || a.end - b.end
}

/**
 * Check that edits fit the text: each `before` matches and no two overlap.
 * @param text the stage input
 * @param edits edits in any order
 * @returns the edits sorted in application order
 */
export function assertEdits(text: string, edits: readonly Edit[]): Edit[] {
  const sorted = sortEdits(edits)
  let lastEnd = 0
  for (const edit of sorted) {
    if (edit.start < lastEnd) {
      throw new BugError(`edits overlap at offset ${edit.start} (rule ${edit.rule})`)
    }
    if (edit.end < edit.start || edit.end > text.length) {
      throw new BugError(`edit out of range ${edit.start}-${edit.end} (rule ${edit.rule})`)
    }
    if (edit.end - edit.start !== edit.before.length || !text.startsWith(edit.before, edit.start)) {
      throw new BugError(`edit does not match its text at ${edit.start} (rule ${edit.rule})`)
    }
    lastEnd = edit.end
  }
  return sorted
}

/**
 * Apply edits to a text in a single pass.
 * @param text the stage input
 * @param edits non-overlapping edits whose `before` matches the text
 * @returns the edited text
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = assertEdits(text, edits)
  const parts: string[] = []
  let cursor = 0
  for (const edit of sorted) {
    parts.push(text.slice(cursor, edit.start), edit.after)
    cursor = edit.end
  }
  parts.push(text.slice(cursor))
  return parts.join('')
}

/**
 * Undo edits on the text they produced.
 * @param output the text `applyEdits(input, edits)` returned
 * @param edits the same edits
 * @returns the original input
 */
export function revertEdits(output: string, edits: readonly Edit[]): string {
  const sorted = sortEdits(edits)
  const parts: string[] = []
  let cursor = 0
  let delta = 0
  for (const edit of sorted) {
    const outStart = edit.start + delta
    parts.push(output.slice(cursor, outStart), edit.before)
    cursor = outStart + edit.after.length
    delta += edit.after.length - edit.before.length
  }
  parts.push(output.slice(cursor))
  return parts.join('')
}

/** Maps offsets in a stage's output back to offsets in its input. */
export class OffsetMap {
  readonly #outStarts: number[] = []
  readonly #edits: Edit[]
  readonly #deltas: number[] = []

  /** @param edits the edits the stage applied (any order) */
  constructor(edits: readonly Edit[]) {
    this.#edits = sortEdits(edits)
    let delta = 0
    for (const edit of this.#edits) {
      this.#outStarts.push(edit.start + delta)
      this.#deltas.push(delta)
      delta += edit.after.length - edit.before.length
    }
  }

  /**
   * @param offset an offset in the stage output
   * @returns the matching offset in the stage input; inside a replacement, the replaced text's start
   */
  toInput(offset: number): number {
    // last edit whose output range starts at or before the offset
    let lo = 0
    let hi = this.#edits.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((this.#outStarts[mid] as number) <= offset) {
        found = mid
        lo = mid + 1
      } else {
        hi = mid - 1
      }
    }
    if (found < 0) return offset
    const edit = this.#edits[found] as Edit
    const outStart = this.#outStarts[found] as number
    const outEnd = outStart + edit.after.length
    if (offset < outEnd) return edit.start + Math.min(offset - outStart, Math.max(edit.before.length - 1, 0))
    const delta = (this.#deltas[found] as number) + edit.after.length - edit.before.length
    return offset - delta
  }
}

/**
 * Rewrite two successive edit lists as one list on the first input, so that a stage made of
 * several passes still reports edits against its own input. Edits that touch are merged into one
 * edit whose rule is that of its first member.
 * @param input the text the first edits apply to
 * @param first edits on `input`
 * @param second edits on `applyEdits(input, first)`
 * @returns edits on `input` giving the same final text
 */
export function composeEdits(input: string, first: readonly Edit[], second: readonly Edit[]): Edit[] {
  if (second.length === 0) return sortEdits(first)
  const middle = applyEdits(input, first)
  if (first.length === 0) return sortEdits(second)
  return composeAppliedEdits(input, applyEdits(middle, second), first, second)
}

/**
 * composeEdits for a caller that has applied both lists already (a stage of passes applies each
 * pass to go on): the texts between are not built again.
 * @param input the text the first edits apply to
 * @param output the text both lists give: `applyEdits(applyEdits(input, first), second)`
 * @param first edits on `input`
 * @param second edits on the text `first` gives
 * @returns edits on `input` giving `output`
 */
export function composeAppliedEdits(input: string, output: string, first: readonly Edit[], second: readonly Edit[]): Edit[] {
  if (second.length === 0) return sortEdits(first)
  if (first.length === 0) return sortEdits(second)
  const a = sortEdits(first)
  const b = sortEdits(second)

  interface Span { start: number; end: number; edit: Edit; list: 'a' | 'b' }
  const spans: Span[] = []
  let delta = 0
  for (const edit of a) {
    const start = edit.start + delta
    spans.push({ start, end: start + edit.after.length, edit, list: 'a' })
    delta += edit.after.length - edit.before.length
  }
  for (const edit of b) spans.push({ start: edit.start, end: edit.end, edit, list: 'b' })
  spans.sort((x, y) => x.start - y.start || x.end - y.end)

  const result: Edit[] = []
  let deltaA = 0 // (output - input) length change of `first` edits before the cluster
  let deltaB = 0 // same for `second`
  let i = 0
  while (i < spans.length) {
    const head = spans[i] as Span
    let clusterEnd = head.end
    const members: Span[] = [head]
    i++
    while (i < spans.length && (spans[i] as Span).start <= clusterEnd) {
      const next = spans[i] as Span
      members.push(next)
      clusterEnd = Math.max(clusterEnd, next.end)
      i++
    }
    let clusterDeltaA = 0
    let clusterDeltaB = 0
    for (const m of members) {
      const change = m.edit.after.length - m.edit.before.length
      if (m.list === 'a') clusterDeltaA += change
      else clusterDeltaB += change
    }
    const inStart = head.start - deltaA
    const inEnd = clusterEnd - deltaA - clusterDeltaA
    const outStart = head.start + deltaB
    const outEnd = clusterEnd + deltaB + clusterDeltaB
    const before = input.slice(inStart, inEnd)
    const after = output.slice(outStart, outEnd)
    if (before !== after) {
      const merged: Edit = { rule: head.edit.rule, start: inStart, end: inEnd, before, after }
      if (members.length === 1 && head.edit.confidence !== undefined) merged.confidence = head.edit.confidence
      if (members.length === 1 && head.edit.alternatives !== undefined) merged.alternatives = head.edit.alternatives
      result.push(merged)
    }
    deltaA += clusterDeltaA
    deltaB += clusterDeltaB
  }
  return result
}

/** Finds the 1-based line of an offset in a text. */
export class LineIndex {
  readonly #starts: number[] = [0]

  /** @param text the text whose lines are counted ("\n" ends a line) */
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1)
  }

  /** @returns the number of lines */
  get count(): number {
    return this.#starts.length
  }

  /**
   * @param offset a 0-based offset
   * @returns its 1-based line
   */
  lineOf(offset: number): number {
    let lo = 0
    let hi = this.#starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.#starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }

  /**
   * @param line a 1-based line
   * @returns the offset where it starts
   */
  startOf(line: number): number {
    return this.#starts[line - 1] ?? this.#starts[this.#starts.length - 1] ?? 0
  }
}
