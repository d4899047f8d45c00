/**
 * Data for reading the documents a report cites: what ends a cited document's title and what
 * kind of document that ending makes it, the versions a title is cited in, how a short name is
 * defined, and what makes an issuer a party organ.
 */
import type { CitationKind } from '../types.js'

/** A 条例 is a 行政法规 or a 地方性法规; which one its title's first words say. */
export const REGULATION_ENDING = '条例'

/**
 * Title endings that make 《…》 a cited document, longest first, with the kind each gives (null:
 * a 公文 that is cited but is no normative document — a 函, a 报告). A title that ends otherwise
 * is no document: a newspaper (《某某日报》), a book, a programme, an article (《…问题及对策》).
 * Example: 《中华人民共和国行政复议法》 → 法律; 《某省规范性文件管理办法》 → 规章; 《某县法治政府建设
 * 实施方案》 → 规范性文件; 《关于对〈纲要〉开展中期评估的函》 → cited, kind null.
 */
export const CITED_DOCUMENT_ENDINGS: readonly (readonly [ending: string, kind: CitationKind | null])[] = [
  ['法典', '法律'], ['宪法', '法律'],
  [REGULATION_ENDING, null], // decided by the title's first words (regulationKind)
  ['办法', '规章'], ['细则', '规章'], ['规则', '规章'], ['规定', '规章'],
  ['意见', '规范性文件'], ['方案', '规范性文件'], ['纲要', '规范性文件'], ['规划', '规范性文件'],
  ['通知', '规范性文件'], ['决定', '规范性文件'], ['要点', '规范性文件'], ['计划', '规范性文件'],
  ['决议', '规范性文件'], ['公告', '规范性文件'], ['通告', '规范性文件'], ['准则', '规范性文件'],
  ['函', null], ['批复', null], ['报告', null], ['通报', null], ['纪要', null], ['请示', null], ['公报', null],
  ['制度', null], ['清单', null], ['目录', null], ['指引', null], ['指南', null],
  ['法', '法律'],
]

/** Words ending in 法 that are no law's name: 《…的工作方法》, 《…的几点做法》. */
export const NOT_A_LAW_ENDINGS: readonly string[] = ['办法', '方法', '做法', '说法', '手法', '看法', '想法', '用法', '写法', '执法', '司法', '普法']

/**
 * Versions a title is cited in, in brackets inside 《》 or right after it: 《某条例》（草案）,
 * 《某办法（试行）》, 《某法》（2017年修正）. Versions of one document are one cited document.
 */
export const CITATION_VERSIONS: readonly string[] = [
  '修订草案送审稿', '修订草案', '草案修改稿', '草案送审稿', '征求意见稿', '送审稿', '草案', '修改稿', '讨论稿', '代拟稿',
  '试行', '暂行', '修订稿', '修订', '修正',
]

/** A dated version: （2017年修正）, （2019年修订）. */
export const DATED_VERSION = /^(?:19|20)\d{2}年(?:修正|修订|修改)$/

/**
 * The short name a report defines for a cited document, in the brackets after the title:
 * （以下简称《纲要》）, （以下简称“纲要”）, （简称《条例》）, （下称《方案》）.
 * Group 1: the short name.
 */
export const ALIAS_DEFINITION = /^(?:以下|下文|下)?(?:简称|称)(?:为|作)?\s*[《“"「‘]([^》”"」’]{1,20})[》”"」’]$/

/** What separates parts inside the brackets after a title: （湘〔2016〕19号，以下简称《纲要》）. */
export const BRACKET_PART_SEPARATOR = /[，,；;、]\s*/

/** A title is at most this long; a 《 without its 》 this far on is no title. */
export const CITED_TITLE_MAX_LENGTH = 160

/**
 * A short reference stands for a longer title cited in the same report without being defined:
 * 《纲要》 after 《法治政府建设实施纲要（2015—2020年）》, 《条例》（送审稿） after 《某市某条例》（送审稿）.
 * It is a title's ending alone, or with one of these words before it (《实施纲要》); a title with
 * words of its own (《信访条例》) is a document of its own, even beside 《某省信访条例》.
 */
export const SHORT_REFERENCE_QUALIFIERS: readonly string[] = ['实施', '暂行', '管理', '工作', '指导', '行动', '总体']

/** The state's name that opens a national law's full title: 《行政许可法》 is 《中华人民共和国行政许可法》. */
export const STATE_NAME = '中华人民共和国'

/** Issuers that make a cited document a 党内法规: party organs (中共某市委, 某县委办公室, 某党组)… */
export const PARTY_ORGAN = /^(?:中共|中国共产党)|(?:党委|党组|党工委|纪委|[省市县区州旗]委)(?:办公室|办公厅)?$/
/** …unless a government organ issues it with them (中共中央 国务院: a joint document). */
export const GOVERNMENT_ORGAN = /国务院|政府|人大|办事处/

/** A title that opens with the party's name is its 党内法规: 《中国共产党党内监督条例》. */
export const PARTY_TITLE = /^中国共产党/

/** A cited 文号 read alone (按照县政府临政〔2019〕36号文件): the 代字 before 〔 is at most this long. */
export const CITED_AGENCY_MAX_LENGTH = 8

/** An organ's name that ends right before a 代字 cited alone: 县政府|临政〔2019〕36号 (the last
 *  one in the characters before 〔 ends the organ and starts the 代字). */
export const ORGAN_BEFORE_AGENCY = /人民政府|政府|办公室|办公厅|委员会|人大常委会|党委|党组/g
