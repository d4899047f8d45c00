/**
 * Wrapper around htmlparser2, the parser cheerio's htmlparser2 build (`cheerio/slim`) runs: its
 * `parseDocument` gives the same tree, read here directly. Loaded on first use only, so that a
 * run over text dumps never pays for the HTML parser.
 *
 * Why not cheerio's `load`: it makes a class of its own for every page, and V8 keeps a class in
 * its old generation, where the class's closures hold the page's tree alive until the next full
 * collection; every young-generation collection then copied and promoted the trees of the pages
 * parsed since. Over the half-scale bench corpus's HTML pages `load` took 3× the time of
 * `parseDocument` (2.3 against 0.76 s), a second of it collecting garbage, with 330 MB promoted
 * against 19 MB; lawgov reads only the tree.
 */
import { createRequire } from 'node:module'

/** The parts of a parsed HTML node that lawgov reads (domhandler's nodes have this shape). */
export interface HtmlNode {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: HtmlNode[]
}

let parseDocument: ((html: string) => HtmlNode) | undefined

/**
 * Parse an HTML page.
 * @param html the page source
 * @returns the root of its tree (a domhandler Document)
 */
export function parseHtml(html: string): HtmlNode {
  if (parseDocument === undefined) {
    const require = createRequire(import.meta.url)
    parseDocument = (require('htmlparser2') as { parseDocument: (html: string) => HtmlNode }).parseDocument
  }
  return parseDocument(html)
}
