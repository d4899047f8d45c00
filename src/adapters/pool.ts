/**
 * Wrapper around piscina: a pool of worker threads that run one function over many tasks.
 * Loaded only when a batch asks for more than one thread.
 */
import { createRequire } from 'node:module'

export interface WorkerPool<T, R> {
  run(task: T): Promise<R>
  destroy(): Promise<void>
}

/** Each worker's heap, in MB. */
export interface HeapLimits {
  youngGenerationMb: number
  oldGenerationMb: number
}

/**
 * Start a pool.
 * @param worker URL of the module whose default export runs one task
 * @param threads number of threads
 * @param tasksPerWorker tasks handed to a worker at once, as they come: a worker that waited for
 *   each next task would wait on a main thread busy with work of its own. A task that runs
 *   through without waiting on anything still runs after the one before, in the order given
 * @param heap each worker's heap (default: WORKER_HEAP)
 * @returns the pool
 */
export function createPool<T, R>(worker: URL, threads: number, tasksPerWorker: number, heap: HeapLimits = WORKER_HEAP): WorkerPool<T, R> {
  const require = createRequire(import.meta.url)
  const { Piscina } = require('piscina') as { Piscina: new (options: object) => WorkerPool<T, R> }
  const resourceLimits = { maxYoungGenerationSizeMb: heap.youngGenerationMb, maxOldGenerationSizeMb: heap.oldGenerationMb }
  return new Piscina({ filename: worker.href, minThreads: threads, maxThreads: threads, idleTimeout: 1000, resourceLimits, concurrentTasksPerWorker: tasksPerWorker })
}

/**
 * Each worker's heap.
 *
 * The young generation: a page's garbage is short-lived (lines, matches, the strings of one
 * parse); a small young generation collects it as often but holds less of it. Measured on the
 * bench corpus at half scale with -j 2 (farm-bench, 3 pairs against V8's default): peak RSS
 * 366 → 259 MB at 8, 318 → 247 MB at 4, CPU and wall within 1%. Since the HTML trees are let
 * go (adapters/htmlparser2.ts) a collection costs by its number, and since the command line lets
 * heaps grow to twice their live size (bin/batch-flags.js) the peak has room: 16 against 8 MB,
 * -j 2 wall ×0.96, CPU ×0.98, peak RSS 176 → 187 MB on the half-scale corpus (6 pairs); on 533 MB
 * of HTML pages wall ×0.98, 235 → 248 MB (3 pairs); 32 MB gave no more (wall ×0.97, +27 MB).
 *
 * The old generation: without a limit V8 sizes a worker's heap for the machine (4 GB here) and
 * lets it grow long before it collects; under 2 GB it grows it more cautiously. 164 MB of HTML
 * pages, -j 2: peak RSS 301–331 MB at V8's limit or 2048, 233–242 MB at 128 … 1536 (farm-bench,
 * 4 pairs at 1536: peak 291 → 231 MB, wall ×1.07). 1536 leaves room for the largest page
 * --max-bytes lets in by default (a 58 MB HTML page and a 60 MB text page parse in a worker, which
 * peaks at about 1 GB); a page larger still ends its worker with ERR_WORKER_OUT_OF_MEMORY, and the
 * batch parses it again on the main thread, which keeps V8's limit (see isOutOfMemory).
 */
export const WORKER_HEAP: HeapLimits = { youngGenerationMb: 16, oldGenerationMb: 1536 }

/**
 * Whether a task failed because its worker ran out of the heap WORKER_HEAP gives it.
 * @param error what the pool rejected the task with
 */
export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
}
