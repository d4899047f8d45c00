'use strict'
/**
 * V8's optimizing compiler set for a batch of many short parses. A parse runs the same few
 * hundred functions on every page, and V8 optimizes each again and again as pages bring new
 * shapes: over the half-scale bench corpus its optimizing compiler took ~4 s of CPU in each
 * isolate (`--trace-opt`), in every worker thread again. Two V8 flags trade a little of the
 * optimized code's speed for much less compiling:
 * - `--interrupt-budget` (V8's default 67 584, here 4×): a function is optimized after four times
 *   as much work, so code that is hot for a moment only (a long page's one table) stays in the
 *   interpreter's and the baseline compiler's code;
 * - `--max-inlined-bytecode-size-cumulative` (920, here a quarter): an optimized function takes
 *   less of its callees into itself, and is compiled again less when one of them changes.
 * Measured on the half-scale bench corpus (farm-bench, 5 pairs against the command line without
 * them): `-j 1` CPU ×0.82, wall ×0.94; `-j 2` CPU ×0.83, wall ×0.85; one small file unchanged;
 * pages parsed in one warm process ×0.98–0.99 as fast. 8× the budget, or inlining at 100 or
 * none, gave no more (×0.99–1.01 of these).
 *
 * Only the command line sets them, after its own code was read from the code cache (whose check
 * compares V8's flags with the build's), and a flag the user gave Node on its command line is
 * left as the user set it (Node refuses these flags in NODE_OPTIONS). The flags are the
 * process's: every worker thread compiles under them.
 */
const { setFlagsFromString } = require('node:v8')

/** Each flag's name and the value a batch runs best with. */
const BATCH_COMPILER_FLAGS = [
  ['--interrupt-budget', 270336],
  ['--max-inlined-bytecode-size-cumulative', 230],
]

/**
 * The flags to set: those the user did not give Node.
 * @param {readonly string[]} execArgv Node's own arguments (process.execArgv)
 * @returns {string[]} each flag with its value ("--interrupt-budget=270336")
 */
function batchCompilerFlags(execArgv) {
  const given = execArgv.map((arg) => arg.split('=')[0].replace(/_/g, '-'))
  return BATCH_COMPILER_FLAGS.filter(([name]) => !given.includes(name)).map(([name, value]) => `${name}=${value}`)
}

/** Set the batch's compiler flags on this process (see above). */
function tuneCompilerForBatches() {
  for (const flag of batchCompilerFlags(process.execArgv)) setFlagsFromString(flag)
}

module.exports = { BATCH_COMPILER_FLAGS, batchCompilerFlags, tuneCompilerForBatches }
