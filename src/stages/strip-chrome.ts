/**
 * Stage `strip-chrome`: remove site chrome by zone and rule, keeping the data it carries.
 *
 * The page is cut into three zones by its prose lines: the head (before the first line of
 * document prose), the body, and the tail (after the last one). Head rules (breadcrumb, clock
 * line, byline, disclosure block …) act only in the head, tail rules (related lists, footers …)
 * only in the tail, and inside the body only whole-line widgets that are never content go. A tail
 * marker (相关稿件, 版权所有 …) cuts everything below it. Breadcrumbs and label：value pairs of
 * removed lines are returned as `captured`, for the metadata stage.
 *
 * Example: '当前位置：首页 > 政务公开\n关于…的报告\n  为深入推进依法行政，…。\n扫一扫在手机打开当前页\n'
 * → '关于…的报告\n  为深入推进依法行政，…。\n', edits: chrome/breadcrumb (line 1), chrome/qr-code (line 4);
 * captured.breadcrumb: ['首页', '政务公开'].
 */
import { findDate } from '../dates.js'
import { createMessage } from '../messages.js'
import { applyEdits } from '../edits.js'
import {
  BREADCRUMB_SEPARATOR,
  BREADCRUMB_ARROW,
  CHROME_LINE_RULES,
  CHROME_RULES,
  CHROME_MAX_REMOVED_RATIO,
  CHROME_SPAN_OPENER,
  CHROME_SPAN_RULES,
  FOOTER_NOTICE_HEADING,
  LIST_HEADER_RULES,
  LIST_ITEM_RULES,
  SITE_REPEATED_RULE,
  type ChromeRule,
} from '../rules/chrome.js'
import {
  ATTACHMENT_LABEL,
  CC_LINE,
  DOC_NUMBER_LINE,
  endsWithKind,
  isImprintLine,
  isOrganLine,
  UNITLESS_SIGNATURE_DATE_LINE,
  MASTHEAD,
  NOTE_LINE,
  SIGNATURE_DATE_LINE,
  TITLE_MAX_LENGTH,
} from '../rules/document.js'
import { findLineBreaks } from '../flattened.js'
import { RuleScreen } from '../rule-screen.js'
import { bareLabelAt, BODY_OPENING } from '../rules/flattened.js'
import { holdsSentence, isProse, isTitleShaped } from '../line-shape.js'
import { INSERTED_PINYIN, TONE_MARKS } from '../rules/normalize.js'
import { FLAT_LINE_MIN_LENGTH } from '../rules/flattened.js'
import { CLAUSE_MARK, SENTENCE_END_MARKS, SENTENCE_STOP } from '../rules/punctuation.js'
import { matchSectionMarker } from '../rules/sections.js'
import { ALL_META_LABELS, BYLINE_LABELS, DISCLOSURE_LABELS, LABEL_SPACES, labelsByFirstCharacter, WIDGET_LABELS } from '../rules/labels.js'
import { allMatches, codePointsIn, countHan, foldWidth, matchKey, offsetOfKeyIndex, SPACES, splitLines, trimChars, unitTable, type TextLine } from '../text.js'
import type { Edit, Message, TextStageResult } from '../types.js'
import { REPAIR_INSERTED_CHARS } from '../rules/repairs.js'
import { WARNINGS } from '../rules/warnings.js'

export interface StripChromeOptions {
  /** Applied to match keys of a Traditional page, so Simplified rules match it. */
  simplify?: ((text: string) => string) | undefined
  /** Match keys of lines that recur across many pages of this page's site (learnt from a
   *  batch, see `siteChromeCandidates`): removed above or below the document as
   *  chrome/site-repeated. */
  siteChrome?: ReadonlySet<string> | undefined
  /** Lines (0-based) already known to be chrome, with their rule: an HTML page's structure
   *  says so (chrome/outside-content). */
  knownChrome?: ReadonlyMap<number, string>
}

/** A label：value pair read off a removed line; `label` is '' for a bare date in a byline.
 *  `line` is the 0-based line index in the input. */
export interface CapturedField {
  label: string
  value: string
  line: number
}

export interface StripChromeResult extends TextStageResult {
  /** Data the removed lines carried: the breadcrumb's items, label：value pairs, and the CMS's
   *  copy of the title when the document prints its own below it. */
  captured: { breadcrumb: string[]; fields: CapturedField[]; pageTitle?: string }
}

/** A tab caption is at most this many characters; a strip of tabs has at least this many. */
const TAB_MAX_LENGTH = 8
const TAB_STRIP_MIN_LINES = 3
const DISCLOSURE_KEYS = new Set(DISCLOSURE_LABELS.map((l) => l.label))
const BYLINE_KEYS = new Set(BYLINE_LABELS.map((l) => l.label))
const BYLINE_ROLE = new Map(BYLINE_LABELS.map((l) => [l.label, l.role]))
/** A byline's value on the line under its label is short, and a counter's is its number: the
 *  title under an empty "浏览次数：" is no value of it. */
const BYLINE_VALUE_MAX_LENGTH = 30

/** Whether a line is shaped like the value of a byline's label printed above it. */
function isBylineValue(label: string, value: string): boolean {
  if (value === '' || value.length > BYLINE_VALUE_MAX_LENGTH || endsWithKind(value)) return false
  const role = BYLINE_ROLE.get(label)
  if (role === 'views') return /^\d{1,9}$/.test(value)
  if (role === 'published-date') return findDate(value) !== undefined
  return true
}
/** Labels whose value is prose by nature: a summary, a title. */
const PROSE_VALUE_KEYS = new Set(DISCLOSURE_LABELS.filter((l) => l.role === 'summary' || l.role === 'title').map((l) => l.label))
const LABEL_KEYS = ALL_META_LABELS.map((l) => l.label)
/** Labels by their first character, longest first: a line is checked against a few, not all. */
const LABELS_BY_FIRST = labelsByFirstCharacter(LABEL_KEYS)
/** What a character no label starts with is looked up to (one array, not a new one at every
 *  character a line is read at). */
const NO_LABELS: readonly string[] = []
/** Most lines match no chrome rule, and the others one or two: the screen leaves each line only
 *  the rules that may match it (a line of prose, only rules marked `prose`). */
const CHROME_SCREEN = new RuleScreen(CHROME_LINE_RULES)
/** Widgets a byline may start with before its first label ("字号：[ 大 中 小 ]　　浏览次数："). */
const LEADING_WIDGETS =
  /^(?:[【[]?(?:字体大小|文字大小|字体|字號|字号|字體)[:：]?(?:[【[]?[大中小][】\]]?)*[】\]]?|(?:[【[][大中小][】\]])+|[【[](?:打印本页|打印|关闭窗口|关闭)[】\]]|(?:视力保护色|背景颜色)[:：]?|[|｜])+/

interface LineInfo {
  line: TextLine
  key: string
  /** The first rule that matches the line, wherever it may act. */
  rule: ChromeRule | undefined
  /** Every rule that matches it, in table order: each zone takes the first that acts there. */
  rules: readonly ChromeRule[]
  /** The data label the line starts with, if any. */
  label: string | undefined
  /** The line is only a label; its value is on the next line. */
  isBareLabel: boolean
  isBlank: boolean
  /** The line reads like prose (isProse of its key): read once, asked by several passes. */
  prose: boolean
  /** The line in Simplified characters (itself on a Simplified page), for reading values. */
  simplified: string
}

/**
 * Remove site chrome from a page's text.
 * @param text the decoded page text (or the text extracted from HTML)
 * @param options see StripChromeOptions
 * @returns the text without chrome, one edit per removal, and the data the chrome carried
 */
