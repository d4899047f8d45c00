/**
 * Stage `decode`: bytes → text, recording the encoding chosen.
 *
 * Order of evidence: a byte-order mark; bytes that are valid UTF-8; a charset declared in an
 * HTML page's <meta>; else GB18030 or Big5, whichever decoding is dense in frequent Chinese
 * characters — line by line when some lines are UTF-8 and others not. Invalid bytes become U+FFFD
 * with a warning; stray NUL bytes are dropped with a warning. A file that is not text at all (an
 * image, a PDF, an archive) is refused with an InputError.
 *
 * Example: the GBK bytes C4 E3 BA C3 → { text: '你好', encoding: 'gb18030' }.
 */
import { createMessage, InputError } from '../messages.js'
import {
  BINARY_NUL_SHARE,
  BINARY_SIGNATURES,
  BINARY_SNIFF_BYTES,
  CHARSET_ALIASES,
  CHARSET_PRESCAN_BYTES,
  FREQUENT_HAN,
  MIXED_MIN_UTF8_SHARE,
} from '../rules/encoding.js'
import type { Message } from '../types.js'
import { WARNINGS } from '../rules/warnings.js'

export interface DecodeOptions {
  /** Look for a <meta charset> declaration (default: false). */
  isHtml?: boolean
}

export interface Decoded {
  text: string
  encoding: string
  messages: Message[]
}

/** A page's text in pieces, in order: their concatenation is what `decode` gives. */
export interface DecodedPieces {
  pieces: string[]
  encoding: string
  messages: Message[]
}

/**
 * The most bytes decoded into one piece. A page decoded at once is one string of up to twice its
 * size in bytes; past ~128 KB V8 gives such a string pages of memory of its own, fresh from the
 * system each time, and making one took longer than the decoding (~3 ms per MB of string against
 * ~0.4 ms for the same bytes decoded in pieces). Pieces of 32 KB stay in the young generation.
 */
const PIECE_BYTES = 32 * 1024

const FREQUENT = new Set(FREQUENT_HAN)
const REPLACEMENT = '\ufffd'
/** A <meta> tag is read over at most this many characters. */
const META_TAG_MAX = 1024
/** How a <meta> tag opens (in any case). */
const META_OPEN = '<meta'
const PRIVATE_USE = /[\ue000-\uf8ff]/g

/**
 * Decode the bytes of a page.
 * @param bytes the raw bytes
 * @param options see DecodeOptions
 * @returns the text (without BOM), the encoding chosen, and warnings
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const { pieces, encoding, messages } = decodeUpTo(bytes, options, Infinity)
  return { text: pieces.length === 1 ? (pieces[0] as string) : pieces.join(''), encoding, messages }
}

/**
 * Decode the bytes of a page into pieces of at most PIECE_BYTES bytes each, for a reader that
 * takes its text piece by piece (the HTML parser): no string the size of the page is made.
 * @param bytes the raw bytes
 * @param options see DecodeOptions
 * @returns the text in pieces, the encoding chosen, and warnings, as `decode` gives them
 */
export function decodeInPieces(bytes: Uint8Array, options: DecodeOptions = {}): DecodedPieces {
  return decodeUpTo(bytes, options, PIECE_BYTES)
}

function decodeUpTo(bytes: Uint8Array, options: DecodeOptions, pieceBytes: number): DecodedPieces {
  refuseBinary(bytes)
  const bom = decodeByBom(bytes, pieceBytes)
  if (bom) return finish(bom.pieces, bom.encoding)
  const utf8 = tryUtf8(bytes, pieceBytes)
  if (utf8 !== undefined) return finish(utf8, 'utf-8')
  const declared = options.isHtml ? declaredCharset(bytes) : undefined
  if (declared !== undefined && declared !== 'utf-8') return finish(decodeWith(declared, bytes, pieceBytes), declared)
  const legacy = legacyEncoding(bytes)
  const mixed = decodeByLine(bytes, legacy)
  if (mixed) return finish([mixed], `utf-8+${legacy}`, [createMessage('decode', WARNINGS.mixedEncoding.code, `lines in UTF-8 and in ${legacy}; each line read in its own`)])
  return finish(decodeWith(legacy, bytes, pieceBytes), legacy)
}

