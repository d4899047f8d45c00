import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { revertEdits } from '../../src/edits.js'
import { findLineBreaks } from '../../src/flattened.js'
import { SPLIT_FLATTENED_LINE_RULE, unflatten } from '../../src/stages/unflatten.js'
import { filesUnder } from '../helpers/files.js'

const lines = (text: string) => unflatten(text).text.split('\n')
/** The lines a line breaks into where its structure shows breaks, flattened or not. */
const pieces = (line: string) => {
  let out = ''
  let cursor = 0
  for (const found of findLineBreaks(line)) {
    out += `${line.slice(cursor, found.start)}\n`
    cursor = found.end
  }
  return (out + line.slice(cursor)).split('\n')
}
/** Enough prose around a case to make a line as long as a flattened page. */
const PARAGRAPH = '全年共办理行政复议案件12件，全部依法按期办结，纠错率为零，行政执法案卷评查合格率达到100%。'
const pad = (text: string) => `${text} ${PARAGRAPH} ${PARAGRAPH} ${PARAGRAPH}`

describe('unflatten: a page joined with spaces gets its lines back', () => {
  it('splits the head, the byline, the share strip and the paragraphs where the page had them', () => {
    const page = pad(
      '当前位置： 首页 > 政务公开 > 法治政府建设 某县司法局2022年法治政府建设年度报告 发布时间：2023-03-28 09:15 来源：县司法局 微信 微博 QQ空间 2022年，我局在县委、县政府的坚强领导下，扎实推进法治政府建设。现将有关情况报告如下： 一、工作开展情况 （一）健全工作机制',
    )
    expect(lines(page).slice(0, 8)).toEqual([
      '当前位置： 首页 > 政务公开 > 法治政府建设',
      '某县司法局2022年法治政府建设年度报告',
      '发布时间：2023-03-28 09:15',
      '来源：县司法局',
      '微信 微博 QQ空间',
      '2022年，我局在县委、县政府的坚强领导下，扎实推进法治政府建设。现将有关情况报告如下：',
      '一、工作开展情况',
      '（一）健全工作机制',
    ])
  })

  it.each([
    ['a disclosure block printed as a column', '索引号 000014348/2021-03550 发布机构 中共某县人民政府党组 文号 某政党组〔2020〕53号', ['索引号', '000014348/2021-03550', '发布机构', '中共某县人民政府党组', '文号', '某政党组〔2020〕53号']],
    ['letter-spaced labels', '索　引　号：11451300MB1756231T/2024-00008 主题分类： 综合政务 发 布 机 构：某市司法局', ['索　引　号：11451300MB1756231T/2024-00008', '主题分类： 综合政务', '发 布 机 构：某市司法局']],
    ['a menu, then a breadcrumb without its label', '首页 政务公开 政务服务 互动交流 首页 » 信息公开 » 规划计划 中共某区委 某区人民政府关于2022年法治政府建设情况的报告', ['首页 政务公开 政务服务 互动交流', '首页 » 信息公开 » 规划计划', '中共某区委 某区人民政府关于2022年法治政府建设情况的报告']],
    ['a widget in brackets', '【字体：大 中 小】 【打印】', ['【字体：大 中 小】', '【打印】']],
    ['a marker and its heading', '第一条 为了规范重大行政决策程序，制定本规定。 1. 深化行政审批制度改革。', ['第一条 为了规范重大行政决策程序，制定本规定。', '1. 深化行政审批制度改革。']],
    ['a signature and its 版记', '中共某市委 某市人民政府 2017年3月16日 某市委办公室 2017年3月18日印发', ['中共某市委', '某市人民政府', '2017年3月16日', '某市委办公室 2017年3月18日印发']],
    ['an attachment note', '附件：1.某县2023年度法治政府建设年度报告提纲 2.报送回执', ['附件：1.某县2023年度法治政府建设年度报告提纲', '2.报送回执']],
    ['a table cell bar before the title', '首页 >> 政务公开 >> 正文 |　|　| 某县人民政府关于2013年度依法行政工作情况的报告', ['首页 >> 政务公开 >> 正文 |　|　|', '某县人民政府关于2013年度依法行政工作情况的报告']],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected)
  })
})

describe('unflatten: the other lines of a dump with a flattened line (unflatten/split-sibling-line)', () => {
  const header = '设为首页|加入收藏|联系我们今天是：2024年5月9日 星期四某县人民政府网首  页走进某县政务公开政策文件您现在的位置：首页>>政务公开>>法治政府'
  const dumpLines = (text: string) => unflatten(text, { siblingLines: true }).text.split('\n')
  const body = `某县人民政府关于2023年度法治政府建设情况的报告发布时间：2024-03-20 来源：县司法局2023年，我县坚持依法行政。${PARAGRAPH}一、主要工作（一）健全制度。${PARAGRAPH}二、存在问题${PARAGRAPH}`

  it('splits a layout table\'s header, shorter than a page, where its strings were glued', () => {
    expect(dumpLines(`${header}\n${body}`).slice(0, 5)).toEqual([
      '设为首页|加入收藏|联系我们',
      '今天是：2024年5月9日 星期四',
      '某县人民政府网首  页走进某县政务公开政策文件',
      '您现在的位置：首页>>政务公开>>法治政府',
      '某县人民政府关于2023年度法治政府建设情况的报告',
    ])
  })

  it('splits a dump\'s header joined with spaces, shorter than a page, at its breadcrumb and byline (unflatten/split-header-line)', () => {
    const header = '常州市武进区人民政府 网站首页 走进武进 政务公开 政务服务 您当前的位置：首页 > 政府信息公开 > 牛塘镇 > 规划计划 发布日期：2023-07-14 09:35 来源：牛塘镇 浏览次数：327 【字体：大 中 小】'
    expect(dumpLines(`${header}\n牛塘镇法治政府建设中期评估报告\n2023年，牛塘镇坚持依法行政。`).slice(0, 6)).toEqual([
      '常州市武进区人民政府',
      '网站首页 走进武进 政务公开 政务服务',
      '您当前的位置：首页 > 政府信息公开 > 牛塘镇 > 规划计划',
      '发布日期：2023-07-14 09:35',
      '来源：牛塘镇',
      '浏览次数：327',
    ])
    // an HTML page's line is the block its markup states
    expect(lines(header)).toEqual([header])
  })

  it('leaves such a line as it is on a page with no flattened line, and a space of it where it is', () => {
    expect(dumpLines(`${header}\n2023年，我县坚持依法行政。`)).toEqual([header, '2023年，我县坚持依法行政。'])
    // an HTML page's other lines are the blocks its markup states
    expect(lines(`${header}\n${body}`)[0]).toBe(header)
    const byline = '发布时间：2024-03-20 09:15　　来源：县司法局　　阅读次数：587'
    expect(dumpLines(`${byline}\n${body}`)[0]).toBe(byline)
  })
})

describe('unflatten: labels printed in brackets', () => {
  it('keeps a bracketed label whole with its value, and opens a line at the next one', () => {
    expect(pieces('[ 信息分类 ] 司法行政 [ 发布机构 ] 黔屏县司法局 - [ 发布日期 ] 2016-02-19')).toEqual([
      '[ 信息分类 ] 司法行政',
      '[ 发布机构 ] 黔屏县司法局',
      '-',
      // a full date opens a line of its own after a space, as a byline's does
      '[ 发布日期 ]',
      '2016-02-19',
    ])
  })
})

