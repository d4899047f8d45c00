/**
 * The real saved pages of the shared corpus (../shared/corpus/real-html: never copied into the
 * project), parsed where they are and scored by the corpus's own scorer, which prints its
 * figures. Skipped where the corpus is not beside the project (a clean clone on another machine).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../src/index.js'

const CORPUS = new URL('../../shared/corpus/', import.meta.url)
const PAGES = new URL('real-html/pages/', CORPUS)
/** What the HTML issue asks of these pages. */
const OVERALL_FLOOR = 0.97

describe.skipIf(!existsSync(PAGES) || !existsSync(new URL('score.mjs', CORPUS)))('the real saved pages of the shared corpus', () => {
  it(`score at least ${OVERALL_FLOOR} overall (score.mjs)`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'lawgov-real-html-'))
    try {
      const reports = readdirSync(PAGES)
        .sort()
        .map((name) => {
          const path = fileURLToPath(new URL(name, PAGES))
          // the scorer matches reports to its pages by their path
          return JSON.stringify(parseReport(readFileSync(path), { path }))
        })
      const ndjson = join(dir, 'real-html.ndjson')
      writeFileSync(ndjson, reports.join('\n') + '\n')
      const printed = execFileSync(process.execPath, [fileURLToPath(new URL('score.mjs', CORPUS)), fileURLToPath(new URL('real-html/gold.jsonl', CORPUS)), ndjson], { encoding: 'utf8' })
      console.log(printed)
      const overall = /overall\s+\d+\/\d+\s*=\s*([\d.]+)/.exec(printed)
      expect(overall, printed).not.toBeNull()
      expect(Number((overall as RegExpExecArray)[1])).toBeGreaterThanOrEqual(OVERALL_FLOOR)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
