/**
 * Run a batch of pages, on the main thread or on a pool of worker threads, and hand the outcomes
 * back in input order: the output is the same bytes for every number of threads.
 */
import { createPool, isOutOfMemory, type HeapLimits } from '../adapters/pool.js'
import { runParseTask, type ParseOutcome, type ParseTask } from './task.js'

/** Tasks in flight per thread: enough to keep threads busy, few enough to bound memory. */
const IN_FLIGHT_PER_THREAD = 8

/**
 * @param tasks the pages, in output order
 * @param threads worker threads (1: the main thread alone)
 * @param heap each worker's heap (default: the pool's WORKER_HEAP)
 * @returns the outcomes, in the order of `tasks`
 */
export async function* runBatch(tasks: Iterable<ParseTask> | AsyncIterable<ParseTask>, threads: number, heap?: HeapLimits): AsyncGenerator<ParseOutcome> {
  if (threads <= 1) {
    for await (const task of tasks) yield await runParseTask(task)
    return
  }
  const pool = createPool<ParseTask, ParseOutcome>(new URL('./worker.js', import.meta.url), threads, heap)
  const window: Promise<ParseOutcome>[] = []
  try {
    // tasks are pulled only as the window frees: a stream of pages is read at the pace it is parsed
    for await (const task of tasks) {
      window.push(pool.run(task).catch((error: unknown) => onMainThread(task, error)))
      if (window.length >= threads * IN_FLIGHT_PER_THREAD) yield await (window.shift() as Promise<ParseOutcome>)
    }
    while (window.length > 0) yield await (window.shift() as Promise<ParseOutcome>)
  } finally {
    await Promise.allSettled(window)
    await pool.destroy()
  }
}

/** A page too large for a worker's bounded heap is parsed again on the main thread, whose heap
 *  is V8's default: a page near --max-bytes parses whatever the number of threads. */
function onMainThread(task: ParseTask, error: unknown): Promise<ParseOutcome> {
  if (!isOutOfMemory(error)) throw error
  return runParseTask(task)
}
