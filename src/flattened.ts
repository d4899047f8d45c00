/**
 * Where a flattened line's lines were. A crawler that saved a page by joining its strings with
 * spaces (or with nothing) left one long line: `当前位置： 首页 标题 时间：2023-03-31 10:09 微信 微博
 * 根据…如下：一、工作开展情况（一）…`. The places its lines ended still show in its structure:
 *
 * - a space is a line break unless what stands on both sides belongs together: a date and its
 *   time, breadcrumb items and their separator, Latin words, a marker and its heading ("第一条 为了"),
 *   a label and its value ("来源： 县司法局"), menu items and share targets ("微信 微博");
 * - with nothing between the strings, a paragraph starts at a numbering marker after a full stop
 *   ("……。二、存在问题", in sequence with the markers before it), a heading ends where the first
 *   marker under it is glued ("一、工作开展情况（一）…"), and a data label starts a byline
 *   ("……报告发布时间：2023-03-28").
 *
 * Used by the `unflatten` stage on flattened lines, and by strip-chrome to cut the chrome out of
 * a line that also holds prose instead of removing the line.
 */
import { ATTACHMENT_NOTE, CC_LINE, CONTACT_NOTE_OPENING, DOC_NUMBER, endsWithKind, FIELD_LABELS, isOrganLine, isOrganName, isRecipientList, KIND_WORDS, MASTHEAD, mayHoldDocNumber, NOTE_LINE, RECIPIENT_ENDING, RECIPIENTS_MAX_LENGTH, SIGNER_LABEL_AT, SIGNER_NAME_MAX_LENGTH, SIGNER_NAME_MIN_LENGTH, TITLE_MAX_LENGTH } from './rules/document.js'
import { PRINTED_DATE } from './rules/dates.js'
import { opensWithKnownPlace, opensWithPlace, placeShapedOpening } from './regions.js'
import { DEADLINE_LABELS, matchSectionMarker, type MarkerMatch } from './rules/sections.js'
import { CLAUSE_MARK, CLAUSE_MARKS, SENTENCE_END_MARKS } from './rules/punctuation.js'
import { ALL_META_LABELS, BREADCRUMB_LABELS, BREADCRUMB_PAGE_ITEMS, BREADCRUMB_ROOTS, DISCLOSURE_LABELS, labelsByFirstCharacter, SHARE_TARGETS, WIDGET_LABELS } from './rules/labels.js'
import { bracketsBalanced, endingWord, isHanUnit, unitTable, wordsByLastUnit } from './text.js'
import {
  bareLabelAt,
  FLAT_LABELS,
  FLAT_LINE_MIN_LENGTH,
  FLAT_MIN_STRONG_BREAKS,
  FURNITURE_WORDS,
  GLUED_FURNITURE_MIN_LENGTH,
  GLUED_HEADING_MAX_LENGTH,
  GLUED_NUMBER_MARKER_AFTER,
  GLUED_NUMBER_STYLES,
  GLUED_TOP_MARKER_AFTER,
  BODY_OPENING,
  BYLINE_MARKS,
  GLUED_TOP_STYLES,
  SPACED_MARKER_STYLES,
  labelWithColonAt,
  LINE_END_PUNCTUATION,
  NUMBER_UNITS,
  SHORT_TOKEN_MAX_LENGTH,
  SPACED_LABEL_MAX_LENGTH,
  STRONG_LABEL_MIN_LENGTH,
} from './rules/flattened.js'

/** A place where a line ended: the spaces from `start` to `end` (or nothing, start === end). */
export interface LineBreak {
  start: number
  end: number
  /** A break no paragraph of a normal page has (a space after a full stop, a marker or a label
   *  after a space or a full stop); a line is flattened when it has several. */
  strong: boolean
  /** A strong break at the page's structure (a marker or a label), not only after a full stop:
   *  a Word paragraph may put a space after each of its sentences, a page has structure. */
  structural: boolean
}

/** How far past a position the rules look (a marker, a label, a token). */
const WINDOW = 24
/** How far before a position the rules look. */
const LOOKBEHIND = 64

/** The spaces a flattened line's strings were joined with (BREAK_CHAR_KIND's SPACE_CHAR). */
const SPACE = /[ \t\u3000\u00a0]/
const DIGIT = /[0-9０-９]/
const ASCII_WORD = /[A-Za-z0-9©@.&_-]/
const LATIN = /[A-Za-z]/
const HAN_CHAR = /[\u4e00-\u9fa5]/
/** A number standing alone between spaces: "案件 12 件", "2019 年". */
const DIGITS_ONLY = /^\d{1,4}$/
/** A whole date at the start or the end of a text: "2017年3月16日", "2023-03-31". */
const FULL_DATE_AT = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})/
/** A byline's date as it stands after a title: written with dashes, or with its time, maybe in
 *  brackets ("2023-02-16", "2023年04月03日09:25", "【2025-02-18 16:20:11】") — never a sentence's. */
const BYLINE_DATE_AT = /^[【[]?(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2})/
const TIME_AT_END = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/
const FULL_DATE_AT_END = /(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})$/
/** Breadcrumb and menu separators beside a space: the items on both sides belong to one line. */
const SEPARATOR_AT_END = /(?:>>|>|»|›|→|＞|\/|\||｜|·|•)$/
const SEPARATOR_AT_START = /^(?:>>|>|»|›|→|＞|\/|\||｜|·|•)/
/** A date and the time printed after it ("2023-03-31 10:09"), and a number printed in groups
 *  ("0731-8888 8888"). */
const DATE_AT_END = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?$/
const TIME_AT = /^\d{1,2}[:：]\d{2}/
const NUMBER_GROUP = /^[\d-]+$/
const WEEKDAY_AT = /^(?:星期|礼拜)[一二三四五六日天]/
/** A bar that separates cells or menu items, and the longest item a breadcrumb or a menu has. */
const BAR_AT_END = /[|｜]$/
const BAR_AT_START = /^[|｜][ \t\u3000\u00a0]*/
const CRUMB_MAX_LENGTH = 16
/** A 版记 date: "2017年3月18日印发". */
const IMPRINT_DATE_AT = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*印发/
/** A breadcrumb's first item and separator at the start of a text, and its last ones at the end. */
const BREADCRUMB_AT = /^[^\s>»›＞→]{1,12}\s*(?:>>|>|»|›|＞|→)/
const BREADCRUMB_AT_END = /(?:>>|>|»|›|＞|→)\s*[^\s>»›＞→]{1,16}$/
/** Punctuation inside a token that makes it a clause, not a menu item. */
const CLAUSE_PUNCTUATION = new RegExp(`[${CLAUSE_MARKS}、：:]`)

/** First characters of the labels: a glued label is looked for only where one may start. */
const LABEL_FIRST = new Set([...FLAT_LABELS].map((label) => label.charAt(0)))
/** Task-field labels a data label may end ("完成时间：" is not "时间："). */
const FIELD_LABEL_WORDS = [...FIELD_LABELS, ...DEADLINE_LABELS]

/**
 * @param line one line of a page
 * @returns the places where its lines ended (as findLineBreaks finds them) when it is a page
 *   flattened into one line, else undefined: the breaks that told it are the ones to split at
 */
export function flattenedLineBreaks(line: string): LineBreak[] | undefined {
  if (line.length < FLAT_LINE_MIN_LENGTH || !hasBreakCandidates(line.trim())) return undefined
  return breaksOfJoinedLines(findLineBreaks(line))
}

/** A line's breaks when they show lines joined: FLAT_MIN_STRONG_BREAKS strong ones, one of them at
 *  the page's structure (a marker or a label); else undefined. */
function breaksOfJoinedLines(breaks: LineBreak[]): LineBreak[] | undefined {
  let strong = 0
  let structural = false
  for (const found of breaks) {
    if (found.structural) structural = true
    if (found.strong) strong++
    if (structural && strong >= FLAT_MIN_STRONG_BREAKS) return breaks
  }
  return undefined
}

/**
 * @param line one line of a text dump, shorter than a flattened page
 * @returns the places where its lines ended when it is a page's header joined with spaces (site
 *   name, menu, breadcrumb, byline: "某区人民政府 网站首页 政务公开 … 您当前的位置：首页 > … 发布日期：
 *   2023-07-14 09:35 来源：牛塘镇 …"): it holds a breadcrumb's label with its colon after a space, and
 *   the breaks a flattened line has; else undefined
 */
export function headerLineBreaks(line: string): LineBreak[] | undefined {
  return HEADER_CRUMB_LABEL.test(line) ? breaksOfJoinedLines(findLineBreaks(line)) : undefined
}
const HEADER_CRUMB_LABEL = new RegExp(`[ \\t\\u3000\\u00a0](?:${[...BREADCRUMB_LABELS].filter((label) => label.length >= 4).join('|')})[:：]`)

/** Where a strong break may be: a space, a colon (a label's, or a clause's before a marker), a
 *  full stop before a marker. A long paragraph has fewer than FLAT_MIN_STRONG_BREAKS of them and
 *  is not walked character by character. */
const BREAK_CANDIDATE = /[ \t\u3000\u00a0]+|[:：]|[。！？；）)](?=[第一二三四五六七八九十（(\d])/g

function hasBreakCandidates(line: string): boolean {
  BREAK_CANDIDATE.lastIndex = 0
  let count = 0
  while (BREAK_CANDIDATE.exec(line) !== null) if (++count >= FLAT_MIN_STRONG_BREAKS) return true
  return false
}

/**
 * The places where a flattened line's lines ended, in order.
 * @param line one line (no "\n")
 * @returns the breaks: spaces to replace with a line break, or places to insert one
 */
export function findLineBreaks(line: string): LineBreak[] {
  const breaks: LineBreak[] = []
  let end = line.length
  // trailing spaces (and the \r of a CRLF line) end no line
  while (end > 0 && (isSpaceAt(line, end - 1) || line.charCodeAt(end - 1) === 0x0d)) end--
  let i = 0
  while (i < end && isSpaceAt(line, i)) i++
  let segmentStart = i
  /** Where the last breadcrumb separator of the line stands (a title may be glued to its last item). */
  let crumbAt = -1
  /** The last number of each marker style that opened a line, for markers glued in sequence. */
  const numbers = new Map<string, number>()
  /** The last breadcrumb separator before a position, read as the walk moves on (positions only
   *  grow): the text before a glued break is not searched for one again at every character. */
  let separatorsRead = 0
  let lastSeparator = -1
  /** The segment whose breadcrumb is parted with slashes ("首页 / 政务公开 / …"), and its last slash
   *  read: a slash is a separator there only (elsewhere it parts a date, a path, a 索引号). */
  let slashCrumbSegment = -1
  let lastSlashCrumb = -1
  const separatorBefore = (at: number): number => {
    for (; separatorsRead < at; separatorsRead++) if (BREAK_CHAR_KIND[line.charCodeAt(separatorsRead)] === CRUMB_SEPARATOR) lastSeparator = separatorsRead
    return lastSlashCrumb < at ? Math.max(lastSeparator, lastSlashCrumb) : lastSeparator
  }
  /** The first colon at or after a position (the line's length: none), likewise: a glued label
   *  needs its colon. */
  let nextColon = -1
  const colonFrom = (at: number): number => {
    if (nextColon < at) nextColon = Math.min(indexOrEnd(line, '：', at), indexOrEnd(line, ':', at))
    return nextColon
  }
  /** A line opens at `at`: its marker is remembered, and a letter-spaced label ("索　引　号：")
   *  is read whole, its spaces kept. */
  const open = (at: number): number => {
    segmentStart = at
    const after = line.slice(at, at + WINDOW)
    const marker = matchSectionMarker(after)
    if (marker !== undefined) numbers.set(marker.style, marker.number)
    return at + Math.max(1, spacedLabelLength(after))
  }
  i = i < end ? open(i) : i
  while (i < end) {
    const kind = BREAK_CHAR_KIND[line.charCodeAt(i)] as number
    if (kind === SPACE_CHAR) {
      let j = i + 1
      while (j < end && isSpaceAt(line, j)) j++
      const decision = spaceBreak(line.slice(Math.max(segmentStart, i - LOOKBEHIND), i), i - segmentStart, line.slice(j, j + WINDOW))
      if (decision !== undefined) {
        breaks.push({ start: i, end: j, strong: decision !== 'weak', structural: decision === 'structural' })
        i = open(j)
      } else i = j
      continue
    }
    if (kind === CRUMB_SEPARATOR) crumbAt = i
    else if (line.charCodeAt(i) === SLASH && (slashCrumbSegment === segmentStart || followsBreadcrumbRoot(line, i, segmentStart))) {
      slashCrumbSegment = segmentStart
      crumbAt = lastSlashCrumb = i
    }
    if (i > segmentStart && (kind === GLUED_START || crumbAt >= segmentStart)) {
      const decision = gluedBreak(line, i, segmentStart, separatorBefore(i), colonFrom(i), numbers)
      if (decision !== undefined) {
        breaks.push({ start: i, end: i, strong: decision !== 'weak', structural: decision === 'structural' })
        i = open(i)
        continue
      }
    }
    i++
  }
  // each pass reads the lines the passes before it left: a 文号 opened on its own line leaves the
  // title and 主送 after it on a line the 主送's pass reads
  const withValues = withGluedValueEnds(line, withGluedSignatures(line, withClockEnds(line, withColonlessBlock(line, breaks, end), end), end), end)
  return withGluedBodyOpenings(line, withBylineNamesAfterTitles(line, withTitlesAfterWidgetsOrValues(line, withGluedRecipients(line, withTitlesAfterSigner(line, withGluedDocNumbers(line, withValues, end), end), end), end), end), end)
}

/**
 * A pass over the lines a flattened line's breaks leave: `visit` reads each (its bounds in `line`)
 * and names the places a line also ends at, weak breaks (a line is no more flattened for them).
 * @returns the breaks with those added, in order
 */
function withLinesRead(line: string, breaks: LineBreak[], end: number, visit: (lineStart: number, lineEnd: number, add: (at: number) => void) => void): LineBreak[] {
  let added: LineBreak[] | undefined
  const add = (at: number) => (added ??= []).push({ start: at, end: at, strong: false, structural: false })
  for (let k = 0; k <= breaks.length; k++) visit(k > 0 ? (breaks[k - 1] as LineBreak).end : 0, k < breaks.length ? (breaks[k] as LineBreak).start : end, add)
  if (added === undefined) return breaks
  // a place named twice, or where a line ends already, is one break
  const merged: LineBreak[] = []
  for (const found of [...breaks, ...added].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1]
    if (last === undefined || found.start > last.end) merged.push(found)
  }
  return merged
}