export function stripChrome(text: string, options: StripChromeOptions = {}): StripChromeResult {
  const infos = splitLines(text).map((line) => describeLine(line, options))
  const removals = new Map<number, string>() // line index → rule id
  const valueLines = new Set<number>()

  // Disclosure values printed on the line below their label ("索引号\n000014348/2021-03550"), and a
  // byline's with its colon ("发布时间：\n2021-09-22 16:40:12": a crawler that writes each text node
  // on a line of its own)
  const markValueLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const info = infos[i] as LineInfo
      const bylineLabel = !DISCLOSURE_KEYS.has(info.label ?? '') && BYLINE_KEYS.has(info.label ?? '') && /[:：]\s*$/.test(info.line.text)
      if (!info.isBareLabel || !(DISCLOSURE_KEYS.has(info.label ?? '') || bylineLabel)) continue
      let next = nextNonBlank(infos, i + 1)
      // the bracket a label was printed in, closed on the line below it ("[ 发布机构 ]" split at its
      // spaces): goes with the label, and the value is the line after it
      while (next !== undefined && next < to + 1 && isBracketCloser(infos[next] as LineInfo)) {
        valueLines.add(next)
        next = nextNonBlank(infos, next + 1)
      }
      if (next === undefined || next >= to + 1) continue
      const candidate = infos[next] as LineInfo
      // the value may itself look like a bare date line ("2023-02-20"), but not like a label, nor
      // hold one (a byline under an empty 文号：, "07.03.2025 09:30 浏览次数：312")
      // (a byline's value is told by its shape: a bare number is a counter's, whatever rule reads it)
      if (bylineLabel) {
        if (candidate.label === undefined && isBylineValue(info.label as string, candidate.simplified.trim())) valueLines.add(next)
        continue
      }
      if (candidate.label === undefined && (candidate.rule === undefined || candidate.rule.data === 'fields') && !holdsKnownLabelWithColon(candidate.simplified)) valueLines.add(next)
    }
  }

  let { first, last } = bodyBounds(infos, valueLines)
  markValueLines(0, first)
  // value lines are not the document's prose: the bounds move only when the head held some
  if (valueLines.size > 0) ({ first, last } = bodyBounds(infos, valueLines))
  markValueLines(last + 1, infos.length)

  // head: what stands above the site's page header (breadcrumb, nav bar …) is site header too
  let lastHeaderLine = -1
  for (let i = 0; i < first; i++) if ((infos[i] as LineInfo).rule?.pageHeader) lastHeaderLine = i
  let listBy: string | undefined // a list label in the head takes the lines under it, to a blank line
  let crumbItems = false // a breadcrumb's label alone on its line takes the items under it
  /** Lines removed for standing in a list under a furniture header (相关链接, 上一篇 …) or below a
   *  footer, not for what they say: a teaser sentence there is the list's. */
  const underHeader = new Set<number>()
  for (let i = 0; i < first; i++) {
    const info = infos[i] as LineInfo
    if (info.isBlank) {
      listBy = undefined
      continue
    }
    const ruleId = labelRuleId(info) ?? (valueLines.has(i) ? CHROME_RULES.disclosureBlock.id : undefined)
    if (ruleId !== undefined) removals.set(i, ruleId)
    else if (inZone(info, 'head')) removals.set(i, (inZone(info, 'head') as ChromeRule).id)
    // a page with no document prose has no tail to wait for: a footer is a footer wherever it stands
    else if (first === infos.length && inZone(info, 'tail')) removals.set(i, (inZone(info, 'tail') as ChromeRule).id)
    else if (i < lastHeaderLine && !endsWithKind(info.key)) removals.set(i, CHROME_RULES.siteHeader.id)
    else if (listBy !== undefined && (!info.rule || info.rule.zone === 'tail') && isListItemShaped(info)) {
      removals.set(i, listBy)
      underHeader.add(i)
    }
    // chrome/breadcrumb: a breadcrumb's label alone on its line, its items one per line under it, as a
    // crawler that writes each text node on a line of its own leaves it ("当前位置：" / "首页" / "政务公开")
    if (crumbItems && CRUMB_ITEM.test(info.key)) removals.set(i, CHROME_RULES.breadcrumb.id)
    else crumbItems = removals.get(i) === CHROME_RULES.breadcrumb.id && parseBreadcrumb(info.line.text).length === 0
    const headRule = inZone(info, 'head')
    if (headRule?.cutsTail && removals.get(i) === headRule.id) listBy = headRule.id
    // …and its list ends at other furniture (a breadcrumb, a byline): an HTML page's text has no
    // blank line to end it, and what follows the furniture is the page's, not the list's
    else if (listBy !== undefined && ruleId !== undefined && ruleId !== listBy) listBy = undefined
    else if (listBy !== undefined && headRule !== undefined && removals.get(i) === headRule.id && headRule.id !== listBy) listBy = undefined
  }
  markColumnLines(infos, first, removals)
  const pageTitle = pageTitleLines(infos, first, removals)
  for (const index of pageTitle) removals.set(index, CHROME_RULES.pageTitle.id)
  // body: only widgets that are never content
  for (let i = first; i <= last; i++) {
    const info = infos[i] as LineInfo
    const widget = inZone(info, 'body')
    if (widget) removals.set(i, widget.id)
  }
  // tail
  let cutBy: string | undefined
  let cutStart = -1
  let cutUnnamed = false
  for (let i = Math.max(last + 1, first); i < infos.length; i++) {
    const info = infos[i] as LineInfo
    if (info.isBlank) continue
    // a signature date that lost its units, under the signers, is the document's, not a counter
    if (cutBy === undefined && isUnitlessSignatureDate(infos, i)) continue
    // the signature (an organ, then its date) ends a cut: the list the cut took (附件： and its
    // download links, 相关文件) stood between the last paragraph and the document's signature
    if (cutBy !== undefined && startsSignature(infos, i)) {
      // …but a header no rule names, whose lines reach the signature, was the document's own closing
      // ("联系方式：" / "联系人：覃女士" / "联系电话：…" / "特此公告。" above the signer): the lines from it stay
      if (cutUnnamed) for (let k = cutStart; k < i; k++) removals.delete(k)
      cutBy = undefined
      continue
    }
    if (cutBy === undefined && isSignatureDateUnderSigner(infos, i)) continue
    const labelId = labelRuleId(info) ?? (valueLines.has(i) ? CHROME_RULES.disclosureBlock.id : undefined)
    const rule = info.rules.find((r) => r.zone !== 'head' && (!r.afterCut || cutBy))
    // a list's header no rule names ("延伸阅读", "友情推送"): a short phrase right above the list's
    // first item, which a rule does name
    const header = rule === undefined && labelId === undefined && cutBy === undefined ? unnamedListHeader(infos, i) : undefined
    const ruleId = rule?.id ?? labelId ?? cutBy ?? header
    if (ruleId !== undefined) removals.set(i, ruleId)
    if (rule === undefined && labelId === undefined && cutBy !== undefined) underHeader.add(i)
    if ((rule?.cutsTail || header !== undefined) && cutBy === undefined) {
      cutBy = ruleId
      cutStart = i
      cutUnnamed = rule === undefined && header !== undefined
    }
  }

  markRunningHeaders(infos, removals)

  const edits: Edit[] = []
  const captured: StripChromeResult['captured'] = { breadcrumb: [], fields: [] }
  if (pageTitle.length > 0) captured.pageTitle = pageTitle.map((i) => (infos[i] as LineInfo).simplified.trim()).join('')
  const keptProse = new Set<number>()
  for (const index of [...removals.keys()].sort((a, b) => a - b)) {
    const rule = removals.get(index) as string
    const info = infos[index] as LineInfo
    // nothing is lost: a line that holds a sentence of prose loses only the chrome inside it
    if (!underHeader.has(index) && mayHoldProse(info, rule, valueLines, options) && holdsSentence(info.key)) {
      keptProse.add(index)
      const zone = index < first ? 'head' : index > last ? 'tail' : 'body'
      for (const piece of chromePieces(info, options, zone)) {
        edits.push(piece.edit)
        capture(piece.info, piece.edit.rule, valueLines, infos, captured)
      }
      continue
    }
    // a blurb glued to the document's paragraph takes the blurb only
    const blurb = underHeader.has(index) || options.knownChrome?.has(index) || valueLines.has(index) ? undefined : proseBlurbSpan(info, rule)
    if (blurb !== undefined) {
      const from = offsetOfKeyIndex(info.line.text, blurb.start)
      const to = blurb.end === info.key.length ? info.line.text.trimEnd().length : offsetOfKeyIndex(info.line.text, blurb.end)
      edits.push({ rule, start: info.line.start + from, end: info.line.start + to, before: info.line.text.slice(from, to), after: '' })
      keptProse.add(index)
      continue
    }
    edits.push(lineRemoval(text, info.line, rule))
    capture(info, rule, valueLines, infos, captured)
  }
  for (const info of infos) {
    if (!removals.has(info.line.index) && !keptProse.has(info.line.index) && !info.isBlank) edits.push(...spanRemovals(info.line, info.simplified))
  }

  const messages: Message[] = []
  // the valve weighs what the rules take from the text, not what the page's structure already
  // named as chrome (the lines of an HTML page outside its document's element): a short document
  // under a site's mega-menu is most of a page's characters only once the menu is gone
  let structuralChars = 0
  for (const [index] of options.knownChrome ?? NO_KNOWN_CHROME) {
    const info = infos[index]
    if (info !== undefined && removals.has(index)) structuralChars += countWeighed(info.line.text)
  }
  const removedChars = edits.reduce((sum, e) => sum + countWeighed(e.before), 0) - structuralChars
  const totalChars = countWeighed(text) - structuralChars
  if (last >= first && totalChars > 0 && removedChars / totalChars > CHROME_MAX_REMOVED_RATIO) {
    messages.push(
      createMessage(
        'strip-chrome',
        WARNINGS.chromeTooAggressive.code,
        `chrome rules would remove ${Math.round((removedChars / totalChars) * 100)}% of the page; nothing was removed`,
      ),
    )
    return { text, edits: [], messages, captured: { breadcrumb: [], fields: [] } }
  }
  return { text: applyEdits(text, edits), edits, messages, captured }
}

