#!/usr/bin/env node
import { run } from '../dist/lawgov.js'
process.exitCode = await run(process.argv.slice(2))
