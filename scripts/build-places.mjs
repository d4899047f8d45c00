/**
 * Part of `npm run build`: write the place-name index, built from the division table, to
 * dist/data/places.bin in its compact form (src/place-index.ts), so that a parse loads it in a
 * few milliseconds instead of building it. A test checks the file against the table.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { BUILT_INDEX } from '../dist/place-index.js'
import { buildPlaceIndex } from '../dist/regions.js'

const path = new URL(BUILT_INDEX, new URL('../dist/place-index.js', import.meta.url))
mkdirSync(new URL('.', path), { recursive: true })
writeFileSync(path, buildPlaceIndex())
