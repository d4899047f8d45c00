/**
 * Extract citations (shape stage): the documents a report's body cites, in order of first
 * mention — by title in 《》, with the 文号, version and short name the brackets after it give
 * （湘〔2016〕19号，以下简称《纲要》）, or by a 文号 alone (按照县政府临政〔2019〕36号文件). Short
 * references (《纲要》, 《条例》（送审稿）) count against the full title they stand for.
 *
 * Only the document's own paragraphs are read: its title, 文号 line, signature and 版记 cite
 * nothing; nor does the sentence of a 通知 that publishes what it quotes (现将《…》印发给你们).
 */
import { opensWithPlace } from '../regions.js'
import {
  ALIAS_DEFINITION,
  BETWEEN_TITLE_AND_NUMBER,
  BRACKET_PART_SEPARATOR,
  BRACKETS_AFTER_TITLE,
  BRACKET_AFTER_TITLE_MAX_LENGTH,
  CITED_RUN_MAX_LENGTH,
  CITATION_VERSIONS,
  CITED_AGENCY_MAX_LENGTH,
  CITED_DOCUMENT_ENDINGS,
  CITED_TITLE_MAX_LENGTH,
  DOCUMENT_TITLE_END,
  GOVERNMENT_ORGAN,
  IMPLEMENTING_MEASURES,
  INTERPRETED_TITLE,
  ISSUER_END,
  ISSUER_SHORT_NAME,
  ISSUER_TAIL,
  LOCAL_REGULATION_MARK,
  NOT_A_DOCUMENT_AFTER,
  NOT_A_LAW_ENDINGS,
  NOT_IN_AGENCY,
  ORDER_NUMBER,
  ORGAN_BEFORE_AGENCY,
  PARTY_ORGAN,
  PARTY_TITLE,
  PUBLISHING_SENTENCE,
  REGULATION_ENDING,
  SENTENCE_MAX_LENGTH,
  CLAUSE_END,
  SHORT_REFERENCE_QUALIFIERS,
  STATE_NAME,
  VERSION_SHAPE,
} from '../rules/citations.js'
import { canonicalDocNumberOf, DOC_NUMBER, ENCLOSING_CLOSE, ENCLOSING_OPEN, isOrganName, splitNames, titleEnd } from '../rules/document.js'
import { CITING_WORDS, NOT_AN_AGENCY_BEFORE } from '../rules/repairs.js'
import { SENTENCE_END_MARKS } from '../rules/punctuation.js'
import { allMatches, isHan, unitTable } from '../text.js'
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
  /** Not a citation but a title the body's mentions count against: the document's own title or
   *  what it publishes ('own': their mentions are no citations), or a title its own title quotes
   *  ('quoted': 《纲要》 in a 《…纲要》中期评估报告 stands for it; not in the body, so not counted). A
   *  mention in the sentence that publishes it is 'own' too. */
  from?: 'own' | 'quoted'
}

/**
 * @param input the document's blocks and own title, 文号 and enclosed title
 * @returns the cited documents in order of first mention
 */
export function extractCitations(input: ExtractCitationsInput): CitationFound[] {
  const mentions: Mention[] = []
  for (const block of input.blocks) {
    if (block.role === 'content' && (block.text.includes('《') || block.text.includes('〕'))) mentions.push(...mentionsIn(block.text, block.start))
  }
  return group([...titlesOf(input), ...mentions.filter((m) => m.key !== null || m.docNumber !== input.docNumber)])
}

/** A title in 《》 inside the document's own title: 某镇贯彻落实《某实施方案》中期评估报告. */
const QUOTED_TITLE = /《([^《》]{2,})》/g

/** The titles known from outside the body: the document's own (with its 文号), what it publishes,
 *  and what its title quotes — all of a 通知's quoted titles when it publishes them (关于印发《A》和
 *  《B》的通知), and the subject a 解读 names without 《》. */
