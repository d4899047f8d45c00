import { describe, expect, it } from 'vitest'
import { extractMetadata, kindOf, periodIn, readChrome } from '../../src/stages/extract-metadata.js'
import { segment } from '../../src/stages/segment.js'
import { splitSections } from '../../src/stages/split-sections.js'
import type { CapturedField } from '../../src/stages/strip-chrome.js'

function metadataOf(lines: string[], fields: [string, string][] = [], breadcrumb: string[] = [], pageTitle?: string) {
  const blocks = segment(lines.join('\n'))
  const captured: CapturedField[] = fields.map(([label, value], line) => ({ label, value, line }))
  return extractMetadata({ blocks, sections: splitSections(blocks), breadcrumb, fields: captured, normalizeValue: (v) => v, ...(pageTitle === undefined ? {} : { pageTitle }) })
}

describe('kindOf', () => {
  it.each([
    ['某县人民政府关于2021年度法治政府建设情况的报告', '报告'],
    ['关于印发《某市法治政府建设实施方案（2021—2025年）》的通知', '通知'],
    ['某镇法治政府建设实施方案', '实施方案'],
    ['某县提升行政执法质量三年行动实施方案（2023—2025年）', '实施方案'],
    ['《某县法治政府建设实施方案》政策解读', '解读'],
    ['某市人民政府关于加强行政执法协调监督工作体系建设的实施意见', '意见'],
    ['某县2024年法治政府建设工作要点', '工作要点'],
    ['某县重大行政决策程序规定', '规定'],
    ['法治政府建设情况', undefined],
    ['某乡2018年法治政府建设工作总结及2019年工作打算', '工作打算'],
    ['于都县市场监督管理局行政处罚决定书', '决定书'],
  ])('%s → %s', (title, kind) => {
    expect(kindOf(title)).toBe(kind)
  })
})

describe('periodIn', () => {
  it.each([
    ['某县关于2017年度法治政府建设情况的报告', { from: 2017, to: 2017 }],
    ['某市法治政府建设实施方案（2021—2025年）', { from: 2021, to: 2025 }],
    ['贯彻落实《纲要（2015-2020）实施方案》中期评估报告', { from: 2015, to: 2020 }],
    ['某县2020年法治政府建设工作情况的报告', { from: 2020, to: 2020 }],
    ['关于加强行政执法监督的意见', undefined],
    ['某区市场监督管理局2022年法治政府建设工作总结及2023年工作计划', { from: 2022, to: 2023 }],
    ['关于2022年法治工作情况暨2023年工作要点的报告', { from: 2022, to: 2023 }],
    // two years that are not a year and the next: the first
    ['某县2020年法治政府建设情况和2023年整改落实情况的报告', { from: 2020, to: 2020 }],
    // its own year over a range it cites; a mid-term evaluation names none of its own
    ['某省司法厅关于2023年度贯彻落实《法治政府建设实施纲要（2021—2025年）》情况的报告', { from: 2023, to: 2023 }],
    ['某县司法局关于《某县法治政府建设实施方案（2021—2025年）》实施情况的中期评估报告', { from: 2021, to: 2025 }],
    ['关于印发《某县2024年法治政府建设工作要点》的通知', { from: 2024, to: 2024 }],
  ])('%s', (title, period) => {
    expect(periodIn(title)).toEqual(period)
  })
})

