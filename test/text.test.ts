import { describe, expect, it } from 'vitest'
import { escapeRegExp, foldWidth, matchKey } from '../src/text.js'

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

describe('escapeRegExp', () => {
  it('makes a label with pattern characters match only itself', () => {
    const label = '文号(字号)[1]+.*'
    const pattern = new RegExp(`^${escapeRegExp(label)}$`)
    expect(pattern.test(label)).toBe(true)
    expect(pattern.test('文号字号1')).toBe(false)
  })
})
