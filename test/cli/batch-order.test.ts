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
})