describe('extractMetadata', () => {
  it('reads the same metadata from the chrome as readChrome read it before the body', () => {
    const blocks = segment(['某县人民政府关于2022年度法治政府建设情况的报告', '2022年，我县深入推进依法行政。', '某县人民政府', '2023年1月9日'].join('\n'))
    const fields: CapturedField[] = [
      { label: '发布日期', value: '2023-01-10', line: 0 },
      { label: '', value: '2023-01-10 09:30', line: 1 },
      { label: '来源', value: '某县司法局', line: 1 },
      { label: '发布日期', value: '2023-01-11', line: 2 },
    ]
    const input = { blocks, sections: splitSections(blocks), breadcrumb: ['首页', '政务公开'], fields, normalizeValue: (v: string) => v.replace(/:/g, '：') }
    const chrome = readChrome(fields, input.normalizeValue)
    expect(chrome.published?.value).toBe('2023-01-10T09:30')
    expect(extractMetadata({ ...input, chrome })).toEqual(extractMetadata(input))
  })

  it('reads a joint 通知 with number, recipients, signature and 版记', () => {
    const { metadata } = extractMetadata({
      blocks: segment(
        [
          '中共某市委文件',
          '某发〔2019〕8号',
          '关于印发《某市法治政府建设实施方案（2019—2022年）》的通知',
          '各区县委，各区县人民政府，市直各单位：',
          '现将实施方案印发给你们，请结合实际认真贯彻执行。',
          '中共某市委',
          '某市人民政府',
          '2019年5月6日',
          '（此件公开发布）',
          '中共某市委办公室 2019年5月8日印发',
        ].join('\n'),
      ),
      sections: [],
      breadcrumb: [],
      fields: [],
      normalizeValue: (v) => v,
    })
    expect(metadata).toMatchObject({
      title: '关于印发《某市法治政府建设实施方案（2019—2022年）》的通知',
      kind: '通知',
      docNumber: '某发〔2019〕8号',
      issuers: ['中共某市委', '某市人民政府'],
      recipients: ['各区县委', '各区县人民政府', '市直各单位'],
      dates: { published: null, signed: '2019-05-06', printed: '2019-05-08' },
      period: { from: 2019, to: 2022 },
      signature: { signers: ['中共某市委', '某市人民政府'], date: '2019-05-06' },
      notes: ['（此件公开发布）'],
    })
  })

  describe('the CMS heading over a 通知 that publishes a document', () => {
    const lines = ['广州市天河区科技工业和信息化局', '关于印发广州市天河区深化支持港澳青年创新创业高质量发展实施办法的通知', '各有关单位：', '现将《实施办法》印发给你们，请遵照执行。']
    const titleUnder = (pageTitle: string, fields: [string, string][] = []) => metadataOf(lines, fields, [], pageTitle).metadata
    it('takes the heading when it names the published document: the page is that document\'s', () => {
      expect(titleUnder('广州市天河区深化支持港澳青年创新创业高质量发展实施办法')).toMatchObject({ title: '广州市天河区深化支持港澳青年创新创业高质量发展实施办法', kind: '办法' })
    })
    it('takes the heading over a disclosure block whose 标题 is the notice\'s', () => {
      expect(titleUnder('广州市天河区深化支持港澳青年创新创业高质量发展实施办法', [['标题', '关于印发广州市天河区深化支持港澳青年创新创业高质量发展实施办法的通知']]).kind).toBe('办法')
    })
    it('takes the heading when the page prints it below the first document: a 条例 under the 公告 that promulgates it', () => {
      const page = ['某市人民代表大会常务委员会公告', '第9号', '《某市农村生活垃圾治理条例》已经通过，现予公布，自2024年1月1日起施行。', '某市人民代表大会常务委员会', '2023年10月10日', '某市农村生活垃圾治理条例', '第一条　为了加强农村生活垃圾治理，制定本条例。']
      expect(metadataOf(page, [], [], '某市农村生活垃圾治理条例').metadata).toMatchObject({ title: '某市农村生活垃圾治理条例', kind: '条例' })
    })
    it('keeps the notice\'s title under a heading that is the notice\'s', () => {
      expect(titleUnder('关于印发广州市天河区深化支持港澳青年创新创业高质量发展实施办法的通知').kind).toBe('通知')
    })
  })

  it('reads the issuer from a table\'s column named by the deciding organ, its first row printed one cell per line', () => {
    const { metadata } = metadataOf([
      '某监管局行政处罚信息公开表',
      '序号 | 当事人名称 | 行政处罚决定书文号 | 主要违法违规行为 | 行政处罚内容 | 作出决定机关',
      '某村镇银行股份有限公司',
      '某金罚决字〔2024〕21号',
      '1.贷款“三查”不尽职；',
      '2.违规向关系人发放信用贷款。',
      '罚款合计115万元',
      '某金融监管局',
      '2 | 陈某某（时任该行董事长）| 警告并罚款8万元',
    ])
    expect(metadata.issuers).toEqual(['某金融监管局'])
  })

  it('reads the issuer from a table\'s column in rows of cells', () => {
    const { metadata } = metadataOf(['某局行政处罚信息公开表', '序号 | 当事人名称 | 处罚内容 | 作出决定机关 | 备注', '1 | 某公司 | 罚款5万元 | 某市市场监督管理局 | 无'])
    expect(metadata.issuers).toEqual(['某市市场监督管理局'])
  })

  it('gives a document national organs issue no place of the site that reposts it', () => {
    const lines = ['国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', '行政裁量权基准是行政机关结合本地区本部门行政管理实际制定的具体执行尺度和标准。', '国务院办公厅', '2022年7月29日']
    expect(metadataOf(lines, [], ['首页', '湖北省司法厅', '政策文件']).metadata.region).toBeNull()
    expect(metadataOf(['湖北省司法厅关于规范行政裁量权基准的通知', '各市、州司法局：', '现就有关事项通知如下。', '湖北省司法厅', '2022年9月1日'], [], ['首页', '湖北省司法厅']).metadata.region?.province).toBe('湖北省')
  })

  it('reads a 主送 printed over two lines as one list', () => {
    const { metadata } = metadataOf([
      '枝江市人民政府关于印发《枝江市法治政府建设实施方案（2021—2025年）》的通知',
      '枝府发〔2022〕3号',
      '各镇人民政府、街道办事处，市政府各部门，',
      '姚家港化工园管委会，枝江经济开发区管委会：',
      '现将《枝江市法治政府建设实施方案（2021—2025年）》印发给你们，请结合实际，认真贯彻执行。',
    ])
    expect(metadata.recipients).toEqual(['各镇人民政府、街道办事处', '市政府各部门', '姚家港化工园管委会', '枝江经济开发区管委会'])
  })

  it('prefers the disclosure title and number, and takes the published date from meta', () => {
    const { metadata } = metadataOf(
      ['县委常委会：', '2021年，我县坚持依法行政，推进法治政府建设。'],
      [
        ['索引号', '000014349/2021-00110'],
        ['文号', '某政党组[2021]7号'],
        ['发布日期', '2022-01-20'],
        ['信息名称', '中共某县人民政府党组关于2021年法治政府建设工作情况的报告'],
      ],
    )
    expect(metadata).toMatchObject({
      title: '中共某县人民政府党组关于2021年法治政府建设工作情况的报告',
      docNumber: '某政党组〔2021〕7号',
      issuers: ['中共某县人民政府党组'],
      recipients: ['县委常委会'],
      dates: { published: '2022-01-20', signed: null, printed: null },
      period: { from: 2021, to: 2021 },
      meta: { 索引号: '000014349/2021-00110', 文号: '某政党组[2021]7号', 发布日期: '2022-01-20' },
    })
  })

  it('warns when there is no title and keeps a number whose year was lost', () => {
    const { metadata, messages } = metadataOf(['国发〔〕33号', '一、起草背景', '根据上级要求起草本方案。'])
    expect(metadata.title).toBeNull()
    expect(metadata.docNumber).toBe('国发〔〕33号')
    expect(messages.map((m) => m.code)).toEqual(['no-title'])
    const fromMeta = metadataOf(['一、起草背景'], [['文号', '某政发〔〕12号']])
    expect(fromMeta.metadata.docNumber).toBe('某政发〔〕12号')
    expect(fromMeta.messages.map((m) => m.code)).toContain('doc-number-year-missing')
  })

  it.each([
    [[['发布时间', '2018-01-05 11:24']], '2018-01-05T11:24'],
    [[['发布日期', '2017-03-28-00:00:00']], '2017-03-28'],
    [[['发布日期', '2011- 09- 01 14: 58: 15']], '2011-09-01T14:58'],
    [[['日期', '2024年04月06日 16:40']], '2024-04-06T16:40'],
    [[['來源', '县政府办'], ['', '2023-02-16 09:42:17']], '2023-02-16T09:42'],
  ] as [string, string][][][])('reads the published date from %j', (fields, iso) => {
    expect(metadataOf(['某县2022年度法治政府建设情况报告'], fields as unknown as [string, string][]).metadata.dates.published).toBe(iso)
  })
})

