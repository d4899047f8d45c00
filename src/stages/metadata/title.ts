/**
 * The title, and what its words say: the kind, the family and the title a 通知 encloses.
 *
 * Example: blocks [title '某市人民政府关于2021年度法治政府建设情况的报告'] → title that (rule
 * metadata/title-from-head, confidence 1), kind 报告, family annual-report.
 */
import { METADATA_RULES } from '../../rules/metadata.js'
import {
  DISCLOSURE_TITLE_MIN_LENGTH,
  DOC_NUMBER,
  ENCLOSED_BARE_MIN_LENGTH,
  ENCLOSING_BARE_ENDINGS,
  ENCLOSING_CLOSE,
  ENCLOSING_OPEN,
  ENCLOSING_VERBS,
  endsWithKind,
  isOrganName,
  FAMILY_RULES,
  KIND_CANONICAL,
  KIND_WORDS,
  splitNames,
  TITLE_DATE_SUFFIX,
  TITLE_SITE_MARK,
  titleEnd,
} from '../../rules/document.js'
import { POSITIONAL_TITLE_GROUP, unspaceLetters, type Block } from '../segment.js'
import { inBlock, type Finder, type Found, type Hit, type Where } from './evidence.js'
import { metaByRole, type Meta, type Page } from './page.js'

/** The title the document prints at its top, and whether it is known by its position alone. */
export interface DocumentTitle {
  value: string
  where: Where
  /** Read from no kind word, only from where it stands: the weakest title. */
  positional: boolean
}

/** The document's own title, when it prints one known by more than its position. */
function ownTitle(page: Page): DocumentTitle | undefined {
  const title = page.documentTitle
  return title === undefined || title.positional ? undefined : title
}

/** The title's finders, first choice first. */
export const TITLE_FINDERS: readonly Finder<string>[] = [
  // the CMS heading when it names the document the head's 通知 publishes, or one the page prints
  // below the first (a 条例 under the 公告 that promulgates it): the site published the page as that
  // document's ("广州市天河区…实施办法" over "关于印发广州市天河区…实施办法的通知")
  {
    rule: METADATA_RULES.titleFromHeadingOfEnclosed,
    find: (page) => {
      const own = ownTitle(page)
      const heading = page.pageTitle
      if (own === undefined || heading === undefined || sameTitle(own.value, heading)) return undefined
      const enclosed = enclosedTitle(own.value)
      const published = (enclosed !== undefined && sameTitle(enclosed, heading)) || printedAsLine(page.blocks, heading)
      return published ? { value: heading, where: null } : undefined
    },
  },
  // the document's own title when the disclosure block renames it: a title of the 公文's form
  // (关于 … kind word) printed in the document, which the block's name does not copy (whole or
  // with the organ before it) but shortens — the same kind, its words the title's. A name of
  // another document altogether is the block's say (with a title-conflict warning)
  {
    rule: METADATA_RULES.titleFromHeadOverRenaming,
    find: (page) => {
      const own = ownTitle(page)
      const named = titleFromMeta(page.meta)
      if (own === undefined || named === undefined || !own.value.includes('关于') || !endsWithKind(own.value)) return undefined
      return !sameTitle(own.value, named.value) && isRenaming(named.value, own.value) ? own : undefined
    },
  },
  // the disclosure block's 信息名称/标题: "瑞政办〔2011〕129号 转发…" read without its 文号
  { rule: METADATA_RULES.titleFromDisclosure, find: (page) => titleFromMeta(page.meta) },
  // the CMS heading when it is the document's title with the organ before it: "某县人民政府关于…的
  // 意见" over "关于…的意见" printed under a separate organ line
  {
    rule: METADATA_RULES.titleFullestCopy,
    find: (page) => {
      const own = ownTitle(page)
      const heading = page.pageTitle
      if (own === undefined || heading === undefined) return undefined
      const fuller = heading.replace(/\s/g, '')
      const printed = own.value.replace(/\s/g, '')
      if (!fuller.endsWith(printed)) return undefined
      // what the heading adds is the organ (its place, its year), never a column's tag set off by a
      // bar or a colon ("法治政府 | 瑞安市司法局…报告")
      return COLUMN_TAG_MARK.test(fuller.slice(0, fuller.length - printed.length)) ? undefined : { value: heading, where: own.where }
    },
  },
  // the first title group at the top of the document, wrapped lines joined
  { rule: METADATA_RULES.titleFromHead, find: (page) => ownTitle(page) },
  // the CMS heading when the document prints no title of its own
  { rule: METADATA_RULES.titleFromPageHeading, find: (page) => (page.pageTitle === undefined ? undefined : { value: page.pageTitle, where: null }) },
  // <meta name="ArticleTitle">, else the <title> without the site's name: a copy, not the page's print
  {
    rule: METADATA_RULES.titleFromHtmlHead,
    find: (page) => {
      const title = page.input.head?.articleTitle ?? page.input.head?.title
      return title === undefined || !endsWithKind(title) ? undefined : { value: page.input.normalizeValue(title), where: null }
    },
  },
  // no line of the head ends with a kind word: the last title-shaped line above the body
  // ("…2018年工作总结及2019年工作打算"), known by where it stands
  { rule: METADATA_RULES.titleFromPosition, find: (page) => (page.documentTitle?.positional === true ? page.documentTitle : undefined) },
]

