/**
 * Stage `segment`: give each paragraph of the document its part (GB/T 9704 §7): title lines,
 * 发文机关标志, 发文字号, issuer lines, 主送, content, 附件说明, signers, signature date, 附注,
 * 抄送 and 印发. Sections are built from content paragraphs only; the other parts feed metadata.
 *
 * Example: '关于…的报告\n县委常委会：\n  2020年，…。\n中共某县人民政府党组\n2020年12月28日\n（此件公开发布）'
 * → title, recipients, content, signer, signature-date, note.
 */
import { findDate } from '../dates.js'
import { isTitleShaped, startsBody } from '../line-shape.js'
import {
  ATTACHMENT_ITEM,
  ATTACHMENT_LABEL,
  ATTACHMENT_NOTE,
  CC_LINE,
  DOC_NUMBER_LINE,
  DOC_NUMBER_NO_YEAR,
  endsWithKind,
  isImprintLine,
  MASTHEAD,
  NOTE_LINE,
  CONTACT_NOTE_LINE,
  NOTE_UNDER_DATE_LINE,
  POSITIONAL_TITLE_LOOKBACK,
  POSITIONAL_TITLE_MIN_HAN,
  isOrganLine,
  isOrganName,
  RECIPIENT_ENDING,
  isRecipientList,
  BRACKETED_SIGNATURE_DATE_LINE,
  SIGNATURE_DATE_LINE,
  SIGNER_AND_DATE_LINE,
  SIGNER_AND_BRACKETED_DATE_LINE,
  TITLE_DATE_LINE,
  TITLE_DATE_OPENING,
  RECIPIENTS_MAX_LENGTH,
  TITLE_MAX_LINES,
  TITLE_MAX_LENGTH,
} from '../rules/document.js'
import { matchSectionMarker } from '../rules/sections.js'
import { SENTENCE_STOP } from '../rules/punctuation.js'
import { bracketsBalanced, countHan, splitLines, unitTable, type TextLine } from '../text.js'

export type BlockRole =
  | 'title'
  | 'masthead'
  | 'doc-number'
  | 'issuer'
  | 'recipients'
  | 'content'
  | 'attachment-note'
  | 'signer'
  | 'signature-date'
  | 'note'
  | 'cc'
  | 'imprint'
  | 'attachment-title'
  | 'title-date'

/** One paragraph of the document and its part. Offsets are into the segmented text. */
export interface Block {
  index: number
  role: BlockRole
  text: string
  start: number
  end: number
  /** Title lines only: which title group (wrapped lines of one title share it). */
  group?: number
}

/** No options yet; kept so callers pass a stable shape. */
export type SegmentOptions = Record<string, never>

/**
 * Segment a normalized, repaired document into its parts.
 * @param text the document, one paragraph per line
 * @returns one block per non-empty line, in order
 */
export function segment(text: string, _options: SegmentOptions = {}): Block[] {
  const lines = splitLines(text).filter((line) => line.text.trim() !== '')
  const bodyStart = lines.findIndex((line) => startsBody(line.text.trim()))
  const blocks: Block[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine
    const signature = bodyStart !== -1 && i > bodyStart ? signerAndDate(line) : undefined
    if (signature !== undefined) blocks.push(...signature)
    else blocks.push({ index: line.index, role: 'content', text: line.text.trim(), start: line.start, end: line.end })
  }
  // lines before the body are never split, so the body starts at the same block as line
  const head = markHead(blocks, bodyStart === -1 ? blocks.length : bodyStart)
  markRecipients(blocks, head)
  markClosing(blocks)
  markAttachmentNotes(blocks)
  return blocks
}

const DAY_UNIT = 0x65e5 // 日

/**
 * segment/signer-and-date-line: a signer and the signature's date on one line below the body
 * ("槐川县交通运输局2021年12月30日", "桐溪县人民政府（2023年3月15日）", as a page that lost its line breaks or a one-line signature
 * prints them) are two blocks, the signer's and the date's, which markClosing reads as any
 * signature. Above the body such a line is a byline's, and is left whole.
 */
