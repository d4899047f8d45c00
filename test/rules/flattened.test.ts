/** The label readers of the unflatten data read what one alternation of every label reads. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bareLabelAt, FURNITURE_LABELS, labelWithColonAt } from '../../src/rules/flattened.js'
import { ALL_META_LABELS, DISCLOSURE_LABELS, WIDGET_LABELS } from '../../src/rules/labels.js'
import { escapeRegExp } from '../../src/text.js'
import { filesUnder } from '../helpers/files.js'

// the same readers as regular expressions: each label whole, or with spaces between all its characters
const SPACE = '[ \\t\\u3000\\u00a0]'
const spaced = (label: string) => {
  const chars = [...label].map(escapeRegExp)
  return chars.length < 2 ? chars.join('') : `${chars.join('')}|${chars.join(`${SPACE}+`)}`
}
const longestFirst = (labels: readonly string[]) => [...labels].sort((a, b) => b.length - a.length)
const all = longestFirst([...new Set([...ALL_META_LABELS.map((l) => l.label), ...FURNITURE_LABELS, ...WIDGET_LABELS])])
const disclosure = longestFirst(DISCLOSURE_LABELS.map((l) => l.label))
const WITH_COLON = new RegExp(`^(?:${all.map(spaced).join('|')})${SPACE}*[:：]`)
const BARE = new RegExp(`^(?:${disclosure.map(spaced).join('|')})(?=${SPACE}|$)`)

/** Texts that start with a label in every way a page writes one, and texts that almost do. */
function labelTexts(): string[] {
  const texts: string[] = []
  for (const label of all) {
    const chars = [...label]
    for (const written of [label, chars.join(' '), chars.join('\u3000\u3000'), chars.join('\t'), `${chars[0]} ${chars.slice(1).join('')}`]) {
      for (const after of ['', '：某县司法局', ':2021-03-05', ' ：值', '\u3000000014348/2021-03550', '某', ' 主动公开', '（']) texts.push(written + after)
    }
  }
  return texts
}

/** Every line of the fixtures' inputs, and what follows each space in it. */
function fixtureTexts(): string[] {
  const texts: string[] = []
  for (const path of filesUnder(new URL('../../fixtures/', import.meta.url).pathname, (name) => name === 'input.txt')) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const trimmed = line.trim()
      texts.push(trimmed)
      for (let at = trimmed.indexOf(' '); at !== -1 && texts.length < 400000; at = trimmed.indexOf(' ', at + 1)) texts.push(trimmed.slice(at + 1))
    }
  }
  return texts
}

describe('label readers', () => {
  const texts = [...labelTexts(), ...fixtureTexts()]

  /** How many texts start with a label, each read by the reader as the pattern reads it. */
  function labelsReadAsPattern(reader: (text: string) => string | undefined, pattern: RegExp): number {
    let found = 0
    for (const text of texts) {
      const expected = pattern.exec(text)?.[0]
      if (expected !== undefined) found++
      expect(reader(text), text).toBe(expected)
    }
    return found
  }

  it('read a label and its colon as the alternation of every label does', () => {
    expect(texts.length).toBeGreaterThan(10000)
    expect(labelsReadAsPattern(labelWithColonAt, WITH_COLON)).toBeGreaterThan(1000)
  })

  it('read a disclosure label standing alone as the alternation of those labels does', () => {
    expect(labelsReadAsPattern(bareLabelAt, BARE)).toBeGreaterThan(500)
  })

  it('take the longest label first, and only spaces between every two characters', () => {
    expect(bareLabelAt('发 布 日 期 2024-01-10')).toBe('发 布 日 期')
    expect(labelWithColonAt('发　布　机　构：某县人民政府')).toBe('发　布　机　构：')
    expect(labelWithColonAt('信息 索引号：1')).toBeUndefined()
    expect(bareLabelAt('索引号')).toBe('索引号')
  })
})