/**
 * Lines of a page that may be site boilerplate no rule names: above or below the document's
 * prose, claimed by no rule or label, and not shaped like a part of a document (title, heading,
 * signer, date, 附注 …). A batch counts them per site (`learnSiteChrome`).
 * @param text the page's text, as strip-chrome reads it
 * @param options see StripChromeOptions
 * @returns the match keys of those lines, each once
 */
export function siteChromeCandidates(text: string, options: StripChromeOptions = {}): string[] {
  const infos = splitLines(text).map((line) => describeLine(line, { ...options, siteChrome: new Set() }))
  const { first, last } = bodyBounds(infos, new Set())
  const keys = new Set<string>()
  for (const info of infos) {
    const index = info.line.index
    if (index >= first && index <= last) continue
    if (info.isBlank || info.rule || info.label !== undefined || looksLikeDocumentPart(info.line.text.trim())) continue
    keys.add(info.key)
  }
  return [...keys]
}

/** A line a list in the head may hold: not a title, a numbered heading, a lead-in or 主送
 *  ending in a colon, or prose — the document's first lines, which an HTML page's text puts right
 *  under the list with no blank line between. */
function isListItemShaped(info: LineInfo): boolean {
  const text = info.line.text.trim()
  return !endsWithKind(info.key) && matchSectionMarker(text) === undefined && !/[：:]$/.test(text) && !info.prose
}

/** "2016124" right under an organ line: the signature's date with its units lost (the repair
 *  stage weighs its readings), never a view counter. */
function isUnitlessSignatureDate(infos: LineInfo[], index: number): boolean {
  const above = previousNonBlankIndex(infos, index)
  return UNITLESS_SIGNATURE_DATE_LINE.test((infos[index] as LineInfo).line.text.trim()) && above !== undefined && isOrganLine((infos[above] as LineInfo).line.text.trim())
}

/** An organ line with a signature date under it ("广州市住房保障办公室" / "2025年3月19日"). */
function startsSignature(infos: LineInfo[], index: number): boolean {
  const next = nextNonBlank(infos, index + 1)
  return next !== undefined && isOrganLine((infos[index] as LineInfo).line.text.trim()) && SIGNATURE_DATE_LINE.test((infos[next] as LineInfo).line.text.trim())
}

/** The date line of a signature, under its organ. */
function isSignatureDateUnderSigner(infos: LineInfo[], index: number): boolean {
  const above = previousNonBlankIndex(infos, index)
  return above !== undefined && SIGNATURE_DATE_LINE.test((infos[index] as LineInfo).line.text.trim()) && startsSignature(infos, above)
}

/** Shapes of a document's own lines, which repetition across a site never makes chrome: a
 *  site's reports share headings, signers and 附注. */
function looksLikeDocumentPart(text: string): boolean {
  return (
    matchSectionMarker(text) !== undefined ||
    SIGNATURE_DATE_LINE.test(text) ||
    NOTE_LINE.test(text) ||
    isImprintLine(text) ||
    CC_LINE.test(text) ||
    MASTHEAD.test(text) ||
    DOC_NUMBER_LINE.test(text) ||
    isOrganLine(text) ||
    endsWithKind(text) ||
    /[：:]$/.test(text)
  )
}

/** The characters the valve weighs: not spaces, digits or what a repair writes into a damaged
 *  text (REPAIR_INSERTED_CHARS), so that a page's share of chrome is the same when its repaired
 *  body is parsed again ("2017316日" read as "2017年3月16日" tipped a page over the valve's line). */
function countWeighed(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) if (UNWEIGHED_UNITS[text.charCodeAt(i)] !== 1) count++
  return count
}
const UNWEIGHED_UNITS = unitTable(`${SPACES}0123456789０１２３４５６７８９${REPAIR_INSERTED_CHARS}`)

/** What a page with no lines known to be chrome is read as. */
const NO_KNOWN_CHROME: ReadonlyMap<number, string> = new Map()

/** The rules of a line no rule matches (most lines): one array for all of them. */
const NO_RULES: readonly ChromeRule[] = []

function describeLine(line: TextLine, options: StripChromeOptions): LineInfo {
  // a Traditional line is converted once, and its key read off the converted line
  const converted = options.simplify !== undefined && line.text.trim() !== '' ? options.simplify(line.text) : line.text
  const key = matchKey(converted)
  const isBlank = key === ''
  const trimmed = line.text.trim()
  const prose = isProse(key)
  // a line the HTML page's structure already names as chrome takes that rule, and no other is tried
  const known = isBlank ? undefined : options.knownChrome?.get(line.index)
  // a rule on the line itself reads it converted too: a Traditional byline (原創 … 發表於) is one
  const onLine = converted === line.text ? trimmed : converted.trim()
  let rules: readonly ChromeRule[]
  if (isBlank) rules = NO_RULES
  else if (known !== undefined) rules = [{ id: known, zone: 'anywhere', pattern: /$^/, example: '(the page structure)' }]
  else {
    rules = matchingRules(CHROME_SCREEN.candidates(key, onLine, prose), key, onLine)
    if (rules.length === 0 && options.siteChrome?.has(key) && !looksLikeDocumentPart(trimmed)) rules = [SITE_REPEATED_RULE]
  }
  const rule = rules[0]
  const label = isBlank ? undefined : (leadingLabel(key) ?? leadingUnknownLabel(key) ?? leadingSpacedLabel(converted, onLine))
  // what follows the label, read after it where it stands (a bracket or widget may come first:
  // "【成文日期】" is a bare label, its value on the next line)
  const rest = label === undefined ? '' : key.slice(key.indexOf(label) + label.length).replace(/^[:：|】\]]/, '')
  const simplified = sameLength(line.text, converted)
  return { line, key, rule, rules, label, isBareLabel: label !== undefined && rest === '', isBlank, prose, simplified }
}

/** The rules the screen left a line that match it, in table order (none: the one empty array). */
function matchingRules(candidates: readonly ChromeRule[], key: string, onLine: string): readonly ChromeRule[] {
  let matching: ChromeRule[] | undefined
  for (const rule of candidates) if (ruleMatches(rule, rule.onLine ? onLine : key)) (matching ??= []).push(rule)
  return matching ?? NO_RULES
}

/** A converted line when the conversion kept its length (label positions stay valid), else the line. */
function sameLength(original: string, converted: string): string {
  return converted.length === original.length ? converted : original
}

