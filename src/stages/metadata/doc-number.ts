/**
 * The 发文字号, in its canonical form 代字〔YYYY〕N号.
 *
 * Example: the line '某政办发〔2019〕8号' under the masthead → '某政办发〔2019〕8号'; a disclosure
 * block's 文号 '某发(2018)12号' → '某发〔2018〕12号'.
 */
import { canonicalDocNumberOf, DOC_NUMBER, DOC_NUMBER_NO_YEAR } from '../../rules/document.js'
import { METADATA_RULES } from '../../rules/metadata.js'
import type { Message } from '../../types.js'
import { inBlock, whereMessage, type Finder, type Found, type Where } from './evidence.js'
import { metaByRole, tableValues } from './page.js'
import { WARNINGS } from '../../rules/warnings.js'

/** What the 文号 finders read and report to. */
export interface DocNumberKnown {
  messages: Message[]
  title: Found<string> | undefined
}

/** 代字〔YYYY〕N号 from a printed number; one whose year is gone stays 代字〔〕N号. `messages`, when
 *  given, receives a warning for that (the repair stage flags those in the document's text). */
function canonicalDocNumber(text: string, messages?: Message[], where: Where = null): string | undefined {
  const m = DOC_NUMBER.exec(text)
  if (m) return canonicalDocNumberOf(m)
  const noYear = DOC_NUMBER_NO_YEAR.exec(text.trim())
  if (!noYear) return undefined
  messages?.push(whereMessage(WARNINGS.docNumberYearMissing.code, `document number “${text.trim()}” has lost its year; kept as printed`, where))
  return `${(noYear[1] as string).replace(/\s/g, '')}〔〕${noYear[2]}号`
}

/** A 文号 in brackets at a title's end. */
const TITLE_DOC_NUMBER = /[（(]([^（）()]{2,30}〔(?:19|20)\d{2}〕\d{1,5}号)[）)]$/

export const DOC_NUMBER_FINDERS: readonly Finder<string, DocNumberKnown>[] = [
  // the 发文字号 line under the 发文机关标志
  {
    rule: METADATA_RULES.docNumberFromHead,
    find: (page) => {
      const block = page.blocks.find((b) => b.role === 'doc-number')
      const value = block === undefined ? undefined : canonicalDocNumber(block.text)
      return block === undefined || value === undefined ? undefined : { value, where: inBlock(block) }
    },
  },
  // the 文号 row of a document laid out as a table: "行政处罚决定书文号 | 某罚决字〔2024〕12号"
  {
    rule: METADATA_RULES.docNumberFromTable,
    find: (page) => {
      for (const found of tableValues(page, 'doc-number')) {
        const value = canonicalDocNumber(found.value)
        if (value !== undefined) return { value, where: found.where }
      }
      return undefined
    },
  },
  // a 文号 in brackets ending the title: "某局行政处罚信息公开表（某罚决字〔2024〕36号）"
  {
    rule: METADATA_RULES.docNumberFromTitle,
    find: (_page, { title }) => {
      const m = title === undefined ? null : TITLE_DOC_NUMBER.exec(title.value)
      const value = m === null ? undefined : canonicalDocNumber(m[1] as string)
      return title === undefined || value === undefined ? undefined : { value, where: title.where, confidence: title.confidence }
    },
  },
  // 文号 / 发文字号 of the disclosure block
  {
    rule: METADATA_RULES.docNumberFromDisclosure,
    find: (page, { messages }) => {
      for (const found of metaByRole(page.meta, 'doc-number')) {
        const value = canonicalDocNumber(found.value, messages, found.where)
        if (value !== undefined) return { value, where: found.where }
      }
      return undefined
    },
  },
]