describe('title rules', () => {
  it('prefers the CMS copy of the title when it is the document title with its organ', () => {
    const blocks = segment(['关于进一步加强行政规范性文件管理的意见', '各乡（镇）人民政府，县政府各部门：', '现提出如下意见，请认真贯彻执行。'].join('\n'))
    const { metadata } = extractMetadata({ blocks, sections: [], breadcrumb: [], fields: [], normalizeValue: (v) => v, pageTitle: '某县人民政府关于进一步加强行政规范性文件管理的意见' })
    expect(metadata.title).toBe('某县人民政府关于进一步加强行政规范性文件管理的意见')
  })
  it('keeps the document title when the CMS copy puts a column\'s tag before it', () => {
    const blocks = segment(['某市司法局2023年度法治政府建设工作报告', '2023年，某市司法局坚持依法行政。', '一、主要举措'].join('\n'))
    const { metadata } = extractMetadata({ blocks, sections: [], breadcrumb: [], fields: [], normalizeValue: (v) => v, pageTitle: '法治政府 | 某市司法局2023年度法治政府建设工作报告' })
    expect(metadata.title).toBe('某市司法局2023年度法治政府建设工作报告')
  })
  it('reads a title behind a 公众号 column\'s tag and bar as a title, without the tag', () => {
    expect(metadataOf(['法治政府 | 某市司法局2023年度法治政府建设工作报告', '某市司法局2023年度法治政府建设工作', '2023年，某市司法局坚持依法行政。', '一、主要举措']).metadata.title).toBe(
      '某市司法局2023年度法治政府建设工作报告',
    )
  })
  it('keeps the document title when the CMS copy is a shorter form', () => {
    const blocks = segment(['中共某县委 某县人民政府关于2023年度法治政府建设情况的报告', '市委、市政府：', '2023年，我县坚持依法行政。'].join('\n'))
    const { metadata } = extractMetadata({ blocks, sections: [], breadcrumb: [], fields: [], normalizeValue: (v) => v, pageTitle: '某县2023年度法治政府建设情况报告' })
    expect(metadata.title).toBe('中共某县委 某县人民政府关于2023年度法治政府建设情况的报告')
  })
  it('passes over a bare column name above the title', () => {
    expect(metadataOf(['法治政府建设年度报告', '某县市场监督管理局2022年度法治政府建设情况报告', '2022年，我局坚持依法行政。']).metadata.title).toBe(
      '某县市场监督管理局2022年度法治政府建设情况报告',
    )
  })
  it('joins one organ line above a 关于 title, not the joint issuers of a 版头', () => {
    expect(metadataOf(['某县人民政府', '关于2023年度法治政府建设情况的报告', '县人大常委会：', '2023年，县政府坚持依法行政。']).metadata.title).toBe(
      '某县人民政府关于2023年度法治政府建设情况的报告',
    )
    expect(
      metadataOf(['中共某市委', '某市人民政府', '关于印发《某市法治政府建设实施方案》的通知', '各县市区委，各县市区人民政府：', '现印发给你们，请认真贯彻执行。']).metadata,
    ).toMatchObject({ title: '关于印发《某市法治政府建设实施方案》的通知' })
  })
  it('joins a joint document\'s organs printed on one line above its 关于 line', () => {
    expect(metadataOf(['中共某县委 某县人民政府', '关于2023年度法治政府建设情况的报告', '市委、市政府：', '2023年，我县坚持依法行政。']).metadata.title).toBe(
      '中共某县委 某县人民政府关于2023年度法治政府建设情况的报告',
    )
  })
  it('keeps the printed title over a disclosure block that renames it, and the block\'s fuller copy over a shorter print', () => {
    const lines = ['中共某县委 某县人民政府', '关于2023年度法治政府建设情况的报告', '市委、市政府：', '2023年，我县坚持依法行政。']
    const renamed = metadataOf(lines, [['名称', '某县2023年度法治政府建设情况报告']])
    expect(renamed.metadata.title).toBe('中共某县委 某县人民政府关于2023年度法治政府建设情况的报告')
    expect(renamed.evidence.title?.rule).toBe('metadata/title-from-head-over-renaming')
    const fuller = metadataOf(['关于2023年度法治政府建设情况的报告', '市委、市政府：', '2023年，我县坚持依法行政。'], [['名称', '某县人民政府关于2023年度法治政府建设情况的报告']])
    expect(fuller.metadata.title).toBe('某县人民政府关于2023年度法治政府建设情况的报告')
  })
})