function signerAndDate(line: TextLine): Block[] | undefined {
  const trimmed = line.text.trim()
  // a date ends the line, or its bracket ("桐溪县人民政府（2023年3月15日）"): most lines are not read further
  const last = trimmed.charCodeAt(trimmed.length - 1)
  if (last !== DAY_UNIT && !(DATE_BRACKET_CLOSING_UNITS[last] === 1 && trimmed.charCodeAt(trimmed.length - 2) === DAY_UNIT)) return undefined
  const match = last === DAY_UNIT ? SIGNER_AND_DATE_LINE.exec(trimmed) : SIGNER_AND_BRACKETED_DATE_LINE.exec(trimmed)
  if (match === null) return undefined
  const signer = (match[1] as string).trim()
  if (!isOrganLine(signer)) return undefined
  const date = match[2] as string
  const start = line.start + line.text.length - line.text.trimStart().length
  const dateStart = start + trimmed.length - date.length
  return [
    { index: line.index, role: 'content', text: signer, start, end: start + signer.length },
    { index: line.index, role: 'content', text: date, start: dateStart, end: dateStart + date.length },
  ]
}

/** What closes a signature's date in brackets. */
const DATE_BRACKET_CLOSING_UNITS = unitTable('）)')

/** A line right under the title, or under the speaker's line under a speech's title ("在全市…
 *  会议上的讲话" / "市长　周立群" / "（二〇〇九年四月十八日）"). */
function isUnderTitle(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1] as Block
  if (above.role === 'title') return true
  const title = blocks[i - 2]
  return title !== undefined && title.role === 'title' && SPEAKER_LINE.test(above.text)
}

/** segment/wrapped-title-date: the date under the title and the meeting that adopted the document,
 *  in a bracket printed over two lines ("（2024年8月28日沂南县第十九届人民代表大会" / "常务委员会第二十一次
 *  会议通过）"): the first line leaves the bracket open, the second closes it. */
function wrapsTitleDate(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i] as Block
  const next = blocks[i + 1]
  if (next === undefined || !TITLE_DATE_OPENING.test(block.text) || bracketsBalanced(block.text)) return false
  return TITLE_DATE_LINE.test(block.text + next.text) && isUnderTitle(blocks, i)
}

/** A speaker under a speech's title: a post and a name, a space between them ("市长　周立群",
 *  "县委书记 张某某"). */
const SPEAKER_LINE = /^[\u4e00-\u9fa5]{2,10}[ \t\u3000]+[\u4e00-\u9fa5]{2,4}$/

/** A title line that opens with the year a report covers: "2022年法治政府建设年度报告". */
const TITLE_YEAR_START = /^(?:19|20)\d{2}\s*年(?!\s*\d{1,2}\s*月)/


/** Head of the document: the lines before its first body line (prose, a numbered heading or a
 *  line ending in a colon). Among them: 发文机关标志, 发文字号, issuer lines and title groups;
 *  anything else there (份号, 紧急程度 …) stays content. Returns the index of the first body line. */
function markHead(blocks: Block[], end: number): number {
  let group = 0
  let i = 0
  while (i < end) {
    const block = blocks[i] as Block
    const text = block.text
    if (TITLE_DATE_LINE.test(text) && i > 0 && isUnderTitle(blocks, i)) block.role = 'title-date'
    else if (i > 0 && wrapsTitleDate(blocks, i)) {
      block.role = 'title-date'
      ;(blocks[i + 1] as Block).role = 'title-date'
      i += 2
      continue
    } else if (MASTHEAD.test(text)) block.role = 'masthead'
    else if (DOC_NUMBER_LINE.test(text) || DOC_NUMBER_NO_YEAR.test(text)) block.role = 'doc-number'
    else if (isOrganLine(text) && startsTitleWithGuanyu(blocks, i, end)) {
      // one organ on its own line above "关于…", or a joint document's organs on one line ("中共建湖县委
      // 建湖县人民政府"): the first line of a two-line title (GB/T 9704 7.3.1); several organ lines
      // are the joint issuers of the 版头 instead
      const length = Math.min(titleGroupLength(blocks, i + 1), end - i - 1)
      for (let k = i; k <= i + length; k++) {
        const member = blocks[k] as Block
        member.role = 'title'
        member.group = group
      }
      group++
      i += length + 1
      continue
    } else if (isOrganLine(text) && !endsWithKind(text)) block.role = 'issuer'
    else if (isTitleShaped(text)) {
      const length = Math.min(titleGroupLength(blocks, i), end - i)
      if (length > 0) {
        for (let k = i; k < i + length; k++) {
          const member = blocks[k] as Block
          member.role = 'title'
          member.group = group
        }
        group++
        i += length
        continue
      }
    }
    i++
  }
  if (group === 0 && !markHeadBelow(blocks, end)) markTitleByPosition(blocks, end)
  return end
}

