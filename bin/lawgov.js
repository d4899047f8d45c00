#!/usr/bin/env node
'use strict'
const { join } = require('node:path')
const { loadBundle } = require('./load-bundle.js')

const { run } = loadBundle(join(__dirname, '../dist/lawgov.cjs')).exports
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
