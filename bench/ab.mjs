/**
 * `npm run bench:ab -- REV [kinds] [rounds]`: the working build against the build of a git
 * revision, in one process, on the bench corpus. The two builds parse the same blocks of 20
 * pages, alternating which goes first, so that a machine whose speed drifts during the run
 * slows both alike; the figure that counts is the ratio. This is how each step in
 * bench/NOTES.md was measured.
 *
 *   npm run bench:ab -- HEAD~1                      all four kinds, 3 rounds
 *   npm run bench:ab -- main text,html 5            two kinds, 5 rounds
 *   BENCH_SCALE=0.2 npm run bench:ab -- HEAD~1      a quick look
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildCorpus } from './corpus.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const [rev, kindList = 'text,html,gbk-html,traditional', roundText = '3'] = process.argv.slice(2)
if (rev === undefined) {
  console.error('usage: npm run bench:ab -- REV [kinds] [rounds]   (REV: a git revision to compare with)')
  process.exit(2)
}
const BLOCK = 20
const log = (...args) => console.error(...args)

// the baseline: REV checked out in a temporary worktree, built with this checkout's packages
const base = mkdtempSync(join(tmpdir(), 'lawgov-ab-'))
const git = (...args) => execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
try {
  git('worktree', 'add', '--detach', base, rev)
  symlinkSync(join(ROOT, 'node_modules'), join(base, 'node_modules'), 'dir')
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(base, 'tsconfig.build.json')], { stdio: 'inherit' })
  const baseline = (await import(pathToFileURL(join(base, 'dist/index.js')).href)).parseReport
  const working = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)).parseReport

  const corpus = buildCorpus(Number(process.env.BENCH_SCALE ?? 0.5))
  const rounds = Number(roundText)
  log(`${rev} against the working build, ${rounds} rounds`)
  for (const kind of kindList.split(',')) {
    const docs = corpus.filter((doc) => doc.kind === kind)
    const megabytes = (docs.reduce((sum, doc) => sum + doc.bytes.length, 0) / 1e6) * rounds
    for (const parse of [baseline, working]) for (const doc of docs.slice(0, 30)) parse(doc.bytes, { path: doc.name })
    const seconds = { baseline: 0, working: 0 }
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < docs.length; i += BLOCK) {
        const block = docs.slice(i, i + BLOCK)
        const order = round % 2 === 0 ? ['working', 'baseline'] : ['baseline', 'working']
        for (const side of order) {
          const parse = side === 'working' ? working : baseline
          const start = performance.now()
          for (const doc of block) JSON.stringify(parse(doc.bytes, { path: doc.name }))
          seconds[side] += (performance.now() - start) / 1000
        }
      }
    }
    console.log(
      `${kind}: ${rev} ${(megabytes / seconds.baseline).toFixed(2)} MB/s, working ${(megabytes / seconds.working).toFixed(2)} MB/s, ×${(seconds.baseline / seconds.working).toFixed(2)}`,
    )
  }
} finally {
  try {
    git('worktree', 'remove', '--force', base)
  } catch {
    rmSync(base, { recursive: true, force: true })
  }
}
