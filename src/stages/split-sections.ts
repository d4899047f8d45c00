/**
 * Stage `split-sections`: the content paragraphs → the numbered section tree.
 *
 * A marker (第一部分, 一、, （一）, 1., （1）, ①, 一是 …) opens a section only at the start of a
 * paragraph, and only if it continues the last number of its style or starts a new run at 1 —
 * so "2017年，…" and "1.5亿元" open nothing. Nesting follows the order styles appear in: a style
 * first seen under another is its child, whatever the textbook ladder says. The heading of an
 * inline heading ("（一）强化组织领导。坚持…") is its first sentence; label：value task lines
 * (牵头单位：…) become `fields`.
 *
 * Example: ['一、总体要求', '（一）指导思想', '坚持…。', '二、主要任务'] →
 * [{marker: '一、', heading: '总体要求', children: [{marker: '（一）', heading: '指导思想', text: '坚持…。'}]},
 *  {marker: '二、', heading: '主要任务'}].
 */
import { FIELD_LABELS, FIELD_LABEL_SUFFIX } from '../rules/document.js'
import {
  DEADLINE_LABEL_SUFFIX,
  DEADLINE_LABELS,
  HEADING_END_WORDS,
  HEADING_PREPOSITION,
  NOTES_LABEL_LINE,
  OUTLINE_STYLES,
  STAGE_HEADING_WITH_PERIOD,
  TABLE_CELL_BOUNDARY,
  SUB_HEADING_PARAGRAPH_OPENING,
  HEADING_MODIFIER_LENGTH,
  HEADING_WORD_JOINERS,
  matchSectionMarker,
  NOTHING_TO_REPORT,
  type MarkerMatch,
} from '../rules/sections.js'
import { CLAUSE_MARKS } from '../rules/punctuation.js'
import { labelsByFirstCharacter } from '../rules/labels.js'
import { deadlineDate } from '../dates.js'
import { bracketsBalanced, unitTable } from '../text.js'
import type { Section } from '../types.js'
import type { Block } from './segment.js'

export interface SplitSectionsOptions {
  /** The page's line breaks were lost (the unflatten stage put some back): every heading may have
   *  run into its paragraph, so none is expected alone on its line (sections/glued-paragraph). */
  lineBreaksLost?: boolean
}

/** A section with the index of the block that opened it (for evidence and review). */
interface OpenSection {
  section: Section
  rank: number
  style: string
  texts: string[]
}

const FIELD_LABEL_SET = new Set(FIELD_LABELS)
/** Heading styles one may find glued to the first marker under it, and how long such a heading is. */
const GLUED_HEADING_STYLES = new Set(['第一部分', '第一章', '一、', '（一）', '1.', '1、', '（1）'])
const GLUED_HEADING_MIN_LENGTH = 2
const GLUED_HEADING_MAX_LENGTH = 40
/** A heading that ends in a colon with text after it is at most this long. */
const COLON_HEADING_MAX_LENGTH = 30
/** What no glued heading holds before the marker under it: a heading with a sentence is run in. */
const HEADING_STOP = `${CLAUSE_MARKS}：:`
const HEADING_STOP_UNITS = unitTable(HEADING_STOP)
/** A heading of two clauses is at most this long ("二、2023年度党政主要负责人履行推进法治建设第一责任人
 *  职责，加强法治政府建设的有关情况", 42 characters), and they are joined by a comma. */
const GLUED_TWO_CLAUSE_HEADING_MAX_LENGTH = 60
const HEADING_COMMA_UNITS = unitTable('，,')
/** What a paragraph a heading ran into holds before its first clause ends, at the least ("一年来"),
 *  and before its first sentence ends when that is its first clause ("工作中还存在一些不足。"). */
const GLUED_PARAGRAPH_MIN_LENGTH = 3
const GLUED_SENTENCE_MIN_LENGTH = 8
const SENTENCE_END_UNITS = unitTable('。！？；!?;')
/** The styles of a document's parts, whose headings are noun phrases (一、存在的问题); below them a
 *  heading is as often a sentence's first words (（一）建议实行行政执法责权统一，…). */
