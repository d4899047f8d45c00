/**
 * Reading the region of a document: place names found in its issuers, title, disclosure block,
 * site chrome, codes and body are looked up in the division table (GB/T 2260, see
 * adapters/divisions.ts), and the most direct evidence decides. The levels above the place named
 * come from the table (衡南县 → 湖南省 衡阳市). A name shared by several places (新华区) is settled by
 * the other places the page names, or left at the level that is certain, with a warning.
 */
import { divisions, divisionsVersion, type Division } from './adapters/divisions.js'
import { packPlaceIndex, PlaceIndex, prefixKey, readBuiltPlaceIndex } from './place-index.js'
import {
  BARE_PROVINCE_NAME,
  BODY_MIN_MENTIONS,
  CITED_PROVINCE_WEIGHT,
  PLACE_LEVEL_BY_ENDING,
  SHORT_NAME_NOT_BEFORE,
  TOWN_NAME_NOT_BEFORE,
  WEAK_NAME_PRECEDERS,
  INDEX_NUMBER_CODES,
  MIN_PLACE_NAME_LENGTH,
  SETTLING_NAME_MAX_PLACES,
  MUNICIPALITY_CODES,
  NAME_MAY_FOLLOW,
  NATIONALITIES,
  NOT_A_PLACE,
  PLACE_LIKE_STEM,
  REGION_ALIAS_RULES,
  REGION_SOURCES,
  SITE_CODE,
  type RegionSource,
} from './rules/regions.js'
import { isOrganName } from './rules/document.js'
import { isHan, isHanUnit, unitTable } from './text.js'
import type { Region } from './types.js'
import { WARNINGS } from './rules/warnings.js'

/** A text that may name the document's place, and where it was read. */
export interface RegionEvidence<Where> {
  source: RegionSource
  text: string
  where: Where
}

/** A place name found in a piece of evidence: every division of that name. */
interface Mention<Where> {
  name: string
  candidates: Division[]
  source: RegionSource
  where: Where
}

export interface RegionResult<Where> {
  region: Region | null
  /** The rule and the evidence that decided. */
  decidedBy?: { rule: string; where: Where }
  /** Problems worth a warning: 'region-ambiguous', 'region-conflict'. */
  problems: { code: typeof WARNINGS.regionAmbiguous.code | typeof WARNINGS.regionConflict.code; reason: string; where: Where }[]
}

let index: PlaceIndex | undefined

/** The place-name index: the one `npm run build` wrote, or built from the division table. */
function nameIndex(): PlaceIndex {
  index ??= readBuiltPlaceIndex(divisionsVersion()) ?? new PlaceIndex(buildPlaceIndex())
  return index
}

/**
 * Index the division table under the names pages know its places by.
 * @returns the compact index, built afresh (what `npm run build` writes to dist/data/places.bin)
 */
export function buildPlaceIndex(): Uint8Array {
  return packPlaceIndex(divisions(), placeNamesOf, divisionsVersion())
}

/** Official names, the short forms of autonomous areas and the bare names of provinces. */
export function placeNamesOf(division: Division): string[] {
  if (NOT_A_PLACE.test(division.name)) return []
  const names = [division.name]
  if (division.name.includes('自治')) names.push(...shortNames(division.name))
  const bare = division.level === 'province' ? BARE_PROVINCE_NAME.exec(division.name) : null
  if (bare !== null) names.push(bare[1] as string)
  return names.filter((name) => name.length >= MIN_PLACE_NAME_LENGTH)
}

/** The longest place name that starts at `at` and may stand there: after a weak start (a Han
 *  character that is no boundary), only a name longer than two characters or a province's. */
function placeNameAt(text: string, at: number, strongStart: boolean, lengths: readonly number[]): { name: string; divisions: Division[] } | undefined {
  const places = nameIndex()
  for (const length of lengths) {
    if (at + length > text.length) continue
    const place = places.placeNamed(text, at, length)
    if (place === -1) continue
    const name = text.slice(at, at + length)
    const divisions = places.divisionsOf(place)
    const mayStand = strongStart || length > 2 || divisions.some((d) => d.level === 'province')
    if (mayStand && !isWordNotPlace(name, text.slice(at + length, at + length + 1))) return { name, divisions }
  }
  return undefined
}

