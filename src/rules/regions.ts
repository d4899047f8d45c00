/**
 * Data for reading the region of a document (DOMAIN §1: the issuing organ's area; GB/T 2260):
 * the short names pages use for autonomous areas, the words a place name may follow, where the
 * evidence is looked for and in what order, and the codes that carry a division code.
 */
import { CHROME_RULES } from './chrome.js'
import { METADATA_RULES } from './metadata.js'

/** The 55 minority nationalities, as they appear inside the names of autonomous areas
 *  ("红河哈尼族彝族自治州", "博尔塔拉蒙古自治州"); longest first, so that 维吾尔 is tried
 *  before shorter names (order matters). */
export const NATIONALITIES: readonly string[] = [
  '乌孜别克', '柯尔克孜', '达斡尔', '鄂伦春', '鄂温克', '俄罗斯', '塔吉克', '塔塔尔', '维吾尔', '哈萨克',
  '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '哈尼', '土家', '布依', '朝鲜', '高山',
  '蒙古', '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京',
].sort((a, b) => b.length - a.length)

/**
 * Short names of autonomous areas, as pages write them. Each rule turns an official name into
 * the short form (the stem is what remains once the nationalities are removed).
 */
export const REGION_ALIAS_RULES: readonly { id: string; suffix: string; shortSuffixes: readonly string[]; example: string }[] = [
  // 红河哈尼族彝族自治州 → 红河州
  { id: 'region/autonomous-prefecture-short', suffix: '自治州', shortSuffixes: ['州'], example: '红河哈尼族彝族自治州 → 红河州' },
  // 石林彝族自治县 → 石林县
  { id: 'region/autonomous-county-short', suffix: '自治县', shortSuffixes: ['县'], example: '石林彝族自治县 → 石林县' },
  // 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗
  { id: 'region/autonomous-banner-short', suffix: '自治旗', shortSuffixes: ['旗'], example: '莫力达瓦达斡尔族自治旗 → 莫力达瓦旗' },
  // 广西壮族自治区 → 广西 (the five autonomous regions go by their bare names)
  { id: 'region/autonomous-region-short', suffix: '自治区', shortSuffixes: [''], example: '广西壮族自治区 → 广西' },
]

/** The level a word shaped like a place's name is at, by its ending (the longest ending first). */
export const PLACE_LEVEL_BY_ENDING: readonly [ending: string, depth: number][] = [
  ['自治区', 0], ['省', 0], ['自治州', 1], ['州', 1], ['盟', 1], ['市', 1], ['自治县', 2], ['县', 2], ['区', 2], ['旗', 2], ['街道', 3], ['镇', 3], ['乡', 3],
]

/** Rows of the division table that are placeholders or common nouns, not names a page would use
 *  for a place ("市辖区"; units of a farm or a park named "林场", "开发区", "社区", "城区"). */
export const NOT_A_PLACE =
  /^(?:市辖区|县|省直辖县级行政区划|城区|郊区|矿区|社区|街道|开发区|高新区|新区|保税区|工业园区|园区|环科园|[一二三四五六七八九十]?农场|.{0,2}场|林业局|林业站|农科所|渔业社|监狱城)$|[-－]/

/** A word shaped like a place's name: this many Han characters, then a level's ending (see
 *  PLACE_LEVEL_BY_ENDING). One the table does not hold ("闽溪市", "某县") means the page's place
 *  cannot be read from a code either. */
export const PLACE_LIKE_STEM = { min: 2, max: 6 } as const

/** Municipalities directly under the central government: their counties' city is the
 *  municipality itself (北京市 东城区 → city 北京市). Province codes. */
export const MUNICIPALITY_CODES: readonly string[] = ['110000', '120000', '310000', '500000']

/**
 * A place name counts only where a name can start: at the start of the text, after a character
 * that is not Han, right after another place name ("湖南省衡阳市"), or after one of these words
 * ("中共衡南县委", "关于衡南县…", "2017年衡南县…"); see also WEAK_NAME_PRECEDERS. "主城区", "加强城区管理"
 * name no 城区.
 */
export const NAME_MAY_FOLLOW: readonly string[] = ['中共', '关于', '印发', '转发', '年度', '年', '共']

/** Words after which only a province or a name of three characters or more counts:
 *  "市人民政府和县人大常委会" names no 和县; "朝阳区人民政府建外街道办事处" names 建外街道, "法治广西建设" 广西. */
export const WEAK_NAME_PRECEDERS: readonly string[] = ['人民政府', '法治']

/** A name shorter than this (after the alias rules) is never looked for: too many words contain it. */
export const MIN_PLACE_NAME_LENGTH = 2