/** The data label a match key starts with, when followed by a colon, a cell bar or nothing. */
function leadingLabel(key: string): string | undefined {
  const bare = key.replace(LEADING_WIDGETS, '').replace(/^[-*|｜【[(（•·]+/, '')
  for (const label of LABELS_BY_FIRST.get(bare.charCodeAt(0)) ?? NO_LABELS) {
    if (!bare.startsWith(label)) continue
    const next = bare.charAt(label.length)
    // "[ 发布机构 ] 某乡人民政府": a label in brackets ends at its bracket
    if (next === '' || next === ':' || next === '：' || next === '|' || next === ']' || next === '】') return label
  }
  return undefined
}

/** A disclosure label and its value with only spaces between them ("公开方式 主动公开 发布日期
 *  2022-04-11", "索引号 发布机构 县政府"): a line of the block printed without colons. */
function leadingSpacedLabel(line: string, trimmed: string): string | undefined {
  const label = bareLabelAt(trimmed)
  // the label (letter-spaced or not) with a value or another label after it, and no sentence
  if (label === undefined || label.length === trimmed.length || SENTENCE_STOP.test(line)) return undefined
  return label.replace(/[\s\u3000]/g, '')
}

/** The first rule of a line that acts in a zone: the head takes head, edge and anywhere rules,
 *  the body anywhere rules only, the tail tail, edge and anywhere rules. */
function inZone(info: LineInfo, zone: 'head' | 'body' | 'tail'): ChromeRule | undefined {
  // a loop, not find(): the predicate's closure was made again for every line asked
  const outside = zone === 'body' ? undefined : zone === 'head' ? 'tail' : 'head'
  for (const rule of info.rules) {
    if (outside === undefined ? rule.zone === 'anywhere' : rule.zone !== outside) return rule
  }
  return undefined
}

/** Whether a rule matches a line (its key, or the trimmed line for `onLine` rules). */
export function ruleMatches(rule: ChromeRule, text: string): boolean {
  if (!rule.pattern.test(text)) return false
  if (rule.tokens !== undefined) {
    const pieces = coveredBy(rule.tokens, text)
    if (pieces === undefined || pieces < (rule.minTokens ?? 1)) return false
  }
  if (rule.atLeast !== undefined) {
    let count = 0
    for (const _ of allMatches(rule.atLeast.pattern, text)) if (++count >= rule.atLeast.count) break
    if (count < rule.atLeast.count) return false
  }
  return true
}

/** How many pieces of `tokens` make up `text` end to end, or undefined when they do not. */
function coveredBy(tokens: RegExp, text: string): number | undefined {
  let at = 0
  let pieces = 0
  while (at < text.length) {
    tokens.lastIndex = at
    const m = tokens.exec(text)
    if (m === null || m[0] === '') return undefined
    at += m[0].length
    pieces++
  }
  return pieces === 0 ? undefined : pieces
}

/** A label's shape at the start of a key: two to six Han characters, then a colon. */
const UNKNOWN_LEADING_LABEL = /^([\u4e00-\u9fa5]{2,6})[:：]/

/** A line that starts with a label no table names but carries known labels after it
 *  ("文件编号：    公开方式：主动公开"): a line of the disclosure block. */
function leadingUnknownLabel(key: string): string | undefined {
  const m = UNKNOWN_LEADING_LABEL.exec(key)
  if (!m) return undefined
  return holdsKnownLabelWithColon(key.slice(m[0].length)) ? m[1] : undefined
}

/** Whether a known label followed by a colon stands anywhere in a text: one scan over the labels
 *  that start with each character (one alternation of every label cost a compile at each start). */
export function holdsKnownLabelWithColon(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    for (const label of LABELS_BY_FIRST.get(text.charCodeAt(at)) ?? NO_LABELS) {
      const after = text.charAt(at + label.length)
      if ((after === ':' || after === '：') && text.startsWith(label, at)) return true
    }
  }
  return false
}

function labelRuleId(info: LineInfo): string | undefined {
  if (info.label === undefined) return undefined
  return DISCLOSURE_KEYS.has(info.label) || !BYLINE_KEYS.has(info.label) ? CHROME_RULES.disclosureBlock.id : CHROME_RULES.byline.id
}

/**
 * Column and tab lines of the head: a line that repeats an item of the breadcrumb (the column's
 * name, "法治政府建设年度报告"), and a short line standing between two removed head lines (tabs
 * "县政府 / 县直部门").
 */
function markColumnLines(infos: LineInfo[], first: number, removals: Map<number, string>): void {
  const crumbLine = infos.find((info) => removals.get(info.line.index) === CHROME_RULES.breadcrumb.id)
  const items = new Set(crumbLine === undefined ? [] : parseBreadcrumb(crumbLine.simplified).slice(1).map(matchKey))
  for (let i = 0; i < first; i++) {
    const info = infos[i] as LineInfo
    if (!info.isBlank && !removals.has(i) && items.has(info.key)) removals.set(i, CHROME_RULES.columnName.id)
  }
  for (let i = 0; i < first; i++) {
    const info = infos[i] as LineInfo
    // a tab is a bare word: a label and its value ("责任单位：县司法局") is a field, not a tab
    if (info.isBlank || removals.has(i) || codePointsIn(info.key) > TAB_MAX_LENGTH || /\d/.test(info.key) || LABEL_COLON.test(info.key)) continue
    const before = previousNonBlankIndex(infos, i)
    const after = nextNonBlank(infos, i + 1)
    if (before !== undefined && after !== undefined && after < first && removals.has(before) && removals.has(after)) {
      removals.set(i, CHROME_RULES.tabLabels.id)
    }
  }
  // a strip of three or more short lines of which some are column or tab lines is all tabs; a
  // column named by a kind word (通知公告, 工作总结, 政府信息公开制度) stands inside the strip, and at
  // its end only when a longer title follows before the document (a short title ending with its kind
  // word may stand there: "…部门解读 / 图文解读 / 视频解读" above "《…办法》政策解读" are columns)
  let run: number[] = []
  const titleAfter = (index: number) => {
    for (let k = index + 1; k < first; k++) {
      const info = infos[k] as LineInfo
      if (!info.isBlank && !removals.has(k) && codePointsIn(info.key) > TAB_MAX_LENGTH && endsWithKind(info.key)) return true
    }
    return false
  }
  const flush = () => {
    const last = run[run.length - 1]
    if (last !== undefined && !titleAfter(last)) while (run.length > 0 && endsWithKind((infos[run[run.length - 1] as number] as LineInfo).key)) run.pop()
    if (run.length >= TAB_STRIP_MIN_LINES && run.some((i) => removals.get(i) === CHROME_RULES.columnName.id || removals.get(i) === CHROME_RULES.tabLabels.id)) {
      for (const i of run) if (!removals.has(i)) removals.set(i, CHROME_RULES.tabLabels.id)
    }
    run = []
  }
  for (let i = 0; i < first; i++) {
    const info = infos[i] as LineInfo
    const isTab = !info.isBlank && codePointsIn(info.key) <= TAB_MAX_LENGTH && !/\d/.test(info.key) && !LABEL_COLON.test(info.key)
    if (isTab) run.push(i)
    else flush()
  }
  flush()
}

/** A field's colon with its value after it (a header's colon alone, "关联稿件：", may be a tab's). */
const LABEL_COLON = /[:：]\s*\S/

/** A PDF's running header: a line printed again next to each page number. */
function markRunningHeaders(infos: LineInfo[], removals: Map<number, string>): void {
  const pageNumbers = infos.filter((info) => removals.get(info.line.index) === CHROME_RULES.pageNumber.id).map((info) => info.line.index)
  if (pageNumbers.length === 0) return
  // the lines beside page numbers, by text: a header repeats beside two page breaks or more
  const beside = new Map<string, number[]>()
  for (const index of pageNumbers) {
    for (const neighbour of [previousNonBlankIndex(infos, index), nextNonBlank(infos, index + 1)]) {
      if (neighbour === undefined || removals.has(neighbour)) continue
      const info = infos[neighbour] as LineInfo
      if (info.prose) continue
      beside.set(info.key, [...(beside.get(info.key) ?? []), neighbour])
    }
  }
  for (const indexes of beside.values()) {
    if (new Set(indexes).size >= 2) for (const index of indexes) removals.set(index, CHROME_RULES.runningHeader.id)
  }
}

/** The rule of a list below the document whose header line no rule names: the header is short,
 *  no sentence, no organ or date, and the line under it is an item a list rule names. */
function unnamedListHeader(infos: LineInfo[], index: number): string | undefined {
  const info = infos[index] as LineInfo
  const text = info.line.text.trim()
  if (info.key.length > LIST_HEADER_MAX_LENGTH || CLAUSE_MARK.test(info.key) || /\d/.test(info.key) || isOrganLine(text) || ATTACHMENT_LABEL.test(text)) return undefined
  const next = nextNonBlank(infos, index + 1)
  if (next === undefined) return undefined
  if ((infos[next] as LineInfo).rules.some((r) => LIST_ITEM_RULES.includes(r.id))) return CHROME_RULES.related.id
  // …or, when it ends with a colon, a run of headlines under it ("站外导航：" / "…的指导意见" /
  // "县人大常委会开展专题调研"): two, or one that the page's furniture follows
  if (!/[:：]$/.test(info.key)) return undefined
  let items = 0
  for (let i: number | undefined = next; i !== undefined && items < LIST_MIN_ITEMS; i = nextNonBlank(infos, i + 1)) {
    const item = infos[i] as LineInfo
    if (item.rule !== undefined || item.label !== undefined) return items >= 1 ? CHROME_RULES.related.id : undefined
    if (!isHeadline(item)) return undefined
    items++
  }
  return items >= 1 ? CHROME_RULES.related.id : undefined
}
/** A colon header names a list when this many headlines stand under it. */
const LIST_MIN_ITEMS = 2
/** A line of a list of other pages: a headline, no sentence, no organ, date or numbered heading,
 *  and no colon ending it (an addressee "某市人民政府：" or a lead-in is the document's). */
function isHeadline(info: LineInfo): boolean {
  const text = info.line.text.trim()
  return (
    countHan(info.key) >= HEADLINE_MIN_HAN &&
    info.key.length <= TITLE_MAX_LENGTH &&
    !SENTENCE_STOP.test(info.key) &&
    !/[:：]$/.test(info.key) &&
    !isOrganLine(text) &&
    findDate(text) === undefined &&
    matchSectionMarker(text) === undefined
  )
}
/** A headline has at least this many Han characters. */
const HEADLINE_MIN_HAN = 6
/** A list's header is at most this long (characters of its key). */
const LIST_HEADER_MAX_LENGTH = 10

function previousNonBlankIndex(infos: LineInfo[], index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) if (!(infos[i] as LineInfo).isBlank) return i
  return undefined
}