describe('period rules', () => {
  it.each([
    ['某省“十四五”法治政府建设规划', { from: 2021, to: 2025 }],
    ['某市十三五时期法治政府建设总结', { from: 2016, to: 2020 }],
    ['某县法治政府建设实施纲要（2021-2025）', { from: 2021, to: 2025 }],
  ])('%s', (title, period) => {
    expect(periodIn(title)).toEqual(period)
  })

  it('reads 上一年度 back from the date the page was published', () => {
    const { metadata, evidence } = metadataOf(['某区人民政府关于上一年度法治政府建设情况的报告', '一、主要举措', '推进依法行政。'], [['发布日期', '2022-03-28']])
    expect(metadata.period).toEqual({ from: 2021, to: 2021 })
    expect(evidence.period?.rule).toBe('metadata/period-previous-year')
  })

  it('warns when an annual report is published in another year than the one after its period', () => {
    const late = metadataOf(['某县司法局2019年度法治政府建设情况的报告', '一、主要举措', '推进依法行政。'], [['发布日期', '2021-06-01']])
    expect(late.messages.map((m) => m.code)).toContain('period-published-mismatch')
    const onTime = metadataOf(['某县司法局2019年度法治政府建设情况的报告', '一、主要举措', '推进依法行政。'], [['发布日期', '2020-03-20']])
    expect(onTime.messages.map((m) => m.code)).not.toContain('period-published-mismatch')
  })
})