const PART_HEADING_STYLES = new Set(['第一部分', '一、'])
/** Below the parts, a heading run into its paragraph is cut only where the paragraph opens the way
 *  a plan's paragraph under its heading does (SUB_HEADING_PARAGRAPH_OPENING): "（一）指导思想坚持以…",
 *  "（二）主要目标到2025年，…" — not "（二）进度滞后任务集中在…领域，", a sentence heading. */
const SUB_HEADING_STYLES = new Set(['（一）'])
/** The heading nouns by their first code unit. */
const HEADING_END_WORDS_BY_FIRST = labelsByFirstCharacter(HEADING_END_WORDS)
const HEADING_WORD_JOINER_UNITS = unitTable(HEADING_WORD_JOINERS)
const HEADING_NOUN_LENGTH = Math.max(...HEADING_END_WORDS.map((word) => word.length))
const FIELD_LINE = /^([\u4e00-\u9fa5]{2,8})\s*[:：](.*)$/

/** The section tree and where each heading starts. */
export interface SectionTree {
  /** The top-level sections, in order. */
  sections: Section[]
  /** The offset (in the text the blocks were read from) of each section's marker, the tree read
   *  depth-first: where `review` shows the heading. */
  starts: number[]
}

/**
 * Build the section tree.
 * @param blocks the document's paragraphs with their parts (from `segment`)
 * @returns the top-level sections, in order
 */
export function splitSections(blocks: readonly Block[], options: SplitSectionsOptions = {}): Section[] {
  return splitSectionTree(blocks, options).sections
}

/**
 * Build the section tree and keep where each heading starts.
 * @param blocks the document's paragraphs with their parts (from `segment`)
 * @returns the top-level sections, and each section's start offset depth-first
 */
export function splitSectionTree(blocks: readonly Block[], options: SplitSectionsOptions = {}): SectionTree {
  const roots: Section[] = []
  const starts: number[] = []
  const stack: OpenSection[] = []
  const rankOf = new Map<string, number>()
  const lastNumber = new Map<string, number>()
  const all: OpenSection[] = []

  const texts = contentTexts(blocks, options.lineBreaksLost === true)
  const contents = tableOfContents(texts)
  for (const [index, { text, start, afterSignature, marker }] of texts.entries()) {
    // sections/table-of-contents: the 目录's lines list the sections, they open none
    if (contents.has(index)) continue
    // sections/attachment-restart: below the signature, the top-level numbering starting again
    // at 一 is an attachment's (附件2's list of 一、高血压病 …), not the document's: the tree ends
    if (afterSignature && marker !== undefined && marker.number === 1 && rankOf.get(marker.style) === 0 && roots.length > 0) break
    // sections/notes-after-signature: below the signature, a line that is only a notes label
    // (注释：, 注：) opens the document's notes — a 统计公报's "1.本公报中…数据均为初步统计数" — not a
    // list of the last part: the tree ends
    if (afterSignature && NOTES_LABEL_LINE.test(text.trim())) break
    // sections/table-row: a row of a table ("5.门急诊服务对象中签约居民占比 | 占比较上一年增加。| …"), its
    // first cell numbered, is a record of the table, not a heading of the document
    const inRow = marker !== undefined && TABLE_CELL_BOUNDARY.test(text)
    const opens = marker !== undefined && !inRow && (marker.number === 1 || marker.number === (lastNumber.get(marker.style) ?? 0) + 1)
    if (marker && opens) {
      let rank = rankOf.get(marker.style)
      if (rank === undefined) {
        if (marker.number !== 1) {
          appendText(stack, text)
          continue
        }
        rank = stack.length === 0 ? 0 : (stack[stack.length - 1] as OpenSection).rank + 1
        // sections/chapter-after-signature: below the 通知's signature, a part or a chapter opens the
        // document it publishes, beside the 通知's items ("三、做好宣传引导" … signature … "第一章 总则"),
        // not inside its last (a 解读's "二、主要内容" may list a report's parts as its own)
        const outline = OUTLINE_STYLES.indexOf(marker.style)
        if (afterSignature && outline !== -1) rank = Math.min(rank, OUTLINE_STYLES.slice(0, outline).reduce((below, style) => Math.max(below, (rankOf.get(style) ?? -1) + 1), 0))
        rankOf.set(marker.style, rank)
      }
      while (stack.length > 0 && (stack[stack.length - 1] as OpenSection).rank >= rank) stack.pop()
      const { heading, rest } = splitHeading(marker.rest)
      const section: Section = {
        marker: marker.marker,
        number: marker.number,
        level: stack.length + 1,
        heading,
        text: '',
        fields: {},
        deadline: null,
        part: null,
        children: [],
      }
      const parent = stack[stack.length - 1]
      if (parent) parent.section.children.push(section)
      else roots.push(section)
      const open: OpenSection = { section, rank, style: marker.style, texts: [] }
      if (rest !== '') open.texts.push(rest)
      stack.push(open)
      all.push(open)
      starts.push(start)
      lastNumber.set(marker.style, marker.number)
      continue
    }
    appendText(stack, text)
  }
  for (const open of all) {
    open.section.text = open.texts.join('\n')
    open.section.deadline = deadlineOf(open.section.fields)
  }
  return { sections: roots, starts }
}

