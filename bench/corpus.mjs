/**
 * The benchmark corpus, built from the fixtures, the same bytes on every run: Simplified text
 * dumps, HTML pages in the three fixture templates, the same HTML in GBK, and Traditional
 * copies. Documents cycle through their sources in a fixed order.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** How many documents of each kind the full corpus holds (about 50 MB together). */
export const CORPUS_COUNTS = { text: 800, html: 900, 'gbk-html': 900, traditional: 800 }

function folders(dir) {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => join(dir, name))
}

/** The sources of each kind, in a fixed order. */
export function sources() {
  const text = []
  for (const group of ['seeds', 'pages']) {
    for (const dir of folders(join(FIXTURES, group))) {
      const file = join(dir, 'input.txt')
      try {
        const bytes = readFileSync(file)
        // Simplified UTF-8 dumps only: the Traditional and GBK inputs have kinds of their own
        if (!bytes.includes(0xe5) || /[們這個說國與]/.test(bytes.toString('utf8'))) continue
        text.push({ name: `${group}/${dir.split('/').pop()}.txt`, bytes })
      } catch {
        // an HTML case
      }
    }
  }
  const html = []
  const gbkHtml = []
  const traditional = []
  for (const dir of folders(join(FIXTURES, 'equivalence'))) {
    const base = dir.split('/').pop()
    for (const template of ['template-a.html', 'template-b.html', 'template-c.html']) {
      // a flattened or fixed-width dump has no HTML copies
      if (!existsSync(join(dir, template))) continue
      const bytes = readFileSync(join(dir, template))
      html.push({ name: `${base}/${template}`, bytes })
      const gbk = iconv.encode(bytes.toString('utf8').replace(/charset=["']?utf-8["']?/gi, 'charset=gbk'), 'gbk')
      gbkHtml.push({ name: `${base}/${template.replace('.html', '.gbk.html')}`, bytes: gbk })
    }
    traditional.push({ name: `${base}/traditional.txt`, bytes: readFileSync(join(dir, 'traditional.txt')) })
  }
  return { text, html, 'gbk-html': gbkHtml, traditional }
}

/**
 * The corpus: `scale` × CORPUS_COUNTS documents of each kind.
 * @param {number} scale 1 for the full corpus (about 50 MB)
 * @returns {{kind: string, name: string, bytes: Buffer}[]} in a fixed order
 */
export function buildCorpus(scale = 1) {
  const all = sources()
  const docs = []
  for (const [kind, count] of Object.entries(CORPUS_COUNTS)) {
    const list = all[kind]
    for (let i = 0; i < Math.round(count * scale); i++) {
      const source = list[i % list.length]
      docs.push({ kind, name: `${kind}/${String(i).padStart(4, '0')}-${source.name.replace(/\//g, '_')}`, bytes: source.bytes })
    }
  }
  return docs
}
