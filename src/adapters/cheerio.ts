/**
 * Wrapper around cheerio (htmlparser2 build, "cheerio/slim"). Loaded on first use only, so that
 * a run over text dumps never pays for the HTML parser.
 */
import { createRequire } from 'node:module'
import type { CheerioAPI } from 'cheerio/slim'

/** The parts of a parsed HTML node that lawgov reads (domhandler's nodes have this shape). */
export interface HtmlNode {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: HtmlNode[]
}

let cheerioLoad: ((html: string) => CheerioAPI) | undefined

/**
 * Parse an HTML page.
 * @param html the page source
 * @returns the cheerio API bound to it, and its root node
 */
export function parseHtml(html: string): { $: CheerioAPI; root: HtmlNode } {
  if (cheerioLoad === undefined) {
    const require = createRequire(import.meta.url)
    cheerioLoad = (require('cheerio/slim') as { load: (html: string) => CheerioAPI }).load
  }
  const $ = cheerioLoad(html)
  return { $, root: $.root()[0] as unknown as HtmlNode }
}
