/**
 * Errors lawgov throws and the messages stages report. A problem in a document is a message
 * (it ends up in `warnings`); an exception is only for input that cannot be read at all, for a
 * wrong command line, or for a bug. Each error class maps to an exit status (see README).
 */
import type { Message, Severity, StageId } from './types.js'

/** Base class: `exitCode` is what the CLI exits with when this error ends a command. */
export class LawgovError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode: number) {
    super(message)
    this.name = new.target.name
    this.exitCode = exitCode
  }
}

/** An input that cannot be parsed (unreadable, not a document). The batch goes on. */
export class InputError extends LawgovError {
  constructor(message: string) {
    super(message, 1)
  }
}

/** A wrong command line or a malformed fixture case. */
export class UsageError extends LawgovError {
  constructor(message: string) {
    super(message, 2)
  }
}

/** An internal contract broken by lawgov's own code (overlapping edits, …). */
export class BugError extends LawgovError {
  constructor(message: string) {
    super(`internal error: ${message}`, 2)
  }
}

/**
 * Build a message.
 * @param stage the stage reporting it
 * @param code kebab-case code, stable across versions (e.g. `no-title`)
 * @param reason one sentence, no trailing period
 * @param severity (default: `'warning'`)
 * @param start offset into the stage input, when the message has a place
 * @param end end offset (default: `start`)
 * @returns the message
 */
export function createMessage(
  stage: StageId,
  code: string,
  reason: string,
  severity: Severity = 'warning',
  start?: number,
  end?: number,
): Message {
  const message: Message = { stage, code, severity, reason }
  if (start !== undefined) {
    message.start = start
    message.end = end ?? start
  }
  return message
}
