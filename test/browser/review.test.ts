/// <reference lib="dom" />
/**
 * The review site in a real browser: Debian's Chromium driven by playwright-core (no browser
 * download). The dashboard's counts against lawgov stats --json, the table's filter and sort, a
 * seed's page with its repair and its removals marked, the outline's jumps, a phone-sized
 * screen, the keyboard. Screenshots go to test-results/, or to docs/ with UPDATE_SCREENSHOTS=1.
 * Skipped, saying why, only on a machine with no Chromium (.ci/run installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { REPO, runCli } from '../helpers/run-cli.js'

/** The first Chromium on the PATH (or CHROMIUM_PATH). */
function findChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH
  if (given !== undefined && existsSync(given)) return given
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      const candidate = join(dir, name)
      if (dir !== '' && existsSync(candidate)) return candidate
    }
  }
  return undefined
}

const executablePath = findChromium()
if (executablePath === undefined) console.warn('lawgov: no Chromium on this machine (install Debian\'s chromium, or set CHROMIUM_PATH): the browser test of lawgov review is skipped')

const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(REPO, 'docs') : join(REPO, 'test-results')
const INPUTS = ['fixtures/seeds', 'fixtures/pages']
const NOTICE = '002-notice-enclosing-damaged-plan/input.txt'

describe.skipIf(executablePath === undefined)('lawgov review in Chromium', () => {
  const work = mkdtempSync(join(tmpdir(), 'lawgov-browser-'))
  const site = join(work, 'site')
  let browser: Browser
  let page: Page
  let stats: { documents: number; failed: number; coverage: Record<string, number>; repairsByRule: Record<string, number>; removedByRule: Record<string, number>; warningsByCode: Record<string, number> }

  beforeAll(async () => {
    expect(runCli(['review', ...INPUTS, '--out', site, '-q']).status).toBe(0)
    stats = JSON.parse(runCli(['stats', ...INPUTS, '--json']).stdout)
    mkdirSync(SHOTS, { recursive: true })
    browser = await chromium.launch({
      executablePath: executablePath as string,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('shows on the dashboard the counts lawgov stats --json gives', async () => {
    await page.goto(pathToFileURL(join(site, 'index.html')).href)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(await page.locator('[data-stat="documents"] .n').innerText()).toBe(String(stats.documents))
    expect(await page.locator('[data-stat="failed"] .n').innerText()).toBe(String(stats.failed))
    const sum = (tally: Record<string, number>) => String(Object.values(tally).reduce((a, b) => a + b, 0))
    expect(await page.locator('[data-stat="repairs"] .n').innerText()).toBe(sum(stats.repairsByRule))
    expect(await page.locator('[data-stat="removed"] .n').innerText()).toBe(sum(stats.removedByRule))
    expect(await page.locator('[data-stat="warnings"] .n').innerText()).toBe(sum(stats.warningsByCode))
    for (const [field, n] of Object.entries(stats.coverage)) {
      expect(await page.locator(`[data-stat="coverage.${field}"] .value`).textContent(), field).toMatch(new RegExp(`^${n} `))
    }
    for (const [rule, n] of Object.entries(stats.repairsByRule)) expect(await page.locator(`[data-stat="repairsByRule.${rule}"] .value`).textContent()).toBe(String(n))
    expect(await page.locator('#documents-table tbody tr').count()).toBe(stats.documents)
    await page.screenshot({ path: join(SHOTS, 'review-dashboard.png') })
  })

  it('filters and sorts the documents table with its own script', async () => {
    await page.goto(pathToFileURL(join(site, 'index.html')).href)
    await page.locator('#filter').fill('娄底')
    const visible = page.locator('#documents-table tbody tr:not([hidden])')
    const shown = await visible.count()
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(stats.documents)
    for (const text of await visible.allInnerTexts()) expect(text).toContain('娄底')
    expect(await page.locator('#shown').innerText()).toBe(`${shown} shown`)
    await page.locator('#filter').fill('')
    await page.locator('th[data-column="4"] button').click()
    const ascending = (await page.locator('#documents-table tbody tr td:nth-child(5)').allInnerTexts()).map(Number)
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
    await page.locator('th[data-column="4"] button').click()
    expect(await page.locator('th[data-column="4"]').getAttribute('aria-sort')).toBe('descending')
    const descending = (await page.locator('#documents-table tbody tr td:nth-child(5)').allInnerTexts()).map(Number)
    expect(descending).toEqual([...ascending].reverse())
  })

  it('follows a seed’s link to its page, where the repair and the removals are marked', async () => {
    await page.goto(pathToFileURL(join(site, 'index.html')).href)
    await page.locator(`tr[data-path="${NOTICE}"] a`).click()
    await page.waitForURL(/documents\/002-notice-enclosing-damaged-plan\/input\.html$/)
    const repair = page.locator('mark.repair[data-before="2017316日"]')
    await expect.poll(() => repair.count()).toBe(1)
    expect(await repair.getAttribute('data-after')).toBe('2017年3月16日')
    expect(await repair.locator('ins').innerText()).toBe('2017年3月16日')
    expect(await repair.locator('.tip').isVisible()).toBe(false)
    await repair.focus()
    expect(await repair.locator('.tip').isVisible()).toBe(true)
    expect(await repair.locator('.tip').innerText()).toContain('repair/date-lost-year-month')
    const removed = page.locator('.line.removed').first()
    expect(await removed.count()).toBe(1)
    expect(await removed.locator('.text').evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through')
    expect(await removed.locator('.rule').innerText()).toMatch(/^[a-z-]+\/[a-z0-9-]+$/)
    await page.screenshot({ path: join(SHOTS, 'review-document.png') })

    const heading = page.locator('nav.outline a').first()
    const target = (await heading.getAttribute('href')) as string
    await heading.click()
    expect(new URL(page.url()).hash).toBe(target)
    expect(await page.locator(`${target}`).evaluate((el) => el.matches(':target'))).toBe(true)
    await page.locator('nav[aria-label="返回"] a').click()
    await page.waitForURL(/index\.html$/)
  })

  it('reads on a phone without sideways scrolling, and starts keyboard navigation at the skip link', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await phone.goto(pathToFileURL(join(site, 'documents/002-notice-enclosing-damaged-plan/input.html')).href)
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true)
    await phone.keyboard.press('Tab')
    expect(await phone.evaluate(() => document.activeElement?.className)).toBe('skip')
    await phone.close()
  })
})

