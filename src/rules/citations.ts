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
  ['修正案', '法律'],
  ['意见', '规范性文件'], ['方案', '规范性文件'], ['纲要', '规范性文件'], ['规划', '规范性文件'],
  ['通知', '规范性文件'], ['决定', '规范性文件'], ['要点', '规范性文件'], ['计划', '规范性文件'],
  ['决议', '规范性文件'], ['公告', '规范性文件'], ['通告', '规范性文件'], ['准则', '规范性文件'],
  ['措施', '规范性文件'], ['举措', '规范性文件'], ['大纲', '规范性文件'],
  ['函', null], ['批复', null], ['报告', null], ['通报', null], ['纪要', null], ['请示', null], ['公报', null],
  ['议案', null], ['制度', null], ['清单', null], ['目录', null], ['指引', null], ['指南', null],
  ['标准', null], ['基准', null], ['规范', null], ['预案', null], ['章程', null],
  ['法', '法律'],
]

/** Titles shaped like a 公文's, whatever their ending: 《…关于…的X》 names a document (with 关于
 *  in it, this ending). */
export const DOCUMENT_TITLE_END = /的[\u4e00-\u9fa5]{1,8}$/

/** What follows a 《title》 of a programme, a column or a work rather than a document:
 *  《以案释法》栏目, 《守法》微电影, 《我与宪法》征文. */
export const NOT_A_DOCUMENT_AFTER = /^(?:栏目|专栏|节目|为题|征文|微电影|小品|晚会|情景剧|短视频|动漫|宣传片|电视剧|电影|读本|一书|丛书|杂志|期刊)/

/** Words ending in 法 that are no law's name: 《…的工作方法》, 《…的几点做法》, and a verb before
 *  法 (《法官讲法》, 《以案释法》, 《守法》). */
export const NOT_A_LAW_ENDINGS: readonly string[] = [
  '办法', '方法', '做法', '说法', '手法', '看法', '想法', '用法', '写法', '执法', '司法', '普法',
  '讲法', '释法', '学法', '懂法', '守法', '谈法', '知法',
]

/**
 * Versions a title is cited in, in brackets inside 《》 or right after it: 《某条例》（草案）,
 * 《某办法（试行）》, 《某法》（2017年修正）. Versions of one document are one cited document.
 */
export const CITATION_VERSIONS: readonly string[] = [
  '修订草案送审稿', '修订草案', '草案修改稿', '草案送审稿', '征求意见稿', '送审稿', '草案', '修改稿', '讨论稿', '代拟稿',
  '试行', '暂行', '修订稿', '修订', '修正',
]

/** A version by its shape: dated （2017年修正）, a draft of any name （公开征求意见稿）, （第二次审议稿）,
 *  an edition （2023年版）. */
export const VERSION_SHAPE = /^(?:(?:19|20)\d{2}年(?:修正|修订|修改|版)|[\u4e00-\u9fa5]{0,8}稿|第[一二三四五六七八九十\d]{1,3}次[\u4e00-\u9fa5]{0,6}稿?)$/

/**
 * The short name a report defines for a cited document, in the brackets after the title:
 * （以下简称《纲要》）, （以下简称“纲要”）, （简称《条例》）, （下称《方案》）.
 * Group 1: the short name.
 */
