/**
 * Extract citations (shape stage): the documents a report's body cites, in order of first
 * mention — by title in 《》, with the 文号, version and short name the brackets after it give
 * （湘〔2016〕19号，以下简称《纲要》）, or by a 文号 alone (按照县政府临政〔2019〕36号文件). Short
 * references (《纲要》, 《条例》（送审稿）) count against the full title they stand for.
 *
 * Only the document's own paragraphs are read: its title (which may quote the document a 通知
 * publishes, its `encloses`), 文号 line, signature and 版记 cite nothing.
 */
import { findPlaceNames } from '../regions.js'
import {
  ALIAS_DEFINITION,
  BRACKET_PART_SEPARATOR,
  CITATION_VERSIONS,
  CITED_AGENCY_MAX_LENGTH,
  CITED_DOCUMENT_ENDINGS,
  CITED_TITLE_MAX_LENGTH,
  DATED_VERSION,
  GOVERNMENT_ORGAN,
  NOT_A_LAW_ENDINGS,
  ORGAN_BEFORE_AGENCY,
  PARTY_ORGAN,
  PARTY_TITLE,
  REGULATION_ENDING,
  SHORT_REFERENCE_QUALIFIERS,
  STATE_NAME,
} from '../rules/citations.js'
import { DOC_NUMBER, isOrganName, splitNames, titleEnd } from '../rules/document.js'
import { CITING_WORDS, NOT_AN_AGENCY_BEFORE } from '../rules/repairs.js'
import { isHan } from '../text.js'
import type { CitationKind } from '../types.js'
import type { Block } from './segment.js'

export interface ExtractCitationsInput {
  /** The segmented document (offsets into the repaired text). */
  blocks: readonly Block[]
  /** The document's own title, 文号 and the title it publishes: none of them is a citation. */
  title: string | null
  docNumber: string | null
  encloses: string | null
}

/** One cited document; `offsets` are where each mention starts, in the repaired text. */
export interface CitationFound {
  title: string | null
  docNumber: string | null
  kind: CitationKind | null
  issuer: string | null
  alias: string | null
  versions: string[]
  offsets: number[]
}

/** A 《title》 or a lone 文号 where the text cites it. */
interface Mention {
  start: number
  /** The title as cited, normalized; null for a 文号 cited alone. */
  title: string | null
  /** The title without its version: what the kind and the issuer are read from. */
  base: string | null
  /** The base folded for comparison: Han, letters and digits only (2015-2020年 → 20152020). */
  key: string | null
  docNumber: string | null
  alias: string | null
  versions: string[]
  /** Not in the body: the document's own title or what it encloses ('own'), whose mentions are
   *  no citations, or a title its own title quotes ('quoted': 《纲要》 in a 《…纲要》中期评估报告
   *  stands for it) — both only for the body's mentions to count against. */
  from?: 'own' | 'quoted'
}

/**
 * @param input the document's blocks and own title, 文号 and enclosed title
 * @returns the cited documents in order of first mention
 */
export function extractCitations(input: ExtractCitationsInput): CitationFound[] {
  const mentions: Mention[] = []
  for (const block of input.blocks) {
    if (block.role === 'content') mentions.push(...mentionsIn(block.text, block.start))
  }
  const titles: Mention[] = []
  for (const own of [input.title, input.encloses]) if (own !== null) titles.push(titleOnly(own, 'own'))
  for (const quoted of input.title?.matchAll(QUOTED_TITLE) ?? []) titles.push(titleOnly(quoted[1] as string, 'quoted'))
  return group([...titles, ...mentions.filter((m) => m.key !== null || m.docNumber !== input.docNumber)])
}

/** A title in 《》 inside the document's own title: 某镇贯彻落实《某实施方案》中期评估报告. */
const QUOTED_TITLE = /《([^《》]{2,})》/g

/** A title known from outside the body (the document's own, or one it quotes). */
function titleOnly(raw: string, from: 'own' | 'quoted'): Mention {
  const title = normalizeTitle(raw)
  const { base, versions } = withoutVersion(title)
  return { start: -1, title, base, key: titleKey(base), docNumber: null, alias: null, versions, from }
}

/**
 * What identifies a cited document across reports: its title's words without version, brackets
 * or punctuation (法治政府建设实施纲要（2015—2020年） and 法治政府建设实施纲要(2015-2020) are one), or
 * its 文号 when it is cited by that alone.
 * @param citation a citation of a Report
 * @returns its key
 */
export function citationKey(citation: { title: string | null; docNumber: string | null }): string {
  return citation.title === null ? `文号 ${citation.docNumber ?? ''}` : titleKey(withoutVersion(citation.title).base)
}