describe('family and encloses', () => {
  it.each([
    ['某镇贯彻落实《某省法治政府建设实施纲要（2015-2020）实施方案》中期评估报告', '评估报告'],
    ['某区人民政府关于2022年度法治政府建设情况的报告', '年度报告'],
    ['某县应急管理局2023年法治政府建设年度报告', '年度报告'],
    ['某区五年法治政府建设工作情况的报告', '工作情况报告'],
    ['某县水务局2022年法治政府建设工作总结', '工作总结'],
    ['某市法治政府建设实施方案（2021—2025年）', '实施方案'],
    ['《某县法治政府建设实施方案》政策解读', '解读'],
    ['关于印发《某市法治政府建设实施方案》的通知', null],
    ['某市人民政府关于加强行政执法协调监督工作体系建设的实施意见', null],
  ])('%s → %s', (title, family) => {
    expect(metadataOf([title]).metadata.family).toBe(family)
  })

  it.each([
    ['关于印发《某市法治政府建设（2016—2020年）实施方案》的通知', '某市法治政府建设（2016—2020年）实施方案'],
    ['某县人民政府办公室关于转发《某市重大行政决策程序规定》的通知', '某市重大行政决策程序规定'],
    // a title published without 《》: between the verb after 关于 (or after the organs opening the
    // title) and 的通知
    ['关于印发某市2024年法治政府建设工作要点的通知', '某市2024年法治政府建设工作要点'],
    ['某市人民政府批转市司法局关于加强行政执法工作意见的通知', '市司法局关于加强行政执法工作意见'],
    ['关于规范政府信息发布管理工作的通知', null],
    ['关于印发的通知', null],
    // several titles published together: the first; a title's own nested 《》 stay in it
    ['关于印发《某县行政执法公示办法》和《某县行政执法全过程记录办法》的通知', '某县行政执法公示办法'],
    ['关于印发《关于贯彻《法治政府建设实施纲要》的实施方案》的通知', '关于贯彻《法治政府建设实施纲要》的实施方案'],
    ['某市人民政府关于2022年度法治政府建设情况的报告', null],
  ])('%s encloses %s', (title, enclosed) => {
    expect(metadataOf([title]).metadata.encloses).toBe(enclosed)
  })
})

describe('report parts', () => {
  it('names the parts of an annual report the 督察规定 asks for, by heading', () => {
    const { sections } = metadataOf([
      '某区人民政府关于2023年度法治政府建设情况的报告',
      '一、2023年推进法治政府建设的主要举措和成效',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '三、存在的不足和原因',
      '四、下步工作打算',
      '五、其他需要报告的情况',
    ])
    expect(sections.map((s) => s.part)).toEqual(['measures', 'duty', 'shortcomings', 'plans', 'other'])
  })

  it('reads a topical heading as a measure, an opening 基本情况 as background, and leaves other kinds alone', () => {
    const report = metadataOf(['某县水务局2022年法治政府建设工作总结', '一、基本情况', '二、强化组织领导，落实法治建设责任', '三、规范水行政执法'])
    expect(report.sections.map((s) => s.part)).toEqual(['background', 'measures', 'measures'])
    const notice = metadataOf(['关于印发《某市法治政府建设实施方案》的通知', '一、总体要求', '二、存在问题'])
    expect(notice.sections.map((s) => s.part)).toEqual([null, null])
  })
})

describe('evidence', () => {
  it('says which rule found each field and where', () => {
    const { evidence } = metadataOf(
      ['某县人民政府关于2022年度法治政府建设情况的报告', '一、主要举措', '推进依法行政。', '某县人民政府', '2023年2月20日'],
      [['索引号', '11340000/2023-001'], ['发布日期', '2023-03-01']],
    )
    expect(evidence.title).toEqual({ rule: 'metadata/title-from-head', where: { offset: 0 }, confidence: 1 })
    expect(evidence.issuers?.rule).toBe('metadata/issuers-from-signature')
    expect(evidence['dates.signed']?.rule).toBe('metadata/signed-from-signature')
    expect(evidence['dates.published']).toEqual({ rule: 'metadata/published-date', where: { line: 2 }, confidence: 1 })
    expect(evidence.docNumber).toBeUndefined()
  })

  it('warns when the disclosure block’s title or 发文机关 disagree with the document', () => {
    const { metadata, messages } = metadataOf(
      ['某县司法局关于2022年度法治政府建设情况的报告', '一、主要举措', '推进依法行政。', '某县司法局', '2023年2月20日'],
      [['标题', '某县人民政府关于印发某县行政执法公示办法的通知'], ['发文机关', '某县人民政府办公室']],
    )
    expect(metadata.title).toBe('某县人民政府关于印发某县行政执法公示办法的通知')
    expect(messages.map((m) => m.code).sort()).toEqual(['issuer-conflict', 'title-conflict'])
  })
})