describe('unflatten: a page joined with nothing', () => {
  it('starts a paragraph at a marker after a full stop, in sequence, and ends a heading glued to the marker under it', () => {
    const page = `根据工作要求，现将有关情况总结如下：一、工作开展情况（一）党政主要负责人履行第一责任人职责一是加强组织领导，成立工作领导小组。二是加强制度建设，制定责任清单。${PARAGRAPH}二、存在问题${PARAGRAPH}三、下一步工作计划（一）大力开展干部法治教育。${PARAGRAPH}`
    expect(lines(page)).toEqual([
      '根据工作要求，现将有关情况总结如下：',
      '一、工作开展情况',
      '（一）党政主要负责人履行第一责任人职责',
      `一是加强组织领导，成立工作领导小组。二是加强制度建设，制定责任清单。${PARAGRAPH}`,
      `二、存在问题${PARAGRAPH}`,
      '三、下一步工作计划',
      `（一）大力开展干部法治教育。${PARAGRAPH}`,
    ])
  })

  it('ends a heading with a comma before the numbered heading under it, and a heading before a numbering that runs on', () => {
    expect(pieces(`（二）深化“放管服”改革，提升政务服务效能1、精简审批环节。${PARAGRAPH}`)).toEqual(['（二）深化“放管服”改革，提升政务服务效能', `1、精简审批环节。${PARAGRAPH}`])
    expect(pieces(`一、学习贯彻习近平法治思想1.加强理论学习。${PARAGRAPH}2.压实责任。${PARAGRAPH}二、统筹推进法治政府建设3.开展法治督察。${PARAGRAPH}`)).toContain('二、统筹推进法治政府建设')
  })

  it('leaves 一是 after a heading with a comma inside its paragraph', () => {
    expect(pieces(`二、存在的不足对照目标要求，主要是：一是执法力量不足；二是宣传不够。${PARAGRAPH}`)).toHaveLength(1)
  })

  it('starts a byline at a label after the title or a value', () => {
    expect(pieces(`某县司法局2023年工作总结发布时间：2023-03-28 09:15来源：县司法局`)).toEqual(['某县司法局2023年工作总结', '发布时间：2023-03-28 09:15', '来源：县司法局'])
  })

  it('opens a signature glued to the last sentence on a line of its own, and its 附注 on another', () => {
    expect(pieces(`${PARAGRAPH}确保严格规范公正文明执法落到实处。槐川县交通运输局2021年12月30日`)).toEqual([`${PARAGRAPH}确保严格规范公正文明执法落到实处。`, '槐川县交通运输局2021年12月30日'])
    expect(pieces(`${PARAGRAPH}五、其他需要报告的情况无。岚峪县人民政府2025年3月18日（此件公开发布）`)).toEqual([
      `${PARAGRAPH}五、其他需要报告的情况无。`,
      '岚峪县人民政府2025年3月18日',
      '（此件公开发布）',
    ])
  })

  it('opens the 附件说明 above a glued signature, the signer read where the page prints its name again', () => {
    const notice = '岷川县人民政府办公室关于印发《岷川县2022年度法治政府建设工作安排》的通知各乡镇人民政府：现将《岷川县2022年度法治政府建设工作安排》印发给你们，请结合实际，认真抓好贯彻落实。'
    expect(pieces(`${notice}附件：岷川县2022年度法治政府建设工作安排岷川县人民政府办公室2022年4月12日（此件公开发布）`).slice(-3)).toEqual([
      '附件：岷川县2022年度法治政府建设工作安排',
      '岷川县人民政府办公室2022年4月12日',
      '（此件公开发布）',
    ])
    // a signer the page names nowhere else cannot be told from the attachment's title: left as it is
    expect(pieces('请结合实际，认真抓好贯彻落实。附件：岷川县2022年度法治政府建设工作安排岷川县人民政府办公室2022年4月12日')).toHaveLength(1)
  })

  it('opens a glued signature whose date is in brackets, or followed by a mark between dashes', () => {
    expect(pieces(`${PARAGRAPH}对工作推进不力的单位实行约谈通报。桐溪县人民政府（2023年3月15日）扫一扫在手机打开当前页`).slice(-3)).toEqual([
      `${PARAGRAPH}对工作推进不力的单位实行约谈通报。`,
      '桐溪县人民政府（2023年3月15日）',
      '扫一扫在手机打开当前页',
    ])
    for (const mark of ['- 3 -', '- END -', 'END来源：镇综合信息指挥室']) {
      expect(pieces(`${PARAGRAPH}本年度无其他需要报告的情况。晋泽市生态环境局2024年3月25日${mark}`)).toContain('晋泽市生态环境局2024年3月25日')
    }
  })

  it('cuts the name a byline prints before its date off the title it was glued to', () => {
    // an organ's name stays with its date, the byline's one line
    expect(pieces('当前位置：首页 > 法治建设 > 通知公告关于2023年度全市法治政府建设示范项目拟推荐名单的公示（2024-02-18）沧岭市司法局 2024年02月18日根据《河北省法治政府建设示范创建活动实施方案》要求，现将拟推荐名单予以公示。').slice(1, 3)).toEqual([
      '关于2023年度全市法治政府建设示范项目拟推荐名单的公示（2024-02-18）',
      expect.stringMatching(/^沧岭市司法局 2024年02月18日/),
    ])
    // a 公众号's name: the date keeps its own line
    expect(pieces('芦湾镇2023年度法治政府建设工作报告芦湾发布 2024年01月26日 17:32江苏听全文↑2023年，芦湾镇坚持依法行政，全镇法治政府建设水平稳步提升。').slice(0, 2)).toEqual([
      '芦湾镇2023年度法治政府建设工作报告',
      '芦湾发布',
    ])
  })

  it('opens a title glued to the value of a closed vocabulary (有效性：有效) in a block printed without colons', () => {
    // glued to the block, labels and values run together
    expect(pieces('成文日期2023-05-09发布日期2023-05-15文号黔桥府发[2023]6号有效性有效黔桥县人民政府关于进一步加强行政执法监督工作的意见各乡镇人民政府：为进一步加强行政执法监督，黔桥县人民政府提出如下意见。').slice(6, 9)).toEqual([
      '有效性',
      '有效',
      '黔桥县人民政府关于进一步加强行政执法监督工作的意见',
    ])
    // printed in columns of spaces: the place the title opens with is printed elsewhere too
    expect(pieces('索引号　　003217756/2024-00009　　　发布机构　　淮岭市司法局　　　有效性　　　有效淮岭市司法局2024年度法治政府建设工作安排供稿单位：法治督察科　　发布日期：2024-02-29 16:30')).toContain(
      '淮岭市司法局2024年度法治政府建设工作安排',
    )
  })

  it('reads a short label of a colonless block glued after a value no shape ends, its own value shaped', () => {
    expect(pieces('主题分类公安、安全生产监管发布机构儋州市人民政府文号儋府〔2023〕45号成文日期2023-12-29发布日期2023-12-30有效性有效').slice(3, 7)).toEqual([
      '儋州市人民政府',
      '文号',
      '儋府〔2023〕45号',
      '成文日期',
    ])
  })

  it('opens a title glued after a left column of column names', () => {
    const body = '2022年，威远镇坚持以习近平法治思想为指导，全面推进依法行政。威远镇人民政府2023年1月10日'
    expect(pieces(`威远镇机构职能领导分工工作动态通知公告规划计划工作总结财政信息政府信息公开年报威远镇2022年度法治政府建设工作总结${body}`)[1]).toBe('威远镇2022年度法治政府建设工作总结')
    expect(pieces('政策解读文件解读部门解读图文解读视频解读《永新县行政规范性文件合法性审核办法》政策解读2024年4月28日，县人民政府印发了《永新县行政规范性文件合法性审核办法》，现就有关内容解读如下。')[1]).toMatch(/^《永新县行政规范性文件合法性审核办法》政策解读/)
    // words that run on into the title are the title's: "…党组关于泸西县2020年…"
    expect(pieces(`中共泸西县人民政府党组关于泸西县2020年法治政府建设工作情况的报告2020年，泸西县坚持依法行政，全面推进法治政府建设。`)[0]).toBe('中共泸西县人民政府党组关于泸西县2020年法治政府建设工作情况的报告')
  })

  it('opens a title glued after the widget words that open a line', () => {
    expect(pieces('字号：[ 大 中 小 ]　　打印关闭桐阳县人民政府关于加强行政执法协调监督工作体系建设的实施意见各乡镇人民政府，县直各部门：为进一步加强行政执法协调监督，桐阳县人民政府提出如下意见。')).toContain(
      '桐阳县人民政府关于加强行政执法协调监督工作体系建设的实施意见',
    )
    // a widget word before words that are no title stays with them
    expect(pieces('打印关闭全县各级行政机关要认真落实本意见要求，确保取得实效。')).toHaveLength(1)
  })

  it('opens a title that names its year and no 关于, glued to its 主送', () => {
    expect(pieces('浏览次数：412高桥镇2023年度法治政府建设情况报告县委、县政府：2023年，高桥镇坚持以习近平法治思想为指导，全面推进依法行政。').slice(1, 3)).toEqual([
      '高桥镇2023年度法治政府建设情况报告',
      '县委、县政府：',
    ])
  })

  it('ends a glued signature\'s contact 附注 at its bracket, the 附件说明 after it on one line with its first item', () => {
    expect(pieces('五、其他需要报告的情况无。涪城区城厢街道办事处2024年2月26日（联系人：王丽娟，联系电话：0816-2231465）附件：1.城厢街道2023年度行政执法数据统计表2.城厢街道2024年法治建设工作要点扫一扫在手机打开当前页')).toEqual([
      '五、其他需要报告的情况无。',
      '涪城区城厢街道办事处2024年2月26日',
      '（联系人：王丽娟，联系电话：0816-2231465）',
      '附件：1.城厢街道2023年度行政执法数据统计表2.城厢街道2024年法治建设工作要点',
      '扫一扫在手机打开当前页',
    ])
  })

  it('ends a counter\'s value glued to the 主送 after it, the 次 it counts in kept', () => {
    expect(pieces('日期：2023-10-20　点击数：357市委全面依法治市委员会办公室：根据《天水市委全面依法治市委员会办公室关于开展中期评估工作的通知》要求，现将有关情况报告如下：')).toEqual([
      '日期：2023-10-20',
      '点击数：357',
      '市委全面依法治市委员会办公室：',
      '根据《天水市委全面依法治市委员会办公室关于开展中期评估工作的通知》要求，现将有关情况报告如下：',
    ])
    expect(pieces('浏览次数：1024次各乡镇人民政府，县直各单位：现将有关事项通知如下：').slice(0, 2)).toEqual(['浏览次数：1024次', '各乡镇人民政府，县直各单位：'])
  })

  it('ends an empty counter where a script was to write it, and opens a joint title after its widgets', () => {
    expect(pieces('信息来源：江湾镇阅读次数：【大中小】中共婺源县江湾镇委员会婺源县江湾镇人民政府关于2023年度法治政府建设工作情况的报告县委、县政府：2023年，江湾镇坚持依法行政。')).toEqual([
      '信息来源：江湾镇',
      '阅读次数：',
      '【大中小】',
      '中共婺源县江湾镇委员会婺源县江湾镇人民政府关于2023年度法治政府建设工作情况的报告',
      '县委、县政府：',
      '2023年，江湾镇坚持依法行政。',
    ])
  })

  it('keeps a joint title\'s two organs together when the first is glued to a value before it', () => {
    expect(pieces('公开日期2024-01-26公开方式主动公开公开范围全部公开中共婺源县江湾镇委员会 婺源县江湾镇人民政府关于2023年度法治政府建设工作情况的报告发布时间：2024-01-26 10:12').slice(-3)).toEqual([
      '全部公开',
      '中共婺源县江湾镇委员会 婺源县江湾镇人民政府关于2023年度法治政府建设工作情况的报告',
      '发布时间：2024-01-26 10:12',
    ])
  })

  it('opens a title after a breadcrumb whose items lost their separators', () => {
    expect(pieces('当前位置：首页信息公开乡镇信息公开汲冢镇通知公告郸城县汲冢镇人民政府关于严禁露天焚烧农作物秸秆的通告发布时间：2024-05-28 09:30').slice(0, 2)).toEqual([
      '当前位置：首页信息公开乡镇信息公开汲冢镇通知公告',
      '郸城县汲冢镇人民政府关于严禁露天焚烧农作物秸秆的通告',
    ])
  })

  it('reads a glued signature\'s date in full-width digits as a date', () => {
    const page = `当前位置：首页>政务公开>法治政府建设临洮县人民政府关于2023年度法治政府建设情况的报告发布时间：2024-03-29来源：县司法局一、主要工作${PARAGRAPH}（一）健全制度。${PARAGRAPH}二、存在问题${PARAGRAPH}三、其他需要报告的情况无。临洮县人民政府２０２４年３月２５日`
    expect(lines(page).slice(-2)).toEqual(['三、其他需要报告的情况无。', '临洮县人民政府２０２４年３月２５日'])
  })

  it('ends a heading of two clauses where its paragraph\'s 一是 is glued to its last word', () => {
    expect(pieces('二、主要工作（一）坚持党的领导，统筹推进法治政府建设一是压实主体责任。县政府常务会议专题研究法治政府建设工作6次。').slice(1, 3)).toEqual([
      '（一）坚持党的领导，统筹推进法治政府建设',
      '一是压实主体责任。县政府常务会议专题研究法治政府建设工作6次。',
    ])
    // after the heading's comma, 一是 runs inside its sentence
    expect(pieces('（一）加强组织领导，一是压实主体责任。')).toEqual(['（一）加强组织领导，一是压实主体责任。'])
  })

  it('opens a signature glued after an 附件说明 of two items, the signer printed elsewhere on the line', () => {
    const found = pieces('重庆市巴南区人民政府关于镇街实施综合行政执法有关事项的通告十二、本通告自2024年1月1日起施行。附件：1.重庆市巴南区镇街综合行政执法事项目录（第一批）2.重庆市巴南区镇街综合行政执法事项目录（第二批）重庆市巴南区人民政府2023年11月20日（此件公开发布）附件下载：')
    expect(found).toContain('重庆市巴南区人民政府2023年11月20日')
    expect(found).toContain('（此件公开发布）')
  })

  it('ends the widget words glued before a 文号, which its 代字 would otherwise take in', () => {
    expect(pieces('字号：大中小打印本页关闭窗口巴南府发〔2023〕31号重庆市巴南区人民政府关于镇街实施综合行政执法有关事项的通告为深入推进改革，现通告如下：').slice(2, 5)).toEqual([
      '打印本页关闭窗口',
      '巴南府发〔2023〕31号',
      '重庆市巴南区人民政府关于镇街实施综合行政执法有关事项的通告',
    ])
  })

  it('reads labels in brackets with spaces inside them, and a title glued to the last one\'s date', () => {
    const found = pieces('区政府文件[ 索引号 ]11500112008634972K/2024-00019[ 发文字号 ]渝北府发〔2024〕7号[ 主题分类 ]司法[ 成文日期 ]2024-03-06[ 发布日期 ]2024-03-11重庆市渝北区人民政府关于印发渝北区2024年法治政府建设工作要点的通知【字号：大中小】')
    expect(found).toContain('[ 索引号 ]11500112008634972K/2024-00019')
    expect(found).toContain('[ 成文日期 ]2024-03-06')
    expect(found.slice(-3)).toEqual(['[ 发布日期 ]2024-03-11', '重庆市渝北区人民政府关于印发渝北区2024年法治政府建设工作要点的通知', '【字号：大中小】'])
  })

  it('ends a 文号 that opens its line where the body\'s opening is glued after it', () => {
    expect(pieces('【字体：大中小】来政告〔2024〕2号为深化基层综合行政执法体制改革，推动执法重心下移，现将有关事项公告如下：').slice(1)).toEqual([
      '来政告〔2024〕2号',
      '为深化基层综合行政执法体制改革，推动执法重心下移，现将有关事项公告如下：',
    ])
  })

  it('opens a glued signature whose date the 版记\'s 抄送 follows', () => {
    expect(pieces('常态化开展行政执法案卷评查和专项监督。泉州市司法局2024年2月28日抄送：省司法厅，市委依法治市办。泉州市司法局办公室2024年2月29日印发')).toEqual([
      '常态化开展行政执法案卷评查和专项监督。',
      '泉州市司法局2024年2月28日',
      '抄送：省司法厅，市委依法治市办。',
      '泉州市司法局办公室2024年2月29日印发',
    ])
  })

  it('keeps a title whole that prints its place and year after 关于印发', () => {
    expect(pieces('渝北府发〔2024〕7号重庆市渝北区人民政府关于印发渝北区2024年法治政府建设工作要点的通知各镇人民政府，各街道办事处：现将有关事项通知如下。')).toEqual([
      '渝北府发〔2024〕7号',
      '重庆市渝北区人民政府关于印发渝北区2024年法治政府建设工作要点的通知',
      '各镇人民政府，各街道办事处：',
      '现将有关事项通知如下。',
    ])
  })

  it('opens a visitor counter glued to the footer line before it', () => {
    expect(pieces('网站标识码：5107030001蜀ICP备05012345号-1川公网安备 51070302000131号联系电话：0816-2222110（工作日9:00-12:00，14:00-17:30）您是本站第1,283,406位访客').at(-1)).toBe('您是本站第1,283,406位访客')
  })

  it('opens a title glued to a 主送 whose colon an earlier pass already ended the line at', () => {
    expect(
      pieces('涧政办发【2019】33号宁涧县人民政府办公室关于进一步落实行政执法“三项制度”的通知各镇人民政府，各街道办事处，县各委办局，县各直属单位：为全面落实《国务院办公厅关于全面推行行政执法公示制度的指导意见》要求，现就有关事项通知如下：'),
    ).toEqual([
      '涧政办发【2019】33号',
      '宁涧县人民政府办公室关于进一步落实行政执法“三项制度”的通知',
      '各镇人民政府，各街道办事处，县各委办局，县各直属单位：',
      '为全面落实《国务院办公厅关于全面推行行政执法公示制度的指导意见》要求，现就有关事项通知如下：',
    ])
  })

  it('opens a 主送 glued between the title and the body on a line of its own', () => {
    expect(pieces(`【关闭】岚峪县人民政府关于2024年度法治政府建设情况的报告忻泽市人民政府：2024年，岚峪县坚持依法行政。${PARAGRAPH}`)).toEqual([
      '【关闭】',
      '岚峪县人民政府关于2024年度法治政府建设情况的报告',
      '忻泽市人民政府：',
      `2024年，岚峪县坚持依法行政。${PARAGRAPH}`,
    ])
    expect(pieces(`某县司法局关于2023年法治政府建设工作情况的报告县委、县政府，市司法局：2023年，我局坚持依法行政。`)).toEqual([
      '某县司法局关于2023年法治政府建设工作情况的报告',
      '县委、县政府，市司法局：',
      '2023年，我局坚持依法行政。',
    ])
  })

  it('opens a 主送 glued to the body with no title before it, at the line\'s start or after a widget', () => {
    expect(pieces(`字号：[ 大 中 小 ]市人民政府：2023年，溪岚县人民政府在市委、市政府的坚强领导下，依法行政。${PARAGRAPH}`).slice(-2)).toEqual([
      '市人民政府：',
      `2023年，溪岚县人民政府在市委、市政府的坚强领导下，依法行政。${PARAGRAPH}`,
    ])
    expect(pieces(`市委、市政府：在市委、市政府的坚强领导下，我县坚持依法行政。${PARAGRAPH}`)).toEqual(['市委、市政府：', `在市委、市政府的坚强领导下，我县坚持依法行政。${PARAGRAPH}`])
    expect(pieces('书【2019-07-02】全市广大市民朋友们：法治是国家治理体系的重要依托。').slice(-2)).toEqual(['全市广大市民朋友们：', '法治是国家治理体系的重要依托。'])
    // after a widget's bare word
    expect(pieces(`打印区委、区政府：2024年，锦岚街道在区委、区政府的坚强领导下，依法行政。${PARAGRAPH}`)[1]).toBe('区委、区政府：')
    expect(pieces(`A-分享区委,市人民政府:2022年,临江区坚持依法行政。${PARAGRAPH}`)[1]).toBe('区委,市人民政府:')
    expect(pieces(`微信微博QQ空间雁塔区委、区政府：2022年，小寨路街道坚持依法行政。${PARAGRAPH}`)[1]).toBe('雁塔区委、区政府：')
  })

  it('opens a title glued after a byline\'s date that opens its line, the value of a bare label', () => {
    expect(pieces(`发布日期 2025-02-18锦岚街道2024法治政府建设年度报告 区委、区政府：${PARAGRAPH}`).slice(0, 3)).toEqual(['发布日期', '2025-02-18', '锦岚街道2024法治政府建设年度报告'])
  })

  it('opens a 公众号 byline\'s mark glued to the title above it', () => {
    expect(pieces(`云溪县司法局2023年度法治政府建设情况报告原创 云溪司法 2024-03-29 18:07 湖北${PARAGRAPH}`)[0]).toBe('云溪县司法局2023年度法治政府建设情况报告')
    expect(pieces(`${PARAGRAPH}本县坚持原创 精品路线。${PARAGRAPH}`).some((piece) => piece.startsWith('原创'))).toBe(false)
  })

  it('opens a title glued after the 签发人\'s name of an upward document\'s masthead', () => {
    expect(pieces('宕川县人民政府文件宕政报〔2024〕7号签发人：马志刚宕川县人民政府关于2023年度法治政府建设情况的报告陇平市人民政府：2023年，我县以习近平法治思想为指导。')).toEqual([
      '宕川县人民政府文件',
      '宕政报〔2024〕7号',
      '签发人：马志刚',
      '宕川县人民政府关于2023年度法治政府建设情况的报告',
      '陇平市人民政府：',
      '2023年，我县以习近平法治思想为指导。',
    ])
  })

  it.each([
    ['a task line\'s value', '（责任处室：各处室）'],
    ['a duty assigned to an organ', '县司法局：负责全县行政执法监督工作的统筹协调。'],
    ['a title glued before the addressees', '【打印】2014年度依法行政工作情况的报告市人民政府：2014年，我县依法行政。'],
  ])('opens no 主送 at %s', (_name, text) => {
    expect(pieces(text).some((piece) => /^[^：]+：$/.test(piece) && !piece.startsWith('【'))).toBe(false)
  })

  it('opens each label of a disclosure block printed without colons and its value, and what follows a value that ends by its shape', () => {
    expect(
      pieces('当前位置：首页 > 政务公开 > 法治政府建设索引号11522632MB1C47265X/2023-00126信息分类法治政府建设年度报告发布机构思岭县人民政府成文日期2023-02-20发布日期2023-03-06思岭县人民政府关于2022年度法治政府建设情况的报告'),
    ).toEqual([
      '当前位置：首页 > 政务公开 > 法治政府建设',
      '索引号',
      '11522632MB1C47265X/2023-00126',
      '信息分类',
      '法治政府建设年度报告',
      '发布机构',
      '思岭县人民政府',
      '成文日期',
      '2023-02-20',
      '发布日期',
      '2023-03-06',
      '思岭县人民政府关于2022年度法治政府建设情况的报告',
    ])
    expect(pieces('主题分类综合政务发布机构济南市历城区人民政府成文日期2023-08-15文号历城政报〔2023〕7号发布日期2023-08-28').slice(4, 9)).toEqual([
      '成文日期',
      '2023-08-15',
      '文号',
      '历城政报〔2023〕7号',
      '发布日期',
    ])
  })

  it.each([
    ['two label words in a sentence', '信息由发布机构统一发布，成文日期以印发之日为准，全年共发布信息120条。'],
    ['label words far apart', '按照要求完善索引号编制规则，统一全县政务公开平台的栏目设置和信息发布流程，规范信息分类标准，加强对各单位公开工作的指导，明确发布机构的审核责任。'],
  ])('opens no label at %s', (_name, text) => {
    expect(pieces(text)).toEqual([text])
  })

  it('ends the first of two copies of a title, the page\'s heading and the document\'s own', () => {
    const title = '关于做好2023年度法治政府建设年度报告工作的通知'
    expect(pieces(`标　　题：${title}${title}各县（区）委全面依法治县（区）委员会办公室，市直各单位：根据《法治政府建设与责任落实督察工作规定》，现就有关事项通知如下。`)).toEqual([
      `标　　题：${title}`,
      title,
      '各县（区）委全面依法治县（区）委员会办公室，市直各单位：',
      '根据《法治政府建设与责任落实督察工作规定》，现就有关事项通知如下。',
    ])
  })

  it.each([
    ['a label after the title', '某县司法局2023年工作总结发布机构：县司法局', '发布机构：'],
    ['a sentence before the colon', '按照市政府的通知各乡镇人民政府，各部门：要认真落实。', '各乡镇人民政府，各部门：'],
  ])('opens no 主送 at %s', (_name, text, addressees) => {
    expect(pieces(text)).not.toContain(addressees)
  })

  it.each([
    ['a year and its comma', '章湖区人力资源和社会保障局2022年度法治政府建设情况报告', '2022年，区人社局在区委、区政府的坚强领导下，扎实推进法治建设。'],
    ['the year it reports on', '泉州市2024年法治政府建设工作要点', '2024年是实施“十四五”规划的关键一年。'],
    ['its purpose, after a bracket that ends the title', '咸塘镇提升行政执法质量三年行动实施方案（2023—2025年）', '为深入推进依法行政，加快建设法治政府，制定本方案。'],
    ['its basis', '关于做好2023年度法治政府建设年度报告工作的通知', '根据《法治政府建设与责任落实督察工作规定》，现就有关事项通知如下。'],
  ])('opens the body glued to the title on a line of its own: %s', (_name, title, opening) => {
    expect(pieces(`${title}${opening}${PARAGRAPH}`)).toEqual([title, `${opening}${PARAGRAPH}`])
  })

  it.each([
    ['a kind word inside a sentence', '全年修订完善应急预案根据实际情况开展演练，共计12次。'],
    ['a heading, numbered', '（一）健全工作方案为推进工作，制定了细则。'],
    ['a title with no place, year or 关于', '尊法学法守法用法倡议书为了营造良好氛围，特发出倡议。'],
  ])('opens no body after %s', (_name, text) => {
    expect(pieces(text)).toEqual([text])
  })

  it('starts a paragraph at a top-level marker after ASCII punctuation, as pages typed with it print it', () => {
    expect(pieces(`2021年,桂溪镇扎实推进依法行政。现将有关情况报告如下:一、主要工作及成效${PARAGRAPH}`)).toEqual([
      '2021年,桂溪镇扎实推进依法行政。现将有关情况报告如下:',
      `一、主要工作及成效${PARAGRAPH}`,
    ])
  })

  it('starts a line at any breadcrumb label glued to the menu before it', () => {
    expect(pieces('首页 | 政务公开 | 互动交流 | 走进岚水当前页面:首页 > 政务公开 > 桂溪镇')).toContain('当前页面:首页 > 政务公开 > 桂溪镇')
  })

  it('ends a breadcrumb of any column before a title that opens with a known place and ends with a kind word', () => {
    expect(pieces('当前位置：首页>政务公开>部门信息>县卫生健康局岳阳县卫生健康局关于2023年度法治政府建设情况的报告')).toEqual([
      '当前位置：首页>政务公开>部门信息>县卫生健康局',
      '岳阳县卫生健康局关于2023年度法治政府建设情况的报告',
    ])
    expect(pieces('首页 > 政务公开 > 法治政府建设湖南省司法厅2023年度法治政府建设工作报告').at(-1)).toBe('湖南省司法厅2023年度法治政府建设工作报告')
  })

  it('ends a long column before a title that opens with the place the site named before it', () => {
    expect(pieces('潮岭市鹤湾区人民政府网首页 > 政务公开 > 法治政府建设年度报告鹤湾区2022年法治政府建设年度报告').at(-1)).toBe('鹤湾区2022年法治政府建设年度报告')
    expect(pieces('伊洛县人民政府门户网站首页 > 部门信息公开 > 县市场监督管理局伊洛县市场监督管理局2023年度法治政府建设工作报告').at(-1)).toBe(
      '伊洛县市场监督管理局2023年度法治政府建设工作报告',
    )
    // a place the line never named before, and the division table does not know, stays in the column
    expect(pieces('首页 > 部门信息公开 > 县市场监督管理局伊洛县市场监督管理局2023年度法治政府建设工作报告')).toHaveLength(1)
  })

  it('ends a column before a title that opens with a place the document names again after it', () => {
    const body = '2023年，苇塘乡人民政府坚持以习近平法治思想为指导，全面推进依法行政。'
    expect(pieces(`当前位置：首页 > 乡镇动态 > 苇塘乡苇塘乡人民政府2022年法治政府建设年度报告${body}`)).toEqual([
      '当前位置：首页 > 乡镇动态 > 苇塘乡',
      '苇塘乡人民政府2022年法治政府建设年度报告',
      body,
    ])
    // the name read from where it is printed again, not from the column's last characters before it
    expect(pieces('首页 > 部门信息 > 县卫生健康局岷阳县卫生健康局关于2023年度法治政府建设情况的报告2023年，岷阳县卫生健康局坚持依法行政，扎实推进法治建设。')[1]).toBe(
      '岷阳县卫生健康局关于2023年度法治政府建设情况的报告',
    )
  })

  it('opens a regulation\'s chapter and article glued to the text before them, at a marker printed with its space', () => {
    expect(pieces('分享到：淇源县重大行政决策程序规定第一章　总　　则第一条　为了规范县人民政府重大行政决策行为，提高决策质量和效率，制定本规定。第二条　决策承办单位应当广泛听取意见。')).toEqual([
      '分享到：',
      '淇源县重大行政决策程序规定',
      '第一章　总　　则',
      '第一条　为了规范县人民政府重大行政决策行为，提高决策质量和效率，制定本规定。',
      '第二条　决策承办单位应当广泛听取意见。',
    ])
    // an article a sentence cites is out of the numbering's sequence: no line opens at it
    const cited = pieces('第一条　为了规范重大行政决策行为，制定本规定。第二条　决策事项依照本规定第九条　规定确定，由县人民政府公布。')
    expect(cited.slice(0, 2)).toEqual(['第一条　为了规范重大行政决策行为，制定本规定。', expect.stringMatching(/^第二条　决策事项依照本规定第九条/)])
  })

  it('opens the first marker of a numbering glued after a few words of furniture when its second follows after a full stop', () => {
    const report = '大中小用手机扫码浏览本页一、2021年法治政府建设工作情况（一）加强组织领导。全年召开党组会议专题研究法治工作6次。二、存在的问题部分执法人员业务能力有待提升。'
    expect(pieces(report).slice(0, 2)).toEqual(['大中小用手机扫码浏览本页', '一、2021年法治政府建设工作情况'])
    // no second marker: the words run on; a sentence's 统一、 comes after its commas
    expect(pieces('大中小用手机扫码浏览本页一、2021年法治政府建设工作情况（一）加强组织领导。全年召开党组会议专题研究法治工作6次。')[0]).toMatch(/^大中小用手机扫码浏览本页一、/)
    expect(pieces('全年召开党组会议，坚持统一、规范、高效的原则推进改革。二、存在的问题部分执法人员业务能力有待提升。')[0]).toMatch(/坚持统一、规范/)
  })

  it('reads the name printed most often, not the column\'s last character with it', () => {
    // 件岷川县 is printed again once (附件岷川县…), 岷川县 many times: the column is 县政府办文件
    const line = '当前位置：首页 > 信息公开 > 政府文件 > 县政府办文件岷川县人民政府办公室关于印发《岷川县2022年度法治政府建设工作安排》的通知各乡镇人民政府：现将《岷川县2022年度法治政府建设工作安排》印发给你们。附件岷川县2022年度法治政府建设工作安排'
    expect(pieces(line).slice(0, 2)).toEqual(['当前位置：首页 > 信息公开 > 政府文件 > 县政府办文件', '岷川县人民政府办公室关于印发《岷川县2022年度法治政府建设工作安排》的通知'])
  })

  it('reads a breadcrumb parted with slashes after its home, and a slash elsewhere as no separator', () => {
    expect(pieces('您的位置：首页 / 政务公开 / 法治政府建设云溪区白鹭街道办事处关于2022年度法治政府建设情况的报告')).toEqual([
      '您的位置：首页 / 政务公开 / 法治政府建设',
      '云溪区白鹭街道办事处关于2022年度法治政府建设情况的报告',
    ])
    expect(pieces('政务公开/法治政府建设云溪区白鹭街道办事处关于2022年度法治政府建设情况的报告')).toHaveLength(1)
  })

  it('ends a breadcrumb at the item that names the page, and one whose items are parted by arrows', () => {
    expect(pieces('专题塞上之窗 > 法治 > 正文沙源市人民政府办公室关于2022年度行政执法案卷评查情况的通报').at(-1)).toBe('沙源市人民政府办公室关于2022年度行政执法案卷评查情况的通报')
    // a table layout's empty cells after the item
    expect(pieces('您现在的位置：首页 >> 政务公开 >> 正文|　|　|岷川县人民政府关于2013年度依法行政工作情况的报告').at(-1)).toBe('岷川县人民政府关于2013年度依法行政工作情况的报告')
    expect(pieces('黔岭县人民政府网站首页 → 部门信息公开 → 县市场监督管理局黔岭县市场监督管理局2023年度法治政府建设工作报告').at(-1)).toBe(
      '黔岭县市场监督管理局2023年度法治政府建设工作报告',
    )
  })

  it('starts a breadcrumb at its home glued to the menu or the site name before it', () => {
    expect(pieces('区政府信息公开信息公开指南 | 信息公开制度 | 信息公开年报首页 > 政府信息公开 > 区教育局 > 其他文件').at(-1)).toBe('首页 > 政府信息公开 > 区教育局 > 其他文件')
    expect(pieces('山西·岚峪县人民政府门户网站首页政府信息公开政务服务走进岚峪首页>政府信息公开>法治政府建设').at(-1)).toBe('首页>政府信息公开>法治政府建设')
    // a home named by a longer name starts where that name does; a 首页 with no separator after it is a menu item
    expect(pieces('岚峪县人民政府网站首页>政务公开>法治政府建设').at(-1)).toBe('网站首页>政务公开>法治政府建设')
    expect(pieces('走进岚峪首页政务公开政务服务')).toHaveLength(1)
  })

  it.each([
    ['a column named by a place', '首页>走进长沙>长沙概况'],
    ['a place and no title after it', '首页>县区动态>岳阳县岳阳楼景区游客服务中心开放时间调整'],
  ])('leaves %s whole', (_name, line) => {
    expect(pieces(line)).toEqual([line])
  })

  it.each([
    ['a label\'s date', '成文日期:2020-02-28秦塬县人民政府办公室关于开展行政执法案卷评查工作的通知', ['成文日期:2020-02-28', '秦塬县人民政府办公室关于开展行政执法案卷评查工作的通知']],
    ['a label\'s date and time', '发布时间：2023-03-28 09:15某县司法局2023年工作总结', ['发布时间：2023-03-28 09:15', '某县司法局2023年工作总结']],
    ['a label\'s 文号', '文号：梵府发〔2023〕9号梵溪县人民政府关于进一步加强行政规范性文件管理的意见', ['文号：梵府发〔2023〕9号', '梵溪县人民政府关于进一步加强行政规范性文件管理的意见']],
    ['widgets in brackets', '【字体：大 中 小】【打印】红崖镇2022年度法治政府建设工作报告', ['【字体：大 中 小】【打印】', '红崖镇2022年度法治政府建设工作报告']],
    ['a byline\'s date and a widget after it', '发布时间：2024-03-11 10:48【PDF在线预览】邑川县2024年法治政府建设工作要点', ['发布时间：2024-03-11 10:48', '【PDF在线预览】', '邑川县2024年法治政府建设工作要点']],
    ['a title and a byline date written with dashes', '沙源市人民政府办公室关于2022年度行政执法案卷评查情况的通报2023-02-16 09:42:17', ['沙源市人民政府办公室关于2022年度行政执法案卷评查情况的通报', '2023-02-16 09:42:17']],
    ['a title and a byline date with its time', '钦北市人民政府关于2022年度法治政府建设情况的报告2023年04月03日09:25', ['钦北市人民政府关于2022年度法治政府建设情况的报告', '2023年04月03日09:25']],
    ['a title and a byline date in brackets', '锦岚街道2024法治政府建设年度报告【2025-02-18 16:20:11】', ['锦岚街道2024法治政府建设年度报告', '【2025-02-18 16:20:11】']],
    ['a closed vocabulary\'s value', '公开范围:面向社会湖州市吴兴区人民政府关于2023年度法治政府建设情况的报告', ['公开范围:面向社会', '湖州市吴兴区人民政府关于2023年度法治政府建设情况的报告']],
    ['a title\'s date in brackets', '红崖镇2022年度法治政府建设工作报告（2023年2月15日）2022年，红崖镇党委坚持依法行政。', ['红崖镇2022年度法治政府建设工作报告（2023年2月15日）', '2022年，红崖镇党委坚持依法行政。']],
  ])('ends a line after %s glued to what follows', (_name, line, expected) => {
    expect(pieces(line)).toEqual(expected)
  })

  it.each([
    ['a date read on', '实施日期：2023-03-01起施行，有效期五年。'],
    ['a bracketed date inside a sentence', '全县于2022年（2022年6月1日）起全面推行。'],
    ['a widget\'s label and its first bracket', '字号：[大]'],
    ['an organ\'s name as a value', '发布机构：湖南省司法厅湖南省人民政府办公厅转发的通知'],
  ])('leaves %s whole', (_name, line) => {
    expect(pieces(line)).toEqual([line])
  })

  it('opens a 文号 glued between the title and the 主送, and a masthead glued after a title copy, on lines of their own', () => {
    expect(pieces('越溪区教育局关于2023年度法治政府建设情况的报告越教〔2024〕9号区委全面依法治区委员会办公室：2023年，我局坚持依法行政。')).toEqual([
      '越溪区教育局关于2023年度法治政府建设情况的报告',
      '越教〔2024〕9号',
      '区委全面依法治区委员会办公室：',
      '2023年，我局坚持依法行政。',
    ])
    expect(pieces('关于瑞阳市生态环境局2023年度工作情况的报告瑞阳市生态环境局文件瑞环字〔2024〕12号关于瑞阳市生态环境局2023年度工作情况的报告')).toEqual([
      '关于瑞阳市生态环境局2023年度工作情况的报告',
      '瑞阳市生态环境局文件',
      '瑞环字〔2024〕12号',
      '关于瑞阳市生态环境局2023年度工作情况的报告',
    ])
  })

  it('opens a line at a label that stands where an empty value would', () => {
    expect(pieces('发布日期：2024-03-26文　　号：标　　题：甘肃省自然资源厅关于2023年度法治政府建设情况的报告')).toEqual([
      '发布日期：2024-03-26',
      '文　　号：',
      '标　　题：甘肃省自然资源厅关于2023年度法治政府建设情况的报告',
    ])
  })

  it('reads a title that is a label\'s value before the masthead and 文号 glued after it, then its 主送', () => {
    expect(pieces('标　　题：　关于瑞阳市生态环境局2023年度工作情况的报告瑞阳市生态环境局文件瑞环字〔2024〕12号关于瑞阳市生态环境局2023年度工作情况的报告市委依法治市办，市司法局：2023年，市生态环境局坚持依法行政。')).toEqual([
      '标　　题：　关于瑞阳市生态环境局2023年度工作情况的报告',
      '瑞阳市生态环境局文件',
      '瑞环字〔2024〕12号',
      '关于瑞阳市生态环境局2023年度工作情况的报告',
      '市委依法治市办，市司法局：',
      '2023年，市生态环境局坚持依法行政。',
    ])
  })

  it('opens a 文号 glued after a masthead that opens the line, or after a widget', () => {
    expect(pieces('靖松县人民政府文件靖政发〔2023〕9号靖松县人民政府关于进一步加强行政执法监督工作的意见')).toEqual([
      '靖松县人民政府文件',
      '靖政发〔2023〕9号',
      '靖松县人民政府关于进一步加强行政执法监督工作的意见',
    ])
    expect(pieces('[ 打印 ]　[ 关闭 ]泌政文〔2024〕17号泌源县人民政府关于2023年度法治政府建设情况的报告').slice(-2)).toEqual([
      '泌政文〔2024〕17号',
      '泌源县人民政府关于2023年度法治政府建设情况的报告',
    ])
  })

  it('leaves a 文号 cited in a sentence where it is', () => {
    for (const line of ['按照县政府临政〔2019〕36号文件要求，全面推进行政执法三项制度。', '涧政办发〔2019〕33号文件要求各单位认真落实。']) expect(pieces(line)).toEqual([line])
  })

  it('opens the title or 主送 after a 文号 that opens a line, and what follows a widget\'s label', () => {
    expect(pieces('视力保护色：涧政办发【2019】33号宁涧县人民政府办公室关于进一步落实行政执法“三项制度”的通知')).toEqual([
      '视力保护色：',
      '涧政办发【2019】33号',
      '宁涧县人民政府办公室关于进一步落实行政执法“三项制度”的通知',
    ])
    expect(pieces('岷政办发〔2022〕26号各乡镇人民政府，县直各部门：《岷川县2022年度法治政府建设工作安排》已经县政府同意。')).toEqual([
      '岷政办发〔2022〕26号',
      '各乡镇人民政府，县直各部门：',
      '《岷川县2022年度法治政府建设工作安排》已经县政府同意。',
    ])
  })

  it('starts a line at a letter-spaced label glued to the word before it', () => {
    expect(pieces('您的位置：首页 >> 政务公开 >> 规范性文件标　　题：淇源县重大行政决策程序规定')).toContain('标　　题：淇源县重大行政决策程序规定')
  })

  it('ends a breadcrumb at the last kind word of its column, before the title glued to it', () => {
    expect(pieces('当前位置：首页>镇街风采>通知公告石河镇2023年度法治政府建设工作情况报告').at(-1)).toBe('石河镇2023年度法治政府建设工作情况报告')
    expect(pieces('首页 » 信息公开 » 规划计划中共溪北区委 溪北区人民政府关于2022年法治政府建设情况的报告').at(-1)).toBe('中共溪北区委 溪北区人民政府关于2022年法治政府建设情况的报告')
  })

  it('opens a signature whose 附注 follows its date, whatever follows the 附注', () => {
    expect(pieces(`${PARAGRAPH}切实保障群众的监督权。青岚镇人民政府2024年3月12日（此件公开发布）扫一扫在手机打开当前页`).slice(1)).toEqual([
      '青岚镇人民政府2024年3月12日',
      '（此件公开发布）',
      '扫一扫在手机打开当前页',
    ])
  })

  it('opens a signature followed by the page\'s furniture, and the furniture after it', () => {
    expect(pieces(`${PARAGRAPH}做好普法中期评估准备工作。青漳县人民政府2022年3月10日【打印本页】【关闭窗口】`)).toEqual([
      `${PARAGRAPH}做好普法中期评估准备工作。`,
      '青漳县人民政府2022年3月10日',
      '【打印本页】【关闭窗口】',
    ])
    expect(pieces(`${PARAGRAPH}五、其他需要报告的情况无。北京市朝阳区人民政府建外街道办事处2024年3月25日相关链接：北京市朝阳区2023年法治政府建设年度报告`).slice(1, 3)).toEqual([
      '北京市朝阳区人民政府建外街道办事处2024年3月25日',
      '相关链接：北京市朝阳区2023年法治政府建设年度报告',
    ])
  })

  it.each([
    ['a short furniture word', '扫一扫在手机打开当前页'],
    ['a footer link', '联系我们 | 网站地图'],
    ['the editor\'s credit', '（责任编辑：黄珊）'],
    ['the attachment printed after it', '附件岷川县2022年度法治政府建设工作安排'],
    ['a 附注 naming whom to call', '（联系人：区司法局孙伟；联系电话：0531-88161230）'],
  ])('opens a signature followed by %s', (_name, after) => {
    expect(pieces(`${PARAGRAPH}推进街道合法性审查工作全覆盖。特此报告。桐溪县人民政府2023年3月15日${after}`).slice(-2)).toEqual(['桐溪县人民政府2023年3月15日', after])
  })

  it('opens the document\'s first heading glued to its title on a line of its own', () => {
    expect(pieces('淇源县重大行政决策程序规定第一章　总　　则第一条　为了规范县人民政府重大行政决策行为，制定本规定。')).toEqual([
      '淇源县重大行政决策程序规定',
      '第一章　总　　则',
      '第一条　为了规范县人民政府重大行政决策行为，制定本规定。',
    ])
    expect(pieces('邑川县2024年法治政府建设工作要点一、加强党对法治政府建设的领导')).toEqual(['邑川县2024年法治政府建设工作要点', '一、加强党对法治政府建设的领导'])
    // a heading after a sentence that names a kind word is the sentence's, not a title's
    expect(pieces('全县制定了实施方案一、二两个阶段')).toHaveLength(1)
  })

  it('opens the next item of a task table glued to the last field of the one before', () => {
    expect(pieces('二、主要任务1. 深入推进改革。牵头单位：市政务服务局责任单位：市直有关部门2. 持续优化营商环境。完成时限：2022年12月底前三、组织保障')).toEqual([
      '二、主要任务',
      '1. 深入推进改革。牵头单位：市政务服务局责任单位：市直有关部门',
      '2. 持续优化营商环境。完成时限：2022年12月底前',
      '三、组织保障',
    ])
  })

  it('reads a speech\'s speaker and date in brackets after the widgets as one line, and its 同志们 after them', () => {
    expect(pieces(`【字体：大 中 小】（市委常委、常务副市长 周立新　2024年3月22日）同志们：今天，市政府召开全市法治政府建设工作会议。${PARAGRAPH}`)).toEqual([
      '【字体：大 中 小】',
      '（市委常委、常务副市长 周立新　2024年3月22日）',
      '同志们：',
      `今天，市政府召开全市法治政府建设工作会议。${PARAGRAPH}`,
    ])
  })

  it('opens the 版记\'s 印发 line glued to the 抄送 before it', () => {
    expect(pieces(`${PARAGRAPH}栾川县司法局2024年1月18日（此件公开发布）抄送：县委依法治县办，县政协办公室。栾川县司法局办公室　　2024年1月20日印发相关附件：报告.pdf`).slice(-4)).toEqual([
      '（此件公开发布）',
      '抄送：县委依法治县办，县政协办公室。',
      '栾川县司法局办公室　　2024年1月20日印发',
      '相关附件：报告.pdf',
    ])
  })

  it('opens a table\'s rows glued together, the row glued to the breadcrumb, and the title glued to the last cell', () => {
    expect(
      pieces('您当前的位置：首页 > 政务公开 > 规范性文件| 索引号 | 1133/2023-94521 | 发布机构 | 宁海县人民政府 || 文号 | 宁政发〔2023〕19号 | 施行日期 | 2023-07-15 |宁海县重大行政决策程序实施办法'),
    ).toEqual([
      '您当前的位置：首页 > 政务公开 > 规范性文件',
      '| 索引号 | 1133/2023-94521',
      '| 发布机构 | 宁海县人民政府 |',
      '| 文号 | 宁政发〔2023〕19号',
      '| 施行日期 | 2023-07-15 ',
      '|',
      '宁海县重大行政决策程序实施办法',
    ])
    // a bar between cells, spaced, and one inside a menu stay
    expect(pieces('首页|政务公开|政务服务|互动交流')).toHaveLength(1)
  })

  it('opens a signature glued to the last sentence when a widget\'s word or a table\'s empty cells follow its date', () => {
    expect(pieces(`${PARAGRAPH}推动普法与依法治理有机融合。临江区人民政府2023年3月20日分享顶部`).slice(-2)).toEqual(['临江区人民政府2023年3月20日', '分享顶部'])
    expect(pieces(`${PARAGRAPH}认真做好行政复议和行政应诉工作。岷川县人民政府二○一四年二月二十五日|　|　|`).slice(-2)).toEqual(['岷川县人民政府二○一四年二月二十五日', '|　|　|'])
  })

  it('opens a widget in brackets glued to the text before it, and the interpretation linked below', () => {
    expect(pieces(`${PARAGRAPH}特此报告。枫桥镇人民政府2024年1月22日扫一扫在手机打开当前页【打印】【关闭】`).slice(-3)).toEqual(['枫桥镇人民政府2024年1月22日', '扫一扫在手机打开当前页', '【打印】【关闭】'])
    expect(pieces(`${PARAGRAPH}自2023年7月15日起施行。扫一扫在手机打开当前页相关解读：《某县办法》政策解读`).at(-1)).toBe('相关解读：《某县办法》政策解读')
  })

  it('opens a clock\'s label and the text glued after its weekday, and the breadcrumb\'s label after the menu', () => {
    expect(pieces('汶阳县人民政府今天是：2024年4月15日 星期一首页 | 政务公开 | 政务服务 | 走进汶阳您所在的位置：首页 > 政务公开 > 法治政府建设')).toEqual([
      '汶阳县人民政府',
      '今天是：2024年4月15日 星期一',
      '首页 | 政务公开 | 政务服务 | 走进汶阳',
      '您所在的位置：首页 > 政务公开 > 法治政府建设',
    ])
  })

  it.each([
    ['a time of day', `${PARAGRAPH}会议于2024年4月15日星期一上午召开，审议通过实施方案。`],
    ['the lunar date', `${PARAGRAPH}今天是2024年4月15日 星期一农历三月初七。`],
  ])('leaves a weekday with %s after it inside its line', (_name, line) => {
    expect(pieces(line)).toEqual([line])
  })

  it('keeps a menu\'s items together after their separator', () => {
    expect(pieces('全年办结案件12件。网站地图|联系我们|网站声明').at(-1)).toBe('网站地图|联系我们|网站声明')
    expect(pieces('全年办结案件12件。网站地图联系我们网站纠错').at(-1)).toBe('网站地图联系我们网站纠错')
    expect(pieces('全年办结案件12件。 网站地图 | 联系我们 | 网站声明').at(-1)).toBe('网站地图 | 联系我们 | 网站声明')
  })

  it.each([
    ['a sentence ending in a date', `${PARAGRAPH}该项目已于2021年12月30日`],
    ['a date inside a sentence', `${PARAGRAPH}会议研究。县政府2022年3月10日召开常务会议，审议通过实施方案。`],
    ['a date after words that name no organ', `${PARAGRAPH}全年工作顺利完成。截至2021年12月30日`],
  ])('leaves %s whole', (_name, line) => {
    expect(pieces(line)).toEqual([line])
  })

  it.each([
    ['an inline enumeration', '主要做法：一是强化组织领导；二是健全工作机制；三是严格考核。'],
    ['a task field ending in a label word', '完成时间：2023年12月底前。资金来源：县财政。'],
    ['a numeral that is no marker', '宣传方式比较单一，宣传内容不够深入。'],
    ['a number and a phone', '12345热线受理96468件，咨询电话0731-8888 8888。'],
  ])('leaves %s inside its paragraph', (_name, text) => {
    const page = `${PARAGRAPH}${text}${PARAGRAPH}${PARAGRAPH}`
    expect(unflatten(page).edits).toEqual([])
  })
})