function titlesOf(input: ExtractCitationsInput): Mention[] {
  const titles: Mention[] = []
  const { title } = input
  if (title !== null) titles.push({ ...titleOnly(title, 'own'), docNumber: input.docNumber })
  if (input.encloses !== null) titles.push(titleOnly(input.encloses, 'own'))
  if (title === null) return titles
  const publishes = ENCLOSING_OPEN.test(title) && ENCLOSING_CLOSE.test(title)
  for (const quoted of allMatches(QUOTED_TITLE, title)) titles.push(titleOnly(quoted[1] as string, publishes ? 'own' : 'quoted'))
  const interpreted = INTERPRETED_TITLE.exec(title)
  if (interpreted !== null && !title.includes('《')) titles.push(titleOnly(interpreted[1] as string, 'quoted'))
  return titles
}

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

/** A title mention with where it and its brackets end, in the paragraph. */
interface Placed {
  mention: Mention
  open: number
  end: number
}

function mentionsIn(text: string, offset: number): Mention[] {
  const titles: Placed[] = []
  for (let i = text.indexOf('《'); i !== -1; i = text.indexOf('《', i + 1)) {
    const close = matchingClose(text, i)
    if (close === undefined) continue
    const read = titleMention(text, i, close)
    if (read === undefined) {
      i = close
      continue
    }
    if (isPublishedIn(text, i)) read.mention.from = 'own'
    titles.push({ mention: { ...read.mention, start: offset + i }, open: i, end: read.end })
    // a short name defined in the brackets after the title is no mention of its own
    i = read.end - 1
  }
  const found = titles.map((placed) => placed.mention)
  if (!text.includes('〕')) return found
  let next = 0 // the first title that ends after what comes next (titles are in order)
  for (const m of allMatches(LONE_DOC_NUMBER, text)) {
    const at = m.index ?? 0
    while (next < titles.length && (titles[next] as Placed).end <= at) next++
    if (next < titles.length && at >= (titles[next] as Placed).open) continue // inside a title's brackets
    const agency = citedAgency(text, at)
    if (agency === undefined) continue
    const docNumber = `${agency}${m[0]}`
    const start = at - agency.length
    // the 文号 of the title beside it: 《某办法》 | 某政发〔2017〕2号, 依据某政发〔2018〕7号《某办法》
    const before = titles[next - 1]
    const after = titles[next]
    const owner =
      before !== undefined && BETWEEN_TITLE_AND_NUMBER.test(text.slice(before.end, start))
        ? before
        : after !== undefined && BETWEEN_TITLE_AND_NUMBER.test(text.slice(at + m[0].length, after.open).replace(/^文件/, ''))
          ? after
          : undefined
    if (owner !== undefined && (owner.mention.docNumber === null || owner.mention.docNumber === docNumber)) {
      owner.mention.docNumber = docNumber
      continue
    }
    found.push({ start: offset + start, title: null, base: null, key: null, docNumber, alias: null, versions: [] })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The 》 that closes the 《 at `open` (titles nest: 《关于印发《某方案》的通知》), on its line. */
function matchingClose(text: string, open: number): number | undefined {
  let depth = 0
  const last = Math.min(text.length, open + CITED_TITLE_MAX_LENGTH)
  // read by code unit (《 U+300A, 》 U+300B): each character taken as a string was one more string
  for (let i = open; i < last; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x300a) depth++
    else if (code === 0x300b && --depth === 0) return i
    else if (code === 0x0a) return undefined
  }
  return undefined
}

const SENTENCE_END_UNITS = unitTable(SENTENCE_END_MARKS)
const CLAUSE_END_UNITS = unitTable(CLAUSE_END)

/** Whether the sentence around `at` publishes what it quotes (现将《某方案》印发给你们) — unless the
 *  title's clause cites it as a basis (根据《某法》等规定，制定了《某清单》，现印发给你们: the 法 is
 *  cited, the 清单 published). */
function isPublishedIn(text: string, at: number): boolean {
  // read by code unit: a character of the text as a string is one more string made
  let from = at
  while (from > 0 && at - from < SENTENCE_MAX_LENGTH && SENTENCE_END_UNITS[text.charCodeAt(from - 1)] !== 1) from--
  let to = at
  while (to < text.length && to - at < SENTENCE_MAX_LENGTH && SENTENCE_END_UNITS[text.charCodeAt(to)] !== 1) to++
  if (!PUBLISHING_SENTENCE.test(text.slice(from, to))) return false
  let clause = at
  while (clause > from && CLAUSE_END_UNITS[text.charCodeAt(clause - 1)] !== 1) clause--
  const before = text.slice(clause, at)
  return !CITING_WORDS.some((word) => before.includes(word))
}

/** The mention 《…》 at [open, close] makes, with what the brackets after it say; undefined when
 *  the title is no document's (《某某日报》, a programme: 《以案释法》栏目). */
function titleMention(text: string, open: number, close: number): { mention: Omit<Mention, 'start'>; end: number } | undefined {
  const title = normalizeTitle(text.slice(open + 1, close))
  const { base, versions } = withoutVersion(title)
  let docNumber: string | null = null
  let alias: string | null = null
  let end = close + 1
  // the brackets after 》: （草案）, （湘〔2016〕19号）, 【某政发〔2020〕5号】, （以下简称《纲要》）, or
  // several parts in one; a part that says none of these (a date, 起施行) is passed over
  for (;;) {
    const bracket = bracketAt(text, end)
    if (bracket === undefined) break
    let known = 0
    for (const part of bracket.inner.split(BRACKET_PART_SEPARATOR).map((p) => p.trim())) {
      const version = versionOf(part)
      const number = DOC_NUMBER.exec(part)
      const definition = ALIAS_DEFINITION.exec(part)
      if (version !== undefined) versions.push(version)
      else if (number && number.index === 0 && number[0].length === part.length) docNumber ??= canonicalDocNumberOf(number)
      else if (ORDER_NUMBER.test(part)) docNumber ??= part.replace(/\s/g, '')
      else if (definition) alias ??= (definition[1] as string).trim()
      else continue
      known++
    }
    if (known === 0) break
    end = bracket.end
  }
  const numbered = docNumber !== null
  if (!numbered && (!isDocumentTitle(base) || NOT_A_DOCUMENT_AFTER.test(text.slice(end)))) return undefined
  return { mention: { title, base, key: titleKey(base), docNumber, alias, versions }, end }
}

/** The brackets right after `at` (spaces aside), on the line: （…）, 【…】, […]. */
function bracketAt(text: string, at: number): { inner: string; end: number } | undefined {
  let i = at
  while (text[i] === ' ') i++
  const closer = BRACKETS_AFTER_TITLE[text[i] as string]
  if (closer === undefined) return undefined
  for (let j = i + 1; j < Math.min(text.length, i + BRACKET_AFTER_TITLE_MAX_LENGTH); j++) {
    const ch = text[j] as string
    if (ch === closer) return { inner: text.slice(i + 1, j), end: j + 1 }
    if (ch === '\n' || BRACKETS_AFTER_TITLE[ch] !== undefined) return undefined
  }
  return undefined
}

function versionOf(part: string): string | undefined {
  return CITATION_VERSIONS.includes(part) || VERSION_SHAPE.test(part) ? part : undefined
}

/** The 代字 before the 〔 at `at` in running text: the Han characters right before it, after a
 *  citing word, an organ's name or a word no 代字 holds (按照县政府|临政〔2019〕36号, 和|湘政办发…);
 *  undefined when they are no 代字 (第〔…〕, a run too long to be one). Read backwards, at most a
 *  few characters. */
function citedAgency(text: string, at: number): string | undefined {
  let start = at
  while (start > 0 && at - start < CITED_RUN_MAX_LENGTH && isHan(text[start - 1])) start--
  let run = text.slice(start, at)
  for (const word of CITING_WORDS) {
    const found = run.lastIndexOf(word)
    if (found !== -1) run = run.slice(found + word.length)
  }
  run = run.slice(lastEnd(run, ORGAN_BEFORE_AGENCY))
  run = run.slice(lastEnd(run, NOT_IN_AGENCY))
  if (run === '' || run.length > CITED_AGENCY_MAX_LENGTH || NOT_AN_AGENCY_BEFORE.test(run)) return undefined
  return run
}

/** Where the last match of a global pattern in `text` ends (0 when none). */
function lastEnd(text: string, pattern: RegExp): number {
  let end = 0
  for (const m of allMatches(pattern, text)) end = (m.index ?? 0) + m[0].length
  return end
}


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
  let key = TITLE_KEYS.get(base)
  if (key === undefined) {
    key = base.replace(/[^\p{sc=Han}A-Za-z0-9]/gu, '').replace(/(?<=\d)年/g, '')
    if (TITLE_KEYS.size >= TITLE_KEYS_KEPT) TITLE_KEYS.clear()
    TITLE_KEYS.set(base, key)
  }
  return key
}