/** How many lines below the top a document's own head is looked for. */
const HEAD_BELOW_LOOKAHEAD = 16

/**
 * segment/head-below: a page whose top holds no title (a platform's summary of the case, a label
 * "处罚决定书全文") may print the document's own head further down, the way a 公文 prints it: the
 * issuing organ's line, a title line ending with a kind word, and the 文号 under them ("常州市生态
 * 环境局" / "行政处罚决定书" / "常环行罚〔2024〕112号"). Those lines are the title and the 文号.
 * @returns whether such a head was found
 */
function markHeadBelow(blocks: Block[], end: number): boolean {
  for (let k = end; k < Math.min(blocks.length - 1, end + HEAD_BELOW_LOOKAHEAD); k++) {
    const title = blocks[k] as Block
    const number = blocks[k + 1] as Block
    if (title.role !== 'content' || number.role !== 'content' || !DOC_NUMBER_LINE.test(number.text)) continue
    if (!endsWithKind(title.text) || title.text.length > TITLE_MAX_LENGTH || SENTENCE_STOP.test(title.text)) continue
    const organ = blocks[k - 1]
    const members = organ !== undefined && organ.role === 'content' && isOrganLine(organ.text) ? [organ, title] : [title]
    for (const member of members) {
      member.role = 'title'
      member.group = 0
    }
    number.role = 'doc-number'
    return true
  }
  return false
}

/**
 * segment/title-by-position: a head with no line ending in a kind word still has its title — the
 * last line above the body that is shaped like one ("某乡2018年工作总结及2019年工作打算", "…建设情况"),
 * past a date or a subtitle under it and a label line: long enough, mostly Han characters, one item
 * (not a menu), not an organ, a list of addressees, a site's name, a 文号 or a date.
 */
function markTitleByPosition(blocks: Block[], end: number): void {
  let looked = 0
  for (let i = end - 1; i >= 0 && looked < POSITIONAL_TITLE_LOOKBACK; i--) {
    const block = blocks[i] as Block
    if (block.role !== 'content') continue
    looked++
    const text = unspaceLetters(block.text)
    // what stands between a title and its body: a date or a subtitle under it, a speaker's name, a label,
    // a 主送's first line ending with its comma ("各街道办事处、镇人民政府，区政府各部门，" / "…：")
    if (TITLE_DATE_LINE.test(text) || BRACKETED_SIGNATURE_DATE_LINE.test(text) || SUBTITLE.test(text) || /[：:]/.test(text) || countHan(text) < POSITIONAL_TITLE_MIN_HAN) continue
    if (/[，,]$/.test(text) && isRecipientList(text.slice(0, -1))) continue
    if (!isTitleShaped(text) || /\S\s+\S+\s+\S/.test(text) || /[|｜>»]/.test(text) || SITE_NAME_END.test(text) || PAGE_WIDGET_END.test(text)) return
    if (isOrganLine(text) || isAddresseeList(text)) return
    block.role = 'title'
    block.group = POSITIONAL_TITLE_GROUP
    return
  }
}
/** A subtitle under a title: "——在县政府第31次常务会议上的汇报". */
const SUBTITLE = /^[—－-]{1,2}/
/** How a widget that speaks of the web page ends ("用手机扫码浏览本页", "大中小用手机扫码浏览本页" as a page
 *  joined with nothing glues the widgets): a document's title never speaks of the page it is shown on. */
const PAGE_WIDGET_END = /(?:本页|当前页|此页)$/
/** How a site's name ends: "某县人民政府门户网站" is no title. */
const SITE_NAME_END = /(?:网站|门户|平台|网)$/

/** A list of addressees without its colon ("各乡镇人民政府、县直各有关单位"): no title. */
function isAddresseeList(text: string): boolean {
  const items = text.split(/[、，,]/)
  return items.length > 1 && items.every((item) => RECIPIENT_ENDING.test(item.trim()))
}