/**
 * The content paragraphs, a heading glued to the first marker under it cut there
 * (sections/glued-heading): "一、工作开展情况（一）健全工作机制，…" is the heading 一、工作开展情况 and
 * the paragraph （一）健全工作机制，… — the heading is short, ends in no punctuation, and what
 * follows opens a run of another style at 1.
 */
function contentTexts(blocks: readonly Block[], lineBreaksLost: boolean): ContentText[] {
  const texts: ContentText[] = []
  let afterSignature = false
  for (const block of blocks) {
    if (block.role === 'signature-date') afterSignature = true
    if (block.role !== 'content') continue
    // the paragraph's marker, read once: the glued heading's test and the tree both need it
    const marker = matchSectionMarker(block.text)
    const cut = gluedHeadingEnd(block.text, marker)
    if (cut === undefined) texts.push({ text: block.text, start: block.start, afterSignature, marker })
    else {
      const heading = block.text.slice(0, cut)
      const rest = block.text.slice(cut)
      texts.push({ text: heading, start: block.start, afterSignature, marker: matchSectionMarker(heading) })
      texts.push({ text: rest, start: block.start + cut, afterSignature, marker: matchSectionMarker(rest) })
    }
  }
  return cutGluedParagraphs(withMarkersAloneJoined(texts), lineBreaksLost)
}

/**
 * sections/marker-alone: a marker alone on its line, as a crawler that writes each text node of a
 * page on a line of its own leaves a bold marker ("一、" / "总体要求", "3." / "加强行政执法人员管理"):
 * the heading is the line after it. After a sentence left open ("…督察重点包括三个方面，" / "一是" /
 * "任务分解是否到位，") the marker runs inside that sentence and opens nothing.
 */
function withMarkersAloneJoined(texts: ContentText[]): ContentText[] {
  const out: ContentText[] = []
  for (let i = 0; i < texts.length; i++) {
    const piece = texts[i] as ContentText
    const next = texts[i + 1]
    if (piece.marker === undefined || piece.marker.rest.replace(MARKER_ALONE_REST, '') !== '' || next === undefined || next.marker !== undefined) {
      out.push(piece)
      continue
    }
    const before = out[out.length - 1]
    if (before !== undefined && !SENTENCE_CLOSED.test(before.text.trim()) && before.marker === undefined) {
      out.push({ ...piece, marker: undefined })
      continue
    }
    const text = piece.text.trimEnd() + next.text.trimStart()
    out.push({ ...piece, text, marker: matchSectionMarker(text) })
    i++
  }
  return out
}

/** What may stand after a marker alone on its line: spaces, its own punctuation. */
const MARKER_ALONE_REST = /[\s:：、.．]/g
/** How a paragraph that closed its sentence ends (a heading ends with nothing of a clause). */
const SENTENCE_CLOSED = /(?:[。！？；：!?;:）)】]|[^，,、（(《“])$/

/**
 * sections/glued-paragraph: a heading run into its own paragraph with nothing between them, where
 * the document prints the other headings of its style alone on their lines ("二、存在问题在看到成绩
 * 的同时，我们也…" beside "一、工作开展情况" and "三、下一步工作计划"): cut after the heading's
 * last noun (HEADING_END_WORDS), when what follows it runs on to a clause mark. A document whose
 * headings of that style all carry their text ("一、加强组织领导，…") is left as it is — unless the
 * page lost its line breaks: there no heading could stay alone on its line, and every style is read
 * ("……。二、存在的问题过去一年，我局…" → 二、存在的问题 | 过去一年，我局…).
 */