/** A name shared by several places is settled by another name on the page only when that one
 *  names at most this many places: a name found in ten provinces settles nothing. */
export const SETTLING_NAME_MAX_PLACES = 3

/**
 * Where the region is read, most direct first (order matters): the first source that names a
 * place decides; the others only choose among places of the same name and raise conflicts.
 * Each source's rule (src/rules/metadata.ts) gives the evidence's confidence: 1 where the document
 * names its own organ or place, below 1 where the place is read from the site around it or from
 * mentions in the text.
 */
export const REGION_SOURCES = [
  // the Report's issuers: "衡南县咸塘镇人民政府", "中共娄底市委"
  { rule: METADATA_RULES.regionFromIssuers, source: 'issuers' },
  // the title: "咸塘镇2017年法治政府建设工作总结"
  { rule: METADATA_RULES.regionFromTitle, source: 'title' },
  // the disclosure block and byline: 发布机构, 发文机关, 来源
  { rule: METADATA_RULES.regionFromDisclosure, source: 'meta' },
  // the site: 版权所有 / 主办 lines, the site's name, its address, the breadcrumb
  { rule: METADATA_RULES.regionFromSite, source: 'site' },
  // codes: 网站标识码 4417000019 → 441700; a 索引号 made of a 统一社会信用代码 — only on a page
  // whose organs name no place the table lacks (a code cannot confirm a name it does not know)
  { rule: METADATA_RULES.regionFromCode, source: 'code' },
  // the body, for a page that names its organ nowhere else
  { rule: METADATA_RULES.regionFromBody, source: 'body' },
  // the sites a page links to ("江西省生态环境厅", "广东省人民政府" in a header or a links list):
  // a page links to its own province's — read for the province only
  { rule: METADATA_RULES.regionFromLinks, source: 'links' },
] as const

export type RegionSource = (typeof REGION_SOURCES)[number]['source']

/** Removed lines that belong to the site's own identity (rule ids of strip-chrome). */
export const SITE_IDENTITY_RULES: readonly string[] = [
  CHROME_RULES.byline.id,
  CHROME_RULES.wechatByline.id,
  CHROME_RULES.footerCopyright.id,
  CHROME_RULES.footerHost.id,
  CHROME_RULES.footerContact.id,
  CHROME_RULES.footerRegistration.id,
  CHROME_RULES.siteName.id,
  CHROME_RULES.siteHeader.id,
]

/** Labels of the disclosure block and byline that name an organ (their values are read). */
export const ORGAN_LABEL_ROLES: readonly string[] = ['issuer', 'publisher', 'source']

/** 网站标识码: ten digits, the first six a division code (4417000019 → 441700 阳江市). */
export const SITE_CODE = /网站标识码[\s:：]*(\d{6})\d{4}(?!\d)/
/** A 索引号 that starts with a 统一社会信用代码 (digits 3–8 are the division code,
 *  11330683742010670P → 330683) or with a ten-digit region code (6107280000/2024-… → 610728). */
export const INDEX_NUMBER_CODES: readonly RegExp[] = [/^[0-9A-HJ-NP-RTUWXY]{2}(\d{6})[0-9A-HJ-NP-RTUWXY]{9}[0-9A-HJ-NP-RTUWXY](?![0-9A-Z])/, /^(\d{6})\d{4}[/／-]/]

/** Bare names of provinces and autonomous regions ("浙江政务服务网", "法治广西建设", a byline's
 *  "湖北"): the official name without 省 / 自治区. Municipalities are left out: "北京" names
 *  too many things that are not the municipality (北京时间, 北京大学). */
export const BARE_PROVINCE_NAME = /^(.{2,3}?)(?:省|(?:维吾尔|壮族|回族)?自治区)$/

/** A single-character name followed by one of these is a word, not the place: "和县委" is 和 +
 *  县委, "和县直部门" 和 + 县直部门. */
export const SHORT_NAME_NOT_BEFORE = /^[委直级域内外属乡]/

/** A town name run into a generic word: "苏木乡镇" (苏木 and 乡镇), "城关镇村" is kept. */
export const TOWN_NAME_NOT_BEFORE: readonly [ending: string, next: RegExp][] = [['乡', /^镇/]]

/** In the body, a province named in a cited regulation's or plan's title counts this many
 *  times: a document applies its own province's rules (《湖南省行政程序规定》). */
export const CITED_PROVINCE_WEIGHT = 2

/** In the body, a place must be named at least this often to be the document's own
 *  (a report names the towns it did things in once or twice; its own name recurs). */
export const BODY_MIN_MENTIONS = 2
