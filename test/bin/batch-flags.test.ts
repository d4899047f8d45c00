/**
 * bin/batch-flags.js sets V8's optimizing compiler and heap growth for a batch of parses, leaving a
 * flag the user gave Node as the user set it.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from '../helpers/run-cli.js'

const require = createRequire(import.meta.url)
const { BATCH_V8_FLAGS, batchV8Flags } = require('../../bin/batch-flags.js') as {
  BATCH_V8_FLAGS: readonly [string, number][]
  batchV8Flags: (execArgv: readonly string[]) => string[]
}

describe('batchV8Flags', () => {
  it('sets every flag with its value when the user gave none', () => {
    expect(batchV8Flags([])).toEqual(BATCH_V8_FLAGS.map(([name, value]) => `${name}=${value}`))
    expect(batchV8Flags(['--max-old-space-size=4096'])).toEqual(['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=230', '--heap-growing-percent=100'])
  })

  it("leaves a flag the user gave on Node's command line, written either way", () => {
    expect(batchV8Flags(['--interrupt-budget=1000'])).toEqual(['--max-inlined-bytecode-size-cumulative=230', '--heap-growing-percent=100'])
    expect(batchV8Flags(['--max_inlined_bytecode_size_cumulative=500', '--heap_growing_percent=0'])).toEqual(['--interrupt-budget=270336'])
    expect(batchV8Flags(['--interrupt_budget=1', '--max-inlined-bytecode-size-cumulative=1', '--heap-growing-percent=50'])).toEqual([])
  })

  it('takes other flags of the same prefix for no flag of its own', () => {
    expect(batchV8Flags(['--interrupt-budget-for-feedback-allocation=10'])).toHaveLength(BATCH_V8_FLAGS.length)
  })
})

describe('the command line under the batch flags', () => {
  it('parses a page the same under a flag the user set and under its own', () => {
    const page = join(REPO, 'fixtures/seeds')
    const own = spawnSync(process.execPath, [join(REPO, 'bin/lawgov.js'), 'parse', page, '-q'], { encoding: 'utf8' })
    const users = spawnSync(process.execPath, ['--interrupt-budget=1000', '--max-inlined-bytecode-size-cumulative=0', '--heap-growing-percent=10', join(REPO, 'bin/lawgov.js'), 'parse', page, '-q'], {
      encoding: 'utf8',
    })
    expect(own.status, own.stderr).toBe(0)
    expect(users.status, users.stderr).toBe(0)
    const withoutVersion = (out: string) => out.replace(/"version":"[^"]*"/g, '')
    expect(withoutVersion(users.stdout)).toBe(withoutVersion(own.stdout))
    expect(own.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(0)
  })
})