/** The group of a title found by its position alone (metadata says so in its evidence). */
export const POSITIONAL_TITLE_GROUP = -1

/** A line spaced out letter by letter ("法 治 政 府 建 设 报 告") read without its spaces. */
export function unspaceLetters(text: string): string {
  return LETTER_SPACED.test(text) ? text.replace(/[ \t\u3000\u00a0]+/g, '') : text
}
const LETTER_SPACED = /^[\u4e00-\u9fa5](?:[ \t\u3000\u00a0]+[\u4e00-\u9fa5]){3,}$/

/** The line after `i` opens a title with 关于 (or with the year a report covers), and the line
 *  before `i` is not an organ line too. */
function startsTitleWithGuanyu(blocks: Block[], i: number, end: number): boolean {
  const next = blocks[i + 1]
  const previous = blocks[i - 1]
  // "某县司法局" / "2022年法治政府建设年度报告": a report's title breaks after its organ too
  if (next === undefined || i + 1 >= end || !(next.text.startsWith('关于') || TITLE_YEAR_START.test(next.text))) return false
  if (previous !== undefined && isOrganLine(previous.text) && !endsWithKind(previous.text)) return false
  return titleGroupLength(blocks, i + 1) > 0
}


/** How many lines from `from` form one title: the shortest run of title candidates that ends
 *  with a kind word with its brackets closed, or 0 if there is none. */
function titleGroupLength(blocks: Block[], from: number): number {
  let joined = ''
  for (let k = from; k < Math.min(blocks.length, from + TITLE_MAX_LINES); k++) {
    const text = (blocks[k] as Block).text
    if (!isTitleShaped(text) || (k > from && (MASTHEAD.test(text) || DOC_NUMBER_LINE.test(text)))) return 0
    // a line of bar- or space-separated items (a nav bar, a site name) does not continue a title,
    // and a line continues only when it is unfinished: an open 《 or （, or a 关于 still to be closed
    if (k > from && (/[|｜]/.test(joined) || /\S\s+\S+\s+\S/.test(joined) || !isUnfinishedTitle(joined))) return 0
    joined += unspaceLetters(text)
    if (endsWithKind(joined) && bracketsBalanced(joined)) {
      // a line that opens with a bracket carries on a title that looked complete:
      // "某县法治政府建设实施方案" + "（2021—2025年）中期评估报告"
      const next = blocks[k + 1]
      const carried = next === undefined ? '' : joined + next.text
      if (next !== undefined && /^[（(]/.test(next.text) && !TITLE_DATE_LINE.test(next.text) && isTitleShaped(next.text) && endsWithKind(carried) && bracketsBalanced(carried)) {
        return k - from + 2
      }
      // …and so does the report on a plan whose name fills the line above it: "某县法治政府建设实施
      // 方案（2021—2025年）" + "中期评估报告" (a line that is only such a report's kind)
      if (next !== undefined && REPORT_ON_DOCUMENT.test(next.text.trim()) && isTitleShaped(next.text)) return k - from + 2
      // …and so does the 通知 that publishes an unquoted document: "关于印发某市引进人才入户管理办法"
      // + "实施细则的通知" (the 办法 is the published one's kind, the title ends at 的通知)
      if (next !== undefined && PUBLISHING_TITLE.test(joined) && !PUBLISHING_TITLE_END.test(joined) && isTitleShaped(next.text) && PUBLISHING_TITLE_END.test(next.text)) {
        return k - from + 2
      }
      return k - from + 1
    }
  }
  return 0
}

/** A line that is only the kind of a report on another document, carrying on its title:
 *  中期评估报告, 实施情况的报告, 执行情况自查报告. */
const REPORT_ON_DOCUMENT = /^的?(?:(?:实施|执行|落实|完成)情况的?|中期|终期|评估|自查|自评){1,4}(?:报告|总结)$/

/** A title that publishes or forwards a document, and how such a title ends. */
const PUBLISHING_TITLE = /印发|转发|发布/
const PUBLISHING_TITLE_END = /的(?:通知|决定|公告|通告)$/

/** A title line that needs the next line: brackets left open, or 关于/印发 without the kind word. */
function isUnfinishedTitle(text: string): boolean {
  return !bracketsBalanced(text) || (/关于|印发|转发/.test(text) && !endsWithKind(text))
}

/** 主送: the first content paragraph after the head when it is a short line of organs ending
 *  with a colon ("各县市区委，各县市区人民政府，…：", "县委常委会："), with the lines of organs before it
 *  that end with a comma — a 主送 printed over two lines ("各镇人民政府、街道办事处，市政府各部门，" /
 *  "姚家港化工园管委会，枝江经济开发区管委会："). */
function markRecipients(blocks: Block[], headEnd: number): void {
  const block = blocks[headEnd]
  if (!block || block.role !== 'content') return
  const text = block.text
  if (text.length > RECIPIENTS_MAX_LENGTH || !/[：:]$/.test(text) || matchSectionMarker(text) !== undefined) return
  if (!isRecipientList(text.slice(0, -1))) return
  block.role = 'recipients'
  for (let k = headEnd - 1; k >= 0; k--) {
    const before = blocks[k] as Block
    if (before.role !== 'content' || !/[，,]$/.test(before.text) || matchSectionMarker(before.text) !== undefined || !isRecipientList(before.text.slice(0, -1))) break
    before.role = 'recipients'
  }
}

/** Signers sit directly above the date: at most this many lines. */
const MAX_SIGNER_LINES = 4

/** Signature blocks (signers + date), 附注, 抄送 and 印发 lines; after a signature block, the
 *  title lines of what follows (an enclosed plan) are marked as attachment titles. */
function markClosing(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block
    if (block.role !== 'content' && block.role !== 'issuer') continue
    const text = block.text
    if (NOTE_LINE.test(text)) block.role = 'note'
    else if (CC_LINE.test(text)) block.role = 'cc'
    else if (isImprintLine(text)) block.role = 'imprint'
    else if ((SIGNATURE_DATE_LINE.test(text) || isBracketedSignatureDate(blocks, i)) && findDate(text)) {
      block.role = 'signature-date'
      for (let k = i - 1; k >= Math.max(0, i - MAX_SIGNER_LINES); k--) {
        const above = blocks[k] as Block
        if (above.role !== 'content' || !isOrganLine(above.text)) break
        above.role = 'signer'
      }
      // the 附注 right under the date: whom to call, or any statement in brackets
      const next = blocks[i + 1]
      if (next !== undefined && next.role === 'content' && (CONTACT_NOTE_LINE.test(next.text) || NOTE_UNDER_DATE_LINE.test(next.text))) next.role = 'note'
      markFollowingTitle(blocks, i + 1)
    }
  }
}

