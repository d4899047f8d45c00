'use strict'
/**
 * V8 set for a batch of many short parses: its optimizing compiler, and how far a heap grows
 * before it is collected.
 *
 * The compiler. A parse runs the same few hundred functions on every page, and V8 optimizes each
 * again and again as pages bring new shapes: over the half-scale bench corpus its optimizing
 * compiler took ~4 s of CPU in each isolate (`--trace-opt`), in every worker thread again. Two
 * flags trade a little of the optimized code's speed for much less compiling:
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
 * The heap. With worker threads the main thread receives every worker's Report as a string,
 * and each waits there until the pages before it are written: long enough to be moved to the old
 * generation, which V8 lets grow to about four times what is alive before it collects it (on
 * 533 MB of HTML pages at `-j 2`, the main thread's old generation went from ~30 to ~130 MB
 * every 1.3 s). `--heap-growing-percent=100` lets it grow to twice what is alive. Measured
 * against V8's growth (`node --heap-growing-percent=0`, farm-bench): 533 MB of HTML pages at
 * `-j 2` peak RSS 295 → 232 MB, CPU ×1.00, wall ×1.01 (3 pairs); the half-scale corpus at `-j 2`
 * 182 → 168 MB, CPU ×0.99, wall ×0.97, and at `-j 1` unchanged (133 → 132 MB, ×1.02; 5 pairs
 * each). 50 gave 224 MB, 150 gave 261 MB on the 533 MB.
 *
 * Only the command line sets them, after its own code was read from the code cache (whose check
 * compares V8's flags with the build's), and a flag the user gave Node on its command line is
 * left as the user set it (Node refuses these flags in NODE_OPTIONS). The flags are the
 * process's: every worker thread compiles and collects under them.
 */
const { setFlagsFromString } = require('node:v8')

/** Each flag's name and the value a batch runs best with. */
const BATCH_V8_FLAGS = [
  ['--interrupt-budget', 270336],
  ['--max-inlined-bytecode-size-cumulative', 230],
  ['--heap-growing-percent', 100],
]

/**
 * The flags to set: those the user did not give Node.
 * @param {readonly string[]} execArgv Node's own arguments (process.execArgv)
 * @returns {string[]} each flag with its value ("--interrupt-budget=270336")
 */
function batchV8Flags(execArgv) {
  const given = execArgv.map((arg) => arg.split('=')[0].replace(/_/g, '-'))
  return BATCH_V8_FLAGS.filter(([name]) => !given.includes(name)).map(([name, value]) => `${name}=${value}`)
}

/** Set the batch's V8 flags on this process (see above). */
function tuneV8ForBatches() {
  for (const flag of batchV8Flags(process.execArgv)) setFlagsFromString(flag)
}

module.exports = { BATCH_V8_FLAGS, batchV8Flags, tuneV8ForBatches }
