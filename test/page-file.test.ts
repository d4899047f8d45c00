/** The page file: one position mapper through the text stages, and warnings on the lines read. */
import { describe, expect, it } from 'vitest'
import { createMessage } from '../src/messages.js'
import { PageFile } from '../src/page-file.js'
import { normalize } from '../src/stages/normalize.js'
import { repair } from '../src/stages/repair.js'
import { stripChrome } from '../src/stages/strip-chrome.js'
import { unflatten } from '../src/stages/unflatten.js'

const READ = '当前位置：首页 > 政务公开\n某县人民政府关于印发某县法治政府建设实施方案的通知\n\n　　现将《实施方案》印发给你们，请于2017316日前认真贯彻执行。\n'

/** The stages run by hand, each recorded in the file. */
function run(text: string) {
  const file = new PageFile(text)
  const flat = unflatten(text)
  file.edited('unflattened', flat.edits)
  const chrome = stripChrome(flat.text)
  file.edited('stripped', chrome.edits)
  const normalized = normalize(chrome.text)
  file.edited('normalized', normalized.edits)
  const repaired = repair(normalized.text)
  file.edited('repaired', repaired.edits)
  return { file, chrome, repaired }
}

describe('PageFile', () => {
  it('places an offset of the repaired text on the line it was read on, across every stage', () => {
    const { file, chrome, repaired } = run(READ)
    expect(chrome.edits[0]?.before).toContain('当前位置')
    const date = repaired.text.indexOf('2017年3月16日')
    expect(date).toBeGreaterThan(-1)
    expect(file.lineOf(date, 'repaired')).toBe(4)
    expect(READ.slice(file.toRead(date, 'repaired'))).toMatch(/^2017316日/)
    expect(file.lineOf(repaired.text.indexOf('某县人民政府关于'), 'repaired')).toBe(2)
  })

  it('reads an offset of any state through the edits before it only', () => {
    const { file, chrome } = run(READ)
    const title = chrome.text.indexOf('某县人民政府关于')
    expect(file.toRead(title, 'stripped')).toBe(READ.indexOf('某县人民政府关于'))
    expect(file.toRead(5, 'read')).toBe(5)
  })

  it('keeps the warnings in the order reported, each on its line, a line a message names itself first', () => {
    const { file, repaired } = run(READ)
    const at = repaired.text.indexOf('现将')
    file.report([createMessage('repair', 'ambiguous-date', 'first', 'warning', at)], 'repaired')
    file.report([{ ...createMessage('decode', 'encoding-fallback', 'second'), line: 7 }, createMessage('decode', 'encoding-fallback', 'third', 'warning', 3)], null)
    expect(file.warnings()).toEqual([
      { code: 'ambiguous-date', message: 'first', line: 4 },
      { code: 'encoding-fallback', message: 'second', line: 7 },
      { code: 'encoding-fallback', message: 'third', line: null },
    ])
  })

  it('refuses a stage recorded out of order', () => {
    const file = new PageFile(READ)
    expect(() => file.edited('stripped', [])).toThrow(/unflattened was expected/)
    file.edited('unflattened', [])
    expect(() => file.lineOf(0, 'repaired')).toThrow(/no edits recorded/)
  })
})
