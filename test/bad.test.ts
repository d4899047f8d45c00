/**
 * Dirty input: every case of fixtures/bad has its outcome in outcome.json (a Report with given
 * fields, or an error saying why), and the cases too large or too odd to commit are made here:
 * a 40 MB page, a 5 MB line, 100 000 nested elements, files that vanish, loop or cannot be read,
 * a folder named like a page.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { describeFsError } from '../src/cli/inputs.js'
import { runParseTask } from '../src/cli/task.js'
import { InputError, LawgovError, parseReport, type Report } from '../src/index.js'
import { runCli } from './helpers/run-cli.js'

const BAD = fileURLToPath(new URL('../fixtures/bad', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'lawgov-bad-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Outcome {
  error?: string
  title?: string | null
  body?: string
  warnings?: string[]
  encoding?: string
  bodyIncludes?: string
  bodyExcludes?: string
}

describe('fixtures/bad: a defined outcome for each dirty input', () => {
  const cases = readdirSync(BAD).filter((name) => existsSync(join(BAD, name, 'outcome.json'))).sort()
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14)
  })
  it.each(cases)('%s', (name) => {
    const outcome = JSON.parse(readFileSync(join(BAD, name, 'outcome.json'), 'utf8')) as Outcome
    const file = readdirSync(join(BAD, name)).find((f) => f.startsWith('input.')) as string
    let result: Report | LawgovError
    try {
      result = parseReport(readFileSync(join(BAD, name, file)), { path: file })
    } catch (error) {
      if (!(error instanceof LawgovError)) throw error
      result = error
    }
    if (outcome.error !== undefined) {
      expect(result).toBeInstanceOf(InputError)
      expect((result as Error).message).toBe(outcome.error)
      return
    }
    expect(result).not.toBeInstanceOf(Error)
    const report = result as Report
    if ('title' in outcome) expect(report.title).toBe(outcome.title)
    if (outcome.body !== undefined) expect(report.body).toBe(outcome.body)
    if (outcome.encoding !== undefined) expect(report.source.encoding).toBe(outcome.encoding)
    if (outcome.warnings !== undefined) expect(report.warnings.map((w) => w.code).sort()).toEqual([...outcome.warnings].sort())
    if (outcome.bodyIncludes !== undefined) expect(report.body).toContain(outcome.bodyIncludes)
    if (outcome.bodyExcludes !== undefined) expect(report.body).not.toContain(outcome.bodyExcludes)
  })
})

describe('pages too large or too odd to commit', () => {
  const page = readFileSync(fileURLToPath(new URL('../fixtures/pages/annual-report-current-location/input.txt', import.meta.url)), 'utf8')

  it('a 40 MB page parses, and --max-bytes below its size refuses it', async () => {
    const big = join(work, 'big.txt')
    writeFileSync(big, page.repeat(Math.ceil(40e6 / Buffer.byteLength(page))))
    const ok = await runParseTask({ file: big, path: 'big.txt', options: {}, output: 'ndjson', maxBytes: 64 * 1024 * 1024, debug: false })
    expect(ok.error).toBeUndefined()
    expect((JSON.parse(ok.json as string) as Report).title).toBe('青漳县人民政府关于2021年度法治政府建设工作情况的报告')
    const refused = await runParseTask({ file: big, path: 'big.txt', options: {}, output: 'ndjson', maxBytes: 1024 * 1024, debug: false })
    expect(refused.error).toMatch(/^\d+ bytes, more than the limit of 1048576 \(--max-bytes\)$/)
  })

  it('one 5 MB line parses', () => {
    const prose = (parseReport(page).sections[0]?.children[0]?.children[0]?.text ?? '').replace(/\n/g, '')
    expect(prose.length).toBeGreaterThan(20)
    const line = prose.repeat(Math.ceil(5e6 / Buffer.byteLength(prose)))
    const report = parseReport(line)
    expect(report.body.length).toBeGreaterThan(1e6)
    expect(report.body.includes('\n')).toBe(false)
  })

  it('100 000 nested elements parse', () => {
    const n = 100_000
    const html = `<html><body>${'<div>'.repeat(n)}<p>某县人民政府关于2022年度法治政府建设情况的报告</p>${'</div>'.repeat(n)}</body></html>`
    expect(parseReport(html, { format: 'html' }).title).toBe('某县人民政府关于2022年度法治政府建设情况的报告')
  })
})

describe('files that vanish, loop, cannot be read or are folders', () => {
  it('a file deleted between listing and reading is reported, not fatal', async () => {
    const gone = join(work, 'gone.txt')
    writeFileSync(gone, '关于某事的通知')
    unlinkSync(gone)
    expect((await runParseTask({ file: gone, path: 'gone.txt', options: {}, output: 'ndjson', maxBytes: 1e6, debug: false })).error).toBe('no such file or directory')
  })

  it.skipIf(process.getuid?.() === 0)('an unreadable file is reported', async () => {
    const locked = join(work, 'locked.txt')
    writeFileSync(locked, '关于某事的通知')
    chmodSync(locked, 0)
    expect((await runParseTask({ file: locked, path: 'locked.txt', options: {}, output: 'ndjson', maxBytes: 1e6, debug: false })).error).toBe('permission denied')
  })

  it('names the reason of a read the system refuses, even where the tests run as root', async () => {
    // root reads a file of mode 000, so the test above cannot run there; the message is the same function's
    const refused = (code: string) => describeFsError(Object.assign(new Error(`${code}: open 'x.txt'`), { code }))
    expect(['EACCES', 'EPERM', 'ENOENT', 'EISDIR', 'ELOOP'].map(refused)).toEqual([
      'permission denied',
      'permission denied',
      'no such file or directory',
      'is a directory',
      'too many levels of symbolic links',
    ])
    const folder = join(work, 'named-like-a-page.html')
    mkdirSync(folder)
    expect((await runParseTask({ file: folder, path: 'named-like-a-page.html', options: {}, output: 'ndjson', maxBytes: 1e6, debug: false })).error).toBe('is a directory')
  })

  it('an internal error is one line with the reason, and the stack only with --debug', async () => {
    const task = { bytes: { length: 3 } as unknown as Uint8Array, path: 'x.txt', options: {}, output: 'ndjson' as const, maxBytes: 1e6 }
    const plain = (await runParseTask({ ...task, debug: false })).error ?? ''
    expect(plain).toMatch(/^internal error: \S.*$/)
    const debug = (await runParseTask({ ...task, debug: true })).error ?? ''
    expect(debug.startsWith(`${plain}\n`)).toBe(true)
    expect(debug).toMatch(/\n\s+at /)
  })

  it('a symlink loop and a folder named x.html: the batch reports the loop and goes on', () => {
    const dir = join(work, 'odd')
    mkdirSync(join(dir, 'x.html'), { recursive: true })
    symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'))
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'))
    writeFileSync(join(dir, 'page.txt'), '某县人民政府关于2022年度法治政府建设情况的报告\n　　2022年，我县坚持依法行政，推进法治政府建设。')
    const result = runCli(['parse', dir])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('a.txt: too many levels of symbolic links')
    expect(result.stderr).toContain('b.txt: too many levels of symbolic links')
    expect(result.stderr).not.toContain('x.html')
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
  })
})