/** "红河哈尼族彝族自治州" → ["红河州"]; "石林彝族自治县" → ["石林县"]. */
export function shortNames(name: string): string[] {
  for (const rule of REGION_ALIAS_RULES) {
    if (!name.endsWith(rule.suffix)) continue
    let stem = name.slice(0, -rule.suffix.length)
    for (let changed = true; changed; ) {
      changed = false
      for (const nationality of NATIONALITIES) {
        for (const ending of [`${nationality}族`, nationality]) {
          if (stem.endsWith(ending) && stem.length > ending.length + 1) {
            stem = stem.slice(0, -ending.length)
            changed = true
          }
        }
      }
    }
    return stem === name.slice(0, -rule.suffix.length) && rule.shortSuffixes.includes('') ? [] : rule.shortSuffixes.map((suffix) => stem + suffix)
  }
  return []
}

interface FoundName {
  name: string
  index: number
  candidates: Division[]
  /** Inside 《》: the title of a cited regulation or plan. */
  cited: boolean
}

/**
 * The place names a text holds, left to right, longest first at each position.
 * @param text an organ name, a title, a line
 * @returns each name and the divisions it may be
 */
export function findPlaceNames(text: string): FoundName[] {
  return scanPlaceNames(text).known
}

/** Known place names, and words shaped like a place's name that the table does not hold (with
 *  their level). A known name right after an unknown one ("南岷县鹤鸣镇") is that unknown
 *  place's and is not kept. */
function scanPlaceNames(text: string, findUnknown = true): { known: FoundName[]; unknown: { name: string; depth: number }[] } {
  const known: FoundName[] = []
  const unknown: { name: string; depth: number }[] = []
  let previousEnd = -1
  let previousUnknown = false
  let quoteDepth = 0
  const places = nameIndex()
  const { pairFilter } = places
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i)
    if (code === 0x300a /* 《 */) quoteDepth++
    else if (code === 0x300b /* 》 */) quoteDepth = Math.max(0, quoteDepth - 1)
    // a known or a place-shaped name starts with a Han character
    if (!isHanCode(code)) {
      i++
      continue
    }
    // most positions start no name: a bit per pair of characters says so without a map lookup
    const lengths = i + 1 < text.length && pairFilter.has(code, text.charCodeAt(i + 1)) ? places.lengthsAt(prefixKey(text, i)) : undefined
    if (lengths === undefined && !findUnknown) {
      i++
      continue
    }
    const joined = i === previousEnd
    const strongStart = i === 0 || joined || !isHanCode(text.charCodeAt(i - 1)) || endsWithPreceder(text, NAME_MAY_FOLLOW, i)
    const weakStart = !strongStart && endsWithPreceder(text, WEAK_NAME_PRECEDERS, i)
    const mayStart = strongStart || weakStart
    const matched = lengths !== undefined && mayStart ? placeNameAt(text, i, strongStart, lengths) : undefined
    if (matched !== undefined) {
      if (!(joined && previousUnknown)) known.push({ name: matched.name, index: i, candidates: matched.divisions, cited: quoteDepth > 0 })
      i += matched.name.length
      previousEnd = i
      previousUnknown = joined && previousUnknown
      continue
    }
    const shaped = findUnknown && mayStart ? placeShapedAt(text, i) : undefined
    if (shaped !== undefined) {
      unknown.push(shaped)
      i += shaped.name.length
      previousEnd = i
      previousUnknown = true
      continue
    }
    i++
  }
  return { known, unknown }
}

/** Han as isHan tests it, by code unit: the BMP ideographs and the compatibility block (a
 *  surrogate is never one by itself). */
