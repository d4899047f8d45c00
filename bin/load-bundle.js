'use strict'
/**
 * Loads the bundled command line (dist/lawgov.cjs) with the V8 code cache `npm run build` wrote
 * beside it (dist/lawgov.cache): the functions a parse runs are read as compiled bytecode instead
 * of being parsed and compiled at every start. V8 checks the cache against the source, its own
 * version and its flags and ignores one that does not fit (another Node, NODE_OPTIONS that change
 * V8's flags): the bundle is then compiled as any script is. CommonJS, like the bundle: a script
 * compiled this way has no module loader to import with.
 */
const { readFileSync } = require('node:fs')
const { createRequire, wrap } = require('node:module')
const { dirname } = require('node:path')
const { Script } = require('node:vm')

/**
 * Compile and run a CommonJS bundle, with its code cache when there is one that fits.
 * @param {string} file the bundle's absolute path
 * @param {{ cache?: string | null }} [options] the cache's path (default: the bundle's, with
 *   .cache for .cjs); null to compile without one
 * @returns {{ exports: Record<string, unknown>, script: import('node:vm').Script, cacheUsed: boolean }}
 *   what the bundle exports, the compiled script (the build makes the cache from it), and whether
 *   V8 took the cache
 */
function loadBundle(file, options = {}) {
  const cache = options.cache === undefined ? file.replace(/\.cjs$/, '.cache') : options.cache
  let cachedData
  if (cache !== null) {
    try {
      cachedData = readFileSync(cache)
    } catch {
      // no cache (not built yet, or removed): compile
    }
  }
  const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData })
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected }
}

module.exports = { loadBundle }