/** A clock's date and weekday ("今天是：2024年4月15日 星期一"), with what may go on after it on its line:
 *  the lunar date, a time of day in prose ("…星期一上午，…"), punctuation. */
const CLOCK_DATE_END = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t\u3000\u00a0]*(?:星期|礼拜)[一二三四五六日天](?![ \t\u3000\u00a0]|农历|[上下中晚早凌傍]|[，,。；;、）)】\]])/g

/**
 * A flattened line's lines with the text glued after a clock's weekday opened on a line of its
 * own: "今天是：2024年4月15日 星期一首页 | 政务公开 | …" → "…星期一" / "首页 | 政务公开 | …". Nothing
 * of a page but the clock's own lunar date goes on after a date's weekday.
 */
function withClockEnds(line: string, breaks: LineBreak[], end: number): LineBreak[] {
  if (!line.includes('星期') && !line.includes('礼拜')) return breaks
  return withLinesRead(line, breaks, end, (lineStart, lineEnd, add) => {
    const text = line.slice(lineStart, lineEnd)
    CLOCK_DATE_END.lastIndex = 0
    for (let found = CLOCK_DATE_END.exec(text); found !== null; found = CLOCK_DATE_END.exec(text)) {
      const after = found.index + found[0].length
      if (after < text.length) add(lineStart + after)
    }
  })
}

/** What no value of a disclosure block holds: a clause's punctuation. */
const NOT_IN_VALUE = /[，。；！？,;!?]/
/** A colonless label is this long at least. */
const COLONLESS_LABEL_MIN_LENGTH = 3
/** The disclosure block's labels a page may print without their colons and a flattened line glue
 *  to their values ("索引号11522632MB1C47265X/2023-00126信息分类…发布机构思岭县人民政府"): those long
 *  enough not to be a word of a sentence glued (索引号, 发布机构, 成文日期 — not 文号, 分类), longest first. */
const COLONLESS_LABELS_BY_FIRST = labelsByFirstCharacter(
  DISCLOSURE_LABELS.map((l) => l.label).filter((label) => label.length >= COLONLESS_LABEL_MIN_LENGTH).sort((a, b) => b.length - a.length),
)
/** The block's short labels, read only inside a block its long ones told, after a value that ends
 *  by its shape (文号 after a date). */
const SHORT_COLONLESS_LABELS = DISCLOSURE_LABELS.map((l) => l.label).filter((label) => label.length < COLONLESS_LABEL_MIN_LENGTH)
/** A block printed without colons holds this many of its labels at least, each value at most
 *  COLONLESS_VALUE_MAX_LENGTH long: one or two such words are a sentence's. */
const COLONLESS_BLOCK_MIN_LABELS = 3
const COLONLESS_VALUE_MAX_LENGTH = 40

/**
 * A flattened line's lines with a disclosure block printed without colons opened one label a line
 * and its value on the next, as a block printed in two columns reads: "…>法治政府建设索引号1152…/2023-00126
 * 信息分类法治政府建设年度报告发布机构思岭县人民政府成文日期2023-02-20发布日期2023-03-06思岭县人民政府
 * 关于…的报告" → "…>法治政府建设" / "索引号" / "1152…" / "信息分类" / … / "发布日期" / "2023-03-06" /
 * "思岭县人民政府关于…". Three of its labels or more, each value short and no clause, tell the block; a
 * value that ends by its shape (a date, a 文号) ends its line when text goes on after it.
 */
function withColonlessBlock(line: string, breaks: LineBreak[], end: number): LineBreak[] {
  return withLinesRead(line, breaks, end, (lineStart, lineEnd, add) => {
    let run: { at: number; length: number }[] = []
    const close = () => {
      if (run.length >= COLONLESS_BLOCK_MIN_LABELS) {
        run.forEach((label, k) => {
          // each label on a line of its own and its value on the next, as a block printed in two
          // columns reads (strip-chrome reads a bare label's value from the line under it)
          if (label.at > lineStart) add(label.at)
          const valueStart = label.at + label.length
          const valueEnd = k + 1 < run.length ? (run[k + 1] as { at: number }).at : Math.min(lineEnd, valueStart + WINDOW)
          if (valueEnd === valueStart) return
          add(valueStart)
          // a value that ends by its shape, and what goes on after it: the title after the last, a
          // short label the block holds too ("成文日期2023-08-15文号历城政报〔2023〕7号")
          const value = line.slice(valueStart, valueEnd)
          // a short label of the block glued after a value no shape ends, its own value shaped: the
          // 文号 after an organ ("发布机构儋州市人民政府文号儋府〔2023〕45号成文日期…")
          const shortAt = shortLabelWithShapedValue(value)
          if (shortAt !== undefined) {
            add(valueStart + shortAt.at)
            add(valueStart + shortAt.at + shortAt.label.length)
            return
          }
          // the last value, of a closed vocabulary, with the title glued after it: "有效性" / "有效淮岭市司法局…工作安排"
          if (k + 1 === run.length && CLOSED_VALUE_LABELS.has(line.slice(label.at, label.at + label.length))) {
            const titleAt = titleAfterClosedValue(line.slice(valueStart, Math.min(lineEnd, valueStart + CLOSED_VALUE_MAX_LENGTH + TITLE_MAX_LENGTH)), line, valueStart)
            if (titleAt !== undefined) add(valueStart + titleAt)
            return
          }
          const shaped = DATE_VALUE.exec(value) ?? DOC_NUMBER_VALUE.exec(value)
          if (shaped === null || shaped[0].length === value.length) return
          const after = valueStart + shaped[0].length
          if (k + 1 === run.length && !GOES_ON_AFTER_VALUE.test(value.slice(shaped[0].length))) return
          add(after)
          const short = SHORT_COLONLESS_LABELS.find((candidate) => line.startsWith(candidate, after))
          if (short !== undefined && after + short.length < valueEnd) add(after + short.length)
        })
      }
      run = []
    }
    for (let at = lineStart; at < lineEnd; at++) {
      const labels = COLONLESS_LABELS_BY_FIRST.get(line.charCodeAt(at))
      if (labels === undefined) continue
      const label = labels.find((candidate) => line.startsWith(candidate, at))
      if (label === undefined) continue
      // a label in brackets ("[ 发布日期 ]2024-03-11") is no colonless one: its brackets say where it ends
      if (inSquareBrackets(line, at, at + label.length)) {
        at += label.length - 1
        continue
      }
      const previous = run[run.length - 1]
      // a value is a field's: short, and no clause in it
      if (previous !== undefined && (at - (previous.at + previous.length) > COLONLESS_VALUE_MAX_LENGTH || NOT_IN_VALUE.test(line.slice(previous.at + previous.length, at)))) close()
      run.push({ at, length: label.length })
      at += label.length - 1
    }
    close()
  })
}

/** Where a short label of the disclosure block (文号, 日期 …) stands in a value, followed by a value of
 *  its own that a shape ends (a 文号, a date). */
function shortLabelWithShapedValue(value: string): { at: number; label: string } | undefined {
  for (const label of SHORT_COLONLESS_LABELS) {
    for (let at = value.indexOf(label, 1); at !== -1; at = value.indexOf(label, at + 1)) {
      const rest = value.slice(at + label.length)
      if (DOC_NUMBER_VALUE.test(rest) || DATE_VALUE.test(rest)) return { at, label }
    }
  }
  return undefined
}

/** A 文号 anywhere in a line (its 代字 read from the left: the words glued before it come with it). */
const DOC_NUMBER_IN_LINE = new RegExp(DOC_NUMBER.source, 'g')
/** The longest 代字 (越教, 湘政办发, 中共某县委办公室 …) a 文号 glued after a title is read with. */
const DOC_NUMBER_CODE_MAX_LENGTH = 10
/** What opens a title with no place before it. */
const TITLE_OPENING = /^(?:关于|中共)/
/** A masthead glued before the 文号 under it ("瑞阳市生态环境局文件瑞环字〔2024〕12号"): its 文件. */
const MASTHEAD_END = '文件'

/**
 * A flattened line's lines with a 文号 glued between the title (or the masthead) and what follows
 * opened on a line of its own: "…的报告越教〔2024〕9号区委全面依法治区委员会办公室：…" → "…的报告" /
 * "越教〔2024〕9号" / "区委…". The 代字 starts after the title's kind word or the masthead's 文件
 * nearest before the bracket; a 文号 with neither before it is left where it is (a 文号 in a
 * sentence: 按照县政府临政〔2019〕36号文件).
 */
function withGluedDocNumbers(line: string, breaks: LineBreak[], end: number): LineBreak[] {
  return withLinesRead(line, breaks, end, (lineStart, lineEnd, add) => {
    const head = line.slice(lineStart, Math.min(lineEnd, lineStart + TITLE_MAX_LENGTH + WINDOW))
    if (!mayHoldDocNumber(head)) return
    DOC_NUMBER_IN_LINE.lastIndex = 0
    const found = DOC_NUMBER_IN_LINE.exec(head)
    if (found === null) return
    const code = found[1] as string
    // a 文号 after a title or masthead (the masthead may open the line: "靖松县人民政府文件靖政发〔2023〕9号"),
    // or one opening the line ("涧政办发【2019】33号宁涧县…的通知")
    const opensLine = found.index === 0 || WIDGET_CLOSING_UNITS[head.charCodeAt(found.index - 1)] === 1
    // widget words glued before it, which its 代字 would otherwise take in: "打印本页关闭窗口巴南府发〔2023〕31号"
    const widgets = found.index === 0 ? widgetWordsEnd(head, 0, code.length) : 0
    const codeStart = codeStartAfterTitle(head, found.index, code) ?? (widgets > 0 && widgets < code.length ? widgets : opensLine ? found.index : undefined)
    if (codeStart === undefined) return
    if (codeStart > 0) add(lineStart + codeStart)
    // the masthead after the title copy a page prints above it: "…的报告瑞阳市生态环境局文件"
    const masthead = head.slice(0, codeStart).endsWith(MASTHEAD_END) ? mastheadStart(head.slice(0, codeStart)) : undefined
    if (masthead !== undefined) add(lineStart + masthead)
    const after = found.index + found[0].length
    // after a 文号 that opens the line, a 主送, a title (关于…, 中共…, 某县…) or the body's opening (a 公告
    // with no 主送: "来政告〔2024〕2号为深化…改革，…"), not the sentence citing it (…号文件要求)
    if (after >= head.length || after >= lineEnd - lineStart || !GOES_ON_AFTER_VALUE.test(head.slice(after))) return
    // the 主送 the 文号 stands above: "…9号区委全面依法治区委员会办公室：2023年，…"
    const colon = Math.min(indexOrEnd(line, '：', lineStart + after), indexOrEnd(line, ':', lineStart + after))
    const addressees = colon < lineEnd - 1 && isRecipientList(line.slice(lineStart + after, colon)) && labelWithColonAt(line.slice(lineStart + after, colon + 1)) === undefined
    if (codeStart > 0 || addressees || TITLE_OPENING.test(head.slice(after)) || opensWithPlace(head.slice(after)) || BODY_OPENING_AT.test(head.slice(after))) add(lineStart + after)
    if (addressees) add(colon + 1)
  })
}

