/**
 * bin/lawgov.js runs the bundled command line (dist/lawgov.cjs) with the code cache the build made
 * for it. `npm test` builds both before the tests; each case runs in a Node of its own, as users
 * start lawgov (V8 takes a cache only from a process with the flags it was made under).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, runCli } from '../helpers/run-cli.js'

const BUNDLE = join(REPO, 'dist/lawgov.cjs')
const LOADER = join(REPO, 'bin/load-bundle.js')

/** Load the bundle in a new Node; what loadBundle says of the cache. */
function loadInNewProcess(cache: string | null | undefined): { cacheUsed: boolean; exports: string[] } {
  const options = cache === undefined ? '' : `, { cache: ${JSON.stringify(cache)} }`
  const script = `const r = require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(BUNDLE)}${options}); console.log(JSON.stringify({ cacheUsed: r.cacheUsed, exports: Object.keys(r.exports) }))`
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
  expect(result.status, result.stderr).toBe(0)
  return JSON.parse(result.stdout) as { cacheUsed: boolean; exports: string[] }
}

describe.runIf(existsSync(BUNDLE))('the bundled command line', () => {
  it('is loaded with the code cache the build wrote beside it', () => {
    expect(loadInNewProcess(undefined)).toEqual({ cacheUsed: true, exports: expect.arrayContaining(['run']) })
  })

  it('is compiled from its source when the cache is missing or does not fit', () => {
    expect(loadInNewProcess(null).cacheUsed).toBe(false)
    expect(loadInNewProcess(join(REPO, 'dist/no-such.cache')).cacheUsed).toBe(false)
    // bytes that are not a cache of this script: V8 rejects them and compiles
    expect(loadInNewProcess(join(REPO, 'dist/data/places.bin'))).toEqual({ cacheUsed: false, exports: expect.arrayContaining(['run']) })
  })

  it('parses as the library does: same reports through bin/lawgov.js as through the modules', () => {
    const page = join(REPO, 'fixtures/pages/annual-report-current-location/input.txt')
    const viaBin = runCli(['parse', page])
    expect(viaBin.status).toBe(0)
    const script = `import(${JSON.stringify(join(REPO, 'dist/cli/main.js'))}).then(async (m) => { process.exitCode = await m.run(['parse', ${JSON.stringify(page)}]) })`
    const viaModules = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } })
    expect(viaModules.status).toBe(0)
    expect(viaBin.stdout).toBe(viaModules.stdout)
    expect(JSON.parse(viaBin.stdout).source.bytes).toBe(readFileSync(page).length)
  })
})