describe('real pages: the report year without a title, issuers from the title head', () => {
  const BODY = ['全年共办理行政复议案件12件，全部依法按期办结，纠错率为零。', '二、存在问题', '基层执法力量不足，执法人员法律素养有待提高。']

  it.each([
    ['the report statement', ['为深入推进依法行政，现将某县2022年法治政府建设工作情况报告如下：', '一、主要工作', ...BODY], 2022, 'metadata/period-from-body'],
    ['an opening with the year', ['2023年，某局在县委、县政府的坚强领导下，扎实推进法治政府建设。', '一、主要工作', ...BODY], 2023, 'metadata/period-from-body'],
    ['the first heading', ['根据工作要求，现将有关情况报告如下：', '一、2021年法治政府建设工作情况', ...BODY], 2021, 'metadata/period-from-headings'],
  ])('reads the year of an untitled report from %s', (_name, lines, year, rule) => {
    const result = metadataOf(lines as string[])
    expect(result.metadata.period).toEqual({ from: year, to: year })
    expect(result.evidence.period?.rule).toBe(rule)
    // a year read from the body or the first heading is inferred, not printed as the report's
    expect(result.evidence.period?.confidence).toBe(0.8)
  })

  it('does not read a year from the opening of a titled notice', () => {
    expect(metadataOf(['关于做好法治政府建设工作的通知', '各乡镇人民政府：', '2023年，各地要认真落实本通知要求，确保工作取得实效。', ...BODY]).metadata.period).toBeNull()
  })

  it.each([
    ['某街道2024法治政府建设年度报告', { from: 2024, to: 2024 }],
    ['某街 2020 年法治政府建设情况报告', { from: 2020, to: 2020 }],
  ])('reads a title year written without 年 or with spaces: %s', (title, period) => {
    expect(periodIn(title)).toEqual(period)
  })

  it.each([
    ['某市市场监管局2022年法治政府建设年度报告', ['某市市场监管局']],
    ['某县教育局 2025年法治政府建设年度报告', ['某县教育局']],
    ['某市市场监督管理局（知识产权局）2023年法治政府建设年度报告', ['某市市场监督管理局（知识产权局）']],
    ['某区某街道办事处2022年法治政府建设年度报告', ['某区某街道办事处']],
    ['某区2023年法治政府建设年度报告', []],
    ['某镇2022年法治政府建设工作总结', []],
  ])('issuers of %s', (title, issuers) => {
    expect(metadataOf([title, ...BODY]).metadata.issuers).toEqual(issuers)
  })
})

describe('published date: a labelled day and the byline time of the same day', () => {
  const lines = ['某县司法局2022年法治政府建设年度报告', '2022年，我局扎实推进法治政府建设，取得明显成效。']
  it('takes the time an unlabelled byline gives the same day', () => {
    expect(metadataOf(lines, [['发布日期', '2025-02-18'], ['', '【2025-02-18 16:20:11】']]).metadata.dates.published).toBe('2025-02-18T16:20')
  })
  it('keeps the labelled day when the byline gives another day', () => {
    expect(metadataOf(lines, [['发布日期', '2025-02-18'], ['', '【2025-02-19 16:20:11】']]).metadata.dates.published).toBe('2025-02-18')
  })
  it('reads 更新时间 only when no label of publication gives a date', () => {
    expect(metadataOf(lines, [['更新时间', '2023-01-02'], ['发布时间', '2022-12-30']]).metadata.dates.published).toBe('2022-12-30')
    expect(metadataOf(lines, [['更新时间', '2023-01-02']]).metadata.dates.published).toBe('2023-01-02')
    expect(metadataOf(lines, [['更新时间', '2023-01-02']]).evidence['dates.published']).toMatchObject({ rule: 'metadata/published-from-update', confidence: 0.8 })
  })
  it('prefers a byline’s unlabelled date to 更新时间', () => {
    const result = metadataOf(lines, [['更新时间', '2023-01-02'], ['', '2022-12-30 09:41']])
    expect([result.metadata.dates.published, result.evidence['dates.published']?.confidence]).toEqual(['2022-12-30T09:41', 0.9])
  })
})

