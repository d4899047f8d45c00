/**
 * `npm run bench:ab -- REV [kinds] [rounds]`: the working build against the build of a git
 * revision, on the bench corpus. The two builds parse the same blocks of 20 pages, alternating
 * which goes first, so that a machine whose speed drifts during the run slows both alike; the
 * figure that counts is the ratio. Each build runs in a process of its own (bench/ab-side.mjs),
 * driven block by block from here: in one process the two builds shared a heap, and one build's
 * garbage slowed the other's collections (a change to what a parse keeps alive read as no change
 * at all). This is how each step in bench/NOTES.md was measured.
 *
 *   npm run bench:ab -- HEAD~1                      all four kinds, 3 rounds
 *   npm run bench:ab -- main text,html 5            two kinds, 5 rounds
 *   BENCH_SCALE=0.2 npm run bench:ab -- HEAD~1      a quick look
 */
import { execFileSync, fork } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from './corpus.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const [rev, kindList = 'text,html,gbk-html,traditional', roundText = '3'] = process.argv.slice(2)
if (rev === undefined) {
  console.error('usage: npm run bench:ab -- REV [kinds] [rounds]   (REV: a git revision to compare with)')
  process.exit(2)
}
const BLOCK = 20
const scale = Number(process.env.BENCH_SCALE ?? 0.5)
const log = (...args) => console.error(...args)

// the baseline: REV checked out in a temporary worktree, built with this checkout's packages
const base = mkdtempSync(join(tmpdir(), 'lawgov-ab-'))
const git = (...args) => execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
try {
  git('worktree', 'add', '--detach', base, rev)
  symlinkSync(join(ROOT, 'node_modules'), join(base, 'node_modules'), 'dir')
  // built as that revision builds itself: a build that writes files beside its modules (the place
  // index) would otherwise run without them
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: base, stdio: ['ignore', 'ignore', 'inherit'] })
  const corpus = buildCorpus(scale)
  const sides = {
    baseline: startSide(join(base, 'dist/index.js')),
    working: startSide(join(ROOT, 'dist/index.js')),
  }
  const rounds = Number(roundText)
  log(`${rev} against the working build, ${rounds} rounds, each build in a process of its own`)
  try {
    for (const kind of kindList.split(',')) {
      const docs = corpus.filter((doc) => doc.kind === kind)
      const megabytes = (docs.reduce((sum, doc) => sum + doc.bytes.length, 0) / 1e6) * rounds
      for (const side of Object.values(sides)) await side.ask({ kind })
      const seconds = { baseline: 0, working: 0 }
      /** Each block's baseline time over its working time: the machine's speed within one pair. */
      const blockRatios = []
      for (let round = 0; round < rounds; round++) {
        for (let block = 0; block * BLOCK < docs.length; block++) {
          const order = (round + block) % 2 === 0 ? ['working', 'baseline'] : ['baseline', 'working']
          const taken = {}
          for (const side of order) taken[side] = (await sides[side].ask({ kind, block })).seconds
          seconds.baseline += taken.baseline
          seconds.working += taken.working
          blockRatios.push(taken.baseline / taken.working)
        }
      }
      // the median of the blocks' ratios is read beside the ratio of the totals: a block that a
      // collection or the machine slowed on one side only moves the totals, not the median
      const [low, median, high] = [0.25, 0.5, 0.75].map((q) => quantile(blockRatios, q).toFixed(2))
      console.log(
        `${kind}: ${rev} ${(megabytes / seconds.baseline).toFixed(2)} MB/s, working ${(megabytes / seconds.working).toFixed(2)} MB/s, ×${(seconds.baseline / seconds.working).toFixed(2)} (blocks: median ×${median}, middle half ×${low}–${high})`,
      )
    }
  } finally {
    for (const side of Object.values(sides)) side.child.disconnect()
  }
} finally {
  try {
    git('worktree', 'remove', '--force', base)
  } catch {
    rmSync(base, { recursive: true, force: true })
  }
}

/**
 * @param values numbers
 * @param q the quantile, 0 to 1
 * @returns the value at that quantile, interpolated between the two nearest
 */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const below = Math.floor(at)
  return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (at - below)
}

/**
 * A process that parses with one build (bench/ab-side.mjs), asked one message at a time.
 * @param index the build's dist/index.js
 * @returns the child, and ask(message): the answer to one message
 */
function startSide(index) {
  const child = fork(fileURLToPath(new URL('./ab-side.mjs', import.meta.url)), [index, String(scale), String(BLOCK)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  let waiting
  const answer = () => new Promise((resolve, reject) => (waiting = { resolve, reject }))
  child.on('message', (message) => waiting?.resolve(message))
  child.on('exit', (code) => waiting?.reject(new Error(`a side of the comparison exited (${code})`)))
  let loaded = answer()
  const ask = async (message) => {
    await loaded
    loaded = answer()
    child.send(message)
    return loaded
  }
  return { child, ask }
}
