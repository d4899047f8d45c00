/**
 * The place-name index the region reader looks names up in, kept in a compact binary form.
 * Building it from the division table (adapters/divisions.ts) reads 3 MB of JSON, links 45 000
 * divisions and derives every short name: most of a small file's parse. `npm run build` writes
 * the built index to dist/data/places.bin (scripts/build-places.mjs); a parse reads that file
 * into typed arrays and looks names up by binary search, making a division object only when a
 * page names it. Without the file (the tests run from src/), or when it was built from another
 * version of the table, the index is built from the table — into the same form, read the same way.
 *
 * Example: an index holding 衡南县 → placeNamed('关于衡南县', 2, 3) is that name's place, and
 * divisionsOf it → [{code: '430422', name: '衡南县', level: 'county', parent: 衡阳市}].
 */
import { readFileSync } from 'node:fs'
import type { Division, DivisionLevel } from './adapters/divisions.js'

/** Where `npm run build` writes the compact index, beside this module's compiled form. */
export const BUILT_INDEX = './data/places.bin'

/** The first two code units as one small integer. Place names start with a CJK ideograph
 *  (U+3400–U+9FFF), so the key spans 27 648 × 65 536 values shifted to fit V8's small integers:
 *  a larger number would be a heap object made for every lookup. Other first characters give
 *  NaN, which no name has. */
export function prefixKey(text: string, at: number): number {
  const first = text.charCodeAt(at)
  if (first < 0x3400 || first > 0x9fff) return NaN
  return (first - 0x3400) * 65536 + text.charCodeAt(at + 1) - 0x40000000
}

/** A set of character pairs kept as bits of a hash, which may answer yes for a pair it does
 *  not hold (never no for one it holds): a first test before the exact lookup. */
const PAIR_HASH_BITS = 22
export class PairFilter {
  readonly bits: Uint32Array
  /** @param bits the bits of a filter built before (its `bits`), or none for an empty one */
  constructor(bits: Uint32Array = new Uint32Array(1 << (PAIR_HASH_BITS - 5))) {
    this.bits = bits
  }
  private static hash(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> (32 - PAIR_HASH_BITS)
  }
  add(first: number, second: number): void {
    const h = PairFilter.hash(first, second)
    this.bits[h >>> 5] = (this.bits[h >>> 5] as number) | (1 << (h & 31))
  }
  has(first: number, second: number): boolean {
    const h = PairFilter.hash(first, second)
    return ((this.bits[h >>> 5] as number) & (1 << (h & 31))) !== 0
  }
}

/** The file's layout: a magic word, the format, the division data's version, then these
 *  sections in order, each a byte length and its bytes, padded to 4 bytes. */
const MAGIC = 0x4950474c // "LGPI"
const FORMAT = 2
const SECTIONS = [
  'divisionNames', // UTF-16 code units of every division's name, end to end
  'divisionNameStarts', // u32 × (divisions + 1)
  'codes', // latin1, CODE_WIDTH characters per division, space-padded
  'levels', // u8 per division (LEVELS)
  'parents', // i32 per division: the parent's position, -1 for a province
  'placeNames', // UTF-16 code units of every place name, in code-unit order, end to end
  'placeNameStarts', // u32 × (places + 1)
  'placeDivisionStarts', // u32 × (places + 1)
  'placeDivisions', // u32: each place's divisions, by position, in the order they were indexed
  'prefixKeys', // i32: the first-two-character keys of the place names, ascending
  'prefixLengthStarts', // u32 × (prefixes + 1)
  'prefixLengths', // u8: the lengths of the names under each prefix, longest first
  'codeOrder', // u32: positions of the divisions by code, ascending; for a code held twice, the last
  'pairBits', // u32: the PairFilter of the first two characters of every place name
] as const
const CODE_WIDTH = 12
const LEVELS: readonly DivisionLevel[] = ['province', 'city', 'county', 'town']