function isHanCode(code: number): boolean {
  return isHanUnit(code) || (code >= 0xf900 && code <= 0xfaff)
}

/** Whether one of the words before a name (NAME_MAY_FOLLOW, WEAK_NAME_PRECEDERS) ends at `end`:
 *  text.endsWith(word, end) without the substring V8 makes for it, nor a closure per position.
 *  Asked at every position of a text a name is looked for in: a character that ends none of
 *  them (most) is answered by one look. */
function endsWithPreceder(text: string, words: readonly string[], end: number): boolean {
  if (end === 0 || PRECEDER_ENDS[text.charCodeAt(end - 1)] !== 1) return false
  for (const word of words) {
    const start = end - word.length
    if (start < 0) continue
    let k = 0
    while (k < word.length && text.charCodeAt(start + k) === word.charCodeAt(k)) k++
    if (k === word.length) return true
  }
  return false
}

/** "和县" in "和县委", "苏木乡" in "苏木乡镇": the name is part of other words. */
function isWordNotPlace(name: string, after: string): boolean {
  if (name.length === 2 && SHORT_NAME_NOT_BEFORE.test(after)) return true
  return TOWN_NAME_NOT_BEFORE.some(([ending, next]) => name.endsWith(ending) && next.test(after))
}

const NOT_A_NAME_START: readonly string[] = [...NAME_MAY_FOLLOW, ...WEAK_NAME_PRECEDERS]

/** The words before a name by their first code unit, and the levels' endings likewise, each list
 *  in its table's order: a position is checked against the few that start with its character
 *  (placeShapedAt is asked at every position of an organ's name and a title). */
const NOT_A_NAME_START_BY_FIRST = byFirstUnit(NOT_A_NAME_START, (word) => word)
const ENDINGS_BY_FIRST = byFirstUnit(PLACE_LEVEL_BY_ENDING, ([ending]) => ending)
/** The code units the words before a name end with (endsWithPreceder's first look). */
const PRECEDER_ENDS = unitTable(NOT_A_NAME_START.map((word) => word.charAt(word.length - 1)).join(''))

function byFirstUnit<T>(items: readonly T[], wordOf: (item: T) => string): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const first = wordOf(item).charCodeAt(0)
    const group = groups.get(first)
    if (group === undefined) groups.set(first, [item])
    else group.push(item)
  }
  return groups
}

/** A word at `at` shaped like a place's name ("闽溪市"): the shortest stem of Han characters
 *  followed by a level's ending. */
function placeShapedAt(text: string, at: number): { name: string; depth: number } | undefined {
  // "中共平江县委", "关于平江县…": the word before a name is no part of it
  // loops, not some() and find(): asked at every position of an organ's name, the closures were
  // made again at each
  const starts = NOT_A_NAME_START_BY_FIRST.get(text.charCodeAt(at))
  if (starts !== undefined) for (const word of starts) if (text.startsWith(word, at)) return undefined
  for (let stem = PLACE_LIKE_STEM.min; stem <= PLACE_LIKE_STEM.max && at + stem < text.length; stem++) {
    const last = text.charCodeAt(at + stem - 1)
    if (!(isHanUnit(last) || isHan(text[at + stem - 1]))) return undefined
    const endings = ENDINGS_BY_FIRST.get(text.charCodeAt(at + stem))
    if (endings === undefined) continue
    for (const [word, depth] of endings) if (text.startsWith(word, at + stem)) return { name: text.slice(at, at + stem + word.length), depth }
  }
  return undefined
}

/** A place's full name is at most this long (新疆维吾尔自治区, 巴音郭楞蒙古自治州, and a county after). */
const PLACE_NAME_HEAD = 16

/**
 * @param text a title
 * @returns whether it opens with a place's name, known (湖南省…, 深圳…) or shaped like one down to
 *   a county (闽溪市…, 某县…) — not a common word that ends like a level (城市…, 县城…)
 */
