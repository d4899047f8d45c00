/**
 * The 发文字号, in its canonical form 代字〔YYYY〕N号.
 *
 * Example: the line '某政办发〔2019〕8号' under the masthead → '某政办发〔2019〕8号'; a disclosure
 * block's 文号 '某发(2018)12号' → '某发〔2018〕12号'.
 */
import { DOC_NUMBER, DOC_NUMBER_NO_YEAR } from '../../rules/document.js'
import type { Message } from '../../types.js'
import { inBlock, whereMessage, type Finder, type Where } from './evidence.js'
import { metaByRole } from './page.js'

/** What the 文号 finders report to. */
export interface DocNumberKnown {
  messages: Message[]
}

/** 代字〔YYYY〕N号 from a printed number; one whose year is gone stays 代字〔〕N号. `messages`, when
 *  given, receives a warning for that (the repair stage flags those in the document's text). */
function canonicalDocNumber(text: string, messages?: Message[], where: Where = null): string | undefined {
  const m = DOC_NUMBER.exec(text)
  if (m) return `${(m[1] as string).replace(/\s/g, '')}〔${m[2]}〕${m[3]}号`
  const noYear = DOC_NUMBER_NO_YEAR.exec(text.trim())
  if (!noYear) return undefined
  messages?.push(whereMessage('doc-number-year-missing', `document number “${text.trim()}” has lost its year; kept as printed`, where))
  return `${(noYear[1] as string).replace(/\s/g, '')}〔〕${noYear[2]}号`
}

export const DOC_NUMBER_FINDERS: readonly Finder<string, DocNumberKnown>[] = [
  // the 发文字号 line under the 发文机关标志
  {
    rule: 'metadata/doc-number-from-head',
    confidence: 1,
    find: (page) => {
      const block = page.blocks.find((b) => b.role === 'doc-number')
      const value = block === undefined ? undefined : canonicalDocNumber(block.text)
      return block === undefined || value === undefined ? undefined : { value, where: inBlock(block) }
    },
  },
  // 文号 / 发文字号 of the disclosure block
  {
    rule: 'metadata/doc-number-from-disclosure',
    confidence: 1,
    find: (page, { messages }) => {
      for (const found of metaByRole(page.meta, 'doc-number')) {
        const value = canonicalDocNumber(found.value, messages, found.where)
        if (value !== undefined) return { value, where: found.where }
      }
      return undefined
    },
  },
]
