/**
 * The pipeline: the only place that knows the order of the stages.
 *
 * decode bytes → HTML to text → unflatten → strip chrome → normalize → repair → segment → split
 * sections → extract metadata → extract citations → Report, with the body's fingerprint
 * (src/fingerprint.ts). Text stages return edits; the page file (src/page-file.ts) composes them
 * into one position map that carries every removal, repair, warning and section back to its line
 * in the text read.
 */
import { createHash } from 'node:crypto'
import { toSimplified } from './adapters/opencc.js'
import type { LineIndex } from './edits.js'
import { PageFile } from './page-file.js'
import { InputError } from './messages.js'
import { ERROR_PAGE, ERROR_PAGE_MAX_LENGTH } from './rules/document.js'
import { decode, decodeInPieces } from './stages/decode.js'
import { extractCitations } from './stages/extract-citations.js'
import { extractMetadata, readChrome } from './stages/extract-metadata.js'
import { fingerprintOf } from './fingerprint.js'
import { htmlToText, type HtmlHead } from './stages/html-to-text.js'
import { detectScript, detectVariant, isTraditionalLine, normalize, type NormalizeOptions, type Script } from './stages/normalize.js'
import { repair } from './stages/repair.js'
import { segment, type Block } from './stages/segment.js'
import { splitSections, splitSectionTree } from './stages/split-sections.js'
import { unflatten } from './stages/unflatten.js'
import { SITE_REPEATED_MIN_PAGES, SITE_REPEATED_MIN_SHARE } from './rules/chrome.js'
import { siteChromeCandidates, stripChrome, type StripChromeOptions } from './stages/strip-chrome.js'
import type { Edit, InputFormat, Message, ParseOptions, Report, Section, TextStageResult } from './types.js'
import { SCHEMA_VERSION } from './version.js'
import { WARNINGS } from './rules/warnings.js'

/** Inputs larger than this are refused unless the caller allows more (64 MiB). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

const HTML_EXTENSIONS = /\.(?:html?|shtml|xhtml|htm)$/i
const HTML_SNIFF = /^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<table|<p[\s>])/i

/**
 * Parse one page into a Report.
 * @param input the page: raw bytes (any encoding) or already-decoded text
 * @param options path, format and normalization switches (see ParseOptions)
 * @returns the Report (schema version 1)
 */
export function parseReport(input: Uint8Array | string, options: ParseOptions = {}): Report {
  return runStages(input, options).report
}

/** A Report with the text its line numbers count: what `lawgov review` shows. */
export interface ParsedPage {
  report: Report
  /** The text the stages read — the decoded dump, or the text of the HTML page — whose lines
   *  `removed[].line`, `repairs[].line`, `warnings[].line` and `evidence` refer to. */
  text: string
  /** The input line of each section's heading, in document order (the section tree read
   *  depth-first), from the offset split-sections kept for it. */
  sectionLines: number[]
}

/**
 * Parse one page and keep the text its Report points into.
 * @param input the page: raw bytes (any encoding) or already-decoded text
 * @param options as for parseReport
 * @returns the Report, the text it was read from, and where each section starts
 */
export function parseWithSource(input: Uint8Array | string, options: ParseOptions = {}): ParsedPage {
  const { report, file, sectionStarts } = runStages(input, options)
  const lines = file.text.split('\n')
  // a paragraph's first offset maps to the start of what normalize took out before it (a blank
  // line collapsed): the heading is on the next line that has text
  const lineOfHeading = (offset: number) => {
    let line = file.lineOf(offset, 'repaired')
    while (line < lines.length && (lines[line - 1] as string).trim() === '') line++
    return line
  }
  return { report, text: file.text, sectionLines: sectionStarts.map(lineOfHeading) }
}

