/**
 * Stage `decode`: bytes → text, recording the encoding chosen.
 *
 * Order of evidence: a byte-order mark; bytes that are valid UTF-8; a charset declared in an
 * HTML page's <meta>; else GB18030 or Big5, whichever decoding is dense in frequent Chinese
 * characters. Invalid bytes become U+FFFD with a warning, never an exception.
 *
 * Example: the GBK bytes C4 E3 BA C3 → { text: '你好', encoding: 'gb18030' }.
 */
import { createMessage } from '../messages.js'
import { CHARSET_ALIASES, CHARSET_PRESCAN_BYTES, FREQUENT_HAN } from '../rules/encoding.js'
import type { Message } from '../types.js'

export interface DecodeOptions {
  /** Look for a <meta charset> declaration (default: false). */
  isHtml?: boolean
}

export interface Decoded {
  text: string
  encoding: string
  messages: Message[]
}

const FREQUENT = new Set(FREQUENT_HAN)
const REPLACEMENT = '\ufffd'
const PRIVATE_USE = /[\ue000-\uf8ff]/g

/**
 * Decode the bytes of a page.
 * @param bytes the raw bytes
 * @param options see DecodeOptions
 * @returns the text (without BOM), the encoding chosen, and warnings
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = decodeByBom(bytes)
  if (bom) return finish(bom.text, bom.encoding)
  const utf8 = tryUtf8(bytes)
  if (utf8 !== undefined) return finish(utf8, 'utf-8')
  const declared = options.isHtml ? declaredCharset(bytes) : undefined
  if (declared !== undefined && declared !== 'utf-8') return finish(decodeWith(declared, bytes), declared)
  const gb = decodeWith('gb18030', bytes)
  const big5 = decodeWith('big5', bytes)
  return scoreDecoding(big5) > scoreDecoding(gb) ? finish(big5, 'big5') : finish(gb, 'gb18030')
}

function finish(decodedText: string, encoding: string): Decoded {
  const messages: Message[] = []
  // ICU's legacy decoders map some invalid bytes into the Private Use Area instead of U+FFFD
  const text = encoding.startsWith('utf') ? decodedText : decodedText.replace(PRIVATE_USE, REPLACEMENT)
  const bad = countOf(text, REPLACEMENT)
  if (bad > 0) {
    messages.push(
      createMessage('decode', 'invalid-bytes', `${bad} byte sequence(s) invalid in ${encoding} became U+FFFD`),
    )
  }
  return { text, encoding, messages }
}

function decodeByBom(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeWith('utf-8', bytes.subarray(3)), encoding: 'utf-8' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' }
  return undefined
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
}

/** The charset an HTML page declares in its first bytes, mapped to a decoder name. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES))
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
  if (!match) return undefined
  return CHARSET_ALIASES[(match[1] as string).toLowerCase()]
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