/**
 * The CMS prints the title above the document, and the document prints its own title again
 * (often with its issuers, or wrapped over two lines): the first copy is chrome when a later
 * title in the head shares most of its words.
 * @returns the line indexes of the first copy, or none
 */
function pageTitleLines(infos: LineInfo[], first: number, removals: ReadonlyMap<number, string>): number[] {
  const titles: { lines: number[]; key: string }[] = []
  for (let i = 0; i < first; i++) {
    const lines: number[] = []
    let key = ''
    for (let k = i; k < first && lines.length < PAGE_TITLE_MAX_LINES; k++) {
      const info = infos[k] as LineInfo
      if (info.isBlank) continue
      if (removals.has(k) || info.rule || SENTENCE_STOP.test(info.key)) break
      lines.push(k)
      // a mirror's pinyin (政(zhèng)) is no part of the title it is compared as (normalize drops it)
      key += info.key.replace(INSERTED_PINYIN, (inserted, syllable: string) => (TONE_MARKS.test(syllable) ? '' : inserted))
      if (endsWithKind(key) && count(key, '《') === count(key, '》')) {
        titles.push({ lines, key })
        i = k
        break
      }
    }
  }
  const [page, ...later] = titles
  if (page === undefined) return []
  if (later.some((title) => commonRun(page.key, title.key) >= Math.min(PAGE_TITLE_MIN_SHARED, page.key.length))) return page.lines
  // …or printed again as a line of its own further down: an order's 办法 under its 令 header and
  // promulgation paragraph ("某市人民政府令" / "第123号" / "《…办法》已经…通过" / "…办法")
  // (a copy a rule names is chrome's: an HTML page's hidden print copy is no document line)
  for (let k = first; k < infos.length; k++) if ((infos[k] as LineInfo).key === page.key && !removals.has(k) && (infos[k] as LineInfo).rule === undefined) return page.lines
  return []
}

const PAGE_TITLE_MAX_LINES = 3
/** Characters in a row two titles must share to be copies of one title. */
const PAGE_TITLE_MIN_SHARED = 10

function count(text: string, ch: string): number {
  return text.split(ch).length - 1
}

/** Length of the longest run of characters two strings share. */
function commonRun(a: string, b: string): number {
  let best = 0
  const previous = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0
      best = Math.max(best, previous[j] as number)
      diagonal = above
    }
  }
  return best
}

/** First and last line of document prose: lines with sentence punctuation and enough Han
 *  characters that no rule or label claims. */
function bodyBounds(infos: LineInfo[], valueLines: Set<number>): { first: number; last: number } {
  const isChromeLike = (info: LineInfo) => info.rule !== undefined || info.label !== undefined || valueLines.has(info.line.index)
  const prose: number[] = []
  for (const info of infos) {
    if (info.isBlank || isChromeLike(info) || !info.prose) continue
    prose.push(info.line.index)
  }
  if (prose.length === 0) return { first: infos.length, last: infos.length - 1 }
  // revised by its neighbours (jusText): a prose line above the document cut off from it by a run
  // of chrome is furniture's — an encyclopedia's lead above its infobox — and does not move the
  // document's first edge. (Below the document a run of chrome is no such sign: the 附件说明, the
  // signature and the date stand between the last sentence and the footer.)
  const isolated = (from: number, to: number) => {
    let chrome = 0
    let other = 0
    for (let i = from + 1; i < to; i++) {
      const info = infos[i] as LineInfo
      // widgets go wherever they stand: counting them would read a page and its body differently
      if (info.isBlank || info.rules.some((r) => r.zone === 'anywhere')) continue
      // a line a rule names is furniture; a label line is weaker evidence (a 公示 lists 名称：… 时间：…)
      if (info.rule !== undefined) chrome++
      else if (isChromeLike(info)) chrome += LABEL_LINE_WEIGHT
      else other++
    }
    return chrome >= ISOLATING_CHROME_LINES && chrome > other
  }
  // a numbered paragraph ("（二）规范…。") is the document's wherever it stands
  const numbered = (index: number) => matchSectionMarker((infos[index] as LineInfo).line.text.trim()) !== undefined
  let firstAt = 0
  while (
    firstAt < Math.min(prose.length - 1, MAX_ISOLATED_EDGE_LINES) &&
    !numbered(prose[firstAt] as number) &&
    isolated(prose[firstAt] as number, prose[firstAt + 1] as number)
  )
    firstAt++
  // a title with a comma reads like prose ("某市高校毕业生创业补贴，请查收"): with the page's byline
  // right under it (发布日期：…), it is the page's heading, and the document starts below
  const byline = nextNonBlank(infos, (prose[firstAt] as number) + 1)
  if (
    firstAt < prose.length - 1 &&
    byline !== undefined &&
    isPublicationLine(infos[byline] as LineInfo) &&
    isTitleShaped((infos[prose[firstAt] as number] as LineInfo).line.text.trim()) &&
    !numbered(prose[firstAt] as number)
  )
    firstAt++
  // …and a prose line right under a list's header below the document (上一篇, 相关链接) is the list's
  const underListHeader = (index: number) => {
    if (numbered(index)) return false
    // the line above, widgets aside (they go wherever they stand, so a reparsed body reads alike)
    // widgets aside, and past the list's other items (short lines, no sentence) up to its header
    let above = previousNonBlankIndex(infos, index)
    let items = 0
    const isHeader = (i: number) => (infos[i] as LineInfo).rules.some((r) => LIST_HEADER_RULES.includes(r.id) && r.zone !== 'head')
    while (above !== undefined && !isHeader(above)) {
      const info = infos[above] as LineInfo
      if (info.rules.some((r) => r.zone === 'anywhere')) above = previousNonBlankIndex(infos, above)
      else if (items < LIST_MAX_ITEMS_ABOVE && !info.prose && info.label === undefined && matchSectionMarker(info.line.text.trim()) === undefined) {
        items++
        above = previousNonBlankIndex(infos, above)
      } else return false
    }
    if (above === undefined) return false
    // …when the document does not go on below it (a numbered heading further down is the document's)
    for (let i = index + 1; i < infos.length; i++) if (matchSectionMarker((infos[i] as LineInfo).line.text.trim()) !== undefined) return false
    return true
  }
  // …and a footer's notice below the document: the paragraphs under a heading a footer rule names
  // ("版权与免责声明" / "1.凡本站…注明…的作品，其版权属于…。" / "2.…"), numbered or not
  const underFooterHeading = (index: number) => {
    let above = previousNonBlankIndex(infos, index)
    let paragraphs = 0
    while (above !== undefined) {
      const info = infos[above] as LineInfo
      if (info.rules.some((r) => r.zone === 'anywhere')) above = previousNonBlankIndex(infos, above)
      else if (info.prose && info.rule === undefined && paragraphs < MAX_ISOLATED_EDGE_LINES) {
        paragraphs++
        above = previousNonBlankIndex(infos, above)
      } else break
    }
    if (above === undefined) return false
    const heading = infos[above] as LineInfo
    return FOOTER_NOTICE_HEADING.test(heading.key) && heading.rules.some((r) => r.zone === 'tail' && r.cutsTail === true)
  }
  let lastAt = prose.length - 1
  while (
    lastAt > firstAt &&
    prose.length - 1 - lastAt < MAX_ISOLATED_EDGE_LINES &&
    (underListHeader(prose[lastAt] as number) || underFooterHeading(prose[lastAt] as number))
  )
    lastAt--
  return { first: prose[firstAt] as number, last: prose[lastAt] as number }
}
/** A byline line: its first label gives the page's publication date (发布日期：…, 发布时间：…). */
function isPublicationLine(info: LineInfo): boolean {
  return info.label !== undefined && PUBLICATION_LABELS.has(info.label)
}
const PUBLICATION_LABELS = new Set(ALL_META_LABELS.filter((l) => l.role === 'published-date').map((l) => l.label))

