/**
 * The page as the pipeline carries it (vfile's file): the text lawgov read, one position mapper
 * composed from the edits of each text stage, and the messages the stages raised, each pointing
 * into the text as it stood when it was raised. Whatever a stage reports — a removal, a repair,
 * a warning, where a field was read — is placed on a line of the text read through this one map.
 *
 * Example: a page read as '当前位置：首页\n2017316日' whose chrome stage removed line 1 and whose
 * repair stage wrote 2017年3月16日: file.lineOf(0, 'repaired') → 2 (the repaired text's first
 * offset was read on line 2).
 */
import { LineIndex, OffsetMap } from './edits.js'
import type { Edit, Message, Warning } from './types.js'

/** The text as each text stage leaves it, in pipeline order: `read` is what lawgov read (the
 *  decoded dump, or the text of the HTML page). */
export const TEXT_STATES = ['read', 'unflattened', 'stripped', 'normalized', 'repaired'] as const
export type TextState = (typeof TEXT_STATES)[number]

export class PageFile {
  /** The text lawgov read: what every line number counts. */
  readonly text: string
  readonly lines: LineIndex
  /** For each state after `read`, the map from its text back to the state before it. */
  readonly #maps = new Map<TextState, OffsetMap>()
  readonly #warnings: Warning[] = []

  /** @param text the text lawgov read */
  constructor(text: string) {
    this.text = text
    this.lines = new LineIndex(text)
  }

  /**
   * Record the edits that made the text of `state` from the state before it.
   * @param state the state the edits produced (in pipeline order, each once)
   * @param edits the stage's edits, on the text of the state before
   * @throws Error when a state is recorded out of order or twice
   */
  edited(state: Exclude<TextState, 'read'>, edits: readonly Edit[]): void {
    const expected = TEXT_STATES[this.#maps.size + 1]
    if (state !== expected) throw new Error(`page file: ${state} recorded where ${expected ?? 'nothing'} was expected`)
    this.#maps.set(state, new OffsetMap(edits))
  }

  /**
   * @param offset an offset in the text of `state`
   * @param state the state whose text the offset points into
   * @returns the offset in the text read
   */
  toRead(offset: number, state: TextState): number {
    let at = offset
    for (let i = TEXT_STATES.indexOf(state); i > 0; i--) {
      const map = this.#maps.get(TEXT_STATES[i] as TextState)
      if (map === undefined) throw new Error(`page file: no edits recorded for ${TEXT_STATES[i]}`)
      at = map.toInput(at)
    }
    return at
  }

  /**
   * @param offset an offset in the text of `state`
   * @param state the state whose text the offset points into
   * @returns the 1-based line of the text read
   */
  lineOf(offset: number, state: TextState): number {
    return this.lines.lineOf(this.toRead(offset, state))
  }

  /**
   * Keep a stage's messages as warnings on the lines of the text read.
   * @param messages the messages, in the order they were raised
   * @param state the state whose text their offsets point into; null for messages with no place
   *   in any text (the decoder's), which keep only a line they name themselves
   */
  report(messages: readonly Message[], state: TextState | null): void {
    for (const message of messages) {
      const line = message.line ?? (message.start === undefined || state === null ? null : this.lineOf(message.start, state))
      this.#warnings.push({ code: message.code, message: message.reason, line })
    }
  }

  /** @returns the warnings reported so far, in the order they were reported */
  warnings(): Warning[] {
    return [...this.#warnings]
  }
}
