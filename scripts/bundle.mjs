/**
 * Part of `npm run build`: the command line bundled (esbuild) into dist/lawgov.js and its worker
 * into dist/worker.js, with the modules they share in dist/chunk-*.js and what a command loads
 * only when used still loaded only then. A process that starts lawgov reads a few files instead
 * of some seventy modules, each resolved and compiled apart (one small file: wall ×0.85). The
 * bundle sits beside dist/data/, where the place index is read from; the packages stay in
 * node_modules. The library (dist/index.js) is not bundled.
 */
import { readdirSync, rmSync } from 'node:fs'
import { build } from 'esbuild'

const dist = new URL('../dist/', import.meta.url)
// chunks of an earlier build are named by their content: what this build does not write goes
for (const name of readdirSync(dist)) if (/^chunk-[A-Z0-9]+\.js$/.test(name)) rmSync(new URL(name, dist))
await build({
  entryPoints: { lawgov: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  absWorkingDir: new URL('..', import.meta.url).pathname,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
})