/** A signature date in brackets under the organ's name: "某县人民政府" / "（2023年3月15日）". */
function isBracketedSignatureDate(blocks: Block[], i: number): boolean {
  const above = blocks[i - 1]
  return BRACKETED_SIGNATURE_DATE_LINE.test((blocks[i] as Block).text) && above !== undefined && above.role === 'content' && isOrganLine(above.text)
}

function markFollowingTitle(blocks: Block[], from: number): void {
  let i = from
  while (i < blocks.length && ['note', 'cc', 'imprint'].includes((blocks[i] as Block).role)) i++
  while (i < blocks.length) {
    const block = blocks[i] as Block
    if (NOTE_LINE.test(block.text) || CC_LINE.test(block.text) || isImprintLine(block.text)) {
      i++
      continue
    }
    if (ATTACHMENT_LABEL.test(block.text)) {
      block.role = 'attachment-title'
      i++
      continue
    }
    break
  }
  const length = i < blocks.length ? titleGroupLength(blocks, i) : 0
  for (let k = i; k < i + length; k++) (blocks[k] as Block).role = 'attachment-title'
}

/** 附件说明 before the signature: "附件：1.…" and the numbered lines that continue it. */
function markAttachmentNotes(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block
    if (block.role !== 'content' || !ATTACHMENT_NOTE.test(block.text)) continue
    block.role = 'attachment-note'
    for (let k = i + 1; k < blocks.length; k++) {
      const next = blocks[k] as Block
      if (next.role !== 'content' || !ATTACHMENT_ITEM.test(next.text) || SENTENCE_STOP.test(next.text)) break
      next.role = 'attachment-note'
    }
  }
}