/** A disclosure block's name this much made of the title's characters, of the same kind, is the
 *  editor's short name for it ("建湖县2023年度法治政府建设情况报告" of "中共建湖县委 建湖县人民政府关于
 *  2023年度法治政府建设情况的报告"). */
const RENAMING_MIN_SHARE = 0.8

/** Whether `name` renames `title`: the same kind word, and its characters nearly all the title's. */
function isRenaming(name: string, title: string): boolean {
  if (kindOf(name) !== kindOf(title)) return false
  const key = titleKey(name)
  let shared = 0
  for (const ch of key) if (title.includes(ch)) shared++
  return key.length > 0 && shared / key.length >= RENAMING_MIN_SHARE
}

/** What sets a column's tag off before a title in a heading: "法治政府 | …", "【解读】…" aside, "专题：…". */
const COLUMN_TAG_MARK = /[|｜:：]/

/** Whether a title stands as a line of its own among the document's paragraphs. */
function printedAsLine(blocks: readonly Block[], title: string): boolean {
  const key = titleKey(title)
  return blocks.some((block) => (block.role === 'content' || block.role === 'attachment-title') && block.text.length <= title.length * 2 && titleKey(block.text) === key)
}

/**
 * A title without the mark a site put before it, whichever copy it was read from:
 * "（转载）某市人民政府办公厅关于…的通知" → "某市人民政府办公厅关于…的通知", "DOCX某县…报告" → "某县…报告".
 * @returns the title found, its value cleaned
 */
export function withoutSiteMark(found: Found<string> | undefined): Found<string> | undefined {
  if (found === undefined || !TITLE_SITE_MARK.test(found.value)) return found
  const value = found.value.replace(TITLE_SITE_MARK, '')
  return value === '' ? found : { ...found, value }
}

/** 信息名称 / 标题 of the disclosure block; a disclosure title sometimes starts with the 文号. */
function titleFromMeta(meta: Meta): Hit<string> | undefined {
  const found = metaByRole(meta, 'title').find((v) => v.value.length >= DISCLOSURE_TITLE_MIN_LENGTH)
  if (found === undefined) return undefined
  const value = found.value.replace(new RegExp(`^${DOC_NUMBER.source}\\s*`), '').trim()
  return value === '' ? undefined : { value, where: found.where }
}

/**
 * The first title group at the top of the document, wrapped lines joined; a bare column name
 * above it ("法治政府建设年度报告": no organ, place, year or 关于) gives way to the title after it.
 * @param blocks the segmented document
 * @returns the title, cleaned, or undefined
 */
export function documentTitleOf(blocks: readonly Block[]): DocumentTitle | undefined {
  const groups = new Map<number, { text: string; first: Block }>()
  for (const block of blocks) {
    if (block.role !== 'title' || block.group === undefined) continue
    const group = groups.get(block.group)
    if (group === undefined) groups.set(block.group, { text: block.text, first: block })
    else group.text += block.text
  }
  const titles = [...groups.values()]
  const chosen = titles.find((t) => namesSomething(t.text)) ?? titles[0]
  if (chosen === undefined) return undefined
  return { value: cleanTitle(unspaceLetters(chosen.text)), where: inBlock(chosen.first), positional: chosen.first.group === POSITIONAL_TITLE_GROUP }
}

