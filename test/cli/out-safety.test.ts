/**
 * `--out DIR` writes inside DIR whatever the inputs are called, never over an input, each file
 * whole (a temporary name renamed); an interrupted batch leaves only complete files; the input
 * tree is never modified.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO, runCli } from '../helpers/run-cli.js'
import { fingerprint } from '../helpers/tree.js'

const work = mkdtempSync(join(tmpdir(), 'lawgov-out-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const PAGE = readFileSync(join(REPO, 'fixtures/seeds/001-annual-report-site-footer/input.txt'))
const SHORT_PAGE = Buffer.from('某县人民政府关于2023年度法治政府建设情况的报告\n\n一、主要举措\n全面推进依法行政。\n\n某县人民政府\n2024年1月20日\n')

/** Every file under `dir`, relative, sorted. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()

/** A fresh folder under the work folder. */
let folders = 0
const folder = (...files: [string, Buffer | string][]) => {
  const dir = join(work, `case${++folders}`)
  mkdirSync(dir, { recursive: true })
  for (const [name, content] of files) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

describe('lawgov parse --out', () => {
  it('gives every page its own file inside DIR, whatever the names', () => {
    const names = [
      'a b.txt',
      '全角　空格.txt',
      'e\u0301cole.txt', // NFD
      'école.txt', // NFC: another name
      'line\nbreak.txt',
      '-rf.txt',
      'dots..txt',
      'same.txt',
      'same.html',
      'same~2.txt',
      'deep/er/page.txt',
    ]
    const crawl = folder(...names.map((name): [string, Buffer] => [name, SHORT_PAGE]))
    const before = fingerprint(crawl)
    const out = join(work, 'odd-out')
    const result = runCli(['parse', crawl, '--out', out])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(filesUnder(out)).toEqual(
      [
        'a b.json',
        '全角　空格.json',
        'e\u0301cole.json',
        'école.json',
        'line\nbreak.json',
        '-rf.json',
        'dots..json',
        'same.txt.json',
        'same.html.json',
        'same~2.json',
        'deep/er/page.json',
      ].sort(),
    )
    expect(fingerprint(crawl)).toEqual(before)
  })

  it('keeps the outputs of a glob reaching up with ../ inside DIR', () => {
    const crawl = folder(['up/a.txt', SHORT_PAGE], ['up/b.txt', SHORT_PAGE], ['here/x.txt', ''])
    const out = join(crawl, 'here/out')
    const result = runCli(['parse', '../up/*.txt', `${crawl}/up/*.txt`, '--out', 'out'], { cwd: join(crawl, 'here') })
    expect(result.stderr).toBe('')
    expect(filesUnder(out)).toEqual(['a.json', 'a~2.json', 'b.json', 'b~2.json'])
    expect(existsSync(join(crawl, 'a.json')) || existsSync(join(crawl, 'up/a.json'))).toBe(false)
  })

  it('writes two files of the same name from different folders side by side', () => {
    const crawl = folder(['x/page.txt', SHORT_PAGE], ['y/page.txt', PAGE])
    const out = join(work, 'same-name-out')
    const result = runCli(['parse', join(crawl, 'x/page.txt'), join(crawl, 'y/page.txt'), '--out', out])
    expect(result.status).toBe(0)
    expect(filesUnder(out)).toEqual(['page.json', 'page~2.json'])
    const titles = filesUnder(out).map((name) => (JSON.parse(readFileSync(join(out, name), 'utf8')) as { title: string }).title)
    expect(new Set(titles).size).toBe(2)
  })

  it('never writes over an input', () => {
    const crawl = folder(['notes.json', SHORT_PAGE])
    const before = fingerprint(crawl)
    const result = runCli(['parse', join(crawl, 'notes.json'), '--out', crawl])
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n')[0]).toBe(`lawgov: ${join(crawl, 'notes.json')}: output would overwrite an input`)
    expect(fingerprint(crawl)).toEqual(before)
  })

  it('never writes through a link that leads out of DIR', () => {
    const crawl = folder(['site/a.txt', SHORT_PAGE], ['site/b.txt', SHORT_PAGE])
    const elsewhere = folder()
    const out = join(work, 'linked-out')
    mkdirSync(out)
    symlinkSync(elsewhere, join(out, 'site'))
    const result = runCli(['parse', crawl, '--out', out])
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      `lawgov: site/a.txt: output would be written outside ${out} (through a symbolic link)`,
      `lawgov: site/b.txt: output would be written outside ${out} (through a symbolic link)`,
    ])
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it('reports a name the file system refuses, and writes the rest', () => {
    const long = `${'页'.repeat(83)}.txt` // 249 + 4 bytes: the .json name is 254, still fine
    const tooLong = `${'a'.repeat(251)}.txt` // 255 bytes: the .json name would be 256
    const crawl = folder([long, SHORT_PAGE], [tooLong, SHORT_PAGE])
    const out = join(work, 'long-out')
    const result = runCli(['parse', crawl, '--out', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`lawgov: ${tooLong}: cannot write the output: `)
    expect(filesUnder(out)).toEqual([`${'页'.repeat(83)}.json`])
  })
})

const PAGES = 1000

describe('an interrupted batch', () => {
  const crawl = join(work, 'many')
  // enough pages (about 13 MB) that the batch is still running when the signal comes, on threads
  for (let i = 0; i < PAGES; i++) {
    mkdirSync(join(crawl, `s${i % 4}`), { recursive: true })
    writeFileSync(join(crawl, `s${i % 4}`, `${String(i).padStart(4, '0')}.txt`), PAGE)
  }

  /** Start a batch, interrupt it once `ready` holds (or after a delay), wait for it to end. */
  async function interrupt(out: string, when: { files?: number; ms?: number }): Promise<{ code: number | null; signal: string | null }> {
    const child = spawn(process.execPath, [join(REPO, 'bin/lawgov.js'), 'parse', crawl, '--out', out, '-j', '2'], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      stdio: 'ignore',
    })
    const closed = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })))
    if (when.ms !== undefined) await new Promise((resolve) => setTimeout(resolve, when.ms))
    else {
      while (!existsSync(out) || filesUnder(out).filter((name) => name.endsWith('.json')).length < (when.files ?? 1)) {
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    }
    child.kill('SIGINT')
    return closed
  }

  it('leaves only complete files, whatever the moment', async () => {
    const before = fingerprint(crawl)
    const complete = join(work, 'complete')
    expect(runCli(['parse', crawl, '--out', complete]).status).toBe(0)
    for (const [i, when] of [{ ms: 150 }, { files: 1 }, { files: 37 }, { files: 150 }].entries()) {
      const out = join(work, `interrupted${i}`)
      const { code, signal } = await interrupt(out, when)
      const left = existsSync(out) ? filesUnder(out) : []
      // 130 once the batch has begun; before that, Node's own handling of the signal ends it
      if (code !== 130) expect({ signal, left }).toEqual({ signal: 'SIGINT', left: [] })
      expect(left.length).toBeLessThan(PAGES)
      for (const name of left) {
        expect(name.endsWith('.json') && !name.split('/').pop()?.startsWith('.'), name).toBe(true)
        expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(complete, name), 'utf8'))
      }
    }
    expect(fingerprint(crawl)).toEqual(before)
  }, 120_000)
})
