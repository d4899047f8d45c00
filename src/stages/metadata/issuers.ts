/**
 * Who issued the document, and to whom: issuers from the signature, the title, the masthead or
 * the disclosure block; recipients from the 主送 line.
 *
 * Example: title '中共某区委 某区人民政府关于…的通知' and no signature → issuers ['中共某区委',
 * '某区人民政府'] (metadata/issuers-from-title).
 */
import { isOrganLine, isOrganName, splitNames, MASTHEAD, ORDER_HEADER, ORDER_NUMBER_LINE, PLACE_SUFFIXES, TITLE_HEAD_BEFORE_YEAR, TRAILING_BRACKETED_NAME } from '../../rules/document.js'
import { METADATA_RULES } from '../../rules/metadata.js'
import type { Block } from '../segment.js'
import type { Message, Signature } from '../../types.js'
import { gluedOrgans } from './joint-organs.js'
import { inBlock, whereMessage, type Finder, type Found, type Hit } from './evidence.js'
import { metaByRole, tableValues, type Meta } from './page.js'
import { WARNINGS } from '../../rules/warnings.js'

/** What the issuer finders read besides the page. */
export interface IssuersKnown {
  title: Found<string> | undefined
  signature: Found<Signature> | undefined
}

/** Organs in a title or a masthead are parted by spaces or 、. */
const names = (text: string, separators: RegExp = /[\s、]+/) => splitNames(text, separators)
/** …or run together, where a page lost its spaces ("中共溪北区委溪北区人民政府关于…"). */
const organNames = (text: string) => names(text).flatMap(gluedOrgans)

/** A 公报 prints its authors one to a line under its title, four at most. */
const UNDER_TITLE_MAX_ORGAN_LINES = 4

/** The issuers' finders, first choice first. */
export const ISSUER_FINDERS: readonly Finder<string[], IssuersKnown>[] = [
  // the organs that signed
  {
    rule: METADATA_RULES.issuersFromSignature,
    find: (_page, { signature }) => (signature !== undefined && signature.value.signers.length > 0 ? { value: signature.value.signers, where: signature.where } : undefined),
  },
  // organs named before 关于: "中共某区委 某区人民政府关于…"
  {
    rule: METADATA_RULES.issuersFromTitle,
    find: (_page, { title }) => {
      const at = title === undefined ? -1 : title.value.indexOf('关于')
      if (title === undefined || at <= 0) return undefined
      const organs = organNames(title.value.slice(0, at))
      return organs.length > 0 && organs.every(isOrganName) ? { value: organs, where: title.where, confidence: title.confidence } : undefined
    },
  },
  // the 发文机关标志 "某市人民政府文件"
  {
    rule: METADATA_RULES.issuersFromMasthead,
    find: (page) => {
      const masthead = page.blocks.find((b) => b.role === 'masthead')
      if (masthead === undefined || !MASTHEAD.test(masthead.text)) return undefined
      const organs = organNames(masthead.text.replace(/文件$/, ''))
      return organs.length > 0 && organs.every(isOrganName) ? { value: organs, where: inBlock(masthead) } : undefined
    },
  },
  // the organ an order's header names: "某市人民政府令" / "第179号", or a 条例's promulgation note
  // under its title "（2021年7月27日中华人民共和国国务院令第746号公布）"
  {
    rule: METADATA_RULES.issuersFromOrder,
    find: (page) => {
      for (const block of headBlocks(page.blocks)) {
        const organ = ORDER_HEADER.exec(block.text)?.[1]
        if (organ !== undefined && isOrganName(organ)) return { value: [organ], where: inBlock(block) }
      }
      return undefined
    },
  },
  // the organs printed under the title, before the body, on one line or one to a line: a 公报's
  // authors ("某县统计局 国家统计局某县调查队", or "某县统计局" / "国家统计局某县调查队", under
  // "某县2022年国民经济和社会发展统计公报")
  {
    rule: METADATA_RULES.issuersUnderTitle,
    find: (page) => {
      const lastTitle = page.blocks.findLastIndex((b) => b.role === 'title')
      if (lastTitle === -1) return undefined
      const organs: string[] = []
      let first: Block | undefined
      for (let k = lastTitle + 1; k <= lastTitle + UNDER_TITLE_MAX_ORGAN_LINES; k++) {
        const block = page.blocks[k]
        if (block === undefined || (block.role !== 'content' && block.role !== 'issuer') || !isOrganLine(block.text)) break
        const line = names(block.text)
        if (!line.every(isOrganName)) break
        organs.push(...line)
        first ??= block
      }
      return first === undefined ? undefined : { value: organs, where: inBlock(first) }
    },
  },
  // the organ row of a document laid out as a table: "作出处罚决定的机关名称 | 某区城市管理执法局"
  {
    rule: METADATA_RULES.issuersFromTable,
    find: (page) => {
      const found = tableValues(page, 'issuer').find((row) => names(row.value).every(isOrganName))
      return found === undefined ? undefined : { value: names(found.value), where: found.where }
    },
  },
  // organs the title starts with before the year it reports on, when no 关于 follows
  // ("某市市场监督管理局（知识产权局）2022年法治政府建设年度报告"): read from the title's shape. A place
  // alone ("某区2023年…报告", "某镇2022年…") issues nothing.
  { rule: METADATA_RULES.issuersFromTitleHead, find: (_page, { title }) => (title === undefined ? undefined : issuersFromTitleHead(title)) },
  // an organ signing off the document with no date under it: its last line "（某县统计局）"
  {
    rule: METADATA_RULES.issuersFromClosingLine,
    find: (page) => {
      const last = page.blocks.findLastIndex((b) => b.role === 'content' || b.role === 'signer')
      const block = page.blocks[last]
      const text = block?.text.replace(/^[（(](.*)[）)]$/, '$1') ?? ''
      if (block === undefined || !isOrganLine(text)) return undefined
      const organs = names(text)
      return organs.every(isOrganName) ? { value: organs, where: inBlock(block) } : undefined
    },
  },
  // 发文机关 of the disclosure block, else its 发布机构 (a publisher, most often the issuer too)
  {
    rule: METADATA_RULES.issuersFromDisclosure,
    find: (page) => {
      const issuer = metaByRole(page.meta, 'issuer')[0]
      const found = issuer ?? metaByRole(page.meta, 'publisher')[0]
      if (found === undefined) return undefined
      const organs = names(found.value, /[\s、，,]+/)
      if (organs.length === 0) return undefined
      return issuer === undefined ? { value: organs, where: found.where, confidence: PUBLISHER_AS_ISSUER } : { value: organs, where: found.where }
    },
  },
]
/** The blocks of the document's head, above its body: titles, the masthead, an order's header. */
function headBlocks(blocks: readonly Block[]): Block[] {
  const body = blocks.findIndex((b) => b.role === 'content' && !ORDER_HEADER.test(b.text) && !ORDER_NUMBER_LINE.test(b.text))
  return blocks.slice(0, body === -1 ? blocks.length : body + 1)
}