/** Spaces a Word dump leaves around a year: "某县司法局 2015 年法治政府建设情况报告". */
const SPACE_BESIDE_YEAR = /(?<=[\u4e00-\u9fa5])[ \t\u3000]+(?=\d)|(?<=\d)[ \t\u3000]+(?=[年月日度])/g

/** A title without what a page printed around it: spaces around its year, a date after it ("…的公示（2024-02-18）"), a 文号
 *  before it and the 《》 it was then quoted in ("某政办发〔2017〕8号《…指标体系（试行）》"). */
function cleanTitle(title: string): string {
  const withoutDate = title.replace(TITLE_DATE_SUFFIX, '').replace(SPACE_BESIDE_YEAR, '')
  const numbered = new RegExp(`^${DOC_NUMBER.source}\\s*`).exec(withoutDate)
  if (numbered === null) return withoutDate
  const rest = withoutDate.slice(numbered[0].length)
  return /^《[^《》]+》$/.test(rest) ? rest.slice(1, -1) : rest
}

function namesSomething(title: string): boolean {
  return /关于|\d{4}|[省市县区州旗盟镇乡]|街道|人民政府|委员会|局|厅|办公室/.test(title)
}

/** A title's words, spaces and punctuation set aside. */
function titleKey(title: string): string {
  return title.replace(/[\s《》〈〉“”"'‘’（）()、，,。：:—\-]/g, '')
}

/**
 * Two copies of one title: the same words once spaces and punctuation are set aside, or one the
 * other with the organ before it.
 * @returns whether a and b are copies of one title
 */
export function sameTitle(a: string, b: string): boolean {
  const x = titleKey(a)
  const y = titleKey(b)
  return x === y || x.endsWith(y) || y.endsWith(x)
}

/**
 * The kind a title names by its last words ("…的通知" → 通知, "…实施方案（2023—2025年）" → 实施方案).
 * @param title a title
 * @returns the kind, or undefined
 */
export function kindOf(title: string): string | undefined {
  const stripped = titleEnd(title)
  const word = KIND_WORDS.find((w) => stripped.endsWith(w))
  return word === undefined ? undefined : (KIND_CANONICAL[word] ?? word)
}

/**
 * metadata/family-*: what the document is among these pages, by its title (rules/document.ts).
 * @returns the family and the rule that named it, or undefined
 */
export function familyOf(title: string, kind: string | undefined): { value: string; rule: string } | undefined {
  const end = titleEnd(title)
  const rule = FAMILY_RULES.find(
    (r) => (r.kinds === undefined || (kind !== undefined && r.kinds.includes(kind))) && r.pattern.test(end) && (r.requires === undefined || r.requires.test(title)),
  )
  return rule === undefined ? undefined : { value: rule.family, rule: rule.id }
}

/**
 * metadata/encloses-from-title: what a 通知 publishes or forwards: 关于印发《…》的通知 → ….
 * @returns the enclosed title, or undefined
 */
export function enclosedTitle(title: string): string | undefined {
  const open = ENCLOSING_OPEN.exec(title)
  const close = ENCLOSING_CLOSE.exec(title)
  if (open !== null && close !== null) {
    const inner = title.slice(open.index + open[0].length, close.index).trim()
    // several titles published together (关于印发《A》和《B》的通知): the first, whole (its own
    // nested 《》 kept: 《关于贯彻《某纲要》的方案》)
    let depth = 0
    for (let i = 0; i < inner.length; i++) {
      if (inner[i] === '《') depth++
      else if (inner[i] === '》' && depth-- === 0) return inner.slice(0, i).trim() || undefined
    }
    return inner === '' ? undefined : inner
  }
  if (title.includes('《')) return undefined
  // a title published without 《》: 关于印发某县2024年法治政府建设工作要点的通知 — the verb right
  // after 关于, or after the organs that open the title (某市人民政府批转…的通知), up to 的通知
  const ending = ENCLOSING_BARE_ENDINGS.find((word) => title.endsWith(word))
  if (ending === undefined) return undefined
  for (const verb of ENCLOSING_VERBS) {
    const at = title.indexOf(verb)
    const head = title.slice(0, at)
    if (at === -1 || !(head === '' || head.endsWith('关于') || splitNames(head).every(isOrganName))) continue
    const inner = title.slice(at + verb.length, title.length - ending.length).trim()
    return inner.length >= ENCLOSED_BARE_MIN_LENGTH ? inner : undefined
  }
  return undefined
}