export function opensWithPlace(text: string): boolean {
  return opensWithKnownPlace(text) || placeShapedOpening(text) !== undefined
}

/** A county's depth in the division table (province 0, city 1): how deep a name read by its shape
 *  alone goes unless asked otherwise (a town's 镇 ends many words). */
const COUNTY_DEPTH = 2

/**
 * @param text a title, a line
 * @param deepest the deepest level read (COUNTY_DEPTH; 3 for a town or a street)
 * @returns the name shaped like a place's, down to a county (or `deepest`), that it opens with ("伊洛县市场监督管理局…"
 *   → 伊洛县), whether the division table knows it or not; not a common word that ends like a level
 *   (城市…, 县城…)
 */
export function placeShapedOpening(text: string, deepest = COUNTY_DEPTH): string | undefined {
  const shaped = placeShapedAt(text.slice(0, PLACE_NAME_HEAD), 0)
  if (shaped === undefined || shaped.depth > deepest) return undefined
  const ending = PLACE_LEVEL_BY_ENDING.find(([word]) => shaped.name.endsWith(word)) as [string, number]
  return /[省市县州区旗盟]$/.test(shaped.name.slice(0, -ending[0].length)) ? undefined : shaped.name
}

/**
 * @param text a title
 * @returns whether it opens with the name of a place the division table knows (湖南省…, 衡南县…)
 */
export function opensWithKnownPlace(text: string): boolean {
  return scanPlaceNames(text.slice(0, PLACE_NAME_HEAD), false).known[0]?.index === 0
}

/** The divisions whose code a text carries: 网站标识码, a 索引号 built on a credit code. */
function codedDivisions(text: string): Division[] {
  const codes: string[] = []
  const site = SITE_CODE.exec(text)
  if (site) codes.push(site[1] as string)
  for (const pattern of INDEX_NUMBER_CODES) {
    const m = pattern.exec(text.trim())
    if (m) codes.push(m[1] as string)
  }
  const places = nameIndex()
  return codes.map((code) => places.divisionByCode(code)).filter((d): d is Division => d !== undefined)
}


/** a is b or one of b's ancestors. */
function contains(a: Division, b: Division): boolean {
  for (let d: Division | undefined = b; d !== undefined; d = d.parent) if (d === a) return true
  return false
}
const related = (a: Division, b: Division) => contains(a, b) || contains(b, a)
/** 0 for a province … 3 for a town, whatever levels a municipality skips. */
const depth = (d: Division) => LEVELS.indexOf(d.level)
const LEVELS: readonly Division['level'][] = ['province', 'city', 'county', 'town']

/** The deepest division that contains all of them, or undefined. */
function commonAncestor(list: readonly Division[]): Division | undefined {
  let common: Division | undefined = list[0]
  for (const d of list.slice(1)) {
    while (common !== undefined && !contains(common, d)) common = common.parent
  }
  return common
}

/**
 * Decide the region from the evidence.
 * @param evidence texts by source, in any order
 * @returns the region (or null), the evidence that decided, and the problems met
 */
export function resolveRegion<Where>(evidence: readonly RegionEvidence<Where>[]): RegionResult<Where> {
  // the body and the links are read only when the organ, the title, the disclosure block, the
  // site and the codes leave the region open: a long body costs more than the rest together
  const direct = evidence.filter((item) => item.source !== 'body' && item.source !== 'links')
  const scans: Scans = new Map()
  if (direct.length < evidence.length) {
    const first = resolveFrom(direct, scans)
    if (first.region !== null && first.problems.every((p) => p.code !== WARNINGS.regionAmbiguous.code)) return first
  }
  return resolveFrom(evidence, scans)
}

/** The names found in each piece of evidence, kept for the second reading when the direct
 *  evidence leaves the region open. */
type Scans = Map<RegionEvidence<unknown>, ReturnType<typeof scanPlaceNames>>