/** Where a masthead ending a text starts: after the kind word of the title before it. */
function mastheadStart(text: string): number | undefined {
  for (let at = TITLE_MIN_LENGTH; at < text.length - MASTHEAD_END.length; at++) {
    if (endsWithKind(text.slice(0, at)) && MASTHEAD.test(text.slice(at))) return at
  }
  return undefined
}

/** Where a glued 文号's 代字 starts: after the kind word ending a title, or a masthead's 文件, in
 *  the words read before its bracket; undefined when neither stands there. */
function codeStartAfterTitle(head: string, matchStart: number, code: string): number | undefined {
  const codeEnd = matchStart + code.length
  // the title may be a label's value ("标　　题：　关于…的报告瑞阳市生态环境局文件瑞环字〔2024〕12号")
  const titleStart = labelWithColonAt(head)?.length ?? 0
  for (let length = 1; length <= Math.min(DOC_NUMBER_CODE_MAX_LENGTH, code.length - 1); length++) {
    const start = codeEnd - length
    const before = head.slice(titleStart, start).trim()
    if (before.length >= TITLE_MIN_LENGTH && !NOT_IN_TITLE.test(before.slice(-TITLE_MAX_LENGTH)) && (endsWithKind(before) || before.endsWith(MASTHEAD_END))) return start
  }
  return undefined
}

const WIDGET_LABEL_SET = new Set(WIDGET_LABELS)

/** A label's value that ends by its shape: a date with its time, or a 文号. */
const DATE_VALUE = /^\s*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/
const DOC_NUMBER_VALUE = new RegExp(`^\\s*${DOC_NUMBER.source}`)
/** The labels of a counter, whose value (COUNTER_VALUE) is glued to what follows it on a page
 *  joined with nothing ("点击数：357市委…办公室：" → "点击数：357" / "市委…"). */
const COUNTER_LABELS = new Set(ALL_META_LABELS.filter((l) => l.role === 'views').map((l) => l.label))
/** A label in square brackets opening a line, spaces inside them: "[ 发布日期 ]", "【成文日期】". */
const BRACKETED_LABEL_AT = /^[【[][ \t\u3000\u00a0]*([\u4e00-\u9fa5]{2,8})[ \t\u3000\u00a0]*[】\]]/
/** Widgets in brackets that open a line ("【字体：大 中 小】【打印】【关闭】"), each short. */
const BRACKET_WIDGETS = /^(?:[【[][^【】[\]。，；]{1,12}[】\]])+/
/** A date in brackets after a title, as printed under it ("…工作报告（2023年2月15日）"). */
const TITLE_DATE_AFTER_KIND = new RegExp(`[（(]\\s*(?:${PRINTED_DATE})\\s*[）)]`)
/** What goes on after a value ends by its shape: a Han character (the title, the body), not a
 *  word a date or a number reads on with (2023-02-28起, 2023年3月1日前); a widget's bracket. */