/** A prose line is cut off from the document by at least this many chrome lines, more than the
 *  other lines between (an infobox, a prev/next pair and a footer). */
const ISOLATING_CHROME_LINES = 3
/** A teaser is at most this many list items below its list's header. */
const LIST_MAX_ITEMS_ABOVE = 5
/** What a line that is only a label and its value counts for, against a line a rule names. */
const LABEL_LINE_WEIGHT = 0.5
/** At most this many prose lines at each edge are set aside so. */
const MAX_ISOLATED_EDGE_LINES = 2

function nextNonBlank(infos: LineInfo[], from: number): number | undefined {
  for (let i = from; i < infos.length; i++) if (!(infos[i] as LineInfo).isBlank) return i
  return undefined
}

/**
 * A line chrome rules would remove that also holds a sentence of prose ("当前位置：首页 > 通知
 * 根据…工作要求，现将…总结如下：", a page flattened and not split): cut into the pieces its
 * structure shows (src/flattened.ts), only the pieces a rule or a label names go, each as a span
 * with its rule; a piece that holds a sentence stays unless its rule is one made for prose
 * (content-farm blurbs, disclaimers).
 * @returns the spans to remove (none when no piece is chrome: the line stays whole)
 */
function chromePieces(info: LineInfo, options: StripChromeOptions, zone: 'head' | 'body' | 'tail'): { edit: Edit; info: LineInfo }[] {
  const { text } = info.line
  // a Traditional line is read in Simplified (the break finder's words are Simplified)
  const breaks = findLineBreaks(info.simplified)
  if (breaks.length === 0) return []
  const pieces: { edit: Edit; info: LineInfo }[] = []
  let start = text.length - text.trimStart().length
  for (let k = 0; k <= breaks.length; k++) {
    const next = breaks[k]
    const end = next?.start ?? text.trimEnd().length
    const removeTo = next?.end ?? end
    const piece: TextLine = { index: info.line.index, start: info.line.start + start, end: info.line.start + end, text: text.slice(start, end) }
    const pieceInfo = describeLine(piece, { ...options, knownChrome: new Map() })
    // a piece is read in its line's zone: inside the document only widgets go, as for whole lines
    const rule = pieceInfo.isBlank ? undefined : zone === 'body' ? inZone(pieceInfo, 'body')?.id : (labelRuleId(pieceInfo) ?? inZone(pieceInfo, zone)?.id)
    const isProtected = holdsSentence(pieceInfo.key) && !pieceInfo.rules.some((r) => r.prose)
    if (rule !== undefined && !isProtected) {
      // the document's sentences before or after a prose rule's blurb stay: the span is the blurb's
      const blurb = proseBlurbSpan(pieceInfo, rule)
      const from = blurb === undefined ? start : start + offsetOfKeyIndex(piece.text, blurb.start)
      const to = blurb === undefined || blurb.end === pieceInfo.key.length ? removeTo : start + offsetOfKeyIndex(piece.text, blurb.end)
      pieces.push({ edit: { rule, start: info.line.start + from, end: info.line.start + to, before: text.slice(from, to), after: '' }, info: pieceInfo })
    }
    start = next?.end ?? end
  }
  return pieces
}

/** What opens a note in brackets: a blurb that opens with one is a sentence of its own. */
const OPENING_BRACKET_UNITS = unitTable('(（【[')
/** What ends a sentence of the document before a blurb: its stops and semicolons. */
const SENTENCE_STOP_UNITS = unitTable(`${SENTENCE_END_MARKS}；;`)

/**
 * A blurb glued to the document's own sentences, in a line (or a piece of a flattened line) a rule
 * made for prose would take whole:
 * - after them, as a content farm glues its paywall or truncation note to the last paragraph it
 *   shows ("…做到合法性审查全覆盖。以下内容已隐藏1386字，开通会员查看【开通会员】", "…全镇共培养“法律明白人”
 *   (未完,全文共3203字,当前显示1200字)"): the blurb starts at the sentence where the first of the
 *   line's rules matches, or at that match's own opening bracket (a note in brackets is a sentence
 *   of its own), and runs to the end; what stands before it stays when it holds a sentence;
 * - before them, as a page joined with nothing glues a 公众号's call to follow it to the report's
 *   first sentence ("点击上方“芦湾发布”关注我们，获取更多权威资讯2023年，芦湾镇在区委…"): the blurb
 *   opens the line and ends, within BLURB_TAIL_MAX_LENGTH after its match and before any full stop,
 *   where a sentence opens the way a document's body does (BODY_OPENING: a year and its comma,
 *   根据, 为深入 …) and goes on to a sentence.
 * @returns the blurb's bounds in the match key, or undefined when the rule takes the line whole
 */
function proseBlurbSpan(info: LineInfo, ruleId: string): { start: number; end: number } | undefined {
  const { key } = info
  if (!info.rules.some((rule) => rule.id === ruleId && rule.prose === true)) return undefined
  // the blurb starts where the first of the line's rules matches ("本站部分内容来源于网络，…。…转载请注明
  // 出处。" is a blurb from its first word, whichever rule took it)
  let first: RegExpExecArray | undefined
  for (const rule of info.rules) {
    // a rule read on the line as printed counts its positions with the spaces: not compared
    if (rule.onLine === true) return undefined
    const match = rule.pattern.exec(key)
    if (match !== null && (first === undefined || match.index < first.index)) first = match
  }
  if (first === undefined) return undefined
  if (first.index === 0) {
    const end = bodyOpeningAfter(key, first[0].length)
    return end === undefined ? undefined : { start: 0, end }
  }
  let start = first.index
  if (OPENING_BRACKET_UNITS[key.charCodeAt(start)] !== 1) {
    while (start > 0 && SENTENCE_STOP_UNITS[key.charCodeAt(start - 1)] !== 1) start--
  }
  return start > 0 && holdsSentence(key.slice(0, start)) ? { start, end: key.length } : undefined
}

