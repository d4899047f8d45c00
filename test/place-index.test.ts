/** The place-name index in its compact form answers what the division table says, and the one
 *  `npm run build` wrote is current. */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { divisions, divisionsVersion, type Division } from '../src/adapters/divisions.js'
import { BUILT_INDEX, PlaceIndex, prefixKey } from '../src/place-index.js'
import { buildPlaceIndex, placeNamesOf } from '../src/regions.js'

const table = divisions()
const bytes = buildPlaceIndex()
const index = new PlaceIndex(bytes)
const path = (d: Division | undefined): string => (d === undefined ? '' : `${path(d.parent)}/${d.code} ${d.name} ${d.level}`)

/** The index as plain maps, built the obvious way from the table. */
const expected = new Map<string, Division[]>()
for (const division of table) {
  for (const name of placeNamesOf(division)) {
    if (Number.isNaN(prefixKey(name, 0))) continue
    const list = expected.get(name) ?? []
    if (!list.includes(division)) list.push(division)
    expected.set(name, list)
  }
}

describe('place index', () => {
  it('finds every name the table gives, with its divisions in table order and their parents', () => {
    expect(expected.size).toBeGreaterThan(30000)
    for (const [name, list] of expected) {
      const place = index.placeNamed(`关于${name}的`, 2, name.length)
      expect(place, name).toBeGreaterThanOrEqual(0)
      expect(index.divisionsOf(place).map(path), name).toEqual(list.map(path))
    }
  })

  it('knows each prefix with the lengths of its names, longest first, and nothing else', () => {
    const lengths = new Map<number, Set<number>>()
    for (const name of expected.keys()) lengths.set(prefixKey(name, 0), (lengths.get(prefixKey(name, 0)) ?? new Set()).add(name.length))
    for (const [prefix, set] of lengths) expect(index.lengthsAt(prefix)).toEqual([...set].sort((a, b) => b - a))
    expect(index.lengthsAt(prefixKey('的的', 0))).toBeUndefined()
    expect(index.placeNamed('衡南县', 0, 2)).toBe(-1)
    expect(index.placeNamed('某某县', 0, 3)).toBe(-1)
  })

  it('reads the short forms, the bare province names, and codes', () => {
    const named = (name: string) => index.divisionsOf(index.placeNamed(name, 0, name.length)).map((d) => d.name)
    expect(named('红河州')).toEqual(['红河哈尼族彝族自治州'])
    expect(named('湖南')).toEqual(['湖南省'])
    expect(index.divisionByCode('430422')?.name).toBe('衡南县')
    expect(index.divisionByCode('430422')?.parent?.name).toBe('衡阳市')
    expect(index.divisionByCode('999999')).toBeUndefined()
    const lastByCode = new Map(table.map((d) => [d.code, d]))
    for (const [code, division] of lastByCode) expect(index.divisionByCode(code)?.name, code).toBe(division.name)
  })

  it('gives one object per division, shared by every name that names it', () => {
    const short = index.divisionsOf(index.placeNamed('红河州', 0, 3))[0]
    const full = index.divisionsOf(index.placeNamed('红河哈尼族彝族自治州', 0, 10))[0]
    expect(short).toBe(full)
    expect(index.divisionByCode(full?.code as string)).toBe(full)
    expect(index.version).toBe(divisionsVersion())
    expect(index.divisionCount).toBe(table.length)
  })

  it('reads an index that lies at any offset of a buffer', () => {
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    // a Buffer, as readFileSync gives: its slice() is a view at the same offset, not a copy
    const moved = new PlaceIndex(Buffer.from(shifted.buffer, 1, bytes.length))
    expect(moved.divisionsOf(moved.placeNamed('衡南县', 0, 3)).map(path)).toEqual(index.divisionsOf(index.placeNamed('衡南县', 0, 3)).map(path))
  })

  it('refuses bytes that are no index', () => {
    expect(() => new PlaceIndex(new Uint8Array(64))).toThrow(/not a lawgov place index/)
  })

  it.runIf(existsSync(new URL(`../dist/${BUILT_INDEX}`, import.meta.url)))('written by npm run build is the one the installed table builds', () => {
    const written = readFileSync(new URL(`../dist/${BUILT_INDEX}`, import.meta.url))
    expect(written.length).toBe(bytes.length)
    expect(written.equals(bytes), 'dist/data/places.bin is stale: npm run build').toBe(true)
  })
})
