/** lawgov review through the real binary: the site it writes, its counts against lawgov stats,
 *  failures listed, and the same --out safety as parse. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { load } from 'cheerio'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { fingerprint } from '../helpers/tree.js'

const work = mkdtempSync(join(tmpdir(), 'lawgov-review-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('lawgov review', () => {
  it('writes index.html and one page per document, mirroring the input paths, with the counts of lawgov stats --json', () => {
    const out = join(work, 'site')
    const result = runCli(['review', 'fixtures/seeds', 'fixtures/pages', '--out', out])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    const stats = JSON.parse(runCli(['stats', 'fixtures/seeds', 'fixtures/pages', '--json']).stdout) as { documents: number; coverage: Record<string, number>; repairsByRule: Record<string, number>; removedByRule: Record<string, number>; warningsByCode: Record<string, number> }
    const $ = load(readFileSync(join(out, 'index.html'), 'utf8'))
    expect(JSON.parse($('#lawgov-stats').text())).toEqual(stats)
    expect($('[data-stat="documents"] .n').text()).toBe(String(stats.documents))
    for (const [key, tally] of [['repairsByRule', stats.repairsByRule], ['removedByRule', stats.removedByRule], ['warningsByCode', stats.warningsByCode]] as const) {
      for (const [name, n] of Object.entries(tally)) expect($(`[data-stat="${key}.${name}"] .value`).text(), name).toBe(String(n))
    }
    const rows = $('#documents-table tbody tr')
    expect(rows).toHaveLength(stats.documents)
    for (const link of $('#documents-table tbody a').get()) expect(existsSync(join(out, $(link).attr('href') as string))).toBe(true)
    expect(existsSync(join(out, 'documents/002-notice-enclosing-damaged-plan/input.html'))).toBe(true)
    const doc = load(readFileSync(join(out, 'documents/002-notice-enclosing-damaged-plan/input.html'), 'utf8'))
    expect(doc('nav a').first().attr('href')).toBe('../../index.html')
    expect(doc('mark.repair[data-before="2017316日"]').attr('data-after')).toBe('2017年3月16日')
  })

  it('lists a page that failed with its reason, exits 1, and still writes the site', () => {
    const input = join(work, 'mixed')
    mkdirSync(input, { recursive: true })
    writeFileSync(join(input, 'good.txt'), readFileSync('fixtures/seeds/001-annual-report-site-footer/input.txt'))
    writeFileSync(join(input, 'error.html'), '<html><body><h1>404 Not Found</h1></body></html>')
    const out = join(work, 'mixed-site')
    const result = runCli(['review', input, '--out', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/error\.html: HTTP error page/)
    const $ = load(readFileSync(join(out, 'index.html'), 'utf8'))
    expect($('[data-stat="failed"] .n').text()).toBe('1')
    expect($('tr[data-status="failed"]').text()).toMatch(/error\.html[\s\S]*HTTP error page/)
    expect(readdirSync(join(out, 'documents'))).toEqual(['good.html'])
  })

  it('leaves its inputs untouched and needs --out', () => {
    const before = fingerprint('fixtures/seeds')
    const result = runCli(['review', 'fixtures/seeds'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--out DIR/)
    expect(runCli(['review', 'fixtures/seeds', '--out', join(work, 'again'), '-q']).stderr).toBe('')
    expect(fingerprint('fixtures/seeds')).toEqual(before)
  })
})
