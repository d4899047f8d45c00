import { describe, expect, it } from 'vitest'
import { decode, decodeInPieces } from '../../src/stages/decode.js'

const gbk = (text: string) => {
  // encode with the reverse of the decoder: build the byte map for the characters used
  const bytes: number[] = []
  const decoder = new TextDecoder('gb18030')
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      bytes.push(ch.charCodeAt(0))
      continue
    }
    let found = false
    for (let hi = 0x81; hi <= 0xfe && !found; hi++) {
      for (let lo = 0x40; lo <= 0xfe && !found; lo++) {
        if (decoder.decode(new Uint8Array([hi, lo])) === ch) {
          bytes.push(hi, lo)
          found = true
        }
      }
    }
    if (!found) throw new Error(`no GBK code for ${ch}`)
  }
  return new Uint8Array(bytes)
}

describe('decode', () => {
  const page = '关于2021年度法治政府建设情况的报告：坚持依法行政，推进政务公开。'

  it('reads UTF-8, with or without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(page)
    expect(decode(utf8)).toMatchObject({ text: page, encoding: 'utf-8', messages: [] })
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toMatchObject({ text: page, encoding: 'utf-8' })
  })

  it('reads GBK bytes without a declaration as GB18030', () => {
    expect(decode(gbk(page))).toMatchObject({ text: page, encoding: 'gb18030', messages: [] })
  })

  it('reads Big5 bytes without a declaration', () => {
    // 政府資訊公開 in Big5
    const big5 = new Uint8Array([0xac, 0x46, 0xa9, 0xb2, 0xb8, 0xea, 0xb0, 0x54, 0xa4, 0xbd, 0xb6, 0x7d])
    expect(decode(big5)).toMatchObject({ text: '政府資訊公開', encoding: 'big5' })
  })

  it('follows a <meta charset> declaration on HTML pages', () => {
    const html = new Uint8Array([...new TextEncoder().encode('<meta charset="gb2312"><p>'), ...gbk('法治政府')])
    expect(decode(html, { isHtml: true })).toMatchObject({ text: '<meta charset="gb2312"><p>法治政府', encoding: 'gb18030' })
  })

  it('finds the declaration in any case, in any <meta> of the first 8 KB, and no further', () => {
    const declared = (head: string) => decode(new Uint8Array([...new TextEncoder().encode(head), ...gbk(page)]), { isHtml: true }).encoding
    // GBK bytes declared Big5: the declaration wins over what the bytes read best as
    expect(declared('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; CHARSET=BIG5">')).toBe('big5')
    expect(declared('<meta name="keywords" content="法治"><Meta charset="big5">')).toBe('big5')
    expect(declared(`${' '.repeat(9000)}<meta charset="big5">`)).toBe('gb18030')
    // a tag cut by the end of the first 8 KB is read as far as it goes ("bi", no charset)
    expect(declared(`${' '.repeat(8192 - 17)}<meta charset="big5">`)).toBe('gb18030')
    expect(declared(`${' '.repeat(8192 - 30)}<meta charset="big5">`)).toBe('big5')
  })

  it('turns invalid bytes into U+FFFD with a warning, never an exception', () => {
    const result = decode(new Uint8Array([0xff, 0xff, 0xff, 0x41]))
    expect(result.text).toContain('\ufffd')
    expect(result.messages.map((m) => m.code)).toEqual(['invalid-bytes'])
  })
})

describe('decode in pieces (what the HTML parser reads)', () => {
  // a page of some hundred KB: its three-byte characters fall across the pieces' edges
  const paragraph = '<p>关于2021年度法治政府建设情况的报告：坚持依法行政，推进政务公开。</p>\n'
  const long = paragraph.repeat(2000)
  const bytesOf = (...parts: (string | Uint8Array)[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part)))
  /** The pieces, their concatenation and the rest against what decode gives at once. */
  const expectSameAsWhole = (bytes: Uint8Array) => {
    const whole = decode(bytes, { isHtml: true })
    const inPieces = decodeInPieces(bytes, { isHtml: true })
    expect(inPieces.pieces.join('')).toBe(whole.text)
    expect(inPieces.encoding).toBe(whole.encoding)
    expect(inPieces.messages).toEqual(whole.messages)
    return inPieces
  }

  it('cuts a large UTF-8 page into pieces whose concatenation is the page', () => {
    const { pieces } = expectSameAsWhole(bytesOf(long))
    expect(pieces.length).toBeGreaterThan(4)
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(32 * 1024)
  })

  it('reads a large page with a byte-order mark, or with NUL bytes, as decode does', () => {
    expectSameAsWhole(bytesOf(new Uint8Array([0xef, 0xbb, 0xbf]), long))
    const withNul = expectSameAsWhole(bytesOf(long, new Uint8Array([0]), long, new Uint8Array([0])))
    expect(withNul.messages.map((m) => m.code)).toEqual(['nul-bytes'])
  })

  it('falls back from UTF-8 as decode does when a byte past the first piece is invalid', () => {
    const { encoding } = expectSameAsWhole(bytesOf('<meta charset="gb2312">', long, gbk('法治政府')))
    expect(encoding).toBe('gb18030')
  })

  it('reads a large page in a declared legacy charset in pieces', () => {
    const gbkParagraph = gbk(paragraph)
    const { pieces, encoding } = expectSameAsWhole(bytesOf('<meta charset="gbk">', ...Array.from({ length: 1000 }, () => gbkParagraph)))
    expect(encoding).toBe('gb18030')
    expect(pieces.length).toBeGreaterThan(1)
  })

  it('keeps a small page in one piece', () => {
    expect(decodeInPieces(new TextEncoder().encode(paragraph), { isHtml: true }).pieces).toEqual([paragraph])
  })
})