// ── mentions in a paragraph ────────────────────────────────────────────────────────────────

const LONE_DOC_NUMBER = /〔(?:19|20)\d{2}〕\d{1,5}号/g

function mentionsIn(text: string, offset: number): Mention[] {
  const found: Mention[] = []
  /** Ranges a title mention covers with its brackets, so that their 文号 is not read again. */
  const covered: [number, number][] = []
  for (let i = text.indexOf('《'); i !== -1; i = text.indexOf('《', i + 1)) {
    const close = matchingClose(text, i)
    if (close === undefined) continue
    const mention = titleMention(text, i, close)
    if (mention === undefined) {
      i = close
      continue
    }
    found.push({ ...mention.mention, start: offset + i })
    covered.push([i, mention.end])
    // a short name defined in the brackets after the title is no mention of its own
    i = mention.end - 1
  }
  if (text.includes('〕')) {
    let next = 0 // the first covered range that may hold what comes next (both lists are in order)
    for (const m of text.matchAll(LONE_DOC_NUMBER)) {
      const at = m.index ?? 0
      while (next < covered.length && (covered[next] as [number, number])[1] <= at) next++
      if (next < covered.length && at >= (covered[next] as [number, number])[0]) continue
      const agency = citedAgency(text, at)
      if (agency === undefined) continue
      found.push({ start: offset + at - agency.length, title: null, base: null, key: null, docNumber: `${agency}${m[0]}`, alias: null, versions: [] })
    }
    found.sort((a, b) => a.start - b.start)
  }
  return found
}

/** The 》 that closes the 《 at `open` (titles nest: 《关于印发《某方案》的通知》), on its line. */
function matchingClose(text: string, open: number): number | undefined {
  let depth = 0
  const last = Math.min(text.length, open + CITED_TITLE_MAX_LENGTH)
  for (let i = open; i < last; i++) {
    const ch = text[i]
    if (ch === '《') depth++
    else if (ch === '》' && --depth === 0) return i
    else if (ch === '\n') return undefined
  }
  return undefined
}

/** The mention 《…》 at [open, close] makes, with what the brackets after it say; undefined when
 *  the title is no document's (《某某日报》). */
function titleMention(text: string, open: number, close: number): { mention: Omit<Mention, 'start'>; end: number } | undefined {
  const { base, versions } = withoutVersion(normalizeTitle(text.slice(open + 1, close)))
  if (!isDocumentTitle(base)) return undefined
  let docNumber: string | null = null
  let alias: string | null = null
  let end = close + 1
  // the brackets after 》: （草案）, （湘〔2016〕19号）, （以下简称《纲要》）, or several parts in one
  for (;;) {
    const bracket = bracketAt(text, end)
    if (bracket === undefined) break
    const parts = bracket.inner.split(BRACKET_PART_SEPARATOR).map((part) => part.trim())
    const read = parts.map((part) => {
      const version = versionOf(part)
      if (version !== undefined) return () => versions.push(version)
      const number = DOC_NUMBER.exec(part)
      if (number && number.index === 0 && number[0].length === part.length) {
        return () => (docNumber ??= canonicalDocNumber(number))
      }
      const definition = ALIAS_DEFINITION.exec(part)
      if (definition) return () => (alias ??= (definition[1] as string).trim())
      return undefined
    })
    if (read.some((apply) => apply === undefined)) break
    for (const apply of read) (apply as () => void)()
    end = bracket.end
  }
  return { mention: { title: normalizeTitle(text.slice(open + 1, close)), base, key: titleKey(base), docNumber, alias, versions }, end }
}

/** The brackets （…） right after `at` (spaces aside), on the line. */
function bracketAt(text: string, at: number): { inner: string; end: number } | undefined {
  let i = at
  while (text[i] === ' ') i++
  if (text[i] !== '（' && text[i] !== '(') return undefined
  for (let j = i + 1; j < Math.min(text.length, i + 60); j++) {
    const ch = text[j]
    if (ch === '）' || ch === ')') return { inner: text.slice(i + 1, j), end: j + 1 }
    if (ch === '（' || ch === '(' || ch === '\n') return undefined
  }
  return undefined
}

function versionOf(part: string): string | undefined {
  return CITATION_VERSIONS.includes(part) || DATED_VERSION.test(part) ? part : undefined
}

function canonicalDocNumber(m: RegExpExecArray): string {
  return `${(m[1] as string).replace(/\s/g, '')}〔${m[2]}〕${m[3]}号`
}

