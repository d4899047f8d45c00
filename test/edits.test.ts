import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyEdits, composeAppliedEdits, composeEdits, LineIndex, OffsetMap, revertEdits, sortEdits } from '../src/edits.js'
import { BugError } from '../src/messages.js'
import type { Edit } from '../src/types.js'

const edit = (text: string, start: number, end: number, after: string, rule = 'test/rule'): Edit => ({
  rule,
  start,
  end,
  before: text.slice(start, end),
  after,
})

/** Random non-overlapping edits on a text. */
const editsOn = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.nat(4), fc.string({ maxLength: 4 })), { maxLength: 8 })
    .map((raw) => {
      const edits: Edit[] = []
      let lastEnd = -1
      for (const [at, length, after] of [...raw].sort((a, b) => a[0] - b[0])) {
        const start = Math.max(at, lastEnd + 1)
        if (start > text.length) break
        const end = Math.min(start + length, text.length)
        edits.push(edit(text, start, end, after))
        lastEnd = end
      }
      return edits
    })

describe('applyEdits / revertEdits', () => {
  it.each([
    ['2017316日', [[0, 8, '2017年3月16日']], '2017年3月16日'],
    ['共娄底市委', [[0, 0, '中']], '中共娄底市委'],
    ['索引号\n0001\n正文', [[0, 9, '']], '正文'],
    ['𠀀年度报告', [[2, 4, '年份']], '𠀀年份报告'],
  ] as const)('%s', (text, spec, expected) => {
    const edits = spec.map(([s, e, a]) => edit(text, s, e, a))
    const output = applyEdits(text, edits)
    expect(output).toBe(expected)
    expect(revertEdits(output, edits)).toBe(text)
  })

  it('refuses overlapping edits and edits that do not match their text', () => {
    expect(() => applyEdits('abcdef', [edit('abcdef', 0, 3, 'x'), edit('abcdef', 2, 4, 'y')])).toThrow(BugError)
    expect(() => applyEdits('abcdef', [{ rule: 'r', start: 0, end: 2, before: 'zz', after: '' }])).toThrow(BugError)
  })

  it('reverts any set of non-overlapping edits (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), editsOn(text))),
        ([text, edits]) => revertEdits(applyEdits(text, edits), edits) === text,
      ),
      { seed: 20261121, numRuns: 2000 },
    )
  })
})

/** A text, edits on it, and edits on the text those give. */
const twoPasses = fc
  .string({ maxLength: 30 })
  .chain((text) => editsOn(text).chain((first) => fc.tuple(fc.constant(text), fc.constant(first), editsOn(applyEdits(text, first)))))

describe('composeEdits', () => {
  it('gives one edit list with the same result as two passes (property)', () => {
    fc.assert(
      fc.property(twoPasses, ([text, first, second]) => {
        const composed = composeEdits(text, first, second)
        const expected = applyEdits(applyEdits(text, first), second)
        return applyEdits(text, composed) === expected && revertEdits(expected, composed) === text
      }),
      { seed: 20261121, numRuns: 3000 },
    )
  })

  it('gives the same edits when the caller hands it the final text (composeAppliedEdits, property)', () => {
    fc.assert(
      fc.property(twoPasses, ([text, first, second]) => {
        const output = applyEdits(applyEdits(text, first), second)
        expect(composeAppliedEdits(text, output, first, second)).toEqual(composeEdits(text, first, second))
      }),
      { seed: 20261206, numRuns: 3000 },
    )
  })
})

describe('sortEdits', () => {
  it('orders edits as a sort by start, then end, would, in a copy (property)', () => {
    const anyEdit = fc.record({ rule: fc.constantFrom('a', 'b', 'c'), start: fc.nat(6), length: fc.nat(3) })
    fc.assert(
      fc.property(fc.array(anyEdit, { maxLength: 10 }), (raw) => {
        const edits: Edit[] = raw.map(({ rule, start, length }) => ({ rule, start, end: start + length, before: 'x'.repeat(length), after: '' }))
        const sorted = sortEdits(edits)
        expect(sorted).toEqual([...edits].sort((a, b) => a.start - b.start || a.end - b.end))
        expect(sorted).not.toBe(edits)
      }),
      { seed: 20261206, numRuns: 2000 },
    )
  })
})

describe('OffsetMap', () => {
  it('maps output offsets back to input offsets', () => {
    const text = 'a\nchrome\nb2017316日'
    const edits = [edit(text, 2, 9, ''), edit(text, 10, 18, '2017年3月16日')]
    const map = new OffsetMap(edits)
    const output = applyEdits(text, edits)
    expect(output).toBe('a\nb2017年3月16日')
    expect(map.toInput(0)).toBe(0)
    expect(map.toInput(2)).toBe(9) // 'b'
    expect(map.toInput(3)).toBe(10) // start of the repaired date
    expect(map.toInput(output.length)).toBe(text.length)
  })
})

describe('LineIndex', () => {
  it('finds 1-based lines of offsets', () => {
    const lines = new LineIndex('一\n二\n\n四')
    expect([0, 1, 2, 4, 5].map((o) => lines.lineOf(o))).toEqual([1, 1, 2, 3, 4])
    expect(lines.count).toBe(4)
  })
})
