/**
 * Wrapper around cli-progress: one progress bar on stderr (files, MB/s, ETA).
 */
import { createRequire } from 'node:module'

export interface ProgressBar {
  update(done: number, bytes: number): void
  stop(): void
}

interface Bar {
  start(total: number, value: number, payload: object): void
  update(value: number, payload: object): void
  stop(): void
}

/**
 * Show a progress bar.
 * @param stream where to draw it (a terminal)
 * @param total number of files
 * @returns the bar
 */
export function createProgressBar(stream: NodeJS.WritableStream, total: number): ProgressBar {
  const require = createRequire(import.meta.url)
  const { SingleBar } = require('cli-progress') as { SingleBar: new (options: object) => Bar }
  const bar = new SingleBar({
    stream,
    format: 'lawgov {bar} {value}/{total} files | {speed} MB/s | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  })
  const started = Date.now()
  bar.start(total, 0, { speed: '0.0' })
  return {
    update(done, bytes) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001)
      bar.update(done, { speed: (bytes / 1e6 / seconds).toFixed(1) })
    },
    stop() {
      bar.stop()
    },
  }
}
