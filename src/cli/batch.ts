/**
 * Run a batch of pages, on the main thread or on a pool of worker threads, and hand the outcomes
 * back in input order: the output is the same bytes for every number of threads.
 */
import { createPool, isOutOfMemory, type HeapLimits } from '../adapters/pool.js'
import { runParseTask, type ParseOutcome, type ParseTask } from './task.js'

/** Tasks in flight per worker: enough to keep it busy, few enough to bound memory; a worker is
 *  handed its share at once, so it never waits on the main thread. */
const IN_FLIGHT_PER_WORKER = 8

/** Pages parsed or in flight ahead of the one the output waits for. The main thread waits for the
 *  oldest page only when the window is full; a smaller window has it wait on a worker's page
 *  while it could parse the next one: with 16 pages at -j 2 it waited 0.6–0.75 s of a 4.4 s run
 *  on the half-scale bench corpus, with 64 under 0.02 s (see bench/NOTES.md). */
const WINDOW_PAGES = 64

/** ...or when the Reports the window holds, parsed and not yet written, reach this many
 *  characters: a batch of pages near --max-bytes makes Reports of megabytes each. */
const WINDOW_MAX_CHARS = 32 * 1024 * 1024

/** How far the parsing may run ahead of the output: pages, and characters of settled Reports. */
export interface BatchWindow {
  pages: number
  chars: number
}

const DEFAULT_WINDOW: BatchWindow = { pages: WINDOW_PAGES, chars: WINDOW_MAX_CHARS }

/**
 * @param tasks the pages, in output order
 * @param threads threads that parse, the main thread among them (1: the main thread alone)
 * @param heap each worker's heap (default: the pool's WORKER_HEAP)
 * @param limits how far the parsing runs ahead of the output (default: WINDOW_PAGES pages,
 *   WINDOW_MAX_CHARS characters)
 * @returns the outcomes, in the order of `tasks`
 */
export async function* runBatch(
  tasks: Iterable<ParseTask> | AsyncIterable<ParseTask>,
  threads: number,
  heap?: HeapLimits,
  limits: BatchWindow = DEFAULT_WINDOW,
): AsyncGenerator<ParseOutcome> {
  if (threads <= 1) {
    for await (const task of tasks) yield await runParseTask(task)
    return
  }
  // the main thread is one of the threads: it parses a page whenever the workers have their fill.
  // A worker thread is an isolate of its own that compiles and collects for itself (see
  // bench/NOTES.md): at -j 2 one worker beside the main thread took ×0.86 the wall and ×0.84 the
  // CPU of two workers beside an idle main thread
  const workers = threads - 1
  const pool = createPool<ParseTask, ParseOutcome>(new URL('./worker.js', import.meta.url), workers, IN_FLIGHT_PER_WORKER, heap)
  const window: Promise<ParseOutcome>[] = []
  let inWorkers = 0
  /** Characters of the window's settled outcomes (each counted as it settles, before it is yielded). */
  let held = 0
  const enter = (outcome: Promise<ParseOutcome>) => {
    window.push(outcome)
    outcome.then((settled) => (held += heldChars(settled))).catch(() => undefined)
  }
  const oldest = async () => {
    const outcome = await (window.shift() as Promise<ParseOutcome>)
    held -= heldChars(outcome)
    return outcome
  }
  try {
    // tasks are pulled only as the window frees: a stream of pages is read at the pace it is parsed
    for await (const task of tasks) {
      // a worker's finished pages are heard only when the event loop turns: let it turn before
      // deciding who parses the next page, or the main thread would take page after page
      await new Promise(setImmediate)
      if (inWorkers < workers * IN_FLIGHT_PER_WORKER) {
        inWorkers++
        const outcome = pool.run(task).catch((error: unknown) => onMainThread(task, error))
        enter(outcome)
        void outcome.finally(() => inWorkers--).catch(() => undefined)
      } else {
        enter(Promise.resolve(await runParseTask(task)))
      }
      while (window.length >= limits.pages || (held >= limits.chars && window.length > 0)) yield await oldest()
    }
    while (window.length > 0) yield await oldest()
  } finally {
    await Promise.allSettled(window)
    await pool.destroy()
  }
}

/** What an outcome holds of the Report: its serialization or its review page. */
function heldChars(outcome: ParseOutcome): number {
  return (outcome.json?.length ?? 0) + (outcome.review?.html.length ?? 0)
}

/** A page too large for a worker's bounded heap is parsed again on the main thread, whose heap
 *  is V8's default: a page near --max-bytes parses whatever the number of threads. */
function onMainThread(task: ParseTask, error: unknown): Promise<ParseOutcome> {
  if (!isOutOfMemory(error)) throw error
  return runParseTask(task)
}
