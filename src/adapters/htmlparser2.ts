/**
 * Wrapper around htmlparser2, the parser cheerio's htmlparser2 build (`cheerio/slim`) runs: its
 * parser and tree handler, as its `parseDocument` runs them, give the same tree, read here
 * directly; a page is fed to the parser in the pieces it was decoded in. Loaded on first use
 * only, so that a run over text dumps never pays for the HTML parser.
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
  parent?: HtmlNode | null
}

/** htmlparser2's streaming parser and the handler that builds its tree (what parseDocument runs). */
interface Htmlparser2 {
  Parser: new (handler: unknown) => { write(chunk: string): void; end(chunk?: string): void }
  DomHandler: new () => { root: HtmlNode }
}

let htmlparser2: Htmlparser2 | undefined

/**
 * Parse an HTML page.
 * @param html the page source, whole or in pieces whose concatenation it is (htmlparser2 reads a
 *   stream: a tag, an attribute or a text cut between two pieces comes out as in the whole)
 * @returns the root of its tree (a domhandler Document)
 */
export function parseHtml(html: string | readonly string[]): HtmlNode {
  if (htmlparser2 === undefined) {
    const require = createRequire(import.meta.url)
    htmlparser2 = require('htmlparser2') as Htmlparser2
  }
  const handler = new htmlparser2.DomHandler()
  const parser = new htmlparser2.Parser(handler)
  if (typeof html === 'string') parser.end(html)
  else {
    for (const piece of html) parser.write(piece)
    parser.end()
  }
  return handler.root
}