/** Place names and their divisions, read from the compact form. */
export class PlaceIndex {
  /** The version of the division data the index was built from. */
  readonly version: string
  readonly pairFilter: PairFilter
  readonly #bytes: Uint8Array
  readonly #divisionNames: Uint16Array
  readonly #divisionNameStarts: Uint32Array
  readonly #codes: Uint8Array
  readonly #levels: Uint8Array
  readonly #parents: Int32Array
  readonly #placeNames: Uint16Array
  readonly #placeNameStarts: Uint32Array
  readonly #placeDivisionStarts: Uint32Array
  readonly #placeDivisions: Uint32Array
  readonly #prefixKeys: Int32Array
  readonly #prefixLengthStarts: Uint32Array
  readonly #prefixLengths: Uint8Array
  readonly #codeOrder: Uint32Array
  /** Division objects made so far: one per division, shared by every name that names it. */
  readonly #divisions: (Division | undefined)[] = []
  readonly #placeLists: (Division[] | undefined)[] = []
  readonly #lengthLists: (number[] | undefined)[] = []

  /**
   * @param bytes the compact form (packPlaceIndex, or the file `npm run build` wrote)
   * @throws Error when the bytes are not an index of this format
   */
  constructor(bytes: Uint8Array) {
    // typed arrays need their byte offset aligned: a pooled buffer is copied once
    this.#bytes = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes)
    const view = new DataView(this.#bytes.buffer, this.#bytes.byteOffset, this.#bytes.byteLength)
    if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT) throw new Error('not a lawgov place index of this format')
    const versionLength = view.getUint32(8, true)
    this.version = Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset + 12, versionLength).toString('utf8')
    let at = pad(12 + versionLength)
    const section: Record<string, Uint8Array> = {}
    for (const name of SECTIONS) {
      const length = view.getUint32(at, true)
      section[name] = this.#bytes.subarray(at + 4, at + 4 + length)
      at = pad(at + 4 + length)
    }
    // the sections are read where they lie, never decoded: a string is made only for what a
    // page names
    const buffer = this.#bytes.buffer
    const u16 = (name: string) => new Uint16Array(buffer, (section[name] as Uint8Array).byteOffset, (section[name] as Uint8Array).byteLength / 2)
    const u32 = (name: string) => new Uint32Array(buffer, (section[name] as Uint8Array).byteOffset, (section[name] as Uint8Array).byteLength / 4)
    const i32 = (name: string) => new Int32Array(buffer, (section[name] as Uint8Array).byteOffset, (section[name] as Uint8Array).byteLength / 4)
    this.#divisionNames = u16('divisionNames')
    this.#divisionNameStarts = u32('divisionNameStarts')
    this.#codes = section.codes as Uint8Array
    this.#levels = section.levels as Uint8Array
    this.#parents = i32('parents')
    this.#placeNames = u16('placeNames')
    this.#placeNameStarts = u32('placeNameStarts')
    this.#placeDivisionStarts = u32('placeDivisionStarts')
    this.#placeDivisions = u32('placeDivisions')
    this.#prefixKeys = i32('prefixKeys')
    this.#prefixLengthStarts = u32('prefixLengthStarts')
    this.#prefixLengths = section.prefixLengths as Uint8Array
    this.#codeOrder = u32('codeOrder')
    this.pairFilter = new PairFilter(u32('pairBits'))
  }

  /** @returns how many divisions the table holds */
  get divisionCount(): number {
    return this.#parents.length
  }

  /**
   * @param position a division's place in the table (parents before children)
   * @returns the division, the same object each time
   */
  division(position: number): Division {
    const made = this.#divisions[position]
    if (made !== undefined) return made
    const parent = this.#parents[position] as number
    const code = String.fromCharCode(...this.#codes.subarray(position * CODE_WIDTH, (position + 1) * CODE_WIDTH)).trimEnd()
    const name = String.fromCharCode(...this.#divisionNames.subarray(this.#divisionNameStarts[position], this.#divisionNameStarts[position + 1]))
    const division: Division = { code, name, level: LEVELS[this.#levels[position] as number] as DivisionLevel, parent: parent < 0 ? undefined : this.division(parent) }
    this.#divisions[position] = division
    return division
  }

  /**
   * @param prefix a prefixKey
   * @returns the lengths of the names that start so, longest first; undefined when none does
   */
  lengthsAt(prefix: number): readonly number[] | undefined {
    // a binary search written out: asked at most positions of a body, where search()'s closure
    // is a call per step
    const keys = this.#prefixKeys
    let low = 0
    let high = keys.length - 1
    let group = -1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const key = keys[middle] as number
      if (key === prefix) {
        group = middle
        break
      }
      if (key < prefix) low = middle + 1
      else high = middle - 1
    }
    if (group < 0) return undefined
    let lengths = this.#lengthLists[group]
    if (lengths === undefined) {
      lengths = Array.from(this.#prefixLengths.subarray(this.#prefixLengthStarts[group], this.#prefixLengthStarts[group + 1]))
      this.#lengthLists[group] = lengths
    }
    return lengths
  }

  /**
   * @param text a text
   * @param at where a name may start in it
   * @param length the name's length
   * @returns the place named by text[at, at + length), or -1 (no string is made to look it up)
   */
  placeNamed(text: string, at: number, length: number): number {
    const names = this.#placeNames
    const starts = this.#placeNameStarts
    // a binary search written out, as in lengthsAt
    let low = 0
    let high = starts.length - 2
    while (low <= high) {
      const place = (low + high) >>> 1
      const start = starts[place] as number
      const size = (starts[place + 1] as number) - start
      const common = Math.min(size, length)
      let order = 0
      for (let k = 0; k < common && order === 0; k++) order = (names[start + k] as number) - text.charCodeAt(at + k)
      if (order === 0) order = size - length
      if (order === 0) return place
      if (order < 0) low = place + 1
      else high = place - 1
    }
    return -1
  }

  /**
   * @param place a place found by placeNamed
   * @returns the divisions it names, in the order they were indexed (the same array each time)
   */
  divisionsOf(place: number): Division[] {
    let list = this.#placeLists[place]
    if (list === undefined) {
      list = []
      for (let k = this.#placeDivisionStarts[place] as number; k < (this.#placeDivisionStarts[place + 1] as number); k++) list.push(this.division(this.#placeDivisions[k] as number))
      this.#placeLists[place] = list
    }
    return list
  }

  /**
   * @param code a GB/T 2260 code (6 digits) or a town's (12)
   * @returns the division of that code, or undefined
   */
  divisionByCode(code: string): Division | undefined {
    if (code.length > CODE_WIDTH) return undefined
    const padded = code.padEnd(CODE_WIDTH, ' ')
    const found = search(this.#codeOrder.length, (i) => {
      const start = (this.#codeOrder[i] as number) * CODE_WIDTH
      for (let k = 0; k < CODE_WIDTH; k++) {
        const difference = (this.#codes[start + k] as number) - padded.charCodeAt(k)
        if (difference !== 0) return difference
      }
      return 0
    })
    return found < 0 ? undefined : this.division(this.#codeOrder[found] as number)
  }
}

/**
 * Index the divisions under the names they are known by, in the compact form.
 * @param table every division, parents before children
 * @param namesOf the names a division is looked up by (its own, its short forms), or none
 * @param version the version of the division data
 * @returns the compact index's bytes
 */
export function packPlaceIndex(table: readonly Division[], namesOf: (division: Division) => readonly string[], version: string): Uint8Array {
  const position = new Map(table.map((d, i) => [d, i]))
  // each name with its divisions, in the order they are first named; names no scan can start
  // ("（工业园区）城南街道", "?水街道": the table's own damage) are left out
  const byName = new Map<string, number[]>()
  for (const division of table) {
    for (const name of namesOf(division)) {
      if (Number.isNaN(prefixKey(name, 0))) continue
      const list = byName.get(name)
      const at = position.get(division) as number
      if (list === undefined) byName.set(name, [at])
      else if (!list.includes(at)) list.push(at)
    }
  }
  const places = [...byName.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const lengthsByPrefix = new Map<number, number[]>()
  for (const name of byName.keys()) {
    const prefix = prefixKey(name, 0)
    const lengths = lengthsByPrefix.get(prefix) ?? []
    if (!lengths.includes(name.length)) lengths.push(name.length)
    lengthsByPrefix.set(prefix, lengths)
  }
  const prefixes = [...lengthsByPrefix.keys()].sort((a, b) => a - b)
  const pairFilter = new PairFilter()
  for (const name of byName.keys()) pairFilter.add(name.charCodeAt(0), name.charCodeAt(1))
  const lastByCode = new Map(table.map((d, i) => [d.code, i]))
  const codeOrder = [...lastByCode.keys()].sort().map((code) => lastByCode.get(code) as number)

  const sections: Record<(typeof SECTIONS)[number], Uint8Array> = {
    divisionNames: utf16Bytes(table.map((d) => d.name).join('')),
    divisionNameStarts: u32Bytes(startsOf(table.map((d) => d.name.length))),
    codes: latin1Bytes(table.map((d) => d.code.padEnd(CODE_WIDTH, ' ')).join('')),
    levels: Uint8Array.from(table.map((d) => LEVELS.indexOf(d.level))),
    parents: new Uint8Array(Int32Array.from(table.map((d) => (d.parent === undefined ? -1 : (position.get(d.parent) as number)))).buffer),
    placeNames: utf16Bytes(places.join('')),
    placeNameStarts: u32Bytes(startsOf(places.map((name) => name.length))),
    placeDivisionStarts: u32Bytes(startsOf(places.map((name) => (byName.get(name) as number[]).length))),
    placeDivisions: u32Bytes(places.flatMap((name) => byName.get(name) as number[])),
    prefixKeys: new Uint8Array(Int32Array.from(prefixes).buffer),
    prefixLengthStarts: u32Bytes(startsOf(prefixes.map((prefix) => (lengthsByPrefix.get(prefix) as number[]).length))),
    prefixLengths: Uint8Array.from(prefixes.flatMap((prefix) => [...(lengthsByPrefix.get(prefix) as number[])].sort((a, b) => b - a))),
    codeOrder: u32Bytes(codeOrder),
    pairBits: new Uint8Array(pairFilter.bits.buffer),
  }
  const versionBytes = new Uint8Array(Buffer.from(version, 'utf8'))
  const parts: Uint8Array[] = [u32Bytes([MAGIC, FORMAT, versionBytes.length]), versionBytes]
  let size = 12 + versionBytes.length
  for (const name of SECTIONS) {
    parts.push(new Uint8Array(pad(size) - size), u32Bytes([sections[name].length]), sections[name])
    size = pad(size) + 4 + sections[name].length
  }
  parts.push(new Uint8Array(pad(size) - size))
  const bytes = new Uint8Array(pad(size))
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return bytes
}

/**
 * The compact index written at build time, when it was built from this version of the table.
 * @param version the version of the division data installed
 * @returns the index, or undefined when there is no such file or it is not an index of this format
 */
export function readBuiltPlaceIndex(version: string): PlaceIndex | undefined {
  let index: PlaceIndex
  try {
    index = new PlaceIndex(readFileSync(new URL(BUILT_INDEX, import.meta.url)))
  } catch {
    return undefined // not built, or not an index of this format: the table builds one
  }
  return index.version === version ? index : undefined
}

/** Binary search over `count` sorted items: the item `compare` finds equal (0), or -1. */
function search(count: number, compare: (item: number) => number): number {
  let low = 0
  let high = count - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const order = compare(middle)
    if (order === 0) return middle
    if (order < 0) low = middle + 1
    else high = middle - 1
  }
  return -1
}

const pad = (size: number) => (size + 3) & ~3
const startsOf = (sizes: readonly number[]) => sizes.reduce((starts, size) => (starts.push((starts.at(-1) as number) + size), starts), [0])
const u32Bytes = (values: readonly number[]) => new Uint8Array(Uint32Array.from(values).buffer)
const latin1Bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))
function utf16Bytes(text: string): Uint8Array {
  const units = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i)
  return new Uint8Array(units.buffer)
}
