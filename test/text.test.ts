import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allMatches, bracketsBalanced, codePointsIn, countNonSpace, endingWord, escapeRegExp, foldWidth, matchKey, offsetOfKeyIndex, trimChars, wordsByLastUnit } from '../src/text.js'
import { KIND_WORDS, ORGAN_SUFFIXES } from '../src/rules/document.js'

describe('foldWidth', () => {
  it('folds full-width forms and the wide spaces to ASCII, keeping the length', () => {
    const line = '发布日期：２０２３－０２－１６\u3000来源（县政府办）'
    const folded = foldWidth(line)
    expect(folded).toBe('发布日期:2023-02-16 来源(县政府办)')
    expect(folded.length).toBe(line.length)
  })

  it('returns a line with nothing to fold as it is', () => {
    const line = '一、总体要求 2023年'
    expect(foldWidth(line)).toBe(line)
  })

  it('folds a lone full-width mark the same as one in a run', () => {
    expect(foldWidth('索引号：')).toBe('索引号:')
    expect(foldWidth('！？')).toBe('!?')
    expect(foldWidth('a\u00a0b')).toBe('a b')
  })
})

describe('matchKey', () => {
  it('gives the same key to a label however it is spaced and whatever its width', () => {
    expect(matchKey('索　引　号：')).toBe('索引号:')
    expect(matchKey(' 索引号: ')).toBe('索引号:')
    expect(matchKey('\u00a0发布时间：2023-01-13\t')).toBe('发布时间:2023-01-13')
  })
})

describe('foldWidth, matchKey and countNonSpace by code unit', () => {
  // the definitions the one-scan rewrite must agree with: \s as regular expressions read it, and
  // U+FF01–FF5E folded to ASCII
  const foldByPattern = (text: string) =>
    text.replace(/[\uff01-\uff5e\u3000\u00a0]/g, (ch) => (ch === '\u3000' || ch === '\u00a0' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)))
  const keyByPattern = (text: string) => foldByPattern(text.replace(/\s+/g, ''))

  it('agrees with the patterns on every code unit, alone and between other text', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code)
      for (const text of [ch, `索${ch}引`, `${ch}${ch}号`]) {
        if (foldWidth(text) !== foldByPattern(text)) expect(foldWidth(text), `U+${code.toString(16)}`).toBe(foldByPattern(text))
        if (matchKey(text) !== keyByPattern(text)) expect(matchKey(text), `U+${code.toString(16)}`).toBe(keyByPattern(text))
        if (countNonSpace(text) !== text.replace(/\s/g, '').length) expect(countNonSpace(text), `U+${code.toString(16)}`).toBe(text.replace(/\s/g, '').length)
      }
    }
  })

  it('drops and folds runs at either end and in the middle', () => {
    const line = '\u3000\u3000（一）加强组织领导，　 健全工作机制。\u00a0'
    expect(matchKey(line)).toBe(keyByPattern(line))
    expect(matchKey(line)).toBe('(一)加强组织领导,健全工作机制。')
    expect(foldWidth(line)).toBe('  (一)加强组织领导,  健全工作机制。 ')
  })
})

describe('codePointsIn', () => {
  it('counts what spreading the text counts, a lone surrogate as one (property)', () => {
    const unit = fc.constantFrom('a', '法', '𠀀', '\ud840', '\udc00', ' ', '\u3000')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), fc.nat(20), fc.nat(20), (units, a, b) => {
        const text = units.join('')
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)]
        expect(codePointsIn(text)).toBe([...text].length)
        expect(codePointsIn(text, from, to)).toBe([...text.slice(from, to)].length)
      }),
      { seed: 20261206, numRuns: 2000 },
    )
  })
})

describe('escapeRegExp', () => {
  it('makes a label with pattern characters match only itself', () => {
    const label = '文号(字号)[1]+.*'
    const pattern = new RegExp(`^${escapeRegExp(label)}$`)
    expect(pattern.test(label)).toBe(true)
    expect(pattern.test('文号字号1')).toBe(false)
  })
})