function cutGluedParagraphs(texts: ContentText[], lineBreaksLost: boolean): ContentText[] {
  const standalone = new Set<string>()
  for (const { marker } of texts) if (marker !== undefined && (lineBreaksLost || isStandaloneHeading(marker))) standalone.add(marker.style)
  if (standalone.size === 0) return texts
  const out: ContentText[] = []
  for (const piece of texts) {
    const { marker } = piece
    const cut = marker !== undefined && standalone.has(marker.style) ? gluedCut(piece.text, marker, lineBreaksLost) : undefined
    if (cut === undefined) {
      out.push(piece)
      continue
    }
    const heading = piece.text.slice(0, cut)
    const rest = piece.text.slice(cut)
    out.push({ ...piece, text: heading, marker: matchSectionMarker(heading) })
    out.push({ ...piece, text: rest, start: piece.start + cut, marker: matchSectionMarker(rest) })
  }
  return out
}

/** Where a heading of a style the document prints alone elsewhere ran into its paragraph: a part's
 *  after its last noun, a heading below the parts only before a plan paragraph's opening. */
function gluedCut(text: string, marker: MarkerMatch, lineBreaksLost: boolean): number | undefined {
  if (PART_HEADING_STYLES.has(marker.style)) return gluedParagraphStart(text, marker, lineBreaksLost ? 2 : 1)
  if (!SUB_HEADING_STYLES.has(marker.style)) return undefined
  // a stage of a plan and its months in brackets, the paragraph glued after them on a page that
  // lost its line breaks: "（一）动员部署阶段（2023年4月—6月）各县区、各部门对照…"
  if (lineBreaksLost) {
    const stage = STAGE_HEADING_WITH_PERIOD.exec(marker.rest)
    if (stage !== null) {
      const cut = text.length - marker.rest.length + stage[0].length
      if (cut < text.length) return cut
    }
  }
  const cut = gluedParagraphStart(text, marker, 1)
  return cut !== undefined && SUB_HEADING_PARAGRAPH_OPENING.test(text.slice(cut)) ? cut : undefined
}

/** A heading alone on its paragraph: short, and no clause in it ("一、工作开展情况", "二、存在问题："). */
function isStandaloneHeading(marker: MarkerMatch): boolean {
  const words = marker.rest.replace(/^[\s:：、.．]+/, '').replace(/[。：:]$/, '')
  if (words.length < GLUED_HEADING_MIN_LENGTH || words.length > GLUED_HEADING_MAX_LENGTH) return false
  for (let i = 0; i < words.length; i++) if (HEADING_STOP_UNITS[words.charCodeAt(i)] === 1) return false
  return true
}

/**
 * Where the paragraph a heading ran into starts: after the first heading noun no joiner, noun or
 * modifier and noun continues, when the paragraph's first clause goes on after it. A heading of two
 * clauses (`clauses` 2, read on a page that lost its line breaks, where a part heading is as often
 * two phrases joined by a comma) may end in its second: "一、充分肯定成绩，清醒认识依法行政工作面临的
 * 形势近年来，全市…" → 充分肯定成绩，清醒认识依法行政工作面临的形势 | 近年来，全市…. Only when its
 * sentence runs on past two clauses: a heading has two at most, and one that ends at its full stop
 * ("一、强化组织保障，确保各项任务全面落实到位。") is whole.
 */