/** How far past its match a blurb that opens a line may run on before the document's first
 *  sentence ("…关注我们，获取更多权威资讯" runs on 11 characters past 关注). */
const BLURB_TAIL_MAX_LENGTH = 16

/** Where a sentence opening the way a document's body does starts after a blurb's match, the
 *  blurb's own clause between them (no full stop), and the rest holding a sentence. */
function bodyOpeningAfter(key: string, matchEnd: number): number | undefined {
  BODY_OPENING.lastIndex = matchEnd
  const opening = BODY_OPENING.exec(key)
  if (opening === null || opening.index - matchEnd > BLURB_TAIL_MAX_LENGTH) return undefined
  for (let i = matchEnd; i < opening.index; i++) if (SENTENCE_STOP_UNITS[key.charCodeAt(i)] === 1) return undefined
  return holdsSentence(key.slice(opening.index)) ? opening.index : undefined
}

/** Whether a removal may take prose with it and is checked: not when the page's HTML structure
 *  put the line outside the document, not for the value of a disclosure label or a summary
 *  (kept in `meta`),
 *  and not when the rule that matched the line whole is one made for prose (a news agency's
 *  lead, a content farm's blurb, a disclaimer) and the line is no longer than a paragraph. */
function mayHoldProse(info: LineInfo, rule: string, valueLines: ReadonlySet<number>, options: StripChromeOptions): boolean {
  const index = info.line.index
  if (options.knownChrome?.has(index) || valueLines.has(index)) return false
  // a summary's value is a sentence by nature, and is kept in `meta` ("内容概述：报告…。")
  if (info.label !== undefined && PROSE_VALUE_KEYS.has(info.label)) return false
  // a rule made for prose matches a paragraph, not a page: a line as long as a flattened page is checked
  return info.line.text.length >= FLAT_LINE_MIN_LENGTH || !info.rules.some((r) => r.id === rule && r.prose)
}

/** Remove a whole line with its line break. */
function lineRemoval(text: string, line: TextLine, rule: string): Edit {
  const end = line.end < text.length ? line.end + 1 : line.end
  return { rule, start: line.start, end, before: text.slice(line.start, end), after: '' }
}

function spanRemovals(line: TextLine, simplified: string): Edit[] {
  const edits: Edit[] = []
  // every span widget stands in brackets (【字体：大 中 小】, [打印本页]): a line without one has none
  if (!CHROME_SPAN_OPENER.test(simplified)) return edits
  // a Traditional line is matched in Simplified (its length kept: positions stay valid)
  const folded = foldWidth(simplified)
  for (const rule of CHROME_SPAN_RULES) {
    for (const match of allMatches(rule.pattern, folded)) {
      const start = line.start + (match.index ?? 0)
      const end = start + match[0].length
      if (edits.some((e) => start < e.end && e.start < end)) continue
      edits.push({ rule: rule.id, start, end, before: line.text.slice(start - line.start, end - line.start), after: '' })
    }
  }
  return edits
}

// ── captured data ──────────────────────────────────────────────────────────────────────────

/** The data and widget labels by their first character, longest first (all are Han). */
const FIELD_LABELS_BY_FIRST = labelsByFirstCharacter([...LABEL_KEYS, ...WIDGET_LABELS].sort((a, b) => b.length - a.length))
/** What ends a label: a colon, a cell bar, a widget's bracket. */
const LABEL_END = ':：|｜丨】]'

/** A data label found in a line: where it starts, how far what ends it reaches, and the label
 *  as written (inner spaces kept). */
export interface FoundLabel {
  index: number
  length: number
  label: string
}

/**
 * The data labels in a line, left to right: each label with spaces allowed between its
 * characters, then what ends it — a colon, a cell bar or a widget's bracket after any spaces,
 * spaces before more text, or the line's end. At each place the longest label that fits wins,
 * and the search goes on after it ("来源：县政府办 时间：2022-03-18 10:05 【字体：" → 来源：, 时间：,
 * 字体：). Read character by character over the labels that start with each, where one regular
 * expression alternating every label cost ~10 ms to compile at each start.
 */
export function labelsIn(text: string): FoundLabel[] {
  const found: FoundLabel[] = []
  for (let at = 0; at < text.length; ) {
    const match = labelAt(text, at)
    if (match === undefined) at++
    else {
      found.push(match)
      at += match.length
    }
  }
  return found
}

function labelAt(text: string, start: number): FoundLabel | undefined {
  for (const label of FIELD_LABELS_BY_FIRST.get(text.charCodeAt(start)) ?? NO_LABELS) {
    let at = start
    let k = 0
    for (; k < label.length; k++) {
      if (k > 0) while (at < text.length && LABEL_SPACES.includes(text.charAt(at))) at++
      if (text.charCodeAt(at) !== label.charCodeAt(k)) break
      at++
    }
    if (k < label.length) continue
    const labelEnd = at
    while (at < text.length && LABEL_SPACES.includes(text.charAt(at))) at++
    let end: number
    if (at < text.length && LABEL_END.includes(text.charAt(at))) end = at + 1
    else if (at === text.length) end = at
    // spaces before more text: the label ends before the last of them
    else if (at > labelEnd && /\S/.test(text.charAt(at))) end = at - 1
    else continue
    return { index: start, length: end - start, label: text.slice(start, labelEnd) }
  }
  return undefined
}
const WIDGETS = new Set(WIDGET_LABELS)
/** A label no table names, inside a line of labels: the line's start or spaces before it, a colon
 *  after ("发布机构：某县司法局　解读类型：部门解读", "上传人：用户1234 | 上传时间：2023-01-12"). */
const UNKNOWN_LABEL_PATTERN = /(?<=^|[ \t\u3000\u00a0|｜])([\u4e00-\u9fa5]{2,6})[ \t\u3000]*[:：]/g

function capture(
  info: LineInfo,
  rule: string,
  valueLines: ReadonlySet<number>,
  infos: LineInfo[],
  captured: StripChromeResult['captured'],
): void {
  const isValueLine = valueLines.has(info.line.index)
  if (rule === CHROME_RULES.breadcrumb.id) {
    const continued = SEPARATOR_FIRST.test(info.line.text.trim())
    if (captured.breadcrumb.length === 0) {
      captured.breadcrumb = parseBreadcrumb(info.line.text)
      // its first item left on the line above ("首页" / "> 政府信息公开 > …")
      const above = previousNonBlankIndex(infos, info.line.index)
      const first = above === undefined ? '' : (infos[above] as LineInfo).line.text.trim()
      if (continued && CRUMB_ITEM.test(first)) captured.breadcrumb.unshift(first)
      return
    }
    // a breadcrumb wrapped onto the next line goes on from its separator ("您现在的位置：首页" /
    // ">> 信息公开 >> 部门信息公开"), or its items stand one per line under its label
    if (continued || CRUMB_ITEM.test(info.key)) {
      captured.breadcrumb.push(...parseBreadcrumb(info.line.text))
      return
    }
  }
  if (isValueLine) {
    if (isBracketCloser(info)) return
    const labelLine = previousLabelLine(infos, info.line.index)
    if (labelLine) captured.fields.push({ label: labelLine.label ?? '', value: info.simplified.trim(), line: info.line.index })
    return
  }
  if (info.label === undefined) {
    // a byline that starts with the time and no label ("2023-02-16 09:42:17　来源：…")
    if (info.rule?.data === 'fields') for (const field of parseFields(info.simplified)) captured.fields.push({ ...field, line: info.line.index })
    return
  }
  // a bare label whose value is on the next line is captured with that line
  const next = nextNonBlank(infos, info.line.index + 1)
  if (info.isBareLabel && next !== undefined && valueLines.has(next)) return
  for (const field of parseFields(info.simplified)) captured.fields.push({ ...field, line: info.line.index })
}

