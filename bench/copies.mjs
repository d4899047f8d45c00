/**
 * `npm run bench:copies [N]`: group N fingerprints (default 100 000) as `lawgov stats` and
 * `parse --dedupe` do, and say how long it takes and how well it groups. The documents are built
 * from the sentences of the fixtures' bodies: families of 150 sentences (like the reports of one
 * county, which share much of their wording), each document 15–40 sentences of one family, and
 * one document in five a copy of an earlier one — an excerpt cut at either end, with a copy
 * site's watermark lines or not. Grouping must take seconds, not minutes: the candidates come
 * from an index of hash bands, never from all pairs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fingerprintOf } from '../dist/fingerprint.js'
import { groupCopies } from '../dist/duplicates.js'

const N = Number(process.argv[2] ?? 100000)
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))
const bodies = []
for (const group of ['seeds', 'pages']) {
  for (const name of readdirSync(join(FIXTURES, group)).sort()) {
    const expected = join(FIXTURES, group, name, 'expected.json')
    if (statSync(join(FIXTURES, group, name)).isDirectory()) bodies.push(JSON.parse(readFileSync(expected, 'utf8')).body)
  }
}
const sentences = [...new Set(bodies.flatMap((body) => body.split(/(?<=[。；！？\n])/)).map((s) => s.trim()).filter((s) => s.length >= 8))]

// a fixed sequence of pseudo-random numbers: the same corpus on every run
let state = 7
const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32
const pick = (n) => Math.floor(random() * n)
const families = Array.from({ length: 2000 }, () => Array.from({ length: 150 }, () => sentences[pick(sentences.length)]))
const texts = []
const documentOf = []
for (let i = 0; i < N; i++) {
  if (i > 0 && random() < 0.2) {
    const j = pick(i)
    const source = texts[j]
    const head = random() < 0.5 ? random() * 0.3 : 0
    const tail = random() < 0.5 ? random() * 0.15 : 0
    let copy = source.slice(Math.floor(head * source.length), Math.ceil((1 - tail) * source.length))
    if (random() < 0.5) copy = copy.replace(/。/g, (stop) => (random() < 0.2 ? `${stop}\n来源：某某网 www.example.com\n` : stop))
    texts.push(copy)
    documentOf.push(documentOf[j])
  } else {
    const family = families[pick(families.length)]
    const count = 15 + pick(25)
    texts.push(Array.from({ length: count }, () => (random() < 0.9 ? family[pick(family.length)] : sentences[pick(sentences.length)])).join('\n'))
    documentOf.push(i)
  }
}

let start = performance.now()
const candidates = texts.map((text, i) => ({ path: String(i), fingerprint: fingerprintOf(text), official: i % 3 === 0, length: text.length }))
const fingerprintSeconds = (performance.now() - start) / 1000
start = performance.now()
const groups = groupCopies(candidates)
const groupSeconds = (performance.now() - start) / 1000

const pages = new Map()
for (const id of documentOf) pages.set(id, (pages.get(id) ?? 0) + 1)
const copied = [...pages.values()].filter((n) => n > 1)
const mixed = groups.filter((group) => new Set([group.keep, ...group.copies].map((path) => documentOf[Number(path)])).size > 1)
const grouped = groups.reduce((sum, group) => sum + 1 + group.copies.length, 0)
console.log(`${N} documents from ${sentences.length} sentences of the fixtures`)
console.log(`fingerprints: ${fingerprintSeconds.toFixed(1)} s; grouping: ${groupSeconds.toFixed(2)} s`)
console.log(`groups ${groups.length} (documents with copies: ${copied.length}); pages in groups ${grouped} (of ${copied.reduce((a, b) => a + b, 0)}); groups mixing documents ${mixed.length}`)