function resolveFrom<Where>(evidence: readonly RegionEvidence<Where>[], scans: Scans): RegionResult<Where> {
  const { mentions: named, unknownDepth } = namedPlaces(evidence, scans)
  let mentions: WeightedMention<Where>[]
  if (unknownDepth !== Infinity) {
    // region/unknown-place-shadows-deeper-names: the organ's own place is one the table lacks
    // ("泗河县文昌街道办事处"): a name below that level is that unknown place's, unless a known
    // place at or above the level holds it
    const anchors = named.flatMap((m) => m.candidates).filter((d) => depth(d) >= unknownDepth)
    mentions = named.filter((m) => m.candidates.some((d) => depth(d) <= unknownDepth || anchors.some((a) => a !== d && contains(a, d))))
  } else {
    // region/code-only-when-named-places-are-known: a code cannot confirm a name it does not know
    mentions = named
    for (const item of evidence) {
      if (item.source !== 'code') continue
      for (const division of codedDivisions(item.text)) mentions.push({ name: division.code, candidates: [division], source: 'code', where: item.where, weight: 1 })
    }
  }
  return decide(mentions)
}

type WeightedMention<Where> = Mention<Where> & { weight: number }

/**
 * The known places the evidence names (a code is read apart), and the shallowest level of a
 * place-shaped name the table lacks in the organs' evidence. Kept apart from the decision
 * (decide): V8 optimizes each function by itself, and the decision, optimized again whenever a
 * page brings arrays of a new shape, no longer takes this loop and the scan inlined in it along
 * (one function: 0.68 s of compiling in 8 compilations over the half-scale bench corpus; the
 * decision alone: 0.18 s).
 */
function namedPlaces<Where>(evidence: readonly RegionEvidence<Where>[], scans: Scans): { mentions: WeightedMention<Where>[]; unknownDepth: number } {
  const mentions: WeightedMention<Where>[] = []
  let unknownDepth = Infinity
  for (const item of evidence) {
    if (item.source === 'code') continue
    // a links list names sites by their organs ("吉林省司法厅"); a related headline is no link to one
    if (item.source === 'links' && !item.text.split(/[\s|｜]+/).some(isOrganName)) continue
    const organs = item.source === 'issuers' || item.source === 'title' || item.source === 'meta' || item.source === 'site'
    let scan = scans.get(item)
    if (scan === undefined) {
      scan = scanPlaceNames(item.text, organs)
      scans.set(item, scan)
    }
    const { known, unknown } = scan
    for (const found of known) {
      // region/links-province-only: a linked site says which province, no more
      const candidates = item.source === 'links' ? found.candidates.filter((d) => d.level === 'province') : found.candidates
      if (candidates.length === 0) continue
      const weight = item.source === 'body' && found.cited && candidates.every((d) => d.level === 'province') ? CITED_PROVINCE_WEIGHT : 1
      mentions.push({ name: found.name, candidates, source: item.source, where: item.where, weight })
    }
    if (organs) {
      for (const name of unknown) unknownDepth = Math.min(unknownDepth, name.depth)
    }
  }
  return { mentions, unknownDepth }
}