describe('titles of real pages', () => {
  const BODY = ['2022年，我局扎实推进法治政府建设，现将有关情况报告如下：', '一、主要工作', '全年办理行政复议案件12件。']
  it('joins the kind of a report on a plan to the plan’s name on the line above it', () => {
    const { metadata } = metadataOf(['某县法治政府建设实施方案（2021—2025年）', '中期评估报告', ...BODY])
    expect([metadata.title, metadata.kind]).toEqual(['某县法治政府建设实施方案（2021—2025年）中期评估报告', '报告'])
    // a plan's title followed by its own first line stays the plan's
    expect(metadataOf(['某县法治政府建设实施方案（2021—2025年）', '为深入推进依法行政，制定本方案。', '一、总体要求']).metadata.title).toBe('某县法治政府建设实施方案（2021—2025年）')
  })
  it('joins an organ line to the report title under it', () => {
    const { metadata } = metadataOf(['某县司法局', '2022年法治政府建设年度报告', ...BODY])
    expect([metadata.title, metadata.issuers]).toEqual(['某县司法局2022年法治政府建设年度报告', ['某县司法局']])
  })
  it.each([
    ['a letter-spaced title', '法 治 政 府 建 设 倡 议 书', '法治政府建设倡议书'],
    ['a date after the title', '关于2023年度法治政府建设示范项目拟推荐名单的公示（2024-02-18）', '关于2023年度法治政府建设示范项目拟推荐名单的公示'],
    ['the adopting meeting after the title', '某县人民政府关于进一步加强行政执法监督工作的意见（2023年5月9日县人民政府第14次常务会议审议通过）', '某县人民政府关于进一步加强行政执法监督工作的意见'],
    ['a 文号 before the title', '某政办发〔2017〕12号《某市法治政府建设指标体系（试行）》', '某市法治政府建设指标体系（试行）'],
    ['spaces around the year', '某县司法局 2015 年法治政府建设情况报告', '某县司法局2015年法治政府建设情况报告'],
    ['a title no kind word ends', '某乡2018年法治政府建设工作总结及2019年工作思路', '某乡2018年法治政府建设工作总结及2019年工作思路'],
  ])('reads %s', (_name, line, title) => {
    expect(metadataOf([line, ...BODY]).metadata.title).toBe(title)
  })
})

describe('confidence: what is inferred says so', () => {
  const BODY = ['2022年，我局扎实推进法治政府建设，现将有关情况报告如下：', '一、主要工作', '全年办理行政复议案件12件。']
  it('gives 1 to what the page prints and its title’s confidence to what the title’s words say', () => {
    const { evidence } = metadataOf(['某县司法局关于2022年度法治政府建设情况的报告', ...BODY])
    for (const field of ['title', 'kind', 'family', 'issuers', 'period']) expect(evidence[field]?.confidence, field).toBe(1)
  })
  it('gives less to a title known by its position alone, and no more to the period read from it', () => {
    // no kind word ends it (思路 is none): known by its position
    const { metadata, evidence } = metadataOf(['某乡2018年法治政府建设工作总结及2019年工作思路', ...BODY])
    expect(metadata.title).toBe('某乡2018年法治政府建设工作总结及2019年工作思路')
    expect(evidence.title).toMatchObject({ rule: 'metadata/title-from-position', confidence: 0.8 })
    expect(evidence.period).toMatchObject({ rule: 'metadata/period-from-title', confidence: 0.8 })
  })
  it('reads no title by position from a widget that speaks of the page it is shown on', () => {
    expect(metadataOf(['大中小用手机扫码浏览本页', ...BODY]).metadata.title).toBeNull()
    expect(metadataOf(['某乡2018年法治政府建设工作总结', ...BODY]).metadata.title).toBe('某乡2018年法治政府建设工作总结')
  })
  it('gives less to issuers read from the shape of the title’s head than to a signature', () => {
    expect(metadataOf(['某市市场监管局2022年法治政府建设年度报告', ...BODY]).evidence.issuers).toMatchObject({ rule: 'metadata/issuers-from-title-head', confidence: 0.9 })
    expect(metadataOf(['某市市场监管局2022年法治政府建设年度报告', ...BODY, '某市市场监管局', '2023年1月5日']).evidence.issuers).toMatchObject({ rule: 'metadata/issuers-from-signature', confidence: 1 })
  })
  it('gives less to a 发布机构 taken for the issuer than to a 发文机关', () => {
    const lines = ['法治政府建设情况', '全年办理行政复议案件12件，全部依法办结。']
    expect(metadataOf(lines, [['发布机构', '某县司法局']]).evidence.issuers?.confidence).toBe(0.8)
    expect(metadataOf(lines, [['发文机关', '某县司法局']]).evidence.issuers?.confidence).toBe(1)
  })
})

