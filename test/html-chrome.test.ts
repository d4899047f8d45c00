/**
 * No <script>/<style> text and no nav/footer text reaches the body of any HTML fixture (the hand
 * written pages and the three site templates of every equivalence fixture).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { load } from 'cheerio'
import { decode } from '../src/stages/decode.js'
import { parseReport } from '../src/index.js'
import { matchKey } from '../src/text.js'
import { filesUnder } from './helpers/files.js'

const ROOT = fileURLToPath(new URL('../fixtures', import.meta.url))
// fixtures/bad holds pages that are refused on purpose (images, error pages): bad.test.ts
const htmlFiles = (dir: string): string[] => filesUnder(dir, (name) => /\.html?$/.test(name), (name) => name !== 'bad')

/** Lines of text inside script/style and inside the page's nav, header and footer. */
function chromeTexts(html: string): string[] {
  const $ = load(html)
  const texts: string[] = []
  $('script, style').each((_, el) => void texts.push(...$(el).text().split('\n')))
  $('nav, footer, .nav, .footer, #footer, .header > .logo, .menu, .share').each((_, el) => {
    $(el).find('script, style').remove()
    texts.push(...$(el).text().split('\n'))
  })
  return texts.map((t) => t.trim()).filter((t) => t.length >= 4)
}

describe('HTML fixtures: script, style, nav and footer text never reach the body', () => {
  const files = htmlFiles(ROOT).sort()
  it('covers the hand-written pages and the templates', () => {
    expect(files.length).toBeGreaterThanOrEqual(200)
  })
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_name, file) => {
    const bytes = readFileSync(file)
    const report = parseReport(bytes, { path: file })
    const body = new Set(report.body.split('\n').map(matchKey))
    const leaked = chromeTexts(decode(bytes, { isHtml: true }).text).filter((t) => body.has(matchKey(t)))
    expect(leaked).toEqual([])
  })
})