/** Keys of the titles met lately: a page cites the same few titles again and again (《宪法》,
 *  its own title's 《纲要》), and pages of one crawl cite the same laws; the key's two Unicode-
 *  property replacements ran again for every mention. */
const TITLE_KEYS = new Map<string, string>()
const TITLE_KEYS_KEPT = 4096

function documentEnding(base: string): readonly [string, CitationKind | null] | undefined {
  const end = titleEnd(base)
  const found = CITED_DOCUMENT_ENDINGS.find(([ending]) => end.endsWith(ending))
  if (found === undefined) return undefined
  if (found[0] === '法' && NOT_A_LAW_ENDINGS.some((word) => end.endsWith(word))) return undefined
  return end.length > found[0].length || found[0].length >= 2 ? found : undefined
}

/** A title ends like a document (…办法, …条例), or is shaped like a 公文's (《…关于…的X》). */
function isDocumentTitle(base: string): boolean {
  return documentEnding(base) !== undefined || (base.includes('关于') && DOCUMENT_TITLE_END.test(base))
}

/** The organs a title names before its verb: 《某市人民政府办公室关于…的通知》 → 某市人民政府办公室,
 *  《某委等6部门关于…》 → 某委, 《某局转发某厅…》 → 某局. */
function issuerOf(base: string): string | null {
  const verb = ISSUER_END.exec(base)
  if (verb === null || verb.index < 2) return null
  const head = base.slice(0, verb.index).trim().replace(ISSUER_TAIL, '')
  const names = splitNames(head, /[\s、]+/)
  return names.length > 0 && names.every((name) => isOrganName(name) || ISSUER_SHORT_NAME.test(name)) ? head : null
}