/** The stages in order; what parseWithSource needs besides the Report is kept at hand. */
function runStages(input: Uint8Array | string, options: ParseOptions) {
  const page = readPage(input, options)
  const { bytes, format, decoded, text, script } = page
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const file = new PageFile(text)

  const convert = script === 'simplified' ? undefined : pageConverter(text)
  // a page whose line breaks were lost gets its lines back before any stage reads it by lines;
  // an HTML page's lines are the ones its markup states (a table row is one long line)
  const flat = linesOf(page, convert)
  file.edited('unflattened', flat.edits)
  const chrome = stripChrome(flat.text, chromeOptions(page, options.siteChrome, convert, structureAfter(page.structure, flat.edits, file.lines)))
  file.edited('stripped', chrome.edits)
  // the analysis always reads Simplified text; --no-convert keeps the body as printed (below)
  const normalizeOptions: NormalizeOptions = {
    keepPunctuation: options.keepPunctuation ?? false,
    script,
    unflattened: flat.edits.length > 0,
    wrapMustBeTight: format === 'html',
    ...(convert === undefined ? {} : { convert }),
  }
  const normalized = normalize(chrome.text, normalizeOptions)
  file.edited('normalized', normalized.edits)
  // a chrome value may be asked for more than once (a label printed twice, the breadcrumb read for
  // the region and for the Report); the chrome's data is read once, before repair needs its date
  const normalizeValue = remembering((value) => normalize(value, normalizeOptions).text)
  const chromeData = readChrome(chrome.captured.fields, normalizeValue, page.head)
  const published = chromeData.published?.value
  const repaired = repair(normalized.text, published === undefined ? {} : { evidence: { published } })
  file.edited('repaired', repaired.edits)
  /** What a range of the normalized text was in the text lawgov read (its `before`, as printed). */
  const asRead = (start: number, end: number, normalizedBefore: string) => {
    if (start === end) return normalizedBefore
    const read = text.slice(file.toRead(start, 'normalized'), file.toRead(end - 1, 'normalized') + 1)
    return read.includes('\n') || read === '' ? normalizedBefore : read
  }

  // what strip-chrome removed, each at its input line: the Report's `removed`, and evidence of the
  // site's own identity for the region
  const removed = chrome.edits.map((edit) => ({ rule: edit.rule, line: file.lineOf(edit.start, 'unflattened'), text: edit.before.replace(/\r?\n$/, '') }))
  const blocks = segment(repaired.text)
  const tree = splitSectionTree(blocks, { lineBreaksLost: flat.edits.length > 0 })
  const extracted = extractMetadata({
    blocks,
    breadcrumb: chrome.captured.breadcrumb,
    fields: chrome.captured.fields,
    removedLines: removed,
    ...(chrome.captured.pageTitle === undefined ? {} : { pageTitle: chrome.captured.pageTitle }),
    head: page.head,
    sections: tree.sections,
    normalizeValue,
    chrome: chromeData,
  })
  const { metadata } = extracted
  const citations = extractCitations({ blocks, title: metadata.title, docNumber: metadata.docNumber, encloses: metadata.encloses })
  const printed = options.convert === false && script !== 'simplified' ? asPrinted(chrome.text, normalizeOptions, published, blocks) : undefined
  const body = printed?.body ?? repaired.text
  const sections = printed === undefined ? extracted.sections : withPartsOf(printed.sections, extracted.sections)

  // each stage's messages point into the text it read, or (strip-chrome's) the text it left
  file.report(decoded.messages, null)
  file.report(flat.messages, 'read')
  file.report(chrome.messages, 'stripped')
  file.report(normalized.messages, 'stripped')
  file.report(repaired.messages, 'normalized')
  file.report(extracted.messages, 'repaired')
  const warnings = file.warnings()
  if (repaired.text.trim() === '') {
    // an empty page has no title to miss: say what it is instead
    const noTitle = warnings.findIndex((w) => w.code === WARNINGS.noTitle.code)
    if (noTitle !== -1) warnings.splice(noTitle, 1)
    if (text.trim() === '') warnings.push({ code: WARNINGS.emptyInput.code, message: 'the input has no text', line: null })
    else warnings.push({ code: WARNINGS.noDocument.code, message: 'every line of the page is site chrome; the body is empty', line: null })
  }

  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: options.path ?? null,
      format,
      encoding: decoded.encoding,
      bytes: bytes.length,
      sha256,
      url: page.head.url ?? null,
      script,
    },
    duplicateOf: null,
    title: metadata.title,
    kind: metadata.kind,
    family: metadata.family,
    encloses: metadata.encloses,
    issuers: metadata.issuers,
    recipients: metadata.recipients,
    docNumber: metadata.docNumber,
    dates: metadata.dates,
    period: metadata.period,
    region: metadata.region,
    meta: metadata.meta,
    breadcrumb: metadata.breadcrumb,
    body,
    sections,
    citations: citations.map(({ offsets, ...citation }) => {
      const lines = [...new Set(offsets.map((offset) => file.lineOf(offset, 'repaired')))].sort((a, b) => a - b)
      return { ...citation, lines, count: offsets.length }
    }),
    signature: metadata.signature,
    notes: metadata.notes,
    // the analysis text: Simplified whatever the page's script, chrome removed, damage repaired —
    // unless the chrome could not be told from the document: a body that is mostly the site's
    // template would make two short documents of one site alike
    fingerprint: chrome.messages.some((m) => m.code === WARNINGS.chromeTooAggressive.code) ? null : fingerprintOf(repaired.text),
    evidence: Object.fromEntries(
      Object.entries(extracted.evidence).map(([field, { rule, where, confidence }]) => [
        field,
        { rule, line: where === null ? null : 'line' in where ? where.line : file.lineOf(where.offset, 'repaired'), confidence },
      ]),
    ),
    removed,
    repairs: [
      ...repaired.edits.map((edit) => ({
        rule: edit.rule,
        line: file.lineOf(edit.start, 'normalized'),
        before: asRead(edit.start, edit.end, edit.before),
        after: edit.after,
        confidence: edit.confidence ?? 1,
        alternatives: edit.alternatives ?? [],
      })),
      ...repaired.findings.map((finding) => ({
        rule: finding.rule,
        line: file.lineOf(finding.start, 'normalized'),
        before: asRead(finding.start, finding.end, finding.before),
        after: finding.before,
        confidence: finding.confidence,
        alternatives: finding.alternatives,
      })),
    ].sort((a, b) => a.line - b.line),
    warnings,
  }
  return { report, file, sectionStarts: tree.starts }
}