/** A page's 发布机构 taken for the document's issuer. */
const PUBLISHER_AS_ISSUER = 0.8

function issuersFromTitleHead(title: Found<string>): Hit<string[]> | undefined {
  const m = TITLE_HEAD_BEFORE_YEAR.exec(title.value)
  if (m === null) return undefined
  const organs = names(m[1] as string)
  const isIssuer = (name: string) => {
    const bare = name.replace(TRAILING_BRACKETED_NAME, '')
    return isOrganName(bare) && !PLACE_SUFFIXES.some((suffix) => bare.endsWith(suffix))
  }
  return organs.length > 0 && organs.every(isIssuer) ? { value: organs, where: title.where, confidence: title.confidence } : undefined
}

/**
 * metadata/issuer-conflict: the disclosure block's 发文机关 names none of the organs that signed
 * the document — worth a look, not a silent pick (the signature is kept).
 * @param messages receives the warning
 */
export function issuerConflict(issuers: Found<string[]> | undefined, meta: Meta, messages: Message[]): void {
  if (issuers === undefined || issuers.rule === METADATA_RULES.issuersFromDisclosure.id) return
  const stated = metaByRole(meta, 'issuer')[0]
  if (stated === undefined) return
  const organs = names(stated.value, /[\s、，,]+/).filter(isOrganName)
  if (organs.length === 0 || organs.some((name) => issuers.value.some((issuer) => issuer.includes(name) || name.includes(issuer)))) return
  messages.push(whereMessage(WARNINGS.issuerConflict.code, `the disclosure block names ${organs.join('、')} as 发文机关, the document ${issuers.value.join('、')}`, stated.where))
}

export const RECIPIENT_FINDERS: readonly Finder<string[]>[] = [
  // the 主送 line, split on ，— a 、 joins parts of one addressee (某经开区、某新区党委、管委会)
  {
    rule: METADATA_RULES.recipientsFromHead,
    find: (page) => {
      const first = page.blocks.findIndex((b) => b.role === 'recipients')
      if (first === -1) return undefined
      const block = page.blocks[first] as Block
      // a 主送 printed over lines of its own, each but the last ending with a comma
      let text = block.text
      for (let k = first + 1; page.blocks[k]?.role === 'recipients'; k++) text += (page.blocks[k] as Block).text
      const addressees = text
        .replace(/[：:]$/, '')
        .split(/[，,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '')
      return addressees.length === 0 ? undefined : { value: addressees, where: inBlock(block) }
    },
  },
]