describe('unflatten: what it records and what it leaves', () => {
  const page = pad('某县2023年法治政府建设年度报告 发布时间：2023-03-28 一、主要举措 二、存在问题 三、下一步打算')

  it('records each line break as an edit with its rule, and the line as a message', () => {
    const result = unflatten(`第一行\n${page}\n`)
    expect(result.edits.length).toBeGreaterThan(3)
    for (const edit of result.edits) {
      expect(edit.rule).toBe(SPLIT_FLATTENED_LINE_RULE)
      expect(edit.after).toBe('\n')
      expect(edit.before.trim()).toBe('')
    }
    expect(revertEdits(result.text, result.edits)).toBe(`第一行\n${page}\n`)
    expect(result.messages).toHaveLength(1)
    expect(result.messages[0]?.code).toBe('flattened-text')
    expect(result.messages[0]?.start).toBe('第一行\n'.length)
  })

  it('leaves a short line and a long paragraph alone', () => {
    expect(unflatten('一、主要举措 二、存在问题 三、下一步打算').edits).toEqual([])
    expect(unflatten(PARAGRAPH.repeat(10)).edits).toEqual([])
  })

  // every page written for the project that is not flattened comes through untouched
  const ROOT = fileURLToPath(new URL('../../fixtures', import.meta.url))
  const inputs = (dir: string): string[] => filesUnder(dir, (name) => name === 'input.txt', (name) => !name.startsWith('flattened-'))
  it.each(inputs(join(ROOT, 'seeds')).concat(inputs(join(ROOT, 'pages'))).map((path) => [path.slice(ROOT.length + 1), path]))('leaves %s as it is', (_name, path) => {
    expect(unflatten(readFileSync(path, 'utf8')).edits).toEqual([])
  })
})

describe('unflatten: lines already known to be chrome', () => {
  it('leaves whole a flattened line the page’s structure marks as chrome (an HTML page’s hidden copy)', () => {
    const flat =
      '当前位置： 首页 > 通知 关于做好2023年法治政府建设工作的通知 发布时间：2023-03-31 10:09 各乡镇人民政府： 为深入推进依法行政，加快建设法治政府，根据上级有关部署要求，结合我县实际，现将有关事项通知如下。 ' +
      '一、加强组织领导 （一）落实第一责任人职责，各乡镇主要负责同志要亲自部署、亲自推动，确保各项任务有序推进。 （二）健全工作机制，定期研究解决工作中的重大问题。 ' +
      '二、强化督促检查 县司法局要会同有关部门加强督查，对工作不力的单位予以通报，确保各项任务落到实处。'
    const text = `${flat}\n${flat}\n`
    const split = unflatten(text)
    const kept = unflatten(text, { chromeLines: new Map([[1, 'chrome/hidden-copy']]) })
    expect(split.text.split('\n').length).toBeGreaterThan(8)
    expect(kept.text.split('\n').slice(-2)).toEqual([flat, ''])
    expect(kept.edits.length * 2).toBe(split.edits.length)
  })
})
