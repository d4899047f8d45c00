/**
 * Large corpora through other tools: a list of paths from a file or stdin (NUL-separated as find
 * -print0 writes it), disjoint shards whose union is the whole run, pages streamed as NDJSON on
 * stdin, and a stopped batch resumed with --skip-existing.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO, runCli } from '../helpers/run-cli.js'

const work = mkdtempSync(join(tmpdir(), 'lawgov-scale-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const PAGES = join(REPO, 'fixtures/pages')
const lines = (stdout: string) => stdout.trimEnd().split('\n').filter((l) => l !== '')
/** The inputs of fixtures/pages, relative to it, as a folder run lists them. */
const inputs = readdirSync(PAGES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) => readdirSync(join(PAGES, e.name)).filter((f) => f.startsWith('input.')).map((f) => `${e.name}/${f}`))
  .sort()
const whole = runCli(['parse', '.'], { cwd: PAGES })

describe('--files-from', () => {
  it('reads one path per line, or per NUL with -0, and gives what the folder gives', () => {
    expect(whole.status).toBe(0)
    const byLine = runCli(['parse', '--files-from', '-'], { cwd: PAGES, input: `${inputs.join('\n')}\n` })
    expect(byLine.stdout).toBe(whole.stdout)
    const list = join(work, 'list0')
    writeFileSync(list, inputs.join('\0'))
    const byNul = runCli(['parse', '--files-from', list, '-0'], { cwd: PAGES })
    expect(byNul.stdout).toBe(whole.stdout)
  })

  it('reports a listed path that is missing, and a list that is', () => {
    const result = runCli(['parse', '--files-from', '-'], { cwd: PAGES, input: `${inputs[0]}\nno/such.txt\n` })
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n')[0]).toBe('lawgov: no/such.txt: no such file or directory')
    expect(runCli(['parse', '--files-from', join(work, 'no-list')]).stderr).toBe(`lawgov: --files-from ${join(work, 'no-list')}: no such file or directory\n`)
  })
})

describe('--shard', () => {
  it('splits a run into disjoint shards whose union, sorted, is the whole run', () => {
    const N = 4
    const args = (k: number) => ['parse', '.', '--shard', `${k}/${N}`]
    let shards: string[]
    const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' })
    if (parallel.status === 0) {
      // GNU parallel runs the shards side by side, as across cores or hosts
      const result = spawnSync('parallel', ['-k', `${process.execPath} ${join(REPO, 'bin/lawgov.js')} parse . --shard {}/${N}`, ':::', '1', '2', '3', '4'], { cwd: PAGES, encoding: 'utf8', maxBuffer: 1 << 30 })
      expect(result.status).toBe(0)
      shards = [result.stdout]
    } else {
      shards = [1, 2, 3, 4].map((k) => runCli(args(k), { cwd: PAGES }).stdout)
      const sizes = shards.map((s) => lines(s).length)
      expect(sizes.every((n) => n > 0)).toBe(true)
      const paths = shards.map((s) => new Set(lines(s).map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)))
      for (let a = 0; a < N; a++) for (let b = a + 1; b < N; b++) expect([...(paths[a] as Set<string>)].filter((p) => paths[b]?.has(p))).toEqual([])
    }
    expect(shards.flatMap(lines).sort()).toEqual(lines(whole.stdout).sort())
    expect(runCli(['parse', '.', '--shard', '0/4'], { cwd: PAGES }).status).toBe(2)
  })
})

describe('--stdin-ndjson', () => {
  it('gives one Report line per input line, in order, the same Reports as the files', () => {
    const stream = inputs.map((path) => {
      const bytes = readFileSync(join(PAGES, path))
      // text as text, HTML (and any page not in UTF-8) as base64
      return path.endsWith('.txt') && bytes.toString('utf8').includes('\ufffd') === false
        ? JSON.stringify({ path, content: bytes.toString('utf8') })
        : JSON.stringify({ path, base64: bytes.toString('base64') })
    })
    const result = runCli(['parse', '--stdin-ndjson', '-j', '2'], { input: `${stream.join('\n')}\n` })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(whole.stdout)
  })

  it('reports a bad line by its number and goes on', () => {
    const result = runCli(['parse', '--stdin-ndjson'], { input: 'not json\n{"path":"a.txt"}\n{"path":"b.txt","content":"关于印发某方案的通知"}\n' })
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n').slice(0, 2)).toEqual(['lawgov: stdin:1: not a JSON line', 'lawgov: a.txt: a line needs "content" (text) or "base64" (bytes)'])
    expect(lines(result.stdout).map((l) => (JSON.parse(l) as { title: string }).title)).toEqual(['关于印发某方案的通知'])
    expect(runCli(['parse', '--stdin-ndjson', '--out', work]).status).toBe(2)
    expect(runCli(['parse', 'x.txt', '--stdin-ndjson']).status).toBe(2)
  })
})

describe('--skip-existing', () => {
  const crawl = join(work, 'crawl')
  const PAGE = readFileSync(join(REPO, 'fixtures/seeds/001-annual-report-site-footer/input.txt'))
  const COUNT = 900
  for (let i = 0; i < COUNT; i++) {
    mkdirSync(join(crawl, `s${i % 3}`), { recursive: true })
    writeFileSync(join(crawl, `s${i % 3}`, `${String(i).padStart(4, '0')}.txt`), Buffer.concat([PAGE, Buffer.from(`\n第${i}页`)]))
  }
  const jsonFiles = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(dir, join(e.parentPath, e.name)))
          .sort()
      : []

  it('resumes a stopped batch: the outputs of an uninterrupted run, each page parsed once', async () => {
    const complete = join(work, 'complete')
    expect(runCli(['parse', crawl, '--out', complete]).status).toBe(0)
    const out = join(work, 'resumed')
    const child = spawn(process.execPath, [join(REPO, 'bin/lawgov.js'), 'parse', crawl, '--out', out], { stdio: 'ignore' })
    const closed = new Promise((resolve) => child.on('close', resolve))
    while (jsonFiles(out).length < COUNT / 3) await new Promise((resolve) => setTimeout(resolve, 5))
    child.kill('SIGINT')
    await closed
    const before = jsonFiles(out).length
    expect(before).toBeLessThan(COUNT)

    const resumed = runCli(['parse', crawl, '--out', out, '--skip-existing'])
    expect(resumed.status).toBe(0)
    const summary = /^lawgov: parsed (\d+), failed 0, skipped (\d+) already written, /.exec(resumed.stderr)
    expect(summary).not.toBeNull()
    expect([Number(summary?.[1]), Number(summary?.[2])]).toEqual([COUNT - before, before])
    expect(jsonFiles(out)).toEqual(jsonFiles(complete))
    for (const name of jsonFiles(complete)) expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(complete, name), 'utf8'))
  }, 120_000)

  it('parses a page again when its bytes changed, and needs --out', () => {
    const out = join(work, 'changed')
    const one = join(work, 'one')
    mkdirSync(one)
    writeFileSync(join(one, 'a.txt'), '某县人民政府关于2022年度法治政府建设情况的报告')
    expect(runCli(['parse', one, '--out', out]).status).toBe(0)
    writeFileSync(join(one, 'a.txt'), '某县人民政府关于2023年度法治政府建设情况的报告')
    const again = runCli(['parse', one, '--out', out, '--skip-existing'])
    expect(again.stderr).toBe('')
    expect((JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')) as { title: string }).title).toContain('2023')
    expect(runCli(['parse', one, '--skip-existing']).status).toBe(2)
  })
})
