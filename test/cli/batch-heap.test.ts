/**
 * Worker threads run under a bounded heap (WORKER_HEAP); a page too large for it is parsed again
 * on the main thread, so that the batch gives every page the Report one thread gives it.
 * The pool runs the built worker (dist/worker.js), which `npm test` builds before the tests.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isOutOfMemory, WORKER_HEAP } from '../../src/adapters/pool.js'
import { runParseTask, type ParseOutcome, type ParseTask } from '../../src/cli/task.js'
import { REPO } from '../helpers/run-cli.js'

const BUILT_BATCH = join(REPO, 'dist/cli/batch.js')
const work = mkdtempSync(join(tmpdir(), 'lawgov-heap-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('worker heap', () => {
  it('leaves a worker room for the largest page --max-bytes lets in by default', () => {
    // a page needs about 15× its size while it is parsed: 64 MiB pages need about 1 GB
    expect(WORKER_HEAP.oldGenerationMb).toBeGreaterThanOrEqual(1024)
  })

  it('tells an out-of-memory end of a worker from other failures', () => {
    expect(isOutOfMemory(Object.assign(new Error('Worker terminated due to reaching memory limit'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }))).toBe(true)
    expect(isOutOfMemory(new Error('ENOENT'))).toBe(false)
    expect(isOutOfMemory(undefined)).toBe(false)
  })

  it.runIf(existsSync(BUILT_BATCH))('parses on the main thread a page that runs a worker out of memory, in its place in the output', async () => {
    const page = readFileSync(join(REPO, 'fixtures/pages/annual-report-current-location/input.txt'), 'utf8')
    const small = join(work, 'small.txt')
    const large = join(work, 'large.txt')
    writeFileSync(small, page)
    // a 6 MB page needs about 90 MB of heap: far more than the 24 MB this test gives a worker
    writeFileSync(large, page.repeat(Math.ceil(6e6 / Buffer.byteLength(page))))
    const task = (file: string): ParseTask => ({ file, path: file, options: {}, output: 'ndjson', maxBytes: 64 * 1024 * 1024, debug: false })
    const tasks = [small, large, small, large].map(task)
    const { runBatch } = (await import(BUILT_BATCH)) as { runBatch: typeof import('../../src/cli/batch.js').runBatch }
    const outcomes: ParseOutcome[] = []
    for await (const outcome of runBatch(tasks, 2, { youngGenerationMb: 4, oldGenerationMb: 24 })) outcomes.push(outcome)
    expect(outcomes.map((o) => o.error)).toEqual([undefined, undefined, undefined, undefined])
    const alone = await Promise.all(tasks.map((t) => runParseTask(t)))
    expect(outcomes.map((o) => o.json)).toEqual(alone.map((o) => o.json))
  }, 120_000)
})
