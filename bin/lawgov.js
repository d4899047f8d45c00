#!/usr/bin/env node
'use strict'
const { join } = require('node:path')
const { tuneV8ForBatches } = require('./batch-flags.js')
const { loadBundle } = require('./load-bundle.js')

const { run } = loadBundle(join(__dirname, '../dist/lawgov.cjs')).exports
// after the bundle was read from its code cache: the cache's check compares V8's flags with the build's
tuneV8ForBatches()
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