function previousLabelLine(infos: LineInfo[], index: number): LineInfo | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const info = infos[i] as LineInfo
    if (!info.isBlank && !isBracketCloser(info)) return info.isBareLabel ? info : undefined
  }
  return undefined
}

/** A line that only closes the brackets a label was printed in ("]", "】"). */
function isBracketCloser(info: LineInfo): boolean {
  return info.key !== '' && BRACKET_CLOSERS.test(info.key)
}
const BRACKET_CLOSERS = /^[】\]）)]+$/

/**
 * Read label：value pairs off one line ("来源：县政府办 时间：2022-03-18 10:05 【字体：").
 * A bare label gives an empty value; widget labels give nothing.
 */
export function parseFields(lineText: string): { label: string; value: string }[] {
  const text = foldWidth(lineText)
  const known = labelsIn(text)
  const overlapsKnown = (m: FoundLabel) => known.some((k) => m.index < k.index + k.length && k.index < m.index + m.length)
  const unknown = [...allMatches(UNKNOWN_LABEL_PATTERN, text)]
    .map((m) => ({ index: m.index ?? 0, length: m[0].length, label: m[1] as string }))
    .filter((m) => !overlapsKnown(m))
  const matches = [...known, ...unknown].sort((a, b) => a.index - b.index)
  const fields: { label: string; value: string }[] = []
  // text before the first label is a value without a label when it is a date
  const lead = cleanValue(lineText.slice(0, matches[0]?.index ?? text.length))
  if (lead !== '' && findDate(lead) !== undefined) fields.push({ label: '', value: lead })
  matches.forEach((match, i) => {
    const label = match.label.replace(/[\s\u3000\u00a0]/g, '')
    if (WIDGETS.has(label)) return
    const from = match.index + match.length
    const to = i + 1 < matches.length ? (matches[i + 1] as FoundLabel).index : text.length
    const value = cleanValue(lineText.slice(from, to))
    const date = trailingDate(value)
    if (date === undefined) fields.push({ label, value })
    else fields.push({ label, value: date.before }, { label: '', value: date.date })
  })
  return fields
}

/** A byline's date printed last, spaced off another label's value ("编辑：张某某  2024-04-02
 *  09:15:33"): the value ends before it, and the date is a value without a label. */
function trailingDate(value: string): { before: string; date: string } | undefined {
  const date = findDate(value)
  if (date === undefined || date.index === 0 || value.slice(date.index + date.length).trim() !== '' || !/\s$/.test(value.slice(0, date.index))) return undefined
  const before = value.slice(0, date.index).trim()
  return findDate(before) === undefined ? { before, date: value.slice(date.index).trim() } : undefined
}

/** Trim a value of the separators and widget brackets around it ("2020-01-06】【" → "2020-01-06"). */
function cleanValue(raw: string): string {
  // a widget in brackets spaced off the value after it ("2024-07-26 10:15　　【大 中 小】") is the page's
  let value = trimChars(withoutTrailingWidgets(raw), VALUE_EDGE_START, VALUE_EDGE_END)
  for (const [open, close] of [['【', '】'], ['[', ']'], ['（', '）'], ['(', ')']] as const) {
    if (value.endsWith(close) && !value.includes(open)) value = value.slice(0, -1).trimEnd()
  }
  // a widget where the value should be ("【来源：】【关 闭】"): the label has no value
  const widget = /^[【[]([^】\]]*)[】\]]$/.exec(value)
  if (widget !== null && WIDGETS.has((widget[1] as string).replace(/[\s\u3000]/g, ''))) return ''
  // a counter's value in the brackets it is printed in: "阅读次数：[ 1057 ]"
  if (widget !== null && /^\s*\d+\s*$/.test(widget[1] as string)) return (widget[1] as string).trim()
  return trimChars(value, '', VALUE_EDGE_END)
}

/** Characters trimmed off a value's start and its end: separators (bars, the bullets some blocks
 *  print between fields: "发布机构：某局 • 公开方式：…"), spaces, widget brackets. */
/** The longest widget's words in brackets after a value ("大 中 小", "打印本页"). */
const TRAILING_WIDGET_MAX_LENGTH = 12
const SPACE_UNITS = unitTable(' \t\u3000\u00a0')

/** A value without the widgets in brackets spaced off its end ("2024-07-26 10:15　　【大 中 小】" →
 *  "2024-07-26 10:15"): bracket groups read from the end, spaces before the first of them. */
function withoutTrailingWidgets(raw: string): string {
  let end = raw.length
  while (end > 0 && SPACE_UNITS[raw.charCodeAt(end - 1)] === 1) end--
  let start = end
  while (start > 0 && (raw.charAt(start - 1) === '】' || raw.charAt(start - 1) === ']')) {
    const open = Math.max(raw.lastIndexOf('【', start - 1), raw.lastIndexOf('[', start - 1))
    if (open === -1 || start - 1 - open - 1 > TRAILING_WIDGET_MAX_LENGTH || /[【[\]】]/.test(raw.slice(open + 1, start - 1))) break
    start = open
    while (start > 0 && SPACE_UNITS[raw.charCodeAt(start - 1)] === 1 && (raw.charAt(start - 2) === '】' || raw.charAt(start - 2) === ']')) start--
  }
  // the widgets stand off the value by spaces, or they are the value ("【大 中 小】" is left to the widget test)
  return start < end && start > 0 && SPACE_UNITS[raw.charCodeAt(start - 1)] === 1 ? raw.slice(0, start) : raw
}
const VALUE_EDGE_START = ' \t\n\r\u3000\u00a0|｜丨:：]】•●▪'
const VALUE_EDGE_END = ' \t\n\r\u3000\u00a0|｜【[•●▪'

/** What a breadcrumb's template may print after its last item: separators and spaces. */
const TRAILING_SEPARATORS = ' \t\u3000\u00a0>»›→/'

/**
 * Split a breadcrumb line into its items, without its label ("当前位置：首页 > 政务公开").
 * @param lineText the breadcrumb line as printed
 * @returns the items
 */
/** A line that opens with a breadcrumb's separator: the rest of a breadcrumb wrapped onto it. */
const SEPARATOR_FIRST = new RegExp(`^(?:${BREADCRUMB_SEPARATOR.source})`)
/** One breadcrumb item alone on a line: a short word (首页, 网站首页). */
const CRUMB_ITEM = /^[\u4e00-\u9fa5]{2,6}$/
/** Dashes that part a breadcrumb's items when no separator the table knows does ("首页—政务公开—
 *  法治政府建设"), never a range's (2021—2025年). */
const DASH_SEPARATOR = /(?<!\d)[—–]+(?!\d)/

export function parseBreadcrumb(lineText: string): string[] {
  const folded = foldWidth(lineText).trim()
  // a separator after the last item is the template's ("首页/政务公开/法治政府建设/")
  const withoutLabel = trimChars(folded.replace(/^[^:：]{0,12}位置[^:：]{0,3}[:：]|^当前页面[:：]|^当前栏目[:：]/, ''), '', TRAILING_SEPARATORS)
  // a path with no separator the table knows is split where its links are spaced apart, the marks
  // between them dropped ("首页 政务信息 行政处罚", "首页 · 法治政府 · 依法行政", "首页 》 政务公开")
  const known = BREADCRUMB_SEPARATOR.test(withoutLabel)
  const dashed = !known && !/\s/.test(withoutLabel) && DASH_SEPARATOR.test(withoutLabel)
  const separator = known ? (BREADCRUMB_ARROW.test(withoutLabel) ? BREADCRUMB_ARROW : BREADCRUMB_SEPARATOR) : dashed ? DASH_SEPARATOR : /\s+/
  return withoutLabel
    .split(separator)
    .map((item) => item.replace(/\s+/g, ' ').trim())
    .filter((item) => item !== '' && item !== '...' && item !== '…' && (known || !/^[\p{P}\p{S}]+$/u.test(item)))
}