function gluedParagraphStart(text: string, marker: MarkerMatch, clauses: number): number | undefined {
  let start = text.length - marker.rest.length
  while (start < text.length && /[\s:：、.．]/.test(text.charAt(start))) start++
  const maxLength = clauses > 1 ? GLUED_TWO_CLAUSE_HEADING_MAX_LENGTH : GLUED_HEADING_MAX_LENGTH
  let clauseStart = start
  for (let clause = 1; clause <= clauses; clause++) {
    let clauseEnd = clauseStart
    while (clauseEnd < text.length && HEADING_STOP_UNITS[text.charCodeAt(clauseEnd)] !== 1) clauseEnd++
    // a paragraph that never reaches a clause mark is a heading, however long
    if (clauseEnd === text.length) return undefined
    const limit = Math.min(clauseEnd, start + maxLength)
    for (let at = clauseStart; at < limit; ) {
      const end = headingWordEnd(text, at)
      if (end === undefined) {
        at++
        continue
      }
      // a preposition and the noun after it open a sentence, no heading: "七、在保障体育功能的前提下，…"
      const before = text.slice(start, at)
      at = end
      if (HEADING_PREPOSITION.test(before)) continue
      // a heading is more than its noun: "建议实行…" is a sentence, not the heading 建议
      if (end - start <= HEADING_NOUN_LENGTH || HEADING_WORD_JOINER_UNITS[text.charCodeAt(end)] === 1) continue
      if (headingWordEnd(text, end) !== undefined || headingWordEnd(text, end + HEADING_MODIFIER_LENGTH) !== undefined) continue
      // a paragraph of one short sentence after the noun is the heading's own end, run in before its
      // full stop ("一、部分任务推进滞后。《实施方案》中…": 推进滞后 is no paragraph)
      const minLength = SENTENCE_END_UNITS[text.charCodeAt(clauseEnd)] === 1 ? GLUED_SENTENCE_MIN_LENGTH : GLUED_PARAGRAPH_MIN_LENGTH
      const paragraph = clauseEnd - end >= minLength || NOTHING_TO_REPORT.test(text.slice(end))
      if (paragraph && end <= limit && (clause === 1 || runsOnPastTwoClauses(text, start))) return end
      break
    }
    // only a comma lets the heading go on into its next clause
    if (HEADING_COMMA_UNITS[text.charCodeAt(clauseEnd)] !== 1) return undefined
    clauseStart = clauseEnd + 1
  }
  return undefined
}

/** Whether the sentence from `start` holds a third clause: two commas before its end. */
function runsOnPastTwoClauses(text: string, start: number): boolean {
  let commas = 0
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (HEADING_COMMA_UNITS[code] === 1) {
      if (++commas === 2) return true
    } else if (HEADING_STOP_UNITS[code] === 1) return false
  }
  return false
}

/** The end of the heading noun at `at`, if one starts there. */
function headingWordEnd(text: string, at: number): number | undefined {
  const words = HEADING_END_WORDS_BY_FIRST.get(text.charCodeAt(at))
  if (words !== undefined) for (const word of words) if (text.startsWith(word, at)) return at + word.length
  return undefined
}

/**
 * sections/table-of-contents: a 目录 — a run of lines that are each a marker and a heading alone, of
 * one style numbered on from 1 with nothing between them ("第一章　总则", "第二章　源头减量与分类投放",
 * …), chapters or parts or under a 目录 label, the same numbering starting again at 1 further on,
 * where the document's text follows its headings. The run's lines are not sections.
 * @returns the indexes of the table's lines in `texts`
 */
function tableOfContents(texts: readonly ContentText[]): Set<number> {
  const lines = new Set<number>()
  for (let i = 0; i < texts.length; i++) {
    const first = texts[i]?.marker
    if (first === undefined || first.number !== 1) continue
    let end = i + 1
    while (end < texts.length) {
      const marker = texts[end]?.marker
      if (marker === undefined || marker.style !== first.style || marker.number !== end - i + 1) break
      end++
    }
    if (end - i < CONTENTS_MIN_LINES || !(CONTENTS_STYLES.has(first.style) || CONTENTS_LABEL.test(texts[i - 1]?.text.trim() ?? ''))) continue
    if (!texts.slice(i, end).every((t) => t.marker !== undefined && isStandaloneHeading(t.marker))) continue
    let again = end
    while (again < texts.length && !(texts[again]?.marker?.style === first.style && texts[again]?.marker?.number === 1)) again++
    if (again === texts.length) continue
    for (let k = i; k < end; k++) lines.add(k)
    i = end - 1
  }
  return lines
}

/** A table of contents lists this many sections at least, of a style a 目录 lists (a list of items
 *  "1. 本科及以上学历", "2. 专科" alone on their lines is no table), unless its label stands above it. */
const CONTENTS_MIN_LINES = 3
const CONTENTS_STYLES = new Set(['第一部分', '第一章', '第一节'])
const CONTENTS_LABEL = /^目\s*录$/

/** A content paragraph (or a piece of one) and the numbering marker it opens with. */
interface ContentText {
  text: string
  start: number
  afterSignature: boolean
  marker: MarkerMatch | undefined
}

