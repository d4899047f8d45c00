/**
 * A batch on several threads hands back its outcomes in input order, whichever thread parsed each
 * page and whenever it finished: more pages than the window holds, of very different sizes, so
 * that the main thread's pages and the worker's finish out of order.
 * The pool runs the built worker (dist/cli/worker.js), which `npm test` builds before the tests.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runParseTask, type ParseOutcome, type ParseTask } from '../../src/cli/task.js'
import { REPO } from '../helpers/run-cli.js'

const BUILT_BATCH = join(REPO, 'dist/cli/batch.js')
const work = mkdtempSync(join(tmpdir(), 'lawgov-order-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('batch order', () => {
  it.runIf(existsSync(BUILT_BATCH))('gives 200 pages of mixed sizes back in input order at -j 2, each as one thread parses it', async () => {
    const page = readFileSync(join(REPO, 'fixtures/pages/annual-report-current-location/input.txt'), 'utf8')
    const lines = page.split('\n')
    const tasks: ParseTask[] = []
    for (let i = 0; i < 200; i++) {
      // every seventh page is the whole page ten times over; the others a few of its lines
      const text = i % 7 === 0 ? page.repeat(10) : lines.slice(0, 3 + (i % 11)).join('\n')
      const file = join(work, `page-${i}.txt`)
      writeFileSync(file, text)
      tasks.push({ file, path: `page-${i}.txt`, options: { path: `page-${i}.txt` }, output: 'ndjson', maxBytes: 64 * 1024 * 1024, debug: false })
    }
    const { runBatch } = (await import(BUILT_BATCH)) as { runBatch: typeof import('../../src/cli/batch.js').runBatch }
    const outcomes: ParseOutcome[] = []
    for await (const outcome of runBatch(tasks, 2)) outcomes.push(outcome)
    expect(outcomes.map((o) => o.path)).toEqual(tasks.map((t) => t.path))
    const alone: ParseOutcome[] = []
    for (const task of tasks) alone.push(await runParseTask(task))
    expect(outcomes.map((o) => o.json)).toEqual(alone.map((o) => o.json))
  }, 120_000)

  it.runIf(existsSync(BUILT_BATCH))('runs ahead of the output by the Reports\' characters it holds, not only by pages', async () => {
    const page = readFileSync(join(REPO, 'fixtures/pages/annual-report-current-location/input.txt'), 'utf8')
    const file = join(work, 'window-page.txt')
    writeFileSync(file, page)
    const { runBatch } = (await import(BUILT_BATCH)) as { runBatch: typeof import('../../src/cli/batch.js').runBatch }
    /** The most pages pulled and not yet handed back, over a batch of 120 pages. */
    const furthestAhead = async (limits: { pages: number; chars: number }) => {
      let pulled = 0
      let handed = 0
      let ahead = 0
      function* tasks(): Generator<ParseTask> {
        for (let i = 0; i < 120; i++) {
          pulled++
          yield { file, path: `page-${i}.txt`, options: { path: `page-${i}.txt` }, output: 'ndjson', maxBytes: 64 * 1024 * 1024, debug: false }
        }
      }
      for await (const outcome of runBatch(tasks(), 2, undefined, limits)) {
        expect(outcome.path).toBe(`page-${handed}.txt`)
        ahead = Math.max(ahead, pulled - handed)
        handed++
      }
      expect(handed).toBe(120)
      return ahead
    }
    // each Report is far longer than one character: the window holds the worker's pages in
    // flight and the one the main thread parsed, and waits; with no bound on characters it fills
    // to its pages
    expect(await furthestAhead({ pages: 64, chars: 1 })).toBeLessThanOrEqual(12)
    expect(await furthestAhead({ pages: 64, chars: Number.POSITIVE_INFINITY })).toBeGreaterThan(32)
  }, 120_000)
})