/** GB18030 or Big5, whichever decoding of the bytes reads as Chinese text. */
function legacyEncoding(bytes: Uint8Array): 'gb18030' | 'big5' {
  return scoreDecoding(decodeWhole('big5', bytes)) > scoreDecoding(decodeWhole('gb18030', bytes)) ? 'big5' : 'gb18030'
}

/** Refuse a file that is not text: an image, a PDF, an archive, or mostly NUL bytes.
 *  @throws InputError */
function refuseBinary(bytes: Uint8Array): void {
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((b, i) => bytes[i] === b)) throw new InputError(`binary file (${signature.name}), not a web page`)
  }
  const length = Math.min(bytes.length, BINARY_SNIFF_BYTES)
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  // found by indexOf (a native search: most pages hold no NUL at all), then counted by index (a
  // for…of over the bytes allocated on every page)
  let nul = 0
  const firstNul = bytes.indexOf(0)
  if (firstNul !== -1) for (let i = firstNul; i < length; i++) if (bytes[i] === 0) nul++
  if (!utf16 && length > 0 && nul / length > BINARY_NUL_SHARE) throw new InputError('binary file (NUL bytes), not a web page')
}

/** Half UTF-8, half GBK: each line in the encoding that reads it, when enough lines are UTF-8. */
function decodeByLine(bytes: Uint8Array, legacy: string): string | undefined {
  const lines: Uint8Array[] = []
  let start = 0
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i))
      start = i + 1
    }
  }
  let utf8Lines = 0
  let otherLines = 0
  const decoded = lines.map((line) => {
    if (line.every((b) => b < 0x80)) return decodeWhole('utf-8', line)
    const utf8 = tryUtf8(line, Infinity)?.[0]
    if (utf8 !== undefined && /[\u4e00-\u9fff]/.test(utf8)) {
      utf8Lines++
      return utf8
    }
    otherLines++
    const asUtf8 = decodeWhole('utf-8', line)
    const asLegacy = decodeWhole(legacy, line)
    return scoreDecoding(asUtf8) > scoreDecoding(asLegacy) ? asUtf8 : asLegacy
  })
  if (utf8Lines === 0 || utf8Lines / (utf8Lines + otherLines) < MIXED_MIN_UTF8_SHARE) return undefined
  return decoded.join('\n')
}

function finish(decodedPieces: string[], encoding: string, warnings: Message[] = []): DecodedPieces {
  const messages: Message[] = [...warnings]
  // ICU's legacy decoders map some invalid bytes into the Private Use Area instead of U+FFFD
  const pieces = encoding.startsWith('utf') ? decodedPieces : decodedPieces.map((piece) => piece.replace(PRIVATE_USE, REPLACEMENT))
  const bad = countInPieces(pieces, REPLACEMENT)
  if (bad > 0) {
    messages.push(
      createMessage('decode', WARNINGS.invalidBytes.code, `${bad} byte sequence(s) invalid in ${encoding} became U+FFFD`),
    )
  }
  // a few NUL bytes in a text page (a truncated write, a stray field) are dropped
  const nul = countInPieces(pieces, '\u0000')
  if (nul > 0) messages.push(createMessage('decode', WARNINGS.nulBytes.code, `${nul} NUL byte(s) removed`))
  return { pieces: nul > 0 ? pieces.map((piece) => piece.replace(/\u0000/g, '')) : pieces, encoding, messages }
}

function countInPieces(pieces: readonly string[], ch: string): number {
  let count = 0
  for (const piece of pieces) count += countOf(piece, ch)
  return count
}