/**
 * The kind of a cited document: by its title's ending; a 条例 (and a place's 实施〈某法〉办法) is a
 * 地方性法规 when its title opens with a place's name (《某省某某条例》, 《深圳经济特区…条例》) and a
 * 行政法规 otherwise; a document the party issues alone (its title's organs are party organs, or
 * it opens with 中国共产党) is a 党内法规.
 */
function kindOf(base: string, issuer: string | null): CitationKind | null {
  const issuers = issuer === null ? [] : splitNames(issuer, /[\s、]+/)
  const byParty = PARTY_TITLE.test(base) || (issuers.length > 0 && issuers.some((name) => PARTY_ORGAN.test(name)) && !issuers.some((name) => GOVERNMENT_ORGAN.test(name)))
  if (byParty) return '党内法规'
  const ending = documentEnding(base)
  if (ending === undefined) return null
  const local = LOCAL_REGULATION_MARK.test(base) || (!base.startsWith(STATE_NAME) && opensWithPlace(base))
  if (ending[0] === REGULATION_ENDING) return local ? '地方性法规' : '行政法规'
  if (local && IMPLEMENTING_MEASURES.test(base)) return '地方性法规'
  return ending[1]
}

// ── grouping mentions into cited documents ─────────────────────────────────────────────────

/** The short forms a title may be referred to by: its ending alone or qualified (《纲要》,
 *  《实施纲要》), and a law's name without the state's (《行政许可法》). */
function shortFormsOf(stem: string): string[] {
  const forms: string[] = []
  if (stem.startsWith(STATE_NAME) && stem.length > STATE_NAME.length + 1) forms.push(stem.slice(STATE_NAME.length))
  const ending = CITED_DOCUMENT_ENDINGS.find(([word]) => stem.endsWith(word))?.[0]
  if (ending === undefined) return forms
  for (const qualifier of ['', ...SHORT_REFERENCE_QUALIFIERS]) {
    const form = qualifier + ending
    if (form.length < stem.length && stem.endsWith(form)) forms.push(form)
  }
  return forms
}

/** A title's ending alone or qualified names no document by itself: 《办法》 with nothing it could
 *  shorten is dropped (《宪法》 is a document's whole name). */