/**
 * --no-convert: the body and the sections in the page's own characters. The same normalize and
 * repair run without the conversion, which keeps every line where it was, so each paragraph keeps
 * the part the Simplified reading gave it. Metadata stays Simplified, so that it compares across
 * pages.
 */
function asPrinted(
  text: string,
  options: NormalizeOptions,
  published: string | undefined,
  blocks: readonly Block[],
): { body: string; sections: Section[] } | undefined {
  const normalized = normalize(text, { ...options, convertScript: false })
  const repaired = repair(normalized.text, published === undefined ? {} : { evidence: { published } })
  const printedBlocks = segment(repaired.text)
  if (printedBlocks.length !== blocks.length) return undefined
  const withRoles = printedBlocks.map((block, i) => ({ ...block, role: (blocks[i] as Block).role }))
  return { body: repaired.text, sections: splitSections(withRoles, { lineBreaksLost: options.unflattened === true }) }
}

interface Page {
  bytes: Uint8Array
  format: InputFormat
  decoded: { encoding: string; messages: Message[] }
  /** The text the text stages read: the decoded dump, or the text of the HTML page. */
  text: string
  script: Script
  /** What an HTML page's <head> says about it. */
  head: HtmlHead
  /** Lines an HTML page's structure marks as chrome. */
  structure: ReadonlyMap<number, string>
}

/** Decode a page and, for HTML, extract its text: the shape stages before strip-chrome. */
function readPage(input: Uint8Array | string, options: ParseOptions): Page {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > maxBytes) throw new InputError(`${bytes.length} bytes, more than the limit of ${maxBytes} (--max-bytes)`)
  const firstBytes = typeof input === 'string' ? input.slice(0, 512) : Buffer.from(bytes.subarray(0, 512)).toString('latin1')
  const format: InputFormat = options.format ?? guessFormat(options.path, firstBytes)
  // a string is already decoded: only its byte-order mark goes
  const given = typeof input === 'string' ? { text: input.replace(/^\ufeff/, ''), encoding: 'utf-8', messages: [] as Message[] } : undefined
  if (format === 'html') {
    // the HTML parser reads the page in the pieces it is decoded in: no string of the page's size
    const { pieces, encoding, messages } = given === undefined ? decodeInPieces(bytes, { isHtml: true }) : { ...given, pieces: [given.text] }
    const html = htmlToText(pieces)
    refuseErrorPage(html.text)
    // the pieces are not kept: the page's text is the HTML's text
    return { bytes, format, decoded: { encoding, messages }, text: html.text, script: detectScript(html.text), head: html.head, structure: html.removals }
  }
  const decoded = given ?? decode(bytes)
  refuseErrorPage(decoded.text)
  return { bytes, format, decoded, text: decoded.text, script: detectScript(decoded.text), head: {}, structure: new Map() }
}

/** A crawler that saved an HTTP error page saved no document.
 *  @throws InputError */
function refuseErrorPage(text: string): void {
  const trimmed = text.trim()
  if (trimmed.length > ERROR_PAGE_MAX_LENGTH) return
  const m = ERROR_PAGE.exec(trimmed)
  if (m && !/[。；]/.test(trimmed)) throw new InputError(`HTTP error page (${m[0]}), not a document`)
}

/** OpenCC for a Traditional or mixed page's variant, remembering each line it converted:
 *  strip-chrome converts the page's lines to match them, and normalize converts the same lines
 *  again to record its edits. */
function pageConverter(text: string): (line: string) => string {
  const variant = detectVariant(text)
  return remembering((line) => toSimplified(line, variant))
}

/** A text function that computes each answer once (for the one page it is made for). */
function remembering(compute: (text: string) => string): (text: string) => string {
  const answers = new Map<string, string>()
  return (text) => {
    let answer = answers.get(text)
    if (answer === undefined) {
      answer = compute(text)
      answers.set(text, answer)
    }
    return answer
  }
}

