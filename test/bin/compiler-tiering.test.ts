/**
 * bin/compiler-tiering.js sets V8's optimizing compiler for a batch of parses, leaving a flag the
 * user gave Node as the user set it.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from '../helpers/run-cli.js'

const require = createRequire(import.meta.url)
const { BATCH_COMPILER_FLAGS, batchCompilerFlags } = require('../../bin/compiler-tiering.js') as {
  BATCH_COMPILER_FLAGS: readonly [string, number][]
  batchCompilerFlags: (execArgv: readonly string[]) => string[]
}

describe('batchCompilerFlags', () => {
  it('sets every flag with its value when the user gave none', () => {
    expect(batchCompilerFlags([])).toEqual(BATCH_COMPILER_FLAGS.map(([name, value]) => `${name}=${value}`))
    expect(batchCompilerFlags(['--max-old-space-size=4096'])).toEqual(['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=230'])
  })

  it("leaves a flag the user gave on Node's command line, written either way", () => {
    expect(batchCompilerFlags(['--interrupt-budget=1000'])).toEqual(['--max-inlined-bytecode-size-cumulative=230'])
    expect(batchCompilerFlags(['--max_inlined_bytecode_size_cumulative=500'])).toEqual(['--interrupt-budget=270336'])
    expect(batchCompilerFlags(['--interrupt_budget=1', '--max-inlined-bytecode-size-cumulative=1'])).toEqual([])
  })

  it('takes other flags of the same prefix for no flag of its own', () => {
    expect(batchCompilerFlags(['--interrupt-budget-for-feedback-allocation=10'])).toHaveLength(2)
  })
})

describe('the command line under the batch flags', () => {
  it('parses a page the same under a flag the user set and under its own', () => {
    const page = join(REPO, 'fixtures/seeds')
    const own = spawnSync(process.execPath, [join(REPO, 'bin/lawgov.js'), 'parse', page, '-q'], { encoding: 'utf8' })
    const users = spawnSync(process.execPath, ['--interrupt-budget=1000', '--max-inlined-bytecode-size-cumulative=0', join(REPO, 'bin/lawgov.js'), 'parse', page, '-q'], {
      encoding: 'utf8',
    })
    expect(own.status, own.stderr).toBe(0)
    expect(users.status, users.stderr).toBe(0)
    const withoutVersion = (out: string) => out.replace(/"version":"[^"]*"/g, '')
    expect(withoutVersion(users.stdout)).toBe(withoutVersion(own.stdout))
    expect(own.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(0)
  })
})
