/** The worker thread of a batch: runs one page at a time (see task.ts). */
import { runParseTask, type ParseOutcome, type ParseTask } from './task.js'

export default function parseInWorker(task: ParseTask): Promise<ParseOutcome> {
  return runParseTask(task)
}