/** The 代字 before the 〔 at `at` in running text: the Han characters right before it, after a
 *  citing word or an organ's name (按照县政府|临政〔2019〕36号); undefined when they are no 代字
 *  (第〔…〕, a run too long to be one). Read backwards, at most a few characters. */
function citedAgency(text: string, at: number): string | undefined {
  let start = at
  while (start > 0 && at - start < CITED_RUN_MAX_LENGTH && isHan(text[start - 1])) start--
  let run = text.slice(start, at)
  for (const word of CITING_WORDS) {
    const found = run.lastIndexOf(word)
    if (found !== -1) run = run.slice(found + word.length)
  }
  let afterOrgan = -1
  for (const m of run.matchAll(ORGAN_BEFORE_AGENCY)) afterOrgan = (m.index ?? 0) + m[0].length
  if (afterOrgan !== -1) run = run.slice(afterOrgan)
  if (run === '' || run.length > CITED_AGENCY_MAX_LENGTH || NOT_AN_AGENCY_BEFORE.test(run)) return undefined
  return run
}

/** A place's full name is at most this long (新疆维吾尔自治区, 巴音郭楞蒙古自治州, and a county after them). */
const PLACE_NAME_MAX_LENGTH = 16

/** How far back the characters before a lone 文号 are read: a citing word, an organ and a 代字. */
const CITED_RUN_MAX_LENGTH = 24

// ── titles ─────────────────────────────────────────────────────────────────────────────────

/** A title as the report cites it, normalized: inner 《》, <> and ＜＞ as 〈〉, brackets full-width,
 *  spaces collapsed. */