function gluedHeadingEnd(text: string, marker: MarkerMatch | undefined): number | undefined {
  if (marker === undefined || !GLUED_HEADING_STYLES.has(marker.style)) return undefined
  const start = text.length - marker.rest.length
  const end = Math.min(text.length, start + GLUED_HEADING_MAX_LENGTH + 1)
  for (let at = start + GLUED_HEADING_MIN_LENGTH; at < end; at++) {
    // read by code unit: each character taken as a string was one more string made
    const code = text.charCodeAt(at)
    if (HEADING_STOP_UNITS[code] === 1) return undefined
    if (code !== 0xff08 && code !== 0x28 && (code < 0x30 || code > 0x39)) continue
    const next = matchSectionMarker(text.slice(at))
    if (next !== undefined && next.number === 1 && next.style !== marker.style && GLUED_HEADING_STYLES.has(next.style)) return at
  }
  return undefined
}

/** A paragraph inside the innermost open section: a task field or its own text. */
function appendText(stack: OpenSection[], text: string): void {
  const open = stack[stack.length - 1]
  if (!open) return
  const field = FIELD_LINE.exec(text)
  if (field && isFieldLabel(field[1] as string)) {
    const label = field[1] as string
    const value = (field[2] as string).trim()
    const fields = open.section.fields
    fields[label] = fields[label] === undefined ? value : `${fields[label]}\n${value}`
    return
  }
  open.texts.push(text)
}

/** sections/deadline: a task's 完成时限 read as the last day it allows ("2017年6月底前" →
 *  2017-06-30; "长期坚持" keeps its text, with no date). */
function deadlineOf(fields: Readonly<Record<string, string>>): Section['deadline'] {
  const label = DEADLINE_LABELS.find((l) => fields[l] !== undefined) ?? Object.keys(fields).find((l) => DEADLINE_LABEL_SUFFIX.test(l))
  if (label === undefined) return null
  const text = fields[label] as string
  return { label, text, date: deadlineDate(text) }
}

function isFieldLabel(label: string): boolean {
  return FIELD_LABEL_SET.has(label) || FIELD_LABEL_SUFFIX.test(label)
}

/**
 * The heading and the rest of a marker's paragraph: a heading ends at the first 。 when the
 * paragraph goes on after it; a trailing 。 or ： is not part of it.
 */
function splitHeading(afterMarker: string): { heading: string; rest: string } {
  const text = afterMarker.replace(/^[\s:：、.．]+/, '')
  // a run-in heading is its first clause: up to the first 。 or ；
  const stop = text.search(/[。；]/)
  // a heading that ends in a colon ends there: "一、主要做法：全年…。"
  const colon = text.search(/[：:]/)
  // (not a colon inside brackets: "3.罚款50000元（大写：伍万元整）")
  if (colon > 0 && colon <= COLON_HEADING_MAX_LENGTH && (stop === -1 || colon < stop) && colon < text.length - 1 && !/[，,；;]/.test(text.slice(0, colon)) && bracketsBalanced(text.slice(0, colon))) {
    return { heading: text.slice(0, colon).trim(), rest: text.slice(colon + 1).trim() }
  }
  if (stop !== -1 && stop < text.length - 1) {
    return { heading: text.slice(0, stop).trim(), rest: text.slice(stop + 1).trim() }
  }
  // a heading and its part's whole text, nothing to report, after a space: "五、其他需要报告的事项 无"
  const nothing = HEADING_THEN_NOTHING.exec(text)
  if (nothing !== null) return { heading: (nothing[1] as string).trim(), rest: nothing[2] as string }
  return { heading: unspace(text.replace(/[。：:；;]$/, '').trim()), rest: '' }
}

/** A heading, spaces, and a part's "无" (NOTHING_TO_REPORT's words). */
const HEADING_THEN_NOTHING = /^(\S.*?\S)[\s\u3000]+((?:无|暂无|没有)[。.]?)$/

/** Letter-spaced short headings lose their spaces ("总 则" → "总则"). */
function unspace(heading: string): string {
  return /^[\u4e00-\u9fa5](?:\s+[\u4e00-\u9fa5]){1,7}$/.test(heading) ? heading.replace(/\s+/g, '') : heading
}
