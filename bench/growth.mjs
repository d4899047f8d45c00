/**
 * `npm run bench:growth`: the cost of lawgov must grow linearly with the input. One document is
 * parsed at 1×, 4× and 16× its size, and adversarial shapes at 1× and 4×: one long line, a run of
 * digits, a run of numbering markers, nested <div>s. For each, the time per byte at the larger
 * sizes is compared with the smallest; within ±25% is linear. Prints a table; exits 1 when a
 * shape grows faster. Not part of `npm test`: timings belong here, not in assertions.
 */
import { readFileSync } from 'node:fs'
import { parseReport } from '../dist/index.js'

const ROUNDS = 5
const TOLERANCE = 0.25
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const page = readFileSync(new URL('../fixtures/pages/annual-report-current-location/input.txt', import.meta.url), 'utf8')
const paragraph = '深入推进依法行政，加快建设法治政府，全面提升行政执法规范化水平。'

/** Each shape gives the input for a size factor. */
const shapes = [
  { id: 'a report repeated', make: (n) => page.repeat(n), path: 'x.txt' },
  { id: 'one long line (250 KB × n)', make: (n) => paragraph.repeat(2800 * n), path: 'x.txt' },
  { id: 'digits (100 000 × n)', make: (n) => `关于2023年度的报告\n${'1234567890'.repeat(10_000 * n)}`, path: 'x.txt' },
  { id: 'numbering markers (50 000 × n)', make: (n) => Array.from({ length: 50_000 * n }, (_, i) => `${(i % 200) + 1}. ${paragraph.slice(0, 8)}`).join('\n'), path: 'x.txt' },
  { id: 'nested <div>s (10 000 × n)', make: (n) => `<html><body>${'<div>'.repeat(10_000 * n)}${paragraph}${'</div>'.repeat(10_000 * n)}</body></html>`, path: 'x.html' },
]
const FACTORS = [1, 4, 16]

let failed = false
const rows = []
for (const shape of shapes) {
  const factors = shape.id === 'a report repeated' ? FACTORS : FACTORS.slice(0, 2)
  const perByte = []
  for (const n of factors) {
    const input = shape.make(n)
    const bytes = Buffer.byteLength(input)
    parseReport(input, { path: shape.path }) // warm
    const times = []
    for (let r = 0; r < ROUNDS; r++) {
      const start = performance.now()
      parseReport(input, { path: shape.path })
      times.push(performance.now() - start)
    }
    perByte.push({ n, bytes, ms: median(times), nsPerByte: (median(times) * 1e6) / bytes })
  }
  const base = perByte[0].nsPerByte
  for (const p of perByte) {
    const growth = p.nsPerByte / base
    const linear = growth <= 1 + TOLERANCE
    if (!linear) failed = true
    rows.push(`| ${shape.id} | ${p.n}× | ${(p.bytes / 1e6).toFixed(2)} MB | ${p.ms.toFixed(0)} ms | ${growth.toFixed(2)} | ${linear ? 'yes' : '**no**'} |`)
  }
}
console.log(['| shape | size | bytes | time | time per byte vs 1× | linear (±25%) |', '|---|---|---:|---:|---:|---|', ...rows].join('\n'))
process.exitCode = failed ? 1 : 0