function normalizeTitle(raw: string): string {
  return raw
    .replace(/[《<＜]/g, '〈')
    .replace(/[》>＞]/g, '〉')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A title without the version in brackets at its end: 某办法（试行） → 某办法, [试行]. */
function withoutVersion(title: string): { base: string; versions: string[] } {
  const m = /（([^（）]{1,12})）$/.exec(title)
  const version = m === null ? undefined : versionOf(m[1] as string)
  if (m === null || version === undefined) return { base: title, versions: [] }
  return { base: title.slice(0, m.index), versions: [version] }
}

/** Titles compare by their Han characters, letters and digits: 实施纲要（2015-2020年） and
 *  实施纲要(2015—2020) are one title. */
function titleKey(base: string): string {
  return base.replace(/[^\p{sc=Han}A-Za-z0-9]/gu, '').replace(/(?<=\d)年/g, '')
}

function documentEnding(base: string): readonly [string, CitationKind | null] | undefined {
  const end = titleEnd(base)
  const found = CITED_DOCUMENT_ENDINGS.find(([ending]) => end.endsWith(ending))
  if (found === undefined) return undefined
  if (found[0] === '法' && NOT_A_LAW_ENDINGS.some((word) => end.endsWith(word))) return undefined
  return end.length > found[0].length || found[0].length >= 2 ? found : undefined
}

function isDocumentTitle(base: string): boolean {
  return documentEnding(base) !== undefined
}

/** The organs a title names before its 关于: 《某市人民政府办公室关于…的通知》 → 某市人民政府办公室. */
function issuerOf(base: string): string | null {
  const at = base.indexOf('关于')
  if (at < 2) return null
  const head = base.slice(0, at).trim()
  const names = splitNames(head, /[\s、]+/)
  return names.length > 0 && names.every(isOrganName) ? head : null
}

/**
 * The kind of a cited document: by its title's ending; a 条例 is a 地方性法规 when its title opens
 * with a place's name (《某省某某条例》) and a 行政法规 otherwise; a document the party issues
 * alone (its title's organs are party organs, or it opens with 中国共产党) is a 党内法规.
 */
function kindOf(base: string, issuer: string | null): CitationKind | null {
  const ending = documentEnding(base)
  if (ending === undefined) return null
  const issuers = issuer === null ? [] : splitNames(issuer, /[\s、]+/)
  const byParty = PARTY_TITLE.test(base) || (issuers.length > 0 && issuers.some((name) => PARTY_ORGAN.test(name)) && !issuers.some((name) => GOVERNMENT_ORGAN.test(name)))
  if (byParty) return '党内法规'
  if (ending[0] !== REGULATION_ENDING) return ending[1]
  // the longest place names (巴音郭楞蒙古自治州) fit in the first characters: only they are read
  return base.startsWith(STATE_NAME) || findPlaceNames(base.slice(0, PLACE_NAME_MAX_LENGTH))[0]?.index !== 0 ? '行政法规' : '地方性法规'
}

// ── grouping mentions into cited documents ─────────────────────────────────────────────────

/** A mention of a short title stands for the full title it shortens: a title's ending, alone or
 *  qualified (《纲要》, 《实施纲要》), or a law's name without the state's (《行政许可法》). */
function shortens(short: string, full: string): boolean {
  if (short.length >= full.length || !full.endsWith(short)) return false
  if (full === STATE_NAME + short) return true
  const ending = CITED_DOCUMENT_ENDINGS.find(([word]) => short.endsWith(word))?.[0]
  if (ending === undefined) return false
  const qualifier = short.slice(0, short.length - ending.length)
  return qualifier === '' || SHORT_REFERENCE_QUALIFIERS.includes(qualifier)
}

function group(mentions: readonly Mention[]): CitationFound[] {
  const aliases = new Map<string, string>()
  for (const m of mentions) if (m.alias !== null && m.key !== null) aliases.set(titleKey(m.alias), m.key)
  // a short reference shortens a title's words, not its year range: 《纲要》 → 《…实施纲要（2015—2020年）》;
  // each stem's mentions in order, and for each short key the stems it may shorten (a page may
  // mention one title thousands of times: nothing here compares mention with mention)
  const byStem = new Map<string, number[]>()
  mentions.forEach((m, index) => {
    if (m.base === null) return
    const stem = titleKey(titleEnd(m.base))
    const list = byStem.get(stem)
    if (list === undefined) byStem.set(stem, [index])
    else list.push(index)
  })
  const shortened = new Map<string, number[][]>()
  const stemsShortenedBy = (key: string): number[][] => {
    let found = shortened.get(key)
    if (found === undefined) {
      // a stem that itself shortens another (《实施纲要》 beside 《某实施纲要（…）》) is no full title
      found = [...byStem].filter(([stem]) => shortens(key, stem) && ![...byStem.keys()].some((other) => shortens(stem, other))).map(([, list]) => list)
      shortened.set(key, found)
    }
    return found
  }
  /** The key a titled mention counts against: the nearest full title before it that it shortens,
   *  or else the first after it. */
  const resolve = (m: Mention, index: number): string => {
    const key = m.key as string
    const aliased = aliases.get(key)
    if (aliased !== undefined && aliased !== key) return aliased
    const lists = stemsShortenedBy(key)
    if (lists.length === 0) return key
    let before = -1
    let after = Infinity
    for (const list of lists) {
      const at = lastBefore(list, index)
      if (at !== -1) before = Math.max(before, list[at] as number)
      after = Math.min(after, list[0] as number)
    }
    return (mentions[before !== -1 ? before : after] as Mention).key as string
  }

  type Grouped = CitationFound & { fullSeen: boolean; own: boolean }
  const byKey = new Map<string, Grouped>()
  const byNumber = new Map<string, Grouped>()
  const order: Grouped[] = []
  mentions.forEach((m, index) => {
    const key = m.key === null ? null : resolve(m, index)
    let citation = (key === null ? undefined : byKey.get(key)) ?? (m.docNumber === null ? undefined : byNumber.get(m.docNumber))
    const isFull = key !== null && key === m.key
    if (citation === undefined) {
      citation = { title: null, docNumber: null, kind: null, issuer: null, alias: null, versions: [], offsets: [], fullSeen: false, own: false }
      order.push(citation)
    }
    if (key !== null) byKey.set(key, citation)
    if (m.from === undefined) citation.offsets.push(m.start)
    else if (m.from === 'own') citation.own = true
    if (m.title !== null && m.base !== null && (isFull || citation.title === null) && !citation.fullSeen) {
      citation.title = m.title
      citation.issuer = issuerOf(m.base)
      citation.kind = kindOf(m.base, citation.issuer)
      citation.fullSeen = isFull
    }
    if (m.docNumber !== null && citation.docNumber === null) {
      citation.docNumber = m.docNumber
      byNumber.set(m.docNumber, citation)
    }
    if (m.alias !== null) citation.alias ??= m.alias
    for (const version of m.versions) if (!citation.versions.includes(version)) citation.versions.push(version)
  })
  return order
    .filter((citation) => !citation.own && citation.offsets.length > 0)
    .sort((a, b) => (a.offsets[0] as number) - (b.offsets[0] as number))
    .map(({ fullSeen: _, own: __, ...citation }) => citation)
}

/** The position in an ascending list of its last value below `value`, or -1. */
function lastBefore(list: readonly number[], value: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((list[middle] as number) < value) low = middle + 1
    else high = middle
  }
  return low - 1
}