export const ALIAS_DEFINITION = /^(?:以下|下文|下)?(?:简称|称)(?:为|作)?\s*[《“"「‘]([^》”"」’]{1,20})[》”"」’]$/

/** What separates parts inside the brackets after a title: （湘〔2016〕19号，以下简称《纲要》）. */
export const BRACKET_PART_SEPARATOR = /[，,；;、]\s*/

/** Brackets that hold what follows a title: （湘〔2016〕19号）, 【某政发〔2020〕5号】, [草案]. */
export const BRACKETS_AFTER_TITLE: Readonly<Record<string, string>> = { '（': '）', '(': ')', '【': '】', '[': ']', '［': '］' }

/** The brackets after a title hold at most this many characters (（湘〔2016〕19号，以下简称《纲要》）);
 *  a longer bracket is prose, not a note on the title. */
export const BRACKET_AFTER_TITLE_MAX_LENGTH = 60

/** An order's or announcement's number, which cites a 规章 as a 文号 cites a 规范性文件:
 *  （住房城乡建设部令第11号）, （广东省人民政府令第181号）. */
export const ORDER_NUMBER = /^[\u4e00-\u9fa5]{2,30}(?:令|公告)(?:〔(?:19|20)\d{2}〕)?第\s*\d{1,5}\s*号$/

/** What may stand between a 文号 and the title it belongs to: 《某办法》 | 某政发〔2017〕2号 (a table's
 *  cells), 依据某政发〔2018〕7号《某办法》. */
export const BETWEEN_TITLE_AND_NUMBER = /^[\s|｜，,、：:（(【\[）)】\]]*$/

/** A sentence that publishes what it quotes: 现将《某方案》印发给你们, 《某要点》已经县政府同意，现印发给你们,
 *  现予公布. The titles in it are the document the 通知 publishes, not citations. */
export const PUBLISHING_SENTENCE = /(?:印发|转发|下发|发)给你们|现予(?:印发|公布|发布|转发)|予以(?:印发|公布|发布)/

/** How far a sentence is read on either side of a title, for PUBLISHING_SENTENCE: up to the
 *  characters that end one (rules/punctuation.ts), and at most this far (a page of one
 *  unpunctuated line stays linear). */
export const SENTENCE_MAX_LENGTH = 300
/** The characters that end a clause: a title in a clause that cites (根据《某法》等规定，…) is cited
 *  even in a publishing sentence. */
export const CLAUSE_END = '，,；;：:'

/** The subject a 解读's title names without 《》: 关于某县行政执法公示办法的政策解读. Group 1. */
export const INTERPRETED_TITLE = /^关于(.{4,}?)的(?:政策)?解读$/

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

/** How far back the characters before a lone 文号 are read: a citing word, an organ and a 代字
 *  (按照县人民政府办公室临政办〔2019〕36号). */
export const CITED_RUN_MAX_LENGTH = 24

/** Characters no 代字 holds, which end the words before it: a conjunction or particle (和某政发…,
 *  的某政发…), 号 of a 文号 listed before it (…36号、临政〔2019〕37号), a level (上级某政发…). */
export const NOT_IN_AGENCY = /[和及与或的了是对将把等号、]|上级|我[省市县区镇乡旗]|全[省市县区]/g

/** The organs a title names before its verb: 某局关于…, 某局转发某厅…, 某委等6部门关于…. */
export const ISSUER_END = /关于|转发|印发|批转/

/** What follows the organs a title names and is no organ: 某委等6部门, 某局等单位. */
export const ISSUER_TAIL = /等[\d一二三四五六七八九十]{0,3}个?(?:部门|单位)$/

/** Short names of issuers the organ endings do not cover: 中共中央, 县委, 市政府办. */
export const ISSUER_SHORT_NAME = /^(?:中共中央|党中央|国务院|全国人大常委会|[\u4e00-\u9fa5]{1,6}(?:委|政府|委办|政府办))$/

/** A title with these words is a place's regulation whatever its ending: 《深圳经济特区…条例》. */
export const LOCAL_REGULATION_MARK = /经济特区|自治条例|单行条例/

/** A place's 实施〈某法〉办法 is a 地方性法规, not a 规章: 《湖南省实施〈中华人民共和国某法〉办法》. */
export const IMPLEMENTING_MEASURES = /实施〈[^〈〉]+法〉(?:办法|规定|细则)$/

/** An organ's name that ends right before a 代字 cited alone: 县政府|临政〔2019〕36号 (the last
 *  one in the characters before 〔 ends the organ and starts the 代字). */
export const ORGAN_BEFORE_AGENCY = /人民政府|政府|办公室|办公厅|委员会|人大常委会|党委|党组/g
