import { describe, expect, it } from 'vitest'
import { isProse } from '../../src/line-shape.js'
import { CLAUSE_MARKS, SENTENCE_END_MARKS, SENTENCE_STOP } from '../../src/rules/punctuation.js'

describe('punctuation', () => {
  it('counts every end of a sentence among the clause marks', () => {
    for (const mark of SENTENCE_END_MARKS) expect(CLAUSE_MARKS).toContain(mark)
  })

  it('lists each mark once, full width beside its ASCII form', () => {
    for (const set of [SENTENCE_END_MARKS, CLAUSE_MARKS]) expect(new Set(set).size).toBe(set.length)
    for (const [full, ascii] of [['。', ''], ['！', '!'], ['？', '?'], ['，', ','], ['；', ';']] as const) {
      expect(CLAUSE_MARKS).toContain(full)
      if (ascii !== '') expect(CLAUSE_MARKS).toContain(ascii)
    }
  })

  it('stops a sentence at its end or a semicolon, not at a comma or a colon', () => {
    for (const mark of `${SENTENCE_END_MARKS}；;`) expect(SENTENCE_STOP.test(`依法行政${mark}建设法治政府`)).toBe(true)
    for (const mark of '，,、：:') expect(SENTENCE_STOP.test(`依法行政${mark}建设法治政府`)).toBe(false)
  })

  it('is what makes a long run of Han characters read as prose', () => {
    const run = '深入推进依法行政加快建设法治政府全面提升行政机关依法履职能力'
    expect(isProse(run)).toBe(false)
    for (const mark of CLAUSE_MARKS) expect(isProse(`${run.slice(0, 15)}${mark}${run.slice(15)}`)).toBe(true)
  })
})