const GOES_ON_AFTER_VALUE = /^(?:[\u4e00-\u9fa5](?<![起前至到以后止])|[【[])/

/**
 * A flattened line's lines with what follows a value that ends by its shape opened on a line of
 * its own: a label's date or 文号 ("成文日期:2020-02-28秦塬县人民政府办公室关于…" → "成文日期:2020-02-28"
 * / "秦塬县…"; after a widget's label, which holds none, what follows it), widgets in brackets ("【字体：大 中 小】红崖镇2022年度…报告" → "【字体：大 中 小】" /
 * "红崖镇…"), and a title's date in brackets ("…报告（2023年2月15日）2022年，…" → "…报告（2023年2月15日）"
 * / "2022年，…"). A value glued to what follows is what nothing-joined pages are made of.
 */
function withGluedValueEnds(line: string, breaks: LineBreak[], end: number): LineBreak[] {
  return withLinesRead(line, breaks, end, (lineStart, lineEnd, add) => {
    const head = line.slice(lineStart, Math.min(lineEnd, lineStart + TITLE_MAX_LENGTH + WINDOW))
    const valueEnd = shapedValueEnd(head)
    if (valueEnd !== undefined && valueEnd < lineEnd - lineStart && goesOnAfterValue(head, valueEnd)) {
      add(lineStart + valueEnd)
      // widgets in brackets after the value, before what goes on ("…10:48【PDF在线预览】邑川县…")
      const widgets = valueEnd > 0 ? BRACKET_WIDGETS.exec(head.slice(valueEnd)) : null
      const afterWidgets = widgets === null ? -1 : valueEnd + widgets[0].length
      if (afterWidgets > 0 && afterWidgets < lineEnd - lineStart && GOES_ON_AFTER_VALUE.test(head.slice(afterWidgets))) add(lineStart + afterWidgets)
    }
    // a byline's date opening the line, a bare label's value, with a title glued after it:
    // "发布日期" / "2025-02-18锦岚街道2024法治政府建设年度报告"
    const date = BYLINE_DATE_AT.exec(head)
    if (date !== null && date[0].length < lineEnd - lineStart) {
      const title = head.slice(date[0].length, date[0].length + TITLE_MAX_LENGTH)
      if (TITLE_START.test(title) && holdsKindWord(title)) add(lineStart + date[0].length)
    }
    // the bar of a table's last cell that a title after the table was glued to ("|宁海县…办法")
    if (isTitleAfterCell(head)) add(lineStart + 1)
    // a title printed twice, the page's heading and the document's own, a label's value maybe:
    // "标　　题：关于…的通知关于…的通知各县…" (the second copy opens the document)
    const copy = repeatedTitleEnd(head, labelWithColonAt(head)?.length ?? 0)
    if (copy !== undefined && copy < lineEnd - lineStart) add(lineStart + copy)
    // a title's date glued to the body after it
    const dated = TITLE_DATE_AFTER_KIND.exec(head)
    if (dated !== null && dated.index > 0 && endsWithKind(head.slice(0, dated.index))) {
      const after = dated.index + dated[0].length
      if (after < lineEnd - lineStart && after < head.length) add(lineStart + after)
    }
  })
}

/** Whether text goes on after a value that ends by its shape at `at`: a Han character or a widget's
 *  bracket, and after widgets a bracket's aside too ("【字体：大 中 小】（市委常委、常务副市长 周立新
 *  2024年3月22日）": a speech's speaker and date under its title). */
function goesOnAfterValue(head: string, at: number): boolean {
  const after = head.slice(at)
  return GOES_ON_AFTER_VALUE.test(after) || (WIDGET_CLOSING_UNITS[head.charCodeAt(at - 1)] === 1 && ROUND_OPENING.test(after))
}

const ROUND_OPENING = /^[（(]/
const ROUND_CLOSING_UNITS = unitTable('）)')

/** Where the first of two copies of a title at `from` ends: the words up to a kind word, printed
 *  again right after themselves; undefined when the text at `from` is no title printed twice. */
function repeatedTitleEnd(head: string, from: number): number | undefined {
  const first = head.charCodeAt(from)
  for (let at = from + TITLE_MIN_LENGTH; at <= from + Math.min(TITLE_MAX_LENGTH, (head.length - from) / 2); at++) {
    if (head.charCodeAt(at) !== first) continue
    const title = head.slice(from, at)
    if (head.startsWith(title, at) && endsWithKind(title) && !NOT_IN_TITLE.test(title)) return at
  }
  return undefined
}

/** Where the value a line opens with ends by its shape: bracketed widgets, or a label and its
 *  date or 文号; undefined when it opens with none of them. */
function shapedValueEnd(head: string): number | undefined {
  // a label in brackets and its date or 文号: "[ 发布日期 ]2024-03-11重庆市渝北区人民政府关于…"
  const bracketed = BRACKETED_LABEL_AT.exec(head)
  if (bracketed !== null && labelAt(bracketed[1] as string) !== undefined) {
    const shaped = DATE_VALUE.exec(head.slice(bracketed[0].length)) ?? DOC_NUMBER_VALUE.exec(head.slice(bracketed[0].length))
    if (shaped !== null) return bracketed[0].length + shaped[0].length
  }
  const widgets = BRACKET_WIDGETS.exec(head)
  if (widgets !== null) return widgets[0].length
  const label = labelWithColonAt(head)
  if (label === undefined) return undefined
  // a widget's label holds no value: what is glued after it is the page's ("视力保护色：涧政办发…")
  // (its own brackets after it are its: "字号：[大] [中] [小]")
  if (WIDGET_LABEL_SET.has(label.replace(/[\s:：]/g, ''))) return /^\s*[【[]/.test(head.slice(label.length)) ? undefined : label.length
  const value = head.slice(label.length)
  const shaped = DATE_VALUE.exec(value) ?? DOC_NUMBER_VALUE.exec(value)
  if (shaped !== null) return label.length + shaped[0].length
  // a counter's digits, or none where a script was to write them ("阅读次数：【大中小】中共…")
  if (COUNTER_LABELS.has(label.replace(/[\s:：]/g, ''))) return label.length + (COUNTER_VALUE.exec(value)?.[0].length ?? 0)
  // a title glued to a value of a closed vocabulary (主动公开, 面向社会, 有效, 综合政务), where a place
  // the division table knows opens it and a kind word ends it: "公开范围:面向社会湖州市吴兴区…的报告"
  if (!CLOSED_VALUE_LABELS.has(label.replace(/[\s:：]/g, ''))) return undefined
  const titleAt = titleAfterClosedValue(value)
  return titleAt === undefined ? undefined : label.length + titleAt
}

/**
 * Where a title glued to a value of a closed vocabulary starts in it ("有效黔桥县人民政府关于…的意见",
 * "面向社会湖州市吴兴区…的报告"): a place the division table knows opens the title, or one the line
 * prints elsewhere too (`line` and `valueStart` given), and the title holds a kind word.
 */
function titleAfterClosedValue(value: string, line?: string, valueStart = 0): number | undefined {
  for (let at = CLOSED_VALUE_MIN_LENGTH; at <= Math.min(CLOSED_VALUE_MAX_LENGTH, value.length - TITLE_MIN_LENGTH); at++) {
    if (NOT_IN_TITLE.test(value.charAt(at - 1))) return undefined
    const title = value.slice(at, at + TITLE_MAX_LENGTH)
    if (!holdsKindWord(title)) continue
    if (opensWithPlaceOrItsParty(title) || (line !== undefined && opensWithPlaceNamedElsewhere(line, valueStart + at, title))) return at
  }
  return undefined
}

/** Labels whose values are words of a closed vocabulary, never a name or a title (公开方式：主动公开,
 *  有效性：有效, 主题分类：综合政务): a title glued after one is read where a known place opens it. */
const CLOSED_VALUE_LABELS = new Set(ALL_META_LABELS.filter((l) => l.role === 'topic' || l.role === 'validity' || l.role === 'other').map((l) => l.label))
/** Such a value is this long (有效, 主动公开, 面向社会, 综合政务、法治政府). */
const CLOSED_VALUE_MIN_LENGTH = 2
const CLOSED_VALUE_MAX_LENGTH = 12

/** A title glued to its 主送 is at least this long and ends at most this far before the colon. */
const TITLE_MIN_LENGTH = 6
/** The longest ending RECIPIENT_ENDING names (委员会, 常委会). */
const RECIPIENT_ENDING_MAX_LENGTH = 3
/** The colons of a line read for a 主送 glued to the title before it: the first few (a byline or
 *  a widget may come before the title on the line). */
const GLUED_RECIPIENTS_COLONS = 3
/** What ends a title's run of text before it: a widget's bracket, a cell bar. */
const TITLE_RUN_START = /[】\]|｜]/
/** A sentence's punctuation, which no title and no 主送 holds (a 主送 separates its names with 、
 *  and ，, a title with 、). */
const NOT_IN_TITLE = /[。；！？，,;!?：:]/

/**
 * A flattened line's lines with the 主送 glued between the title and the body opened on a line of
 * its own: "…关于2024年度法治政府建设情况的报告忻泽市人民政府：2024年，…" → "…的报告" / "忻泽市人民政府：" /
 * "2024年，…". The title ends with a kind word and holds 关于 or opens with a known place, the addressees
 * after it end like organs
 * (isRecipientList) up to a colon, which no label's is, and the body follows.
 */
function withGluedRecipients(line: string, breaks: LineBreak[], end: number): LineBreak[] {
  return withLinesRead(line, breaks, end, (lineStart, lineEnd, add) => {
    let colon = lineStart - 1
    for (let read = 0; read < GLUED_RECIPIENTS_COLONS; read++) {
      colon = Math.min(indexOrEnd(line, '：', colon + 1), indexOrEnd(line, ':', colon + 1))
      // the colon may end the line, the body after it opened already ("…的通知各镇人民政府，…：" / "为全面落实…")
      if (colon >= lineEnd) break
      const titleEnd = gluedTitleEnd(line, lineStart, colon)
      const addresseesStart = titleEnd === undefined ? gluedRecipientsStart(line, lineStart, colon) : undefined
      if (titleEnd === undefined && addresseesStart === undefined) continue
      if (titleEnd !== undefined) {
        add(titleEnd)
        // the counter the title was glued to: "浏览次数：412" / "高桥镇…报告"
        const titleStart = afterCounter(line, lineStart)
        if (titleStart !== undefined) add(titleStart)
      } else if ((addresseesStart as number) > lineStart) add(addresseesStart as number)
      if (colon + 1 < lineEnd) add(colon + 1)
      break
    }
  })
}

/** Whether a text glued together ends with a party committee's name: "…公开范围全部公开中共婺源县
 *  江湾镇委员会" (a joint title's first organ, after a value on a page joined with nothing). */
function endsWithPartyOrgan(text: string): boolean {
  const at = text.lastIndexOf(PARTY_PREFIX)
  return at > 0 && isOrganName(text.slice(at))
}

/** Whether a title opens with a place the division table knows, or with that place's party
 *  committee: a joint document's title opens "中共婺源县江湾镇委员会 婺源县江湾镇人民政府关于…". */
function opensWithPlaceOrItsParty(title: string): boolean {
  return opensWithKnownPlace(title.startsWith(PARTY_PREFIX) ? title.slice(PARTY_PREFIX.length) : title)
}
const PARTY_PREFIX = '中共'

/** A counter's value after its label (浏览次数：412, 点击数：357次): digits, and no 年 after them (a
 *  title's year); the 次 it may count in is its. */
const COUNTER_VALUE = /^\d{1,9}(?![\d年])次?/

/** Where a counter's label and value opening a line end ("浏览次数：412高桥镇…" → at 高桥镇), if they do. */
function afterCounter(line: string, lineStart: number): number | undefined {
  const label = labelWithColonAt(line.slice(lineStart, lineStart + WINDOW))
  if (label === undefined) return undefined
  const value = COUNTER_VALUE.exec(line.slice(lineStart + label.length, lineStart + label.length + WINDOW))
  return value === null ? undefined : lineStart + label.length + value[0].length
}

/** Whether a title opens with a place-shaped name the line prints again and names a year. */
function opensWithPlaceAndYear(title: string, line: string): boolean {
  return YEAR_IN_TITLE.test(title) && placePrintedAgain(title, line) !== undefined
}

/** The place-shaped name a title opens with, to a town's depth, when the line prints it again. */
function placePrintedAgain(title: string, line: string): string | undefined {
  const place = placeShapedOpening(title, NAMED_PLACE_DEPTH)
  return place !== undefined && place.length >= NAMED_PLACE_MIN_LENGTH && timesPrinted(line, place) > 1 ? place : undefined
}

/** Where the title before a glued 主送 ends: after the kind word nearest the colon such that the
 *  rest up to it is a list of addressees and no label. */
function gluedTitleEnd(line: string, lineStart: number, colon: number): number | undefined {
  // an addressee's ending before the colon first: most colons are a label's (发布日期：)
  if (!RECIPIENT_ENDING.test(line.slice(Math.max(lineStart, colon - RECIPIENT_ENDING_MAX_LENGTH), colon))) return undefined
  // the title may be a label's value: "标　　题：关于…的通知各县（区）…：根据…"; or follow a counter's
  // value: "浏览次数：412高桥镇2023年度…"
  let runStart = afterCounter(line, lineStart) ?? lineStart + (labelWithColonAt(line.slice(lineStart, lineStart + WINDOW))?.length ?? 0)
  for (let at = colon - 1; at >= runStart; at--) {
    if (TITLE_RUN_START.test(line.charAt(at))) {
      runStart = at + 1
      break
    }
  }
  for (let at = colon - 2; at >= Math.max(runStart + TITLE_MIN_LENGTH, colon - RECIPIENTS_MAX_LENGTH); at--) {
    const title = line.slice(runStart, at)
    // a 公文's title: it holds 关于, or its issuer's place opens it, known to the division table or
    // printed again in the line with the year the title reports on ("高桥镇2023年度法治政府建设情况报告
    // 县委、县政府：2023年，高桥镇…"); "按照市政府的通知各乡镇：" is no title
    if (!endsWithKind(title) || NOT_IN_TITLE.test(title) || !(title.includes('关于') || opensWithPlaceOrItsParty(title) || opensWithPlaceAndYear(title, line))) continue
    const addressees = line.slice(at, colon)
    if (isRecipientList(addressees) && labelWithColonAt(line.slice(at, colon + 1)) === undefined) return at
  }
  return undefined
}

/** The longest name a byline prints between a title and its date (a 公众号's, an organ's). */
const BYLINE_NAME_MAX_LENGTH = 12
/** A date with its month or day padded ("2024年02月18日"), as a byline prints it and a 公文 never does. */
const PADDED_DATE_AT = /^(?:19|20)\d{2}年(?:0\d月\d{1,2}|\d{1,2}月0\d)日/
/** A name of Han characters ending a line. */
const NAME_AT_END = new RegExp(`[\\u4e00-\\u9fa5]{2,${BYLINE_NAME_MAX_LENGTH}}$`)

/**
 * A flattened line's lines with the name a byline prints before its date cut off the title it was
 * glued to, the date having opened the next line: "芦湾镇2023年度法治政府建设工作报告芦湾发布" /
 * "2024年01月26日 17:32" → "…工作报告" / "芦湾发布"; "关于…拟推荐名单的公示（2024-02-18）沧岭市司法局" /
 * "2024年02月18日" → "…的公示（2024-02-18）" / "沧岭市司法局". The title ends with a kind word (a bracketed
 * date or version after it allowed) right before the name, and the date after it is a byline's
 * (with dashes, its time, or a padded month or day).
 */
function withBylineNamesAfterTitles(line: string, breaks: LineBreak[], end: number): LineBreak[] {
  let moved: LineBreak[] | undefined
  for (let k = 0; k < breaks.length; k++) {
    const lineBreak = breaks[k] as LineBreak
    const lineStart = k > 0 ? (breaks[k - 1] as LineBreak).end : 0
    const nameStart = bylineNameStart(line, lineStart, lineBreak)
    if (nameStart === undefined) continue
    // the break moves from the date to the name: an organ's name and its date are the byline's one
    // line ("沧岭市司法局 2024年02月18日"); a 公众号's name and the date it was glued to keep the space
    // between them that ended the line, the date a byline of its own ("芦湾发布" / "2024年01月26日 17:32")
    moved ??= [...breaks]
    const atName = { start: nameStart, end: nameStart, strong: false, structural: false }
    const keepsDateLine = lineBreak.start !== lineBreak.end && !isOrganLine(line.slice(nameStart, lineBreak.start))
    if (keepsDateLine) moved.splice(moved.indexOf(lineBreak), 0, atName)
    else moved[moved.indexOf(lineBreak)] = atName
  }
  return moved ?? breaks
}

/** Where the byline's name starts in the line that ends at `lineBreak`, when the text after the
 *  break opens with a byline's date and a title ends right before the name. */
function bylineNameStart(line: string, lineStart: number, lineBreak: LineBreak): number | undefined {
  if (lineBreak.start - lineStart < TITLE_MIN_LENGTH) return undefined
  const date = line.slice(lineBreak.end, lineBreak.end + WINDOW)
  if (!BYLINE_DATE_AT.test(date) && !PADDED_DATE_AT.test(date)) return undefined
  const text = line.slice(lineStart, lineBreak.start)
  const name = NAME_AT_END.exec(text)
  if (name === null) return undefined
  // the name's start: the first place after which the title before it ends with a kind word
  for (let at = name.index; at <= text.length - 2; at++) {
    const title = text.slice(0, at)
    if (title.length >= TITLE_MIN_LENGTH && !NOT_IN_TITLE.test(title) && endsWithKind(title) && !holdsKindWord(text.slice(at))) return lineStart + at
  }
  return undefined
}

/** The widget words a line may open with before a title glued to them, by first code unit, longest first. */
const WIDGETS_BY_FIRST = labelsByFirstCharacter([...WIDGET_LABELS].sort((a, b) => b.length - a.length))

/**
 * A flattened line's lines with a title glued after the 签发人's name opened on a line of its own:
 * "签发人：马志刚宕川县人民政府关于2023年度…的报告" → "签发人：马志刚" / "宕川县人民政府关于…的报告". An
 * upward document's masthead names its signer by two to four characters; the title after the name
 * opens with 关于, a place the division table knows or one the line prints again, and holds a kind
 * word (the shortest name that leaves such a title is taken).
 */
function withTitlesAfterSigner(line: string, breaks: LineBreak[], end: number): LineBreak[] {
  if (!line.includes('签')) return breaks
  return withLinesRead(line, breaks, end, (lineStart, lineEnd, add) => {
    const label = SIGNER_LABEL_AT.exec(line.slice(lineStart, lineStart + WINDOW))
    if (label === null) return
    const nameStart = lineStart + label[0].length
    for (let length = SIGNER_NAME_MIN_LENGTH; length <= SIGNER_NAME_MAX_LENGTH; length++) {
      const at = nameStart + length
      if (at >= lineEnd || !isHanUnit(line.charCodeAt(at - 1))) return
      const after = line.slice(at, Math.min(lineEnd, at + TITLE_MAX_LENGTH))
      if (!TITLE_START.test(after) || !holdsKindWord(after)) continue
      if (after.startsWith('关于') || opensWithPlaceOrItsParty(after) || opensWithPlaceNamedElsewhere(line, at, after)) {
        add(at)
        return
      }
    }
  })
}

/** The words of a widget a 主送 may be glued after: its labels (分享, 打印 …) and a share widget's
 *  targets (微信微博QQ空间雁塔区委、区政府：). */
const WIDGET_WORDS = [...WIDGET_LABELS, ...SHARE_TARGETS]

/** Whether a text holds a widget's word (分享, 打印, 微信 …) anywhere. */
function holdsWidget(text: string): boolean {
  return WIDGET_WORDS.some((word) => text.includes(word))
}

/** Whether a widget's word (分享, 打印, QQ空间 …) ends at `at`, after `from`, and none goes on
 *  across it (QQ ends inside QQ空间). */
function widgetEndsAt(line: string, at: number, from: number): boolean {
  if (!WIDGET_WORDS.some((word) => at - word.length >= from && line.startsWith(word, at - word.length))) return false
  return !WIDGET_WORDS.some((word) => {
    for (let start = Math.max(from, at - word.length + 1); start < at; start++) if (line.startsWith(word, start)) return true
    return false
  })
}

/** Where the widget words in a row from `at` end ("打印本页关闭窗口…"), each read by its first
 *  character; `at` itself when none opens there. */
function widgetWordsEnd(line: string, at: number, end: number): number {
  let to = at
  for (let found = true; found && to < end; ) {
    found = false
    for (const word of WIDGETS_BY_FIRST.get(line.charCodeAt(to)) ?? []) {
      if (!line.startsWith(word, to)) continue
      to += word.length
      found = true
      break
    }
  }
  return to
}

/** Whether a text opens with a widget's word (分享, 打印, 关闭, 收藏 …). */
function startsWithWidget(text: string): boolean {
  return WIDGETS_BY_FIRST.get(text.charCodeAt(0))?.some((word) => text.startsWith(word)) ?? false
}

/**
 * A flattened line's lines with a title glued after the widget words that open them on a line of
 * its own: "关闭桐阳县人民政府关于加强行政执法协调监督工作体系建设的实施意见" → "关闭" / "桐阳县人民政府关于…"
 * (the widget row above a title: 打印, 关闭, 收藏, 分享 …). The title opens with 关于, with a place the
 * division table knows or one the line prints again, and holds a kind word. Likewise a title glued
 * to a closed vocabulary's value under its bare label, a space between them ("有效性　　　有效淮岭市…").
 */
function withTitlesAfterWidgetsOrValues(line: string, breaks: LineBreak[], end: number): LineBreak[] {
  return withLinesRead(line, breaks, end, (lineStart, lineEnd, add) => {
    // the value of a closed vocabulary under its bare label, a block printed in columns of spaces:
    // "有效性　　　有效淮岭市司法局2024年度…工作安排"
    if (followsClosedValueLabel(line, lineStart)) {
      const titleAt = titleAfterClosedValue(line.slice(lineStart, Math.min(lineEnd, lineStart + CLOSED_VALUE_MAX_LENGTH + TITLE_MAX_LENGTH)), line, lineStart)
      if (titleAt !== undefined) add(lineStart + titleAt)
      return
    }
    // a breadcrumb's items glued without separators after its label, the title after them
    const afterCrumbs = titleAfterGluedCrumbs(line, lineStart, lineEnd)
    if (afterCrumbs !== undefined) {
      add(afterCrumbs)
      return
    }
    // a left column of the section's columns glued before the title, no clause or number among them
    const afterColumns = titleAfterColumns(line, lineStart, lineEnd)
    if (afterColumns !== undefined) {
      add(afterColumns)
      return
    }
    const at = widgetWordsEnd(line, lineStart, lineEnd)
    if (at === lineStart || at >= lineEnd) return
    const after = line.slice(at, Math.min(lineEnd, at + TITLE_MAX_LENGTH))
    if (!TITLE_START.test(after) || !holdsKindWord(after)) return
    if (after.startsWith('关于') || opensWithPlaceOrItsParty(after) || opensWithPlaceNamedElsewhere(line, at, after)) add(at)
  })
}

/** Whether text[from, to) stands in square brackets, spaces inside them aside: "[ 发布日期 ]", "【来源】". */
function inSquareBrackets(line: string, from: number, to: number): boolean {
  let before = from - 1
  while (before >= 0 && isSpaceAt(line, before)) before--
  let after = to
  while (after < line.length && isSpaceAt(line, after)) after++
  return OPENING_SQUARE_UNITS[line.charCodeAt(before)] === 1 && CLOSING_SQUARE_UNITS[line.charCodeAt(after)] === 1
}

/**
 * Where a title starts after a breadcrumb whose items a page joined with nothing glued without their
 * separators: "当前位置：首页信息公开乡镇信息公开汲冢镇通知公告郸城县汲冢镇人民政府关于…的通告" → at 郸城县….
 * The items are Han words after the breadcrumb's label; the title is an organ's 关于 title: the organ
 * opens with a place the division table knows (or the line prints again) and names no kind (the
 * column 通知公告 before it is no part of it).
 */
function titleAfterGluedCrumbs(line: string, lineStart: number, lineEnd: number): number | undefined {
  const label = labelWithColonAt(line.slice(lineStart, lineStart + WINDOW))
  if (label === undefined || !CRUMB_LABEL_SET.has(label.replace(/[\s:：]/g, ''))) return undefined
  const crumbsStart = lineStart + label.length
  const about = line.indexOf('关于', crumbsStart)
  if (about === -1 || about > crumbsStart + COLUMNS_MAX_LENGTH + TITLE_MAX_LENGTH || about >= lineEnd) return undefined
  for (let at = crumbsStart + COLUMN_NAME_MIN_LENGTH; at < about - NAMED_PLACE_MIN_LENGTH; at++) {
    if (!isHanUnit(line.charCodeAt(at - 1))) return undefined
    const organ = line.slice(at, about)
    if (!isOrganName(organ) || holdsKindWord(organ)) continue
    const title = line.slice(at, Math.min(lineEnd, at + TITLE_MAX_LENGTH))
    if (holdsKindWord(title.slice(organ.length)) && (opensWithPlaceOrItsParty(title) || opensWithPlaceNamedElsewhere(line, at, title))) return at
  }
  return undefined
}
const CRUMB_LABEL_SET = new Set(BREADCRUMB_LABELS)

/** How far into a line a left column of column names may run before the title glued to it. */
const COLUMNS_MAX_LENGTH = 60
/** The column names before it: Han characters only (no clause, no number, no bracket). */
const COLUMN_NAMES = /^[\u4e00-\u9fa5]+$/

/**
 * Where a title starts after a left column of column names glued before it, as a page joined with
 * nothing glues a site's column list to the document under it: "威远镇机构职能领导分工…财政信息政府
 * 信息公开年报威远镇2022年度法治政府建设工作总结" → at 威远镇2022年度…; "政策解读文件解读部门解读图文解读
 * 视频解读《永新县行政规范性文件合法性审核办法》政策解读" → at 《. The names are Han characters only; the
 * title opens with the place the page is about (printed elsewhere in the line) and the year it reports
 * on, or with 《 right after a column named by a kind word, and holds a kind word itself.
 */
function titleAfterColumns(line: string, lineStart: number, lineEnd: number): number | undefined {
  if (matchSectionMarker(line.slice(lineStart, lineStart + WINDOW)) !== undefined) return undefined
  // the column names run to the first character that is no Han one: the title's 《 or its year
  let columnsEnd = lineStart
  const limit = Math.min(lineEnd, lineStart + COLUMNS_MAX_LENGTH)
  while (columnsEnd < limit && isHanUnit(line.charCodeAt(columnsEnd))) columnsEnd++
  if (columnsEnd - lineStart < COLUMN_NAME_MIN_LENGTH || columnsEnd >= lineEnd - TITLE_MIN_LENGTH) return undefined
  const columns = line.slice(lineStart, columnsEnd)
  // a title's own words, not a list of columns: "某区人民政府关于印发某区2024年…要点的通知" prints its
  // place and year after 关于印发
  if (columns.includes('关于')) return undefined
  if (line.charCodeAt(columnsEnd) === BOOK_TITLE_OPENING) {
    const title = BOOK_TITLE_AND_KIND.exec(line.slice(columnsEnd, Math.min(lineEnd, columnsEnd + TITLE_MAX_LENGTH)))
    return title !== null && endsWithKind(columns) && endsWithKind(title[0]) ? columnsEnd : undefined
  }
  // the place's name stands right before the year, at most PLACE_NAME_MAX_LENGTH long
  if (!YEAR_AT_START.test(line.slice(columnsEnd, columnsEnd + 4))) return undefined
  for (let at = Math.max(lineStart + COLUMN_NAME_MIN_LENGTH, columnsEnd - PLACE_NAME_MAX_LENGTH); at <= columnsEnd - NAMED_PLACE_MIN_LENGTH; at++) {
    const title = line.slice(at, Math.min(lineEnd, at + TITLE_MAX_LENGTH))
    // "中共泸西县人民政府党组关于泸西县2020年…": the words before run on into the title, no column's
    if (opensWithPlaceBeforeYear(title, line) && holdsKindWord(title) && !TITLE_RUNS_ON.test(line.slice(lineStart, at))) return at
  }
  return undefined
}
/** A place's name before the year a title reports on is this long at most (a county's, a town's). */
const PLACE_NAME_MAX_LENGTH = 8
/** Words before a place that run on into a title (关于泸西县…, …的泸西县…), or open one (中共…). */
const TITLE_RUNS_ON = /(?:关于|的|及|和|暨|与)$|^中共/
/** A column's name is two characters at least. */
const COLUMN_NAME_MIN_LENGTH = 2
const BOOK_TITLE_OPENING = 0x300a // 《
/** A title in book-title marks and the words after it, up to a clause or the line's end: "《…办法》政策解读". */
const BOOK_TITLE_AND_KIND = /^《[^》]{2,80}》[\u4e00-\u9fa5]{0,8}/

/** Whether a title opens with a place-shaped name the line prints again, the year it reports on
 *  right after it ("威远镇2022年度…"). */
function opensWithPlaceBeforeYear(title: string, line: string): boolean {
  const place = placePrintedAgain(title, line)
  return place !== undefined && YEAR_AT_START.test(title.slice(place.length))
}
const YEAR_AT_START = /^(?:19|20)\d{2}/

/** The longest closed-vocabulary label (有效性, 公开方式, 主题分类 …). */
const CLOSED_VALUE_LABEL_MAX_LENGTH = Math.max(...[...CLOSED_VALUE_LABELS].map((label) => label.length))

/** Whether the text right before `at`, its spaces aside, is a closed-vocabulary label alone. */
function followsClosedValueLabel(line: string, at: number): boolean {
  let end = at
  while (end > 0 && isSpaceAt(line, end - 1)) end--
  if (end === at) return false
  const before = line.slice(Math.max(0, end - CLOSED_VALUE_LABEL_MAX_LENGTH), end)
  for (const label of CLOSED_VALUE_LABELS) if (before.endsWith(label)) return true
  return false
}

/** What a title with no 关于 or 中共 opens with for a glued body opening to be read after it: a
 *  place ("城关镇2023年度…"), or the year it reports on. */
const YEAR_IN_TITLE = /(?:19|20)\d{2}/
/** Where a body opening may stand in the first words of a line: the longest title and the opening. */
const BODY_OPENING_WINDOW = TITLE_MAX_LENGTH + 8
/** BODY_OPENING at a text's start. */
const BODY_OPENING_AT = new RegExp(`^(?:${BODY_OPENING.source})`)

/**
 * A flattened line's lines with the title glued to the body's first sentence opened on a line of
 * its own: "章湖区人力资源和社会保障局2022年度法治政府建设情况报告2022年，区人社局在…" → "…情况报告" /
 * "2022年，区人社局在…". The title opens the line, holds no sentence's punctuation, ends with a kind
 * word and names a place, a year, 关于 or 中共; right after it a sentence opens the way a 公文's
 * body does (BODY_OPENING: a year and its comma, 为深入…, 根据, 按照, 现将 …). The first place
 * where both hold is taken: "…实施方案（2023—2025年）为深入…" ends after its bracket, where the
 * opening stands, not at 方案.
 */
function withGluedBodyOpenings(line: string, breaks: LineBreak[], end: number): LineBreak[] {
  return withLinesRead(line, breaks, end, (lineStart, lineEnd, add) => {
    const head = line.slice(lineStart, Math.min(lineEnd, lineStart + BODY_OPENING_WINDOW))
    // the title holds no sentence's punctuation: the opening stands before the first one
    const stop = head.search(NOT_IN_TITLE)
    const last = stop === -1 ? head.length : stop
    if (last <= TITLE_MIN_LENGTH) return
    BODY_OPENING.lastIndex = TITLE_MIN_LENGTH
    for (let found = BODY_OPENING.exec(head); found !== null && found.index <= last; found = BODY_OPENING.exec(head)) {
      const title = head.slice(0, found.index)
      if (!isGluedTitle(title) || !bracketsBalanced(title) || matchSectionMarker(title) !== undefined) continue
      add(lineStart + found.index)
      return
    }
  })
}

/** Whether a title names what a 公文's title names: 关于 or 中共, the year it reports on, or a place
 *  opening it ("城关镇2023年度…"). */
function namesTitleSubject(title: string): boolean {
  return TITLE_OPENING.test(title) || title.includes('关于') || YEAR_IN_TITLE.test(title) || opensWithPlace(title)
}

/** A widget's or a cell's closing: what a 主送 with no title before it, or a 文号, may follow as if it
 *  opened the line ("【打印】市人民政府：…", "[ 关闭 ]泌政文〔2024〕17号"). */
const WIDGET_CLOSING_UNITS = unitTable('】]|｜')
/** Words of a title, never of an addressee's name: what a title glued before a 主送 holds. */
const TITLE_WORDS = /的|关于|报告|通知|意见|方案|总结|要点/
/** What opens the body after a 主送's colon: a body's opening, or 在 ("市委、市政府：在市委、市政府的坚强领导下，…"). */
const BODY_AFTER_ADDRESSEES = new RegExp(`^(?:${BODY_OPENING.source}|在)`)
/** A colon inside the words read as addressees: a label's, not a 主送's. */
const COLON_IN = /[:：]/

/**
 * Where a 主送 glued to the body after its colon starts, with no title before it: at the line's start
 * or after a widget's bracket or a cell's bar ("字号:[ 大 中 小 ]市人民政府:2023年，…" → "市人民政府:"),
 * the addressees ending like organs and holding no title's words, and the body opening after the colon (a year
 * and its comma, 根据, 按照, 在… — not a task line's value: "（责任处室：各处室）").
 */
function gluedRecipientsStart(line: string, lineStart: number, colon: number): number | undefined {
  const bodyAhead = line.slice(colon + 1, colon + 1 + BODY_OPENING_HEAD)
  const speech = line.charCodeAt(colon - 1) === 0x4eec // 们: 同志们：, 朋友们：
  if (!speech && !BODY_AFTER_ADDRESSEES.test(bodyAhead)) return undefined
  for (let at = Math.max(lineStart, colon - RECIPIENTS_MAX_LENGTH); at < colon - 1; at++) {
    // (a speech's 同志们 may follow its speaker's bracket: "…2024年3月22日）同志们：")
    // (or a widget's bare word: "打印区委、区政府：", "A-分享区委，市人民政府：")
    const boundary = WIDGET_CLOSING_UNITS[line.charCodeAt(at - 1)] === 1 || (speech && ROUND_CLOSING_UNITS[line.charCodeAt(at - 1)] === 1) || widgetEndsAt(line, at, lineStart)
    if (at > lineStart && !boundary) continue
    // (an addressee opens with its name, not a bracket or a space)
    if (!isHanUnit(line.charCodeAt(at))) continue
    // (a widget's word in the first name: the list starts after it)
    if (holdsWidget(line.slice(at, colon).split(/[，,、]/, 1)[0] as string)) continue
    const addressees = line.slice(at, colon)
    if (!COLON_IN.test(addressees) && !TITLE_WORDS.test(addressees) && isRecipientList(addressees) && labelWithColonAt(line.slice(at, colon + 1)) === undefined) return at
  }
  return undefined
}

/** How much of the text after a colon is read for the body's opening. */
const BODY_OPENING_HEAD = 12

/** A signature glued to the last sentence of the body: its full stop, the signer's words (no
 *  full stop among them; an 附件说明 of two items before the signer too: "附件：1.…（第一批）2.…（第二批）
 *  某区人民政府"), the date (in brackets too: "桐溪县人民政府（2023年3月15日）"), and the 附注 that may
 *  follow it. */
const SIGNATURE_AFTER_SENTENCE = new RegExp(
  `[${SENTENCE_END_MARKS}]\\s*([^${SENTENCE_END_MARKS}\\s][^${SENTENCE_END_MARKS}]{1,99}?)\\s*(?:${PRINTED_DATE}|[（(]\\s*(?:${PRINTED_DATE})\\s*[）)])\\s*(${NOTE_LINE.source.slice(1, -1)})?`,
  'g',
)
/** What may stand right after a glued signature's date: the page's widgets and furniture
 *  ("…2022年3月10日【打印本页】", "…2024年3月25日相关阅读："), nothing of a sentence. */
const AFTER_SIGNATURE_BRACKETS = unitTable('【[')
/** An attachment's label after a signature's date, with its colon or its title: the 附件 the 公文 prints
 *  after its signature (GB/T 9704 §7.4.2). */
const ATTACHMENT_AFTER_SIGNATURE = /^附\s*件/
/** A mark between dashes after a signature's date: a page's number ("- 3 -") or a copied article's
 *  end ("- END -", or "END" alone), furniture of the page; its first dash alone when a space after it
 *  ended the line. */
const DASHED_MARK_AFTER_SIGNATURE = /^(?:[-—－](?:\s*[0-9A-Za-z]{1,4}\s*[-—－]|\s*$)|END(?![A-Za-z]))/
/** What ends the 版记's last line after its date: the organ and date of the printing. */
const IMPRINT_WORD = '印发'

/**
 * A flattened line's lines with a signature glued to the body's last sentence opened on a line
 * of its own, and the 附注 glued to its date on another: "…落到实处。槐川县交通运输局2021年12月30日"
 * → "…落到实处。" / "槐川县交通运输局2021年12月30日" (nothing but its shape tells the signature: a date,
 * organs' names before it, a full stop before them). The date ends the line, or the page's
 * furniture follows it ("…2022年3月10日【打印本页】【关闭窗口】", "…2023年3月20日扫一扫在手机打开当前页",
 * a widget's word "…2023年3月20日分享顶部", a table's empty cells "…二○一四年二月二十五日|　|"),
 * which opens a line too, or the attachment printed after the signature ("…2022年4月12日附件…"). Weak breaks, so a line is no more flattened for them.
 */
function withGluedSignatures(line: string, breaks: LineBreak[], end: number): LineBreak[] {
  return withLinesRead(line, breaks, end, (lineStart, lineEnd, add) => {
    // a date's 日 in the line, or a 附注's bracket ending it: most lines hold neither
    const day = line.indexOf('日', lineStart)
    if (day === -1 || day >= lineEnd) return
    const text = line.slice(lineStart, lineEnd)
    SIGNATURE_AFTER_SENTENCE.lastIndex = 0
    for (let found = SIGNATURE_AFTER_SENTENCE.exec(text); found !== null; found = SIGNATURE_AFTER_SENTENCE.exec(text)) {
      const after = found.index + found[0].length
      const rest = text.slice(after)
      // (a 附注 after the date says the signature whatever follows it: "…（此件公开发布）扫一扫在手机打开")
      // (after a signature's date any furniture word starts the page's furniture, a short one too:
      // "…2023年3月20日扫一扫在手机打开当前页"; and an attachment starts the next page: "…4月12日附件…")
      // the 版记's 印发 line glued to the 抄送 before it: "抄送：…。某县司法局办公室　2024年1月20日印发";
      // the 版记's 抄送 after the signature's date: "…泉州市司法局2024年2月28日抄送：省司法厅…"
      const imprint = rest.startsWith(IMPRINT_WORD)
      const ends =
        rest === '' ||
        imprint ||
        found[2] !== undefined ||
        AFTER_SIGNATURE_BRACKETS[rest.charCodeAt(0)] === 1 ||
        startsWithFurniture(rest, 1) ||
        startsWithWidget(rest) ||
        BAR_UNITS[rest.charCodeAt(0)] === 1 ||
        ATTACHMENT_AFTER_SIGNATURE.test(rest) ||
        CC_LINE.test(rest) ||
        DASHED_MARK_AFTER_SIGNATURE.test(rest) ||
        CONTACT_NOTE_OPENING.test(rest)
      const words = (found[1] as string).trim()
      const organs = ends && isOrganLine(words)
      // the 附件说明 the signature stands under, glued before the signer: "…。附件：岷川县2022年度…工作安排
      // 岷川县人民政府办公室2022年4月12日"
      const signer = ends && !organs ? signerAfterAttachment(words, line) : undefined
      if (!ends || (signer === undefined && !organs)) {
        // the next try starts inside this match, at its signer's words
        SIGNATURE_AFTER_SENTENCE.lastIndex = found.index + 1
        continue
      }
      add(lineStart + found.index + 1)
      if (signer !== undefined) add(lineStart + found.index + 1 + (found[1] as string).indexOf(words) + signer)
      const note = found[2]
      if (note !== undefined) add(lineStart + after - note.length)
      const lineGoesTo = imprint ? after + IMPRINT_WORD.length : after
      if (lineGoesTo < text.length) add(lineStart + lineGoesTo)
      // the 附注 naming whom to call ends at its bracket: "…）附件：1.…" goes on with the attachment
      const contactEnd = CONTACT_NOTE_OPENING.test(rest) ? rest.search(/[）)]/) : -1
      if (contactEnd !== -1 && after + contactEnd + 1 < text.length) add(lineStart + after + contactEnd + 1)
      // the 版记 after the signature may end with its own organ and date: read on
      SIGNATURE_AFTER_SENTENCE.lastIndex = lineGoesTo
    }
  })
}

/**
 * Where the signer's words start in the words between a full stop and a signature's date when a
 * 附件说明 opens them (GB/T 9704 prints it above the signature): "附件：岷川县2022年度法治政府建设工作
 * 安排岷川县人民政府办公室" → at 岷川县人民政府办公室. The signer is an organ line the page prints
 * elsewhere too (its title, its disclosure block: "岷川县人民政府办公室关于印发…"), or one that opens
 * with 中共; the attachment's title may end in any word, and an organ's ending alone would read
 * "…工作安排岷川县人民政府办公室" whole as an organ.
 * @returns the signer's start in `words`, or undefined
 */
function signerAfterAttachment(words: string, line: string): number | undefined {
  if (!ATTACHMENT_NOTE.test(words)) return undefined
  for (let k = words.search(/[:：]/) + 1; k < words.length; k++) {
    const signer = words.slice(k)
    if (isOrganLine(signer) && (signer.startsWith('中共') || timesPrinted(line, signer) > 1)) return k
  }
  return undefined
}

/** structural: at a marker or a label; sentence: a space after a full stop; weak: any other. */
type Decision = 'structural' | 'sentence' | 'weak' | undefined

/**
 * Whether the spaces between `before` (the current line so far, its last LOOKBEHIND characters)
 * and `after` end a line.
 */
function spaceBreak(before: string, segmentLength: number, after: string): Decision {
  const left = before.charAt(before.length - 1)
  const right = after.charAt(0)
  const lastToken = before.slice(lastSpaceIn(before) + 1)
  const firstToken = after.split(SPACE, 1)[0] as string
  // what belongs together: 2023-03-31 10:09; 首页 > 政务公开; Copyright © 2023
  if (DATE_AT_END.test(lastToken) && TIME_AT.test(firstToken)) return undefined
  if (NUMBER_GROUP.test(lastToken) && NUMBER_GROUP.test(firstToken) && DIGIT.test(left) && DIGIT.test(right)) return undefined
  if (DATE_AT_END.test(lastToken) && WEEKDAY_AT.test(firstToken)) return undefined
  // a disclosure table's row opens at its label's cell: "…工作报告 | 索引号 | 620827-…"
  if (BAR_AT_START.test(after) && labelAt(after.replace(BAR_AT_START, '')) !== undefined) return 'weak'
  // breadcrumb items and menu items beside their separator; a bar before a long line (a title
  // after the empty cells of a table, "| | 某县…的报告") does not hold it
  if ((SEPARATOR_AT_END.test(before) && (!BAR_AT_END.test(before) || firstToken.length <= CRUMB_MAX_LENGTH)) || SEPARATOR_AT_START.test(after)) return undefined
  if ((LATIN.test(left) && ASCII_WORD.test(right)) || (ASCII_WORD.test(left) && LATIN.test(right))) return undefined
  // a label printed in brackets with spaces inside them: "[ 发布机构 ] 某县司法局" is one line, and
  // the next such label (after a list's dash too: "- [ 发布日期 ]") opens another
  if (OPENING_SQUARE_UNITS[before.charCodeAt(before.length - 1)] === 1 || CLOSING_SQUARE_UNITS[after.charCodeAt(0)] === 1) return undefined
  const bracketed = BRACKETED_LABEL_OPENING.exec(after)
  if (bracketed !== null && labelAt(after.slice(bracketed[0].length)) !== undefined) return 'structural'
  // a marker and its heading: "第一条 为了规范…", "1. 深化…"
  if (segmentLength <= WINDOW && matchSectionMarker(`${before} `)?.rest.trim() === '') return undefined
  // a label and its value: "当前位置： 首页", "来源： 县司法局"
  if (segmentLength <= SPACED_LABEL_MAX_LENGTH && /[:：]$/.test(before) && isLabel(before) && labelAt(after) === undefined) return undefined
  // two organs before 关于 are one title ("中共某县委 某县人民政府关于…"); an 印发 date is one line
  // with its office ("某县委办公室 2017年3月18日印发")
  if ((isOrganName(lastToken) || endsWithPartyOrgan(lastToken)) && startsWithOrganAbout(firstToken) && !BREADCRUMB_AT_END.test(before)) return undefined
  if (IMPRINT_DATE_AT.test(after)) return undefined
  // a menu then a breadcrumb ("互动交流 首页 > 政务公开"): the breadcrumb opens a line
  if (BREADCRUMB_AT.test(after) && !BREADCRUMB_AT_END.test(before)) return 'weak'
  // what starts or ends a line
  if (matchSectionMarker(after) !== undefined) return 'structural'
  if (labelAt(after) !== undefined || (segmentLength === before.length && bareLabelAt(before) === before)) return 'structural'
  if (LINE_END_PUNCTUATION.includes(left) || (/[）)”"]/.test(left) && /[。！？]/.test(before.charAt(before.length - 2)))) return 'sentence'
  if (startsWithFurniture(after, 1)) return 'weak'
  if (isOrganName(lastToken) && isOrganName(firstToken)) return 'weak'
  // inside a widget's brackets: "【字体：大 中 小】"; inside round brackets closed a few words on: a
  // speech's speaker and date under its title ("（市委常委、常务副市长 周立新　2024年3月22日）")
  if (before.lastIndexOf('【') > before.lastIndexOf('】') || before.lastIndexOf('[') > before.lastIndexOf(']')) return undefined
  if (before.lastIndexOf('（') > before.lastIndexOf('）') && after.includes('）')) return undefined
  // after a breadcrumb's last item: "首页 » 信息公开 » 规划计划 中共某区委 某区人民政府关于…"
  if (BREADCRUMB_AT_END.test(before) && !BREADCRUMB_AT.test(after)) return 'weak'
  // a number inside a sentence, spaced the way Word dumps space it ("案件 12 件", "2019 年"), unless a
  // date opens or ends a line there (a signature's date under its organ)
  const unitAfterNumber = after.slice(firstToken.length).trimStart().charAt(0)
  if ((DIGITS_ONLY.test(lastToken) && NUMBER_UNITS.includes(right)) || (HAN_CHAR.test(left) && DIGITS_ONLY.test(firstToken) && NUMBER_UNITS.includes(unitAfterNumber))) {
    if (!FULL_DATE_AT.test(after) && !FULL_DATE_AT_END.test(before) && !TIME_AT_END.test(before)) return undefined
  }
  // menu items, share targets, letter-spaced characters
  if (isShortToken(lastToken) && isShortToken(firstToken)) return undefined
  return 'weak'
}

/** A label and its colon, alone: a data label or the 附件说明's ("附件：1.…"). */
function isLabel(text: string): boolean {
  return FLAT_LABELS.has(text.replace(/[\s:：]/g, '')) || ATTACHMENT_NOTE.test(text)
}

/** An organ's name directly followed by 关于: the second half of a two-organ title. */
function startsWithOrganAbout(token: string): boolean {
  const about = token.indexOf('关于')
  return about > 0 && isOrganName(token.slice(0, about))
}

function lastSpaceIn(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (isSpaceAt(text, i)) return i
  return -1
}

function isShortToken(token: string): boolean {
  return token.length > 0 && token.length <= SHORT_TOKEN_MAX_LENGTH && !CLAUSE_PUNCTUATION.test(token)
}

const MARKER_WITH_COMMA = /^[一二三四五六七八九十]{1,3}[，,]/
/** Styles that number headings (一是 and ① number items inside a paragraph). */
const HEADING_STYLES = new Set([...GLUED_TOP_STYLES, ...GLUED_NUMBER_STYLES])
/** The breadcrumb's last item so far, maybe with the bars of empty cells after it ("…>> 正文|　|　|",
 *  a table layout's row), and the start of a title long enough not to be an item (or a first organ's
 *  name and a space, as two organs open a joint title: "中共某区委 某区人民政府关于…"). */
const LAST_CRUMB = /(?:>>|>|»|›|＞|→|\/)\s*([^\s>»›＞→/|｜]{2,16})(?:\s*[|｜])*\s*$/
/** A column named by a kind word before a glued title is at most this long (通知公告, 工作总结,
 *  法治政府建设): the title opening with a place may follow a longer one ("区县（市）年度报告桃源县…"). */
const KIND_CRUMB_MAX_LENGTH = 8
const TITLE_START = /^[\u4e00-\u9fa5《“]{2}(?:[^\s>»›＞→/]{6}|[^\s>»›＞→/]{2,14}[ \u3000]+[\u4e00-\u9fa5]{2})/
const OPENING_BRACKETS = '【[（(《“'
const CRUMB_SEPARATORS = '>»›＞→'
const BREADCRUMB_PAGE_ITEM_SET = new Set(BREADCRUMB_PAGE_ITEMS)

/**
 * What each code unit is to the walk of findLineBreaks: a space, a breadcrumb separator, a
 * character a glued break may start at (a marker's first character, a label's or a furniture
 * word's), or nothing (0). Read by code unit: `charAt` makes a string of each Han character, and
 * the walk reads every character of a long line.
 */
const SPACE_CHAR = 1
const CRUMB_SEPARATOR = 2
const GLUED_START = 3
const BREAK_CHAR_KIND = (() => {
  const kinds = new Uint8Array(0x10000)
  const mark = (chars: Iterable<string>, kind: number) => {
    for (const ch of chars) {
      const code = ch.charCodeAt(0)
      // one kind per character: the walk takes the first that applies
      if (kinds[code] !== 0 && kinds[code] !== kind) throw new Error(`a break character of two kinds: ${ch}`)
      kinds[code] = kind
    }
  }
  mark([...'第（(一二三四五六七八九十0123456789【['], GLUED_START)
  mark(LABEL_FIRST, GLUED_START)
  mark(FURNITURE_WORDS.map((word) => word.charAt(0)), GLUED_START)
  mark(BREADCRUMB_ROOTS.map((root) => root.charAt(0)), GLUED_START)
  mark(BYLINE_MARKS.map((word) => word.charAt(0)), GLUED_START)
  mark([...CRUMB_SEPARATORS], CRUMB_SEPARATOR)
  mark([...'|｜'], GLUED_START)
  // SPACE's characters (a literal, which the regular-expression safety test reads)
  mark([...' \t\u3000\u00a0'], SPACE_CHAR)
  return kinds
})()

/** SPACE.test(text.charAt(at)), without the string. */
function isSpaceAt(text: string, at: number): boolean {
  return BREAK_CHAR_KIND[text.charCodeAt(at)] === SPACE_CHAR
}

/** The furniture words by their first code unit, in table order: a character of prose that
 *  starts one (上, 下, 相, 主 …) is checked against the few that start with it. */
const FURNITURE_BY_FIRST = labelsByFirstCharacter(FURNITURE_WORDS)

/** Whether a text starts with a furniture word of at least `minLength` characters. */
function startsWithFurniture(text: string, minLength: number): boolean {
  const words = FURNITURE_BY_FIRST.get(text.charCodeAt(0))
  if (words === undefined) return false
  for (const word of words) if (word.length >= minLength && text.startsWith(word)) return true
  return false
}

/** Whether a line so far is a title: a kind word ends it, no sentence's punctuation is in it, and
 *  it names what a title names. */
function isGluedTitle(text: string): boolean {
  return text.length >= TITLE_MIN_LENGTH && !NOT_IN_TITLE.test(text) && endsWithKind(text) && namesTitleSubject(text)
}

/** A task field's label with its colon and its value ending a text ("牵头单位：市司法局", "完成时限：
 *  2022年12月底前"): the value holds no full stop and no other colon. */
const FIELD_VALUE_AT_END = new RegExp(`(?:${[...FIELD_LABEL_WORDS].sort((a, b) => b.length - a.length).join('|')})[:：][^:：。；！？]{1,40}$`)

/** Whether a text ends with a task field's value. */
function endsWithFieldValue(text: string): boolean {
  return FIELD_VALUE_AT_END.test(text)
}

/** How far on a numbering's second marker is looked for: a part of a report runs to a few thousand characters. */
const SECOND_MARKER_WINDOW = 6000

/** Whether the second marker of a numbering whose first stands at `at` follows it after a full stop
 *  or a colon ("一、" … "。二、", "（一）" … "。（二）"). */
function secondMarkerFollows(line: string, at: number, first: MarkerMatch): boolean {
  const second = first.marker.replace('一', '二')
  if (second === first.marker) return false
  const limit = Math.min(line.length, at + SECOND_MARKER_WINDOW)
  for (let found = line.indexOf(second, at + first.marker.length); found !== -1 && found < limit; found = line.indexOf(second, found + 1)) {
    if (TOP_MARKER_AFTER_UNITS[line.charCodeAt(found - 1)] === 1) return true
  }
  return false
}

/** Whether a text ends with a furniture word: a menu's item, which the next item runs on from. */
function endsWithFurniture(text: string): boolean {
  return endingWord(text, FURNITURE_WORDS_BY_LAST) !== undefined
}

const FURNITURE_WORDS_BY_LAST = wordsByLastUnit(FURNITURE_WORDS)

/** Code units of the characters a glued break reads before a position. */
const OPENING_BRACKET_UNITS = unitTable(OPENING_BRACKETS)
const TOP_MARKER_AFTER_UNITS = unitTable(GLUED_TOP_MARKER_AFTER)
/** What stands before a menu's item: its separator, or the space after one. */
const MENU_ITEM_BEFORE_UNITS = unitTable(' \t\u3000\u00a0|｜·•')
const NUMBER_MARKER_AFTER_UNITS = unitTable(GLUED_NUMBER_MARKER_AFTER)

/**
 * Whether a line starts at `at`, glued to the current line before it (from `segmentStart`, its
 * last LOOKBEHIND characters read). Called at most characters of a long line: what it reads of
 * the text before is cut out only when a rule needs it.
 * @param separator the last breadcrumb separator before `at` (-1: none)
 * @param colon the first colon at or after `at` (the line's length: none)
 */
function gluedBreak(line: string, at: number, segmentStart: number, separator: number, colon: number, numbers: ReadonlyMap<string, number>): Decision {
  const from = Math.max(segmentStart, at - LOOKBEHIND)
  const segmentLength = at - segmentStart
  /** The current line is read whole (it is no longer than LOOKBEHIND). */
  const whole = from === segmentStart
  const previous = line.charCodeAt(at - 1)
  const after = line.slice(at, at + WINDOW)
  if (BAR_UNITS[line.charCodeAt(at)] === 1) return tableRowBreak(line, at, previous, after)
  // a title glued to the breadcrumb's last item, a column named by a kind word:
  // "首页>部门信息公开>工作总结某县交通运输局2021年法治政府建设工作总结"
  if (separator >= from) {
    const crumb = LAST_CRUMB.exec(line.slice(from, at))
    if (crumb !== null && TITLE_START.test(after)) {
      // the crumb's item that names the page itself: "…> 法治 > 正文沙源市人民政府办公室关于…"
      if (BREADCRUMB_PAGE_ITEM_SET.has(crumb[1] as string)) return 'weak'
      // the crumb ends at its last kind word: "通知公告石河镇…" is the column 通知公告, not 通知 (a
      // column's name is short: a longer last item may be the title itself, printed as the crumb)
      if ((crumb[1] as string).length <= KIND_CRUMB_MAX_LENGTH && endsWithKind(crumb[1] as string) && !startsWithKindWord(after)) return 'weak'
      // a column of any name, and a title that opens with a place the division table knows, or one
      // the page names elsewhere (its site's name, the document's signature), and ends with a kind
      // word: "…>部门信息>县卫生健康局岳阳县卫生健康局关于…的报告"
      if ((opensWithPlaceOrItsParty(after) || opensWithPlaceNamedElsewhere(line, at, after)) && holdsKindWord(line.slice(at, at + TITLE_MAX_LENGTH))) return 'weak'
    }
  }
  // a breadcrumb's home glued to the menu or the site's name before it: "…信息公开年报首页 > 政府信息公开 > …"
  if (isHanCharUnit(previous) && opensBreadcrumb(line, at)) return 'weak'
  // inside a bracket the line goes on: "【字体：", "（来源：…）"
  if (OPENING_BRACKET_UNITS[previous] === 1) return undefined
  // a label's value goes on: "附件：1.…", "来源：县政府" — unless another label with its colon
  // stands where the value would ("文　　号：标　　题：…": the 文号 left empty)
  if (whole && segmentLength <= SPACED_LABEL_MAX_LENGTH && (previous === COLON || previous === FULL_WIDTH_COLON) && isLabel(line.slice(from, at))) {
    return colon < at + WINDOW && labelWithColonAt(after) !== undefined ? 'structural' : undefined
  }
  const marker = matchSectionMarker(after)
  // the 附件说明's first item goes on its label's line, whatever stands before the label: "…）附件：1.…"
  if (marker !== undefined && marker.number === 1 && ATTACHMENT_LABEL_BEFORE.test(line.slice(Math.max(from, at - WINDOW), at))) return undefined
  // "单一，宣传" is no marker: a glued one is written with 、 or a full stop, never a comma
  if (marker !== undefined && !MARKER_WITH_COMMA.test(after)) {
    const inSequence = marker.number === 1 || marker.number === (numbers.get(marker.style) ?? 0) + 1
    // a regulation's chapter or article glued to the text before it, its marker printed with a space
    // and numbered in sequence: "…程序规定第一章　总　　则", "…总　　则第一条　为了规范…" (an article a
    // sentence cites, "依照本规定第十条 规定", is out of the sequence)
    if (inSequence && SPACED_MARKER_STYLES.includes(marker.style) && isSpaceAt(marker.rest, 0)) return 'structural'
    if (inSequence && GLUED_TOP_STYLES.includes(marker.style) && TOP_MARKER_AFTER_UNITS[previous] === 1) return 'structural'
    if (inSequence && GLUED_NUMBER_STYLES.includes(marker.style) && NUMBER_MARKER_AFTER_UNITS[previous] === 1) return 'structural'
    // the document's first heading glued to its title: "…重大行政决策程序规定第一章　总　　则", "…工作要点一、…"
    if (marker.number === 1 && whole && GLUED_TOP_STYLES.includes(marker.style) && isGluedTitle(line.slice(from, at))) return 'weak'
    // the first marker of a numbering glued after a few words of furniture, no clause among them, its
    // second standing after a full stop further on: "…大中小用手机扫码浏览本页一、2021年法治政府建设
    // 工作情况（一）…。二、主要负责人…" (统一、规范 in a sentence comes after the sentence's commas, or
    // after the numbering's own first marker)
    if (marker.number === 1 && whole && GLUED_TOP_STYLES.includes(marker.style) && !numbers.has(marker.style) && !CLAUSE_MARK.test(line.slice(from, at)) && secondMarkerFollows(line, at, marker)) return 'weak'
    // the next item of a task table glued to the last field of the one before: "…完成时限：2022年12月底前
    // 三、组织保障", "…责任单位：市直有关部门2. 持续优化…" (a field's value holds no sentence)
    if (inSequence && marker.number > 1 && HEADING_STYLES.has(marker.style) && endsWithFieldValue(line.slice(from, at))) return 'weak'
    // a heading glued to the first marker under it, or to the next of a numbering that runs on
    // across its sections: "一、工作开展情况（一）健全工作机制", "二、统筹推进法治政府建设3.开展法治督察";
    // the heading may hold a comma before a numbered heading's marker ("一、坚持以上率下，切实履行
    // 第一责任人职责1、带头学法"), never a sentence (一是 after a comma runs inside a paragraph)
    if (inSequence && whole && segmentLength <= GLUED_HEADING_MAX_LENGTH) {
      const heading = matchSectionMarker(line.slice(from, at))
      const words = heading?.rest ?? ''
      // (a heading of two clauses may take 一是 glued right after its last word: "（一）坚持党的领导，统筹推进
      // 法治政府建设一是压实主体责任" — a paragraph's 一是 stands after its colon or comma)
      const headingShaped = !HEADING_SENTENCE_MARK.test(words) && (HEADING_STYLES.has(marker.style) || !/[，,]/.test(words) || (marker.number === 1 && isHanCharUnit(previous)))
      if (heading !== undefined && HEADING_STYLES.has(heading.style) && heading.style !== marker.style && headingShaped) return 'weak'
    }
    return undefined
  }
  // a 公众号 byline's mark glued to the title above it: "…情况报告原创 某县司法 2024-03-29 18:07"
  if (BYLINE_MARKS.some((word) => after.startsWith(word) && isSpaceAt(after, word.length)) && endsWithKind(line.slice(from, at))) return 'weak'
  // a byline's date glued to the title above it: "…情况的通报2023-02-16 09:42:17", "…的报告2023年04月03日
  // 09:25", "…年度报告【2025-02-18 16:20:11】" (a date written with dashes or with its time, which prose never is)
  if (BYLINE_DATE_AT.test(after) && endsWithKind(line.slice(from, at))) return 'weak'
  // the furniture below a document: "…（此件公开发布）相关链接：…", "…12月30日上一篇：" — not an item of a
  // menu after its separator or its space ("网站地图 | 联系我们": the space decided already), or right
  // after another item ("网站地图联系我们网站纠错")
  if (startsWithFurniture(after, GLUED_FURNITURE_MIN_LENGTH) && MENU_ITEM_BEFORE_UNITS[previous] !== 1 && !endsWithFurniture(line.slice(from, at))) return 'weak'
  // a widget in brackets glued to the text before it, whatever its length: "…在手机打开当前页【打印】【关闭】"
  if (OPENING_SQUARE_UNITS[line.charCodeAt(at)] === 1 && previous !== CLOSING_LENTICULAR && previous !== CLOSING_SQUARE && startsWithFurniture(after, 1)) return 'weak'
  // a widget bracket that opens a label: "…大中小】【打印】", "…部门【来源：】"
  // (spaces inside the brackets: "…区政府文件[ 索引号 ]…")
  const bracketed = (after.charAt(0) === '【' || after.charAt(0) === '[') && labelAt(after.slice(1).replace(LEADING_SPACES, '')) !== undefined
  // only a label with its colon: a bare one ("公开方式") is a word of a heading when glued (and
  // a window with no colon holds none: most places a label's first character stands in prose)
  const written = bracketed || colon >= at + WINDOW ? undefined : labelWithColonAt(after)
  const label = written?.replace(/[\s:：]/g, '')
  if (!bracketed && label === undefined) return undefined
  if (bracketed) return previous === CLOSING_LENTICULAR || previous === CLOSING_SQUARE ? undefined : 'weak'
  const before = line.slice(from, at)
  if (labelEndsField(before, label as string)) return undefined
  // "…县人民政府来源：" is a label after a name; "资金来源：" is a word: a two-character label
  // needs something that ends a value before it — or spaces between its characters, which no
  // word of prose has ("…规范性文件标　　题：")
  const letterSpaced = LABEL_SPACE.test((written as string).split(/[:：]/, 1)[0]?.trimEnd() ?? '')
  const strongLabel = (label as string).length >= STRONG_LABEL_MIN_LENGTH || letterSpaced || !isHanCharUnit(previous) || endsWithKind(before)
  return strongLabel ? 'structural' : undefined
}

/** Spaces opening a text. */
const LEADING_SPACES = /^[ \t\u3000\u00a0]+/

/** The 附件说明's label right before a position: "附件：", "附件:". */
const ATTACHMENT_LABEL_BEFORE = /附\s*件\s*[:：]\s*$/

const COLON = 0x3a
const FULL_WIDTH_COLON = 0xff1a
const CLOSING_LENTICULAR = 0x3011 // 】
const CLOSING_SQUARE = 0x5d // ]

/** The brackets a label may be printed in ("[ 索引号 ]", "【 发布机构 】"): no line ends inside them. */
const OPENING_SQUARE_UNITS = unitTable('[【')
const CLOSING_SQUARE_UNITS = unitTable(']】')
/** What opens a label printed in brackets: the bracket and its spaces, a list's dash before them. */
const BRACKETED_LABEL_OPENING = /^(?:[-*•·][ \t\u3000]*)?[【[][ \t\u3000]*/

/** What no heading holds: a sentence's end. */
const HEADING_SENTENCE_MARK = /[。！？；!?;]/

/** A space inside a label as written. */
const LABEL_SPACE = /[\s\u3000]/

/** The separators a breadcrumb's items are printed with after its home ("首页 > ", "首页/"). */
const CRUMB_AFTER_ROOT = /^[ \t\u3000]*(?:>>|>|»|›|＞|→|\/)/

const SLASH = 0x2f

/** Whether the slash at `at` parts a breadcrumb's home from its next item ("您的位置：首页 / 政务公开"):
 *  its home, and spaces, stand right before it in the current line. */
function followsBreadcrumbRoot(line: string, at: number, segmentStart: number): boolean {
  let end = at
  while (end > segmentStart && isSpaceAt(line, end - 1)) end--
  for (const root of BREADCRUMB_ROOTS) if (end - root.length >= segmentStart && line.startsWith(root, end - root.length)) return true
  return false
}

/** Whether a breadcrumb starts at `at`: its home (首页, 网站首页 …) and a separator after it, and not
 *  the end of a longer home's name ("网站首页 >" starts at 网). */
function opensBreadcrumb(line: string, at: number): boolean {
  for (const root of BREADCRUMB_ROOTS) {
    if (!line.startsWith(root, at) || !CRUMB_AFTER_ROOT.test(line.slice(at + root.length, at + root.length + 4))) continue
    return !BREADCRUMB_ROOTS.some((longer) => longer.length > root.length && longer.endsWith(root) && line.startsWith(longer, at - (longer.length - root.length)))
  }
  return false
}

/** The shortest place name read as the page's own when the page printed it elsewhere (a county's
 *  two characters and its level): a single character and a level is too common a word. */
const NAMED_PLACE_MIN_LENGTH = 3
/** How deep a place named twice is read by its shape: to a town or a street (苇塘乡, 白鹭街道). */
const NAMED_PLACE_DEPTH = 3

/** Whether `after` opens with a name shaped like a place's that the line prints elsewhere too —
 *  before `at`, as the site's own name ("伊洛县人民政府门户网站 … > 县市场监督管理局伊洛县市场监督管理局
 *  …报告"), or after the title, in the document the page flattened into the same line (its body,
 *  its signature): a place the division table may not know, named twice. */
function opensWithPlaceNamedElsewhere(line: string, at: number, after: string): boolean {
  const name = placeShapedOpening(after, NAMED_PLACE_DEPTH)
  if (name === undefined || name.length < NAMED_PLACE_MIN_LENGTH) return false
  const printed = timesPrinted(line, name) - 1
  if (printed === 0) return false
  // a shorter name ending where this one does, printed more often, is the name, and what stands
  // before it the column's last characters: "…县政府办文件岷川县…" is 件岷川县 once (附件岷川县…)
  // and 岷川县 many times
  for (let cut = 1; name.length - cut >= NAMED_PLACE_MIN_LENGTH; cut++) {
    if (placeShapedOpening(after.slice(cut), NAMED_PLACE_DEPTH) === name.slice(cut) && timesPrinted(line, name.slice(cut)) - 1 > printed) return false
  }
  return true
}

/** How many times a text is printed in a line. */
function timesPrinted(line: string, text: string): number {
  let count = 0
  for (let at = line.indexOf(text); at !== -1; at = line.indexOf(text, at + text.length)) count++
  return count
}

/** A table's cell bars (a page's table saved as "| 索引号 | … |" rows). */
const BAR_UNITS = unitTable('|｜')

/**
 * Where a table's rows were, glued together in a page joined with nothing: a row after the last
 * cell's bar of the one before ("…宁海县人民政府 || 文号 | …"), a row that opens with a label's cell
 * glued to the text before it ("…> 规范性文件| 索引号 | …"), and the title after the table's last
 * cell ("…2023-07-15 |宁海县…办法": the bar opens the title's line and is cut off it after, see
 * withGluedValueEnds).
 */
function tableRowBreak(line: string, at: number, previous: number, after: string): Decision {
  if (BAR_UNITS[previous] === 1) return 'weak'
  const cell = after.slice(1).trimStart()
  if (BREAK_CHAR_KIND[previous] !== SPACE_CHAR) return labelAt(cell) !== undefined ? 'weak' : undefined
  return isTitleAfterCell(after) ? 'weak' : undefined
}

/** Whether a text is a bar and a title glued to it, no space between ("|宁海县重大行政决策程序实施办法"). */
function isTitleAfterCell(text: string): boolean {
  if (BAR_UNITS[text.charCodeAt(0)] !== 1) return false
  const rest = text.slice(1)
  return TITLE_START.test(rest) && namesTitleSubject(rest) && holdsKindWord(rest)
}

/** Whether a kind word stands anywhere in a text (where a title may end). */
function holdsKindWord(text: string): boolean {
  return KIND_WORDS.some((word) => text.includes(word))
}

/** Whether a text opens with a kind word (计划, 公告 …): what a breadcrumb's column name goes on with. */
function startsWithKindWord(text: string): boolean {
  return KIND_WORDS.some((word) => text.startsWith(word))
}

/** Where `search` first stands in `text` from `from` on, or the text's length. */
function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from)
  return at === -1 ? text.length : at
}

/** HAN_CHAR's test of one code unit. */
function isHanCharUnit(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fa5
}

/** The label (with its colon, or bare and followed by a space) that `text` starts with, written
 *  without its spaces. */
function labelAt(text: string): string | undefined {
  return (labelWithColonAt(text) ?? bareLabelAt(text))?.replace(/[\s:：]/g, '')
}

/** How long the (possibly letter-spaced) label a text starts with is, colon included; 0 if none. */
function spacedLabelLength(text: string): number {
  return (labelWithColonAt(text) ?? bareLabelAt(text))?.length ?? 0
}

/** Whether `label` at the end of `before` is the tail of a task-field label (完成时间：). */
function labelEndsField(before: string, label: string): boolean {
  return FIELD_LABEL_WORDS.some((field) => field.length > label.length && field.endsWith(label) && before.endsWith(field.slice(0, field.length - label.length)))
}
