'use strict'
/**
 * Loaded with `node --require` before bin/lawgov.js by the bench's end-to-end runs: at exit, the
 * process's peak resident memory (its threads included) goes to stderr as "maxrss <KiB>", so the
 * command is measured as users run it (the bundle, its code cache, its compiler flags).
 */
process.on('exit', () => {
  process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\n`)
})