/** The region the mentions decide, by the sources' order (REGION_SOURCES). */
function decide<Where>(mentions: readonly WeightedMention<Where>[]): RegionResult<Where> {
  const problems: RegionResult<Where>['problems'] = []
  // a name shared by several places: keep those related to a place named elsewhere on the page
  const settled = mentions.map((mention) => {
    if (mention.candidates.length === 1) return mention.candidates
    const others = mentions.filter((m) => m.name !== mention.name)
    const supported = mention.candidates.filter((c) => others.some((m) => m.candidates.length <= SETTLING_NAME_MAX_PLACES && m.candidates.some((o) => related(c, o))))
    return supported.length > 0 ? supported : mention.candidates
  })

  let fallback: { region: Division; rule: string; where: Where } | undefined
  for (const { rule: { id }, source } of REGION_SOURCES) {
    const here = mentions.map((m, i) => ({ mention: m, places: settled[i] as Division[] })).filter((x) => x.mention.source === source)
    if (here.length === 0) continue
    const resolved = here.filter((x) => x.places.length === 1)
    if (resolved.length === 0) {
      const first = here[0] as (typeof here)[number]
      problems.push({
        code: WARNINGS.regionAmbiguous.code,
        reason: `${first.mention.name} names ${first.places.length} places (${first.places.slice(0, 3).map(path).join('; ')}${first.places.length > 3 ? ' …' : ''})`,
        where: first.mention.where,
      })
      const certain = commonAncestor(first.places)
      if (certain !== undefined && fallback === undefined) fallback = { region: certain, rule: id, where: first.mention.where }
      continue
    }
    // the place most of this source's mentions agree with; the deepest of those
    const places = [...new Set(resolved.map((x) => x.places[0] as Division))]
    const weightOf = (list: typeof resolved) => list.reduce((sum, x) => sum + x.mention.weight, 0)
    const support = (d: Division) => weightOf(resolved.filter((x) => related(d, x.places[0] as Division)))
    const own = (d: Division) => weightOf(resolved.filter((x) => x.places[0] === d))
    const eligible = source === 'body' ? places.filter((d) => own(d) >= BODY_MIN_MENTIONS || places.length === 1) : places
    if (eligible.length === 0) continue
    // most support, then most mentions of its own ("安吉县" in the header, the 版权所有 line and
    // the site name over "昌硕街道" in its address), then the deeper
    const rank = (d: Division) => [support(d), own(d), depth(d)]
    const best = eligible.reduce((a, b) => {
      const [x, y] = [rank(a), rank(b)]
      for (let k = 0; k < x.length; k++) if ((y[k] as number) !== (x[k] as number)) return (y[k] as number) > (x[k] as number) ? b : a
      return a
    })
    const decided = resolved.find((x) => x.places[0] === best) as (typeof resolved)[number]
    conflicts(best, mentions, settled, source, problems)
    return { region: toRegion(best), decidedBy: { rule: id, where: decided.mention.where }, problems }
  }
  if (fallback !== undefined) {
    return { region: toRegion(fallback.region), decidedBy: { rule: fallback.rule, where: fallback.where }, problems }
  }
  return { region: null, problems }
}

/** Places named by the disclosure block, the site or a code that cannot be the region chosen. */
function conflicts<Where>(
  chosen: Division,
  mentions: readonly Mention<Where>[],
  settled: readonly Division[][],
  decidedBy: RegionSource,
  problems: RegionResult<Where>['problems'],
): void {
  const order = REGION_SOURCES.map((s) => s.source)
  for (const [i, mention] of mentions.entries()) {
    const places = settled[i] as Division[]
    if (mention.source === 'body' || mention.source === 'links' || order.indexOf(mention.source) <= order.indexOf(decidedBy) || places.length !== 1) continue
    const place = places[0] as Division
    if (related(place, chosen)) continue
    problems.push({
      code: WARNINGS.regionConflict.code,
      reason: `the ${mention.source === 'meta' ? 'disclosure block' : mention.source} names ${path(place)}, the document ${path(chosen)}`,
      where: mention.where,
    })
    return
  }
}

/** "湖南省 衡阳市 衡南县". */
function path(d: Division): string {
  const names: string[] = []
  for (let p: Division | undefined = d; p !== undefined; p = p.parent) names.unshift(p.name)
  return names.join(' ')
}

/** The Report's region for a division: every level above it filled from the table; a
 *  municipality is its own city (北京市 东城区 → province 北京市, city 北京市). */
function toRegion(d: Division): Region {
  const region: Region = { province: null, city: null, county: null, town: null, code: d.code }
  for (let p: Division | undefined = d; p !== undefined; p = p.parent) region[p.level] = p.name
  let province: Division | undefined = d
  while (province?.parent !== undefined) province = province.parent
  if (region.city === null && province !== undefined && MUNICIPALITY_CODES.includes(province.code)) region.city = province.name
  return region
}
