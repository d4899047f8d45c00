/**
 * Wrapper around piscina: a pool of worker threads that run one function over many tasks.
 * Loaded only when a batch asks for more than one thread.
 */
import { createRequire } from 'node:module'

export interface WorkerPool<T, R> {
  run(task: T): Promise<R>
  destroy(): Promise<void>
}

/**
 * Start a pool.
 * @param worker URL of the module whose default export runs one task
 * @param threads number of threads
 * @returns the pool
 */
export function createPool<T, R>(worker: URL, threads: number): WorkerPool<T, R> {
  const require = createRequire(import.meta.url)
  const { Piscina } = require('piscina') as { Piscina: new (options: object) => WorkerPool<T, R> }
  return new Piscina({ filename: worker.href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 })
}
