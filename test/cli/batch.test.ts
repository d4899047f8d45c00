/**
 * A crawl as users have them: 10 000 pages of which 5% are bad (error pages, binaries saved as
 * .html, files over the size limit, broken and looping links). The batch must finish, name exactly
 * the bad ones, exit 1, write for every good page what a clean batch writes, and leave the
 * input tree as it found it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO, runCli } from '../helpers/run-cli.js'
import { fingerprint } from '../helpers/tree.js'

const PAGES = 10_000
const BAD_EVERY = 20 // 5%
const SITES = 20
/** Good pages are the fixtures' pages cut to this many bytes, so the batch stays quick. */
const GOOD_PAGE_BYTES = 3_000
const MAX_BYTES = 100_000

const work = mkdtempSync(join(tmpdir(), 'lawgov-batch-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Real pages of the fixtures, cut at a line end. */
function goodPages(): { bytes: Buffer; ext: string }[] {
  const pages: { bytes: Buffer; ext: string }[] = []
  for (const set of ['fixtures/seeds', 'fixtures/pages']) {
    for (const entry of readdirSync(join(REPO, set), { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const name = entry.name
      const input = readdirSync(join(REPO, set, name)).find((file) => file.startsWith('input.'))
      if (input === undefined) continue
      const bytes = readFileSync(join(REPO, set, name, input))
      const cut = bytes.lastIndexOf(0x0a, GOOD_PAGE_BYTES)
      pages.push({ bytes: bytes.length <= GOOD_PAGE_BYTES || cut < 0 ? bytes : bytes.subarray(0, cut + 1), ext: input.slice(input.indexOf('.')) })
    }
  }
  return pages
}

type Bad = (path: string) => void
const OVERSIZE = Buffer.from('法治政府建设情况。\n'.repeat(MAX_BYTES / 10))
const badFixture = (name: string): Bad => {
  const dir = join(REPO, 'fixtures/bad', name)
  const input = readdirSync(dir).find((file) => file.startsWith('input.')) as string
  const bytes = readFileSync(join(dir, input))
  return (path) => writeFileSync(path, bytes)
}
const BAD_KINDS: Bad[] = [
  badFixture('http-404'),
  badFixture('http-502'),
  badFixture('page-not-found-chinese'),
  badFixture('mostly-nul'),
  badFixture('pdf-renamed'),
  badFixture('png-renamed'),
  (path) => writeFileSync(path, OVERSIZE),
  (path) => symlinkSync('no-such-page.html', path),
  (path) => symlinkSync(path.slice(path.lastIndexOf('/') + 1), path), // a link to itself
]

const crawl = join(work, 'crawl')
const clean = join(work, 'clean')
const bad = new Set<string>()
const good: string[] = []

beforeAll(() => {
  const pool = goodPages()
  for (let i = 0; i < PAGES; i++) {
    const site = `site${String(i % SITES).padStart(2, '0')}`
    mkdirSync(join(crawl, site), { recursive: true })
    if (i % BAD_EVERY === BAD_EVERY - 1) {
      const path = `${site}/${String(i).padStart(5, '0')}.html`
      ;(BAD_KINDS[(i / BAD_EVERY) % BAD_KINDS.length | 0] as Bad)(join(crawl, path))
      bad.add(path)
      continue
    }
    const page = pool[i % pool.length] as { bytes: Buffer; ext: string }
    const path = `${site}/${String(i).padStart(5, '0')}${page.ext}`
    writeFileSync(join(crawl, path), page.bytes)
    mkdirSync(join(clean, site), { recursive: true })
    writeFileSync(join(clean, path), page.bytes)
    good.push(path)
  }
}, 120_000)

describe(`a batch of ${PAGES} pages, ${100 / BAD_EVERY}% of them bad`, () => {
  it('finishes, names exactly the bad pages, exits 1, and writes for the good ones what a clean batch writes', () => {
    expect(bad.size).toBe(PAGES / BAD_EVERY)
    const before = fingerprint(crawl)

    const dirty = runCli(['parse', crawl, '--out', join(work, 'out-dirty'), '-j', '2', '--max-bytes', String(MAX_BYTES)])
    const lines = dirty.stderr.trimEnd().split('\n')
    const summary = lines.pop() as string
    expect(summary).toMatch(new RegExp(`^lawgov: parsed ${good.length}, failed ${bad.size}, repairs \\d+, warnings \\d+, [\\d.]+ s$`))
    expect(dirty.status).toBe(1)
    // one line per bad page, in input order: "lawgov: site03/00059.html: binary file (PDF document), not a web page"
    const named = lines.map((line) => /^lawgov: (\S+): (.+)$/.exec(line))
    expect(named.every((m) => m !== null)).toBe(true)
    expect(new Set(named.map((m) => m?.[1]))).toEqual(bad)
    expect(lines).toHaveLength(bad.size)
    expect(lines.filter((line) => /\bat .+:\d+:\d+/.test(line))).toEqual([]) // no stack traces
    expect(new Set(named.map((m) => m?.[2]))).toEqual(
      new Set([
        'HTTP error page (404 Not Found), not a document',
        'HTTP error page (502 Bad Gateway), not a document',
        'HTTP error page (您访问的页面不存在), not a document',
        'binary file (NUL bytes), not a web page',
        'binary file (PDF document), not a web page',
        'binary file (PNG image), not a web page',
        `${OVERSIZE.length} bytes, more than the limit of ${MAX_BYTES} (--max-bytes)`,
        'no such file or directory',
        'too many levels of symbolic links',
      ]),
    )

    const cleanRun = runCli(['parse', clean, '--out', join(work, 'out-clean'), '-j', '2', '--max-bytes', String(MAX_BYTES)])
    expect(cleanRun.stderr).toBe('')
    expect(cleanRun.status).toBe(0)
    for (const path of good) {
      const json = path.replace(/\.[^.]+$/, '.json')
      expect(readFileSync(join(work, 'out-dirty', json), 'utf8'), path).toBe(readFileSync(join(work, 'out-clean', json), 'utf8'))
    }
    // nothing written for a bad page, and no temporary file left
    const written = readdirSync(join(work, 'out-dirty'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    expect(written).toHaveLength(good.length)
    expect(written.every((entry) => entry.name.endsWith('.json') && !entry.name.startsWith('.'))).toBe(true)

    expect(fingerprint(crawl)).toEqual(before)
  }, 600_000)
})