function decodeByBom(bytes: Uint8Array, pieceBytes: number): { pieces: string[]; encoding: string } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { pieces: decodeWith('utf-8', bytes.subarray(3), pieceBytes), encoding: 'utf-8' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { pieces: decodeWith('utf-16le', bytes.subarray(2), pieceBytes), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { pieces: decodeWith('utf-16be', bytes.subarray(2), pieceBytes), encoding: 'utf-16be' }
  return undefined
}

/** The bytes as UTF-8, in pieces, or undefined when they are not valid UTF-8. */
function tryUtf8(bytes: Uint8Array, pieceBytes: number): string[] | undefined {
  try {
    if (bytes.length <= pieceBytes) return [STRICT_UTF8.decode(bytes)]
    // a decoder of its own: one that threw in the middle of a stream keeps what it held
    return inPieces(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }), bytes, pieceBytes)
  } catch {
    return undefined
  }
}

/** Bytes decoded a piece at a time by a streaming decoder (a sequence cut between two pieces is
 *  held until the next): the pieces' concatenation is the bytes decoded at once. */
function inPieces(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array, pieceBytes: number): string[] {
  const pieces: string[] = []
  for (let at = 0; at < bytes.length; at += pieceBytes) {
    const piece = decoder.decode(bytes.subarray(at, at + pieceBytes), { stream: true })
    if (piece !== '') pieces.push(piece)
  }
  const rest = decoder.decode()
  if (rest !== '' || pieces.length === 0) pieces.push(rest)
  return pieces
}

/** Decoders are made once: each decode() call without `stream` starts afresh. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const decoders = new Map<string, InstanceType<typeof TextDecoder>>()

/** The bytes decoded, in one piece when they fit PIECE_BYTES (or the caller asks one). */
function decodeWith(encoding: string, bytes: Uint8Array, pieceBytes: number): string[] {
  return bytes.length <= pieceBytes ? [decodeWhole(encoding, bytes)] : inPieces(new TextDecoder(encoding, { ignoreBOM: true }), bytes, pieceBytes)
}

function decodeWhole(encoding: string, bytes: Uint8Array): string {
  let decoder = decoders.get(encoding)
  if (decoder === undefined) {
    decoder = new TextDecoder(encoding, { ignoreBOM: true })
    decoders.set(encoding, decoder)
  }
  return decoder.decode(bytes)
}

/** The charset an HTML page declares in its first bytes, mapped to a decoder name. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  // the <meta> tags found in the bytes, and only a tag decoded: decoding the whole prescan as
  // Latin-1 to search it took ~30 µs of a GBK page (~1.3% of its parse)
  const head = bytes.subarray(0, CHARSET_PRESCAN_BYTES)
  for (let at = head.indexOf(0x3c /* < */); at !== -1; at = head.indexOf(0x3c, at + 1)) {
    if (!opensMetaTag(head, at)) continue
    const close = head.indexOf(0x3e /* > */, at)
    const tag = decodeWhole('latin1', head.subarray(at, close === -1 ? at + META_TAG_MAX : Math.min(close, at + META_TAG_MAX)))
    const match = /charset\s*=\s*["']?([\w-]+)/i.exec(tag)
    if (match) return CHARSET_ALIASES[(match[1] as string).toLowerCase()]
  }
  return undefined
}

/** "<meta" in any case at `at` of the bytes. */
function opensMetaTag(bytes: Uint8Array, at: number): boolean {
  if (at + META_OPEN.length > bytes.length) return false
  // ASCII letters compared with their case bit (0x20) set
  for (let k = 1; k < META_OPEN.length; k++) if (((bytes[at + k] as number) | 0x20) !== META_OPEN.charCodeAt(k)) return false
  return true
}

/** Share of Han characters that are frequent ones, minus a penalty for replacement characters. */
function scoreDecoding(text: string): number {
  let han = 0
  let frequent = 0
  let bad = 0
  for (const ch of text) {
    if (ch === REPLACEMENT || (ch >= '\ue000' && ch <= '\uf8ff')) bad++
    else if (ch >= '\u4e00' && ch <= '\u9fff') {
      han++
      if (FREQUENT.has(ch)) frequent++
    }
  }
  return (frequent - bad * 4) / Math.max(han + bad, 1)
}

function countOf(text: string, ch: string): number {
  let count = 0
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) count++
  return count
}
