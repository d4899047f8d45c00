/**
 * One side of `npm run bench:ab`: a process that loads one build's parseReport and parses the
 * blocks of the bench corpus it is asked for, timing each. bench/ab.mjs starts one for each build
 * and asks them in turn, so that the two builds never share a heap or compiled code.
 *
 * Messages in: {kind} to warm up on a kind's first pages, {kind, block} to parse a block and say
 * how long it took ({seconds}), and nothing more when the parent disconnects.
 */
import { pathToFileURL } from 'node:url'
import { buildCorpus } from './corpus.mjs'

const [index, scaleText, blockText] = process.argv.slice(2)
const { parseReport } = await import(pathToFileURL(index).href)
const corpus = buildCorpus(Number(scaleText))
const BLOCK = Number(blockText)

/** The corpus's pages of each kind, gathered once. */
const byKind = new Map()
for (const doc of corpus) {
  if (!byKind.has(doc.kind)) byKind.set(doc.kind, [])
  byKind.get(doc.kind).push(doc)
}

process.on('message', ({ kind, block }) => {
  const docs = byKind.get(kind) ?? []
  if (block === undefined) {
    for (const doc of docs.slice(0, 30)) parseReport(doc.bytes, { path: doc.name })
    process.send({ ready: true })
    return
  }
  const start = performance.now()
  for (const doc of docs.slice(block * BLOCK, (block + 1) * BLOCK)) JSON.stringify(parseReport(doc.bytes, { path: doc.name }))
  process.send({ seconds: (performance.now() - start) / 1000 })
})
process.send({ loaded: true })
