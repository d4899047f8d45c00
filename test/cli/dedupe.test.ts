/** `lawgov parse --dedupe`, the copies and cited documents of `lawgov stats`, and the copies on the
 *  review site: the real binary on a batch of pages and their copies. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { load } from 'cheerio'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const work = mkdtempSync(join(tmpdir(), 'lawgov-dedupe-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// a batch: two seeds, each with two copies in other forms, and a third seed alone
const batch = join(work, 'batch')
const seed = (name: string, copy: string, as: string) => {
  mkdirSync(join(batch, name), { recursive: true })
  cpSync(copy, join(batch, name, as))
}
seed('a', 'fixtures/seeds/001-annual-report-site-footer/input.txt', 'plain.txt')
seed('a', 'fixtures/equivalence/seeds-001-annual-report-site-footer/traditional.txt', 'traditional.txt')
seed('a', 'fixtures/equivalence/seeds-001-annual-report-site-footer/template-a.html', 'template-a.html')
seed('b', 'fixtures/seeds/002-notice-enclosing-damaged-plan/input.txt', 'plain.txt')
seed('b', 'fixtures/equivalence/seeds-002-notice-enclosing-damaged-plan/gbk.txt', 'gbk.txt')
seed('b', 'fixtures/equivalence/seeds-002-notice-enclosing-damaged-plan/template-c.html', 'template-c.html')
seed('c', 'fixtures/seeds/004-disclosure-label-value-lines/input.txt', 'plain.txt')

interface Row {
  source: { path: string; url: string | null }
  duplicateOf: string | null
}
const rows = (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Row)

describe('lawgov parse --dedupe', () => {
  it('sets duplicateOf on every copy to the page kept, in input order; the kept and the lone pages keep null', () => {
    const result = runCli(['parse', batch, '--dedupe', '-j', '2'])
    expect(result.status).toBe(0)
    const reports = rows(result.stdout)
    const plain = rows(runCli(['parse', batch]).stdout)
    expect(reports.map((r) => r.source.path)).toEqual(plain.map((r) => r.source.path))
    const byFolder = (folder: string) => reports.filter((r) => r.source.path.startsWith(`${folder}/`))
    // seed 001's dumps kept its footer, whose 网站标识码 only a government site carries: all three
    // pages are an official site's, equally complete, and the first in input order is kept
    const a = byFolder('a')
    expect(a.map((r) => r.duplicateOf)).toEqual([null, 'a/plain.txt', 'a/plain.txt'])
    // of seed 002, only the template declares an address on a .gov.cn host: it is kept over the dumps
    const b = byFolder('b')
    expect(b.map((r) => [r.source.path, r.duplicateOf])).toEqual([
      ['b/gbk.txt', 'b/template-c.html'],
      ['b/plain.txt', 'b/template-c.html'],
      ['b/template-c.html', null],
    ])
    expect(byFolder('c')[0]?.duplicateOf).toBeNull()
    // nothing but duplicateOf differs from the Reports without --dedupe
    reports.forEach((report, i) => expect({ ...report, duplicateOf: null }).toEqual(plain[i]))
  })

  it('writes the copies’ files with their duplicateOf under --out, and one JSON array with -f json', () => {
    const out = join(work, 'out')
    expect(runCli(['parse', batch, '--dedupe', '--out', out]).status).toBe(0)
    const written = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8')) as Row
    expect(written('b/plain.json').duplicateOf).toBe('b/template-c.html')
    expect(written('a/template-a.json').duplicateOf).toBe('a/plain.txt')
    expect(written('b/template-c.json').duplicateOf).toBeNull()
    expect(readdirSync(join(out, 'a')).filter((name) => name.startsWith('.'))).toEqual([])
    const array = JSON.parse(runCli(['parse', batch, '--dedupe', '-f', 'json']).stdout) as Row[]
    expect(array.map((r) => r.duplicateOf)).toEqual(rows(runCli(['parse', batch, '--dedupe']).stdout).map((r) => r.duplicateOf))
    const pretty = runCli(['parse', join(batch, 'b'), '--dedupe', '--pretty']).stdout
    expect(pretty).toContain('"duplicateOf": "template-c.html"')
  })

  it('groups the pages of a stream (--stdin-ndjson) as well', () => {
    const lines = ['a/plain.txt', 'a/traditional.txt', 'c/plain.txt'].map((path) => JSON.stringify({ path, content: readFileSync(join(batch, path), 'utf8') }))
    const result = runCli(['parse', '--stdin-ndjson', '--dedupe'], { input: `${lines.join('\n')}\n` })
    expect(result.status).toBe(0)
    expect(rows(result.stdout).map((r) => [r.source.path, r.duplicateOf])).toEqual([
      ['a/plain.txt', null],
      ['a/traditional.txt', 'a/plain.txt'],
      ['c/plain.txt', null],
    ])
  })

  it('refuses --skip-existing, which would leave pages out of the grouping', () => {
    const result = runCli(['parse', batch, '--dedupe', '--out', join(work, 'skip'), '--skip-existing'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--dedupe/)
  })
})

describe('lawgov stats: copies and cited documents', () => {
  it('counts the distinct documents, lists the groups with the page kept, and ranks the cited documents', () => {
    const stats = JSON.parse(runCli(['stats', batch, '--json']).stdout) as {
      documents: number
      distinctDocuments: number
      duplicates: { keep: string; copies: string[] }[]
      mostCited: { title: string | null; docNumber: string | null; kind: string | null; pages: number; mentions: number }[]
    }
    expect(stats.documents).toBe(7)
    expect(stats.distinctDocuments).toBe(3)
    expect(stats.duplicates).toEqual([
      { keep: 'a/plain.txt', copies: ['a/template-a.html', 'a/traditional.txt'] },
      { keep: 'b/template-c.html', copies: ['b/gbk.txt', 'b/plain.txt'] },
    ])
    // each copy of seed 001 cites the 条例 in its drafts: three pages, three mentions each
    expect(stats.mostCited.find((c) => c.title === '阳江市漠阳江流域保护条例')).toEqual({ title: '阳江市漠阳江流域保护条例', docNumber: null, kind: '地方性法规', pages: 3, mentions: 9 })
    expect(stats.mostCited.find((c) => c.docNumber === '泸办发〔2016〕65号')?.pages).toBe(1)
    const pages = stats.mostCited.map((c) => c.pages)
    expect(pages).toEqual([...pages].sort((a, b) => b - a))
    const table = runCli(['stats', batch]).stdout
    expect(table).toMatch(/\ndistinct documents +3\n/)
    expect(table).toMatch(/\n {2}a\/plain\.txt +3\n {4}a\/template-a\.html\n {4}a\/traditional\.txt\n/)
    expect(table).toMatch(/\nmost cited documents \(pages citing\)\n/)
  })
})

describe('lawgov review: citations and copies', () => {
  it('shows each document’s citations, and on each page of a group its copies, linked', () => {
    const out = join(work, 'site')
    expect(runCli(['review', batch, '--out', out]).status).toBe(0)
    const page = load(readFileSync(join(out, 'documents/a/plain.html'), 'utf8'))
    expect(page('[data-citation]').text()).toContain('《阳江市漠阳江流域保护条例》')
    const copies = page('#copies-title').parent()
    expect(copies.find('a').map((_, a) => page(a).attr('href')).get().sort()).toEqual(['template-a.html', 'traditional.html'])
    expect(copies.find('[aria-current="page"]').text()).toContain('a/plain.txt')
    const lone = readFileSync(join(out, 'documents/c/plain.html'), 'utf8')
    expect(lone).not.toContain('copies-title')
    const index = load(readFileSync(join(out, 'index.html'), 'utf8'))
    expect(index('[data-stat="distinctDocuments"] .n').text()).toBe('3')
    expect(index('.copies > li')).toHaveLength(2)
  })
})