function isBareEnding(key: string): boolean {
  const ending = CITED_DOCUMENT_ENDINGS.find(([word]) => key.endsWith(word))?.[0]
  if (ending === undefined || key === '宪法') return false
  const qualifier = key.slice(0, key.length - ending.length)
  return qualifier === '' || SHORT_REFERENCE_QUALIFIERS.includes(qualifier)
}

type Grouped = CitationFound & { fullSeen: boolean; own: boolean }

function group(mentions: readonly Mention[]): CitationFound[] {
  // the short names defined, each with where it was defined (one name may be defined twice)
  const aliases = new Map<string, { index: number; key: string }[]>()
  mentions.forEach((m, index) => {
    if (m.alias === null || m.key === null) return
    const name = titleKey(m.alias)
    aliases.set(name, [...(aliases.get(name) ?? []), { index, key: m.key }])
  })
  // each title's stem (its words without a year range: 《纲要》 shortens 《…纲要（2015—2020年）》)
  // with its mentions in order, and each short form with the stems it may stand for — an index,
  // so that nothing compares title with title however many a page cites
  const byStem = new Map<string, number[]>()
  mentions.forEach((m, index) => {
    if (m.base === null) return
    const stem = titleKey(titleEnd(m.base))
    const list = byStem.get(stem)
    if (list === undefined) byStem.set(stem, [index])
    else list.push(index)
  })
  const byShortForm = new Map<string, string[]>()
  for (const stem of byStem.keys()) {
    for (const form of shortFormsOf(stem)) {
      const stems = byShortForm.get(form)
      if (stems === undefined) byShortForm.set(form, [stem])
      else stems.push(stem)
    }
  }
  /** The key a titled mention counts against: the alias defined last before it; else the nearest
   *  full title before it that it shortens — the title the page's own title quotes first, as
   *  the page's subject — or else the first after it. */
  const resolve = (m: Mention, index: number): string => {
    const key = m.key as string
    const definitions = aliases.get(key)
    if (definitions !== undefined) {
      const defined = definitions.filter((d) => d.index < index).at(-1) ?? (definitions[0] as { key: string })
      if (defined.key !== key) return defined.key
    }
    // a stem that itself shortens another (《实施纲要》 beside 《某实施纲要（…）》) is no full title
    const stems = (byShortForm.get(key) ?? []).filter((stem) => stem !== key && !byShortForm.has(stem))
    if (stems.length === 0) return key
    let before = -1
    let after = Infinity
    for (const stem of stems) {
      const list = byStem.get(stem) as number[]
      // the titles from outside the body come first among the mentions
      const first = mentions[list[0] as number] as Mention
      if (first.from === 'quoted') return first.key as string
      const at = lastBefore(list, index)
      if (at !== -1) before = Math.max(before, list[at] as number)
      after = Math.min(after, list[0] as number)
    }
    return (mentions[before !== -1 ? before : after] as Mention).key as string
  }

  const byKey = new Map<string, Grouped>()
  const byNumber = new Map<string, Grouped>()
  const order: Grouped[] = []
  mentions.forEach((m, index) => {
    const resolved = m.key === null ? null : resolve(m, index)
    const isFull = resolved !== null && resolved === m.key
    let citation = (resolved === null ? undefined : byKey.get(resolved)) ?? (m.docNumber === null ? undefined : byNumber.get(m.docNumber))
    // one title with two 文号 is two documents: 《关于加强法治政府建设的意见》 of the 国务院 and of a province
    const key = resolved !== null && citation !== undefined && m.docNumber !== null && citation.docNumber !== null && citation.docNumber !== m.docNumber ? `${resolved} ${m.docNumber}` : resolved
    if (key !== resolved) citation = byKey.get(key as string)
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
      if (!byNumber.has(m.docNumber)) byNumber.set(m.docNumber, citation)
    }
    if (m.alias !== null) citation.alias ??= m.alias
    for (const version of m.versions) if (!citation.versions.includes(version)) citation.versions.push(version)
  })
  return order
    .filter((citation) => !citation.own && citation.offsets.length > 0 && !(citation.docNumber === null && isBareEnding(titleKey(withoutVersion(citation.title ?? '').base))))
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