describe('allMatches', () => {
  const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, ...m])
  const asAllMatches = (pattern: RegExp, text: string) => allMatches(pattern, text).map((m) => [m.index, ...m])

  it('gives what matchAll gives, empty matches and surrogate pairs included', () => {
    const patterns = [/(\d{4})年(\d{1,2})月/g, /\d*/g, /(?:)/gu, /年?/gu, /[a𠀀]/gu, /(?<=年)\d+/g]
    const texts = fc.array(fc.constantFrom('2', '0', '1', '7', '年', '3', '月', 'a', '𠀀', '\ud840', ' '), { maxLength: 16 }).map((chars) => chars.join(''))
    fc.assert(
      fc.property(fc.constantFrom(...patterns), texts, (pattern, text) => {
        expect(asAllMatches(pattern, text)).toEqual(asMatchAll(pattern, text))
        expect(pattern.lastIndex).toBe(0)
      }),
      { numRuns: 1000 },
    )
  })

  it('may be asked of a pattern again while its matches are read', () => {
    const pattern = /\d+/g
    const pairs = allMatches(pattern, '1 22 333').flatMap((outer) => allMatches(pattern, outer[0]).map((inner) => inner[0]))
    expect(pairs).toEqual(['1', '22', '333'])
  })

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError)
  })
})

describe('bracketsBalanced', () => {
  it.each([
    ['关于印发《某县法治政府建设实施方案（2021—2025年）》的通知', true],
    ['某县法治政府建设实施方案(2021-2025年)', true],
    ['关于印发《某县法治政府建设实施方案（2021—2025年', false],
    ['某县实施方案（2021—2025年）》', false],
  ])('%s → %s', (text, balanced) => {
    expect(bracketsBalanced(text)).toBe(balanced)
  })
})

describe('offsetOfKeyIndex', () => {
  it('finds where a position of the match key stands in the line', () => {
    const line = '　来源： 县 司法局'
    expect(offsetOfKeyIndex(line, 0)).toBe(1)
    expect(offsetOfKeyIndex(line, 3)).toBe(5)
    expect(offsetOfKeyIndex(line, 4)).toBe(7)
    expect(offsetOfKeyIndex(line, matchKey(line).length)).toBe(line.length)
  })

  it('counts as many key units before the offset as the index, and stands on one', () => {
    const unit = fc.constantFrom('a', '法', ' ', '\u3000', '\t', '：', 'Ａ')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), fc.nat(20), (units, k) => {
        const line = units.join('')
        const key = matchKey(line)
        const offset = offsetOfKeyIndex(line, k)
        if (k >= key.length) {
          expect(offset).toBe(line.length)
        } else {
          expect(countNonSpace(line.slice(0, offset))).toBe(k)
          expect(countNonSpace(line.charAt(offset))).toBe(1)
        }
      }),
    )
  })
})

describe('wordsByLastUnit and endingWord', () => {
  const byLast = wordsByLastUnit(KIND_WORDS)

  it('finds the first word, in the list\'s order, that ends a text', () => {
    expect(endingWord('关于印发某县法治政府建设实施方案的通知', byLast)).toBe('通知')
    // 实施方案 comes before 方案 in KIND_WORDS: the longer word is the one found
    expect(endingWord('某县法治政府建设实施方案', byLast)).toBe('实施方案')
    expect(endingWord('一、总体要求', byLast)).toBeUndefined()
    expect(endingWord('', byLast)).toBeUndefined()
  })

  it('with `longer`, leaves a word that is the whole text', () => {
    const suffixes = wordsByLastUnit(ORGAN_SUFFIXES)
    expect(endingWord('某市发展和改革委员会', suffixes, true)).toBe('委员会')
    expect(endingWord('委员会', suffixes, true)).toBeUndefined()
    expect(endingWord('局', suffixes, true)).toBeUndefined()
    expect(endingWord('局', suffixes)).toBe('局')
  })

  it('agrees with trying every word in order on any text (property)', () => {
    const words = [...KIND_WORDS, ...ORGAN_SUFFIXES]
    const grouped = wordsByLastUnit(words)
    const text = fc.array(fc.constantFrom(...words, '的', '》', ' ', 'a', '\ud840'), { maxLength: 6 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.boolean(), (t, longer) => {
        expect(endingWord(t, grouped, longer)).toBe(words.find((word) => t.endsWith(word) && (!longer || t.length > word.length)))
      }),
    )
  })
})

describe('trimChars', () => {
  it('trims the given characters at each end, Han and astral halves among them', () => {
    expect(trimChars('》”某某通知》” ', '', '》” ')).toBe('》”某某通知')
    expect(trimChars('（（试行））', '（', '）')).toBe('试行')
    expect(trimChars('\ud840\udc00字\ud840', '', '\ud840')).toBe('\ud840\udc00字')
  })

  it('gives the text itself when nothing is trimmed', () => {
    const text = '某县人民政府'
    expect(trimChars(text, '（', '）')).toBe(text)
    expect(trimChars('', '（', '）')).toBe('')
  })
})