function chromeOptions(
  page: Page,
  siteChrome: ReadonlySet<string> | undefined,
  convert?: (line: string) => string,
  structure: ReadonlyMap<number, string> = page.structure,
): StripChromeOptions {
  let simplify: StripChromeOptions['simplify']
  if (page.script !== 'simplified') {
    const toSimplified = convert ?? pageConverter(page.text)
    // a mixed page: lines written in Traditional are matched as Simplified, the others as they are
    simplify = page.script === 'traditional' ? toSimplified : (text) => (isTraditionalLine(text) ? toSimplified(text) : text)
  }
  // every page's options have the same fields, set or not: V8 then compiles the stage once for
  // all pages, not again for each new set of fields a page brings
  return { knownChrome: structure, simplify, siteChrome }
}

/**
 * The lines an HTML page's structure marks as chrome, numbered as in the unflattened text: a line
 * split in n pieces moves the lines after it down n − 1, and each piece keeps its line's rule.
 * @param structure line (0-based, in the page's text) → rule
 * @param edits the unflatten edits (line breaks inserted into the page's text)
 * @param lines the page's text's lines
 * @returns line (0-based, in the unflattened text) → rule
 */
function structureAfter(structure: ReadonlyMap<number, string>, edits: readonly Edit[], lines: LineIndex): ReadonlyMap<number, string> {
  if (edits.length === 0 || structure.size === 0) return structure
  const added = new Map<number, number>()
  for (const edit of edits) {
    const line = lines.lineOf(edit.start) - 1
    added.set(line, (added.get(line) ?? 0) + 1)
  }
  const remapped = new Map<number, string>()
  let shift = 0
  for (let line = 0; line < lines.count; line++) {
    const pieces = (added.get(line) ?? 0) + 1
    const rule = structure.get(line)
    if (rule !== undefined) for (let k = 0; k < pieces; k++) remapped.set(line + shift + k, rule)
    shift += pieces - 1
  }
  return remapped
}

/** A text dump or an HTML page's text with its flattened lines split (unflatten). */
function linesOf(page: Page, convert: ((line: string) => string) | undefined): TextStageResult {
  // an HTML page's lines are the blocks its markup states; one of them may still hold a whole
  // page pasted flattened (a copy site's single <p>) — what its structure marks as chrome goes whole
  return unflatten(page.text, { simplify: convert, chromeLines: page.structure, siblingLines: page.format !== 'html' })
}

/**
 * Learn each site's boilerplate from a batch: lines outside the documents that recur verbatim
 * on at least half of a site's pages (and on at least 4 of them).
 * @param pages each page's bytes or text, its site (a host, or the folder it came from) and options
 * @returns for each site, the match keys of its boilerplate lines
 */
export function learnSiteChrome(
  pages: Iterable<{ input: Uint8Array | string; site: string; options?: ParseOptions }>,
): Map<string, Set<string>> {
  const counts = new Map<string, { pages: number; lines: Map<string, number> }>()
  for (const { input, site, options } of pages) {
    let page: Page
    try {
      page = readPage(input, options ?? {})
    } catch {
      continue // a page that cannot be read teaches nothing; parsing it reports why
    }
    const entry = counts.get(site) ?? { pages: 0, lines: new Map<string, number>() }
    entry.pages++
    const flat = linesOf(page, page.script === 'simplified' ? undefined : pageConverter(page.text))
    for (const key of siteChromeCandidates(flat.text, chromeOptions(page, undefined))) {
      entry.lines.set(key, (entry.lines.get(key) ?? 0) + 1)
    }
    counts.set(site, entry)
  }
  const learnt = new Map<string, Set<string>>()
  for (const [site, { pages, lines }] of counts) {
    const keys = new Set<string>()
    for (const [key, count] of lines) {
      if (count >= SITE_REPEATED_MIN_PAGES && count / pages >= SITE_REPEATED_MIN_SHARE) keys.add(key)
    }
    if (keys.size > 0) learnt.set(site, keys)
  }
  return learnt
}

function guessFormat(path: string | undefined, head: string): InputFormat {
  if (path !== undefined && HTML_EXTENSIONS.test(path)) return 'html'
  if (path !== undefined && /\.txt$/i.test(path)) return 'text'
  return HTML_SNIFF.test(head) ? 'html' : 'text'
}

/** The printed sections (--no-convert) with the parts the Simplified reading gave the same
 *  sections: both trees come from the same blocks. */
function withPartsOf(printed: readonly Section[], read: readonly Section[]): Section[] {
  return printed.map((section, i) => ({ ...section, part: read[i]?.part ?? null }))
}
