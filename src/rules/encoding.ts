/**
 * Data for the decode stage: charset names pages declare, and the characters that tell a right
 * decoding from a wrong one.
 */

/** Declared charset label → the TextDecoder encoding lawgov uses for it. GB2312 and GBK are
 *  subsets of GB18030, so all three decode as GB18030. */
export const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
}

/** How many leading bytes of an HTML page are searched for a charset declaration
 *  (the HTML standard's prescan looks at 1024; real CMS pages put long scripts first). */
export const CHARSET_PRESCAN_BYTES = 8192

/** The most frequent characters of Chinese government prose, in both scripts. A right decoding
 *  of GBK or Big5 bytes is dense in them; a wrong one gives rare characters instead. */
export const FREQUENT_HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律且究观越织装影算低持音众书布复容须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严' +
  '這為個國來們時說產種後動對會發過體們實點從業應開還當與關間樣現數從進經務條問題黨員級組計別較將見據處隊給門無總結構統類準層專狀廠識屬圓調滿縣參紅細聽該鐵價嚴區強這鄉鎮縣辦標規劃審議機構設監督執權責職務權'

/** Files a crawler saves under a page's name that are not pages, by their first bytes. */
export const BINARY_SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (docx, xlsx …)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip data', bytes: [0x1f, 0x8b] },
  { name: 'Office document (doc, xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: '7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'WebP image', bytes: [0x52, 0x49, 0x46, 0x46] },
]

/** Share of NUL bytes in a file's first bytes above which it is binary, not text (a text page
 *  with a few stray NULs keeps its text, without them). */
export const BINARY_NUL_SHARE = 0.01
/** How many leading bytes are looked at to tell binary from text. */
export const BINARY_SNIFF_BYTES = 8192

/** A file is read line by line in two encodings when at least this share of its non-ASCII lines
 *  are valid UTF-8 and the rest are not (half GBK, half UTF-8 — pages pasted together). */
export const MIXED_MIN_UTF8_SHARE = 0.2
