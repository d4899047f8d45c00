/** The real binary, spawned as users run it, with NO_COLOR=1: stdout, stderr and exit status. */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO, runCli } from '../helpers/run-cli.js'

const work = mkdtempSync(join(tmpdir(), 'lawgov-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const SEED = 'fixtures/seeds/001-annual-report-site-footer/input.txt'

describe('lawgov parse', () => {
  it('prints one NDJSON line per page of a folder, in sorted path order, and nothing on stderr', () => {
    const result = runCli(['parse', 'fixtures/seeds'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(5)
    const paths = lines.map((line) => (JSON.parse(line) as { source: { path: string } }).source.path)
    expect(paths).toEqual([...paths].sort())
    expect(paths[0]).toBe('000-midterm-evaluation-report/input.txt')
  })

  it('records a file path as given and prints indented JSON with --pretty', () => {
    const result = runCli(['parse', SEED, '--pretty'])
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as { source: { path: string }; title: string }
    expect(report.source.path).toBe(SEED)
    expect(report.title).toBe('阳江市人民政府关于2017年度法治政府建设情况的报告')
    expect(result.stdout).toMatch(/^\{\n {2}"schemaVersion": 2,/)
  })

  it('writes one <name>.json per page under --out, mirroring relative paths', () => {
    const out = join(work, 'out')
    const result = runCli(['parse', 'fixtures/seeds', '--out', out])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    const written = JSON.parse(readFileSync(join(out, '002-notice-enclosing-damaged-plan/input.json'), 'utf8')) as { docNumber: string }
    expect(written.docNumber).toBe('娄发〔2017〕4号')
  })

  it('keeps ASCII punctuation with --keep-punctuation', () => {
    const result = runCli(['parse', SEED, '--keep-punctuation'])
    expect((JSON.parse(result.stdout) as { body: string }).body).toContain('2017年,我市政府')
  })

  it('reports a missing file on stderr, goes on with the rest and exits 1', () => {
    const result = runCli(['parse', 'no/such/page.txt', SEED])
    expect(result.status).toBe(1)
    const [error, summary, ...rest] = result.stderr.trimEnd().split('\n')
    expect(error).toBe('lawgov: no/such/page.txt: no such file or directory')
    expect(summary).toMatch(/^lawgov: parsed 1, failed 1, repairs 0, warnings \d+, [\d.]+ s$/)
    expect(rest).toEqual([])
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
  })

  it('reports a folder without pages', () => {
    const empty = join(work, 'empty')
    mkdirSync(empty)
    writeFileSync(join(empty, 'notes.md'), '# not a page')
    const result = runCli(['parse', empty])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('no pages found')
  })

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', () => {
    const file = join(work, 'locked.txt')
    writeFileSync(file, '关于某事的通知')
    chmodSync(file, 0)
    const result = runCli(['parse', file])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('permission denied')
  })

  it.runIf(existsSync('/proc/self/mem'))('reports a file the system cannot read, even when the tests run as root', () => {
    // reading /proc/self/mem from its start fails with EIO for every user, root included
    const link = join(work, 'unreadable.txt')
    symlinkSync('/proc/self/mem', link)
    const result = runCli(['parse', link, SEED])
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n')[0]).toBe(`lawgov: ${link}: the file cannot be read (input/output error)`)
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
  })

  it('exits 2 on a bad flag or a missing argument, with usage on stderr', () => {
    const bad = runCli(['parse', SEED, '--no-such-flag'])
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toContain("unknown option '--no-such-flag'")
    expect(runCli(['parse']).status).toBe(2)
    expect(runCli(['frobnicate']).status).toBe(2)
  })

  it('prints help with examples for every command, and the version', () => {
    for (const command of ['parse', 'check', 'stats', 'schema']) {
      const help = runCli([command, '--help'])
      expect(help.status, command).toBe(0)
      expect(help.stdout, command).toMatch(new RegExp(`^Usage: lawgov ${command} `))
      expect(help.stdout, command).toContain(`Examples:\n  $ lawgov ${command}`)
      expect(help.stderr, command).toBe('')
    }
    const top = runCli(['--help'])
    expect(top.stdout).toMatch(/parse .*\n.*check .*\n.*stats .*\n.*schema /s)
    const version = runCli(['--version'])
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version)
  })
})

describe('lawgov check', () => {
  it('passes on the bundled fixtures (the same function the test suite uses)', () => {
    const result = runCli(['check', 'fixtures/seeds'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('PASS 000-midterm-evaluation-report')
    expect(result.stderr).toContain('5 of 5 cases pass')
  })

  it('exits 1 with a field-level diff on a mismatch, 2 on a malformed case', () => {
    const cases = join(work, 'cases')
    cpSync(join(REPO, 'fixtures/seeds/001-annual-report-site-footer'), join(cases, 'changed'), { recursive: true })
    const expectedPath = join(cases, 'changed/expected.json')
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { title: string }
    expected.title = '另一个标题'
    writeFileSync(expectedPath, JSON.stringify(expected, null, 2))
    const mismatch = runCli(['check', cases])
    expect(mismatch.status).toBe(1)
    expect(mismatch.stderr).toContain('FAIL changed')
    expect(mismatch.stderr).toContain('$.title')
    expect(mismatch.stderr).toContain('expected "另一个标题"')

    mkdirSync(join(cases, 'broken'))
    writeFileSync(join(cases, 'broken/input.txt'), '关于某事的通知')
    const malformed = runCli(['check', cases])
    expect(malformed.status).toBe(2)
    expect(malformed.stderr).toContain('expected.json is missing')
  })

  it('compares only --fields, and fails a case that leaves a --require field empty', () => {
    const cases = join(work, 'fields')
    cpSync(join(REPO, 'fixtures/seeds/001-annual-report-site-footer'), join(cases, 'report'), { recursive: true })
    cpSync(join(REPO, 'fixtures/seeds/003-interpretation-without-title'), join(cases, 'untitled'), { recursive: true })
    const expectedPath = join(cases, 'report/expected.json')
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { title: string }
    expected.title = '另一个标题'
    writeFileSync(expectedPath, JSON.stringify(expected, null, 2))

    const outside = runCli(['check', cases, '--fields', 'kind,dates.signed,sections'])
    expect(outside.stderr).toContain('2 of 2 cases pass')
    expect(outside.status).toBe(0)
    const inside = runCli(['check', cases, '--fields', 'kind, title'])
    expect(inside.status).toBe(1)
    expect(inside.stderr).toContain('FAIL report\n  $.title\n    expected "另一个标题"\n')

    const required = runCli(['check', cases, '--fields', 'kind', '--require', 'title,dates.published'])
    expect(required.status).toBe(1)
    expect(required.stderr).toContain('FAIL untitled\n  $.title\n    required, but empty\n')
    expect(required.stderr).toContain('PASS report')
    expect(required.stderr).toContain('1 of 2 cases pass, 1 fail')

    const unknown = runCli(['check', cases, '--require', 'title,dates.sent'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toBe('lawgov: --require: not a field of the Report: dates.sent (see lawgov schema)\n')
    expect(runCli(['check', cases, '--fields', ',']).status).toBe(2)
  })

  it('exits 2 on a folder that is missing or holds no case', () => {
    const missing = runCli(['check', 'no/such/dir'])
    expect(missing).toEqual({ status: 2, stdout: '', stderr: 'lawgov: no/such/dir: no such folder\n' })
    const empty = join(work, 'no-cases')
    mkdirSync(empty)
    expect(runCli(['check', empty]).stderr).toBe(`lawgov: ${empty}: no fixture cases (folders with input.* and expected.json)\n`)
  })

  it('colours its report only when asked: FORCE_COLOR on, NO_COLOR (the default of these tests) off', () => {
    const plain = runCli(['check', 'fixtures/seeds'])
    expect(plain.stderr).not.toContain('\u001b[')
    const coloured = runCli(['check', 'fixtures/seeds'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })
    expect(coloured.stderr).toContain('\u001b[32mPASS\u001b[39m 000-midterm-evaluation-report')
    const missing = runCli(['parse', 'no/such/page.txt'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })
    expect(missing.stderr).toContain('\u001b[31mlawgov:\u001b[39m no/such/page.txt: no such file or directory')
  })

  it('rewrites expectations with --update', () => {
    const cases = join(work, 'update')
    cpSync(join(REPO, 'fixtures/seeds/003-interpretation-without-title'), join(cases, 'one'), { recursive: true })
    rmSync(join(cases, 'one/expected.json'))
    expect(runCli(['check', cases, '--update']).status).toBe(0)
    expect(existsSync(join(cases, 'one/expected.json'))).toBe(true)
    expect(runCli(['check', cases]).status).toBe(0)
  })
})

describe('lawgov parse into a closed pipe', () => {
  it('stops quietly when the reader goes away (lawgov parse … | head -1)', async () => {
    const { spawn } = await import('node:child_process')
    const child = spawn(process.execPath, [join(REPO, 'bin/lawgov.js'), 'parse', 'fixtures/pages', 'fixtures/pages', 'fixtures/pages'], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(status).toBe(0)
  })
})

describe('lawgov parse --learn-chrome', () => {
  it('removes a line repeated across one site’s pages and nothing else', () => {
    const site = join(work, 'crawl/qinghe')
    mkdirSync(site, { recursive: true })
    const towns = ['城关镇', '河口镇', '石桥乡', '龙泉街道']
    towns.forEach((town, i) =>
      writeFileSync(
        join(site, `${i}.txt`),
        ['※ 清河在线 · 智慧政务 ※', `清河县${town}2022年度法治政府建设情况报告`, `  2022年，${town}坚持依法行政，全年办理行政许可事项${120 + i}件，法治政府建设取得新进展。`, `  清河县${town}人民政府`, '  2023年2月10日'].join('\n'),
      ),
    )
    const plain = runCli(['parse', join(work, 'crawl')])
    const learnt = runCli(['parse', join(work, 'crawl'), '--learn-chrome'])
    expect(learnt.status).toBe(0)
    const rules = (stdout: string) => stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { removed: { rule: string }[] }).removed.map((r) => r.rule))
    expect(rules(plain.stdout)).toEqual(towns.map(() => []))
    expect(rules(learnt.stdout)).toEqual(towns.map(() => ['chrome/site-repeated']))
  })
})

describe('lawgov parse --no-convert', () => {
  it('keeps the body of a Traditional page as printed; metadata stays Simplified', () => {
    const page = 'fixtures/pages/traditional-mirror-pinyin/input.txt'
    const converted = JSON.parse(runCli(['parse', page]).stdout) as { title: string; body: string; source: { script: string } }
    const kept = JSON.parse(runCli(['parse', page, '--no-convert']).stdout) as { title: string; body: string; sections: { heading: string }[] }
    expect(converted.source.script).toBe('traditional')
    expect(kept.title).toBe(converted.title)
    expect(kept.body).toContain('關於2022年度法治政府建設情況的報告')
    expect(converted.body).toContain('关于2022年度法治政府建设情况的报告')
    expect(kept.sections[0]?.heading).toBe('2022年度推進法治政府建設的主要舉措和成效')
  })
})

describe('lawgov parse for batches', () => {
  it('gives the same bytes for every number of threads, on the whole fixture set', () => {
    // fixtures/ holds the bad pages too: the failures must come out the same, in the same order
    const runs = ['1', '2', '3'].map((threads) => runCli(['parse', 'fixtures', '-j', threads]))
    const withoutTime = (stderr: string) => stderr.replace(/, [\d.]+ s\n$/, '\n')
    expect(runs[0]?.stdout.split('\n').length).toBeGreaterThan(400)
    expect(runs[0]?.stderr).toContain('binary file (PNG image)')
    for (const run of runs.slice(1)) {
      expect(run.status).toBe(runs[0]?.status)
      expect(run.stdout === runs[0]?.stdout).toBe(true)
      expect(withoutTime(run.stderr)).toBe(withoutTime(runs[0]?.stderr ?? ''))
    }
  })

  it('writes one JSON array with --format json', () => {
    const result = runCli(['parse', 'fixtures/seeds', '--format', 'json'])
    const reports = JSON.parse(result.stdout) as { source: { path: string } }[]
    expect(reports.map((r) => r.source.path)).toHaveLength(5)
  })

  it('reads one page from stdin with -, and pages matching a glob', () => {
    const stdin = runCli(['parse', '-'], { input: readFileSync(join(REPO, SEED), 'utf8') })
    expect((JSON.parse(stdin.stdout) as { source: { path: string }; title: string }).title).toBe('阳江市人民政府关于2017年度法治政府建设情况的报告')
    const glob = runCli(['parse', 'fixtures/seeds/00[12]*/input.txt'])
    expect(glob.stdout.trimEnd().split('\n')).toHaveLength(2)
  })

  it('refuses pages over --max-bytes and stops at the first failure with --fail-fast', () => {
    const limited = runCli(['parse', 'fixtures/seeds', '--max-bytes', '14K'])
    expect(limited.status).toBe(1)
    expect(limited.stderr).toContain('more than the limit of 14336 (--max-bytes)')
    expect(limited.stdout.trimEnd().split('\n')).toHaveLength(2) // 001 (13.5 KB) and 003 (10.9 KB)
    const fast = runCli(['parse', 'fixtures/seeds', '--max-bytes', '14K', '--fail-fast'])
    expect(fast.stdout).toBe('')
    expect(fast.stderr.split('\n').filter((l) => l.includes('--max-bytes'))).toHaveLength(1)
  })

  it('exits 2 on a bad --concurrency or --max-bytes', () => {
    expect(runCli(['parse', SEED, '-j', '0']).status).toBe(2)
    expect(runCli(['parse', SEED, '--max-bytes', 'lots']).stderr).toContain('--max-bytes takes a size')
  })
})

describe('lawgov stats', () => {
  it('prints a table of the corpus on stdout', () => {
    const result = runCli(['stats', 'fixtures/seeds'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^documents +5\nfailed +0\n/)
    expect(result.stdout).toMatch(/\n {2}title +4 +80\.0%\n/) // 003 is an interpretation without a title
    expect(result.stdout).toMatch(/\n {2}sections +5 +100\.0%\n/)
    expect(result.stdout).toMatch(/\nrepairs by rule\n {2}repair\/\S+ +\d+\n/)
    expect(result.stdout).toMatch(/\nchrome removed by rule\n {2}chrome\/\S+ +\d+\n/)
  })

  it('gives with --json what the library counts from the same Reports', async () => {
    const { corpusStats, parseReport } = await import('../../src/index.js')
    const result = runCli(['stats', 'fixtures/seeds', 'fixtures/pages', '--json', '-j', '2'])
    expect(result.status).toBe(0)
    const ndjson = runCli(['parse', 'fixtures/seeds', 'fixtures/pages'])
    const reports = ndjson.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as ReturnType<typeof parseReport>)
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(corpusStats(reports))))
    const stats = JSON.parse(result.stdout) as { documents: number; coverage: Record<string, number>; encodings: Record<string, number> }
    expect(stats.documents).toBe(reports.length)
    expect(stats.coverage.title).toBe(reports.filter((r) => r.title !== null).length)
    expect(stats.coverage['dates.signed']).toBe(reports.filter((r) => r.dates.signed !== null).length)
    expect(Object.values(stats.encodings).reduce((a, b) => a + b, 0)).toBe(reports.length)
  })

  it('counts and lists the pages that fail, and exits 1', () => {
    const result = runCli(['stats', SEED, 'fixtures/bad/png-renamed/input.html', 'no/such/dir', '--json'])
    expect(result.status).toBe(1)
    const stats = JSON.parse(result.stdout) as { documents: number; failed: number; failures: { path: string; reason: string }[] }
    expect(stats).toMatchObject({ documents: 1, failed: 2 })
    expect(stats.failures).toEqual([
      { path: 'no/such/dir', reason: 'no such file or directory' },
      { path: 'fixtures/bad/png-renamed/input.html', reason: 'binary file (PNG image), not a web page' },
    ])
    expect(result.stderr).toContain('lawgov: fixtures/bad/png-renamed/input.html: binary file (PNG image), not a web page')
    expect(runCli(['stats']).status).toBe(2)
  })
})

describe('lawgov schema', () => {
  it('prints the JSON Schema on stdout, nothing else', () => {
    const result = runCli(['schema'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect((JSON.parse(result.stdout) as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(runCli(['schema', 'extra']).status).toBe(2)
  })
})