describe('issuers, numbers and dates HTML pages print differently', () => {
  const BODY = ['第一条 为了规范重大行政决策目录管理，制定本办法。', '第二条 本办法适用于市人民政府及其工作部门。']
  it('reads the organ of an order’s header and of a 条例’s promulgation note', () => {
    const order = metadataOf(['某市人民政府令', '第123号', '《某市重大行政决策目录管理办法》已经市人民政府常务会议审议通过，现予公布。', '市长 某某某', '2023年11月28日', '某市重大行政决策目录管理办法', ...BODY])
    expect(order.evidence.issuers).toMatchObject({ rule: 'metadata/issuers-from-order' })
    expect(order.metadata.issuers).toEqual(['某市人民政府'])
    const statute = metadataOf(['某某登记管理条例', '（2021年7月27日中华人民共和国国务院令第746号公布）', ...BODY])
    expect(statute.metadata.issuers).toEqual(['中华人民共和国国务院'])
  })
  it('reads a 公报’s authors under its title, and an organ signing off without a date', () => {
    const bulletin = metadataOf(['某县2022年国民经济和社会发展统计公报', '某县统计局 国家统计局某县调查队', '（2023年5月）', '2022年，全县经济运行稳中向好。', '一、综合'])
    expect(bulletin.metadata.issuers).toEqual(['某县统计局', '国家统计局某县调查队'])
    // one to a line, the date under them
    const stacked = metadataOf(['某县2023年国民经济和社会发展统计公报', '某县统计局', '国家统计局某县调查队', '2024年4月10日', '2023年，全县经济运行稳中向好。', '一、综合'])
    expect(stacked.metadata.issuers).toEqual(['某县统计局', '国家统计局某县调查队'])
    const closing = metadataOf(['某县2015年国民经济和社会发展统计公报', '2015年，全县实现生产总值110亿元，比上年增长9.3%。', '（某县统计局）'])
    expect(closing.evidence.issuers).toMatchObject({ rule: 'metadata/issuers-from-closing-line', confidence: 0.9 })
  })
  it('reads a document laid out as a table from its own rows', () => {
    const { metadata, evidence } = metadataOf([
      '某区城市管理执法局行政处罚信息公开表',
      '行政处罚决定书文号 | 某城管罚决字〔2024〕12号',
      '主要违法事实 | 当事人在未经核准的场地倾倒建筑垃圾约120立方米，违反了有关规定。',
      '作出处罚决定的机关名称 | 某区城市管理执法局',
      '作出处罚决定的日期 | 2024年5月10日',
    ])
    expect([metadata.title, metadata.kind, metadata.docNumber, metadata.issuers, metadata.dates.signed]).toEqual([
      '某区城市管理执法局行政处罚信息公开表',
      '信息公开表',
      '某城管罚决字〔2024〕12号',
      ['某区城市管理执法局'],
      '2024-05-10',
    ])
    expect([evidence.docNumber?.rule, evidence.issuers?.rule, evidence['dates.signed']?.rule]).toEqual(['metadata/doc-number-from-table', 'metadata/issuers-from-table', 'metadata/signed-from-table'])
  })
  it('drops a document site’s file-type badge glued to the title, never letters of the title', () => {
    const body = ['2022年，我局深入推进依法行政，法治政府建设取得新成效。现将有关情况报告如下。', '一、主要工作']
    expect(metadataOf(['DOCX某县水利局2022年度法治政府建设工作报告', ...body]).metadata.title).toBe('某县水利局2022年度法治政府建设工作报告')
    expect(metadataOf(['PDF 某县水利局2022年度法治政府建设工作报告', ...body]).metadata.title).toBe('某县水利局2022年度法治政府建设工作报告')
    expect(metadataOf(['PPP项目合同管理办法', ...body]).metadata.title).toBe('PPP项目合同管理办法')
  })
  it('reads a 文号 in brackets ending the title, and drops a reprint mark', () => {
    expect(metadataOf(['某局行政处罚信息公开表（某罚决字〔2024〕36号）', '当事人在未经核准的场地倾倒建筑垃圾，违反了有关规定。']).metadata.docNumber).toBe('某罚决字〔2024〕36号')
    expect(metadataOf(['（转载）某市人民政府办公厅关于印发某市公共租赁住房管理办法的通知', '各区人民政府，市政府各部门：', '现将办法印发给你们，请认真贯彻执行。']).metadata.title).toBe('某市人民政府办公厅关于印发某市公共租赁住房管理办法的通知')
  })
})
