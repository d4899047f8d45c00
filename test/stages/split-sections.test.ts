import { describe, expect, it } from 'vitest'
import { segment } from '../../src/stages/segment.js'
import { splitSections } from '../../src/stages/split-sections.js'
import { MARKER_STYLES, matchSectionMarker } from '../../src/rules/sections.js'
import type { Section } from '../../src/types.js'

const outline = (sections: Section[]): unknown[] =>
  sections.map((s) => (s.children.length > 0 ? [s.marker, s.heading, outline(s.children)] : [s.marker, s.heading]))
const split = (lines: string[]) => splitSections(segment(lines.join('\n')))

describe('split-sections', () => {
  it('nests styles in the order they appear', () => {
    expect(
      outline(
        split([
          '一、主要成效',
          '（一）深化改革。全年取消行政许可12项。',
          '1.推进审批改革。',
          '2.加强事中事后监管。',
          '（二）规范执法',
          '二、存在问题',
          '一是法治意识有待提升。二是队伍力量薄弱。',
        ]),
      ),
    ).toEqual([
      ['一、', '主要成效', [['（一）', '深化改革', [['1.', '推进审批改革'], ['2.', '加强事中事后监管']]], ['（一）'.replace('一', '二'), '规范执法']]],
      ['二、', '存在问题', [['一是', '法治意识有待提升']]],
    ])
  })

  it('puts 1. directly under 一、 when the document skips （一）', () => {
    expect(outline(split(['一、工作举措', '1.强化领导', '2.完善制度', '二、下步打算', '1.抓好培训']))).toEqual([
      ['一、', '工作举措', [['1.', '强化领导'], ['2.', '完善制度']]],
      ['二、', '下步打算', [['1.', '抓好培训']]],
    ])
  })

  it('opens no section for numbers that start a sentence', () => {
    const sections = split(['一、主要举措', '2022年，我县坚持依法行政。', '1.5亿元资金用于基层执法保障。', '3. 不是第三项，因为前面没有第二项。'])
    expect(outline(sections)).toEqual([['一、', '主要举措']])
    expect(sections[0]?.text.split('\n')).toHaveLength(3)
  })

  it('opens no section at a table row whose first cell is numbered (sections/table-row)', () => {
    const sections = split([
      '一、监测指标',
      '二级指标 | 评价标准 | 数据来源',
      '1.重点人群签约服务覆盖率 | 较上一年增加。| 国家统计年报',
      '2.签约服务覆盖率 | 每年增加1-3个百分点。| 国家统计年报',
      '二、组织实施',
      '1.加强组织领导。各区要细化措施。',
    ])
    expect(outline(sections)).toEqual([['一、', '监测指标'], ['二、', '组织实施', [['1.', '加强组织领导']]]])
    expect(sections[0]?.text).toContain('2.签约服务覆盖率 | 每年增加1-3个百分点。')
  })

  it('reads an article whose words open with a quote or a book title (第三条“以案定补”…, 第十三条《办法》…)', () => {
    const tree = outline(split(['第一章 总则', '第一条 为规范工作，制定本办法。', '第二条 本办法适用于本县。', '第三条“以案定补”工作坚持公开公平的原则。', '第四条《办法》所称调解员，是指人民调解员。']))
    expect(tree[0]).toEqual([
      '第一章',
      '总则',
      [['第一条', '为规范工作，制定本办法'], ['第二条', '本办法适用于本县'], ['第三条', '“以案定补”工作坚持公开公平的原则'], ['第四条', '《办法》所称调解员，是指人民调解员']],
    ])
  })

  it('opens the published 办法\'s chapters beside the 通知\'s items below its signature, and a 解读\'s parts inside its item (sections/chapter-after-signature)', () => {
    const notice = split(['一、提高思想认识', '二、强化部门协同', '营口市住房和城乡建设局', '2023年6月1日', '营口市新建商品房“交房即交证”管理办法', '第一章 总则', '第一条 为深化改革，制定本办法。', '第二章 附则', '第二条 本办法自印发之日起施行。'])
    expect(outline(notice).map((s) => (s as string[])[0])).toEqual(['一、', '二、', '第一章', '第二章'])
    const reading = split(['一、起草背景', '二、主要内容', '第一部分 主要举措和成效', '第二部分 存在的不足', '三、工作打算'])
    expect(outline(reading)).toEqual([['一、', '起草背景'], ['二、', '主要内容', [['第一部分', '主要举措和成效'], ['第二部分', '存在的不足']]], ['三、', '工作打算']])
  })

  it('reads a list of evidence whose items open with a year after the dot, and a heading with a colon in brackets', () => {
    expect(outline(split(['一、违法事实', '1.2024年3月25日《现场笔录》，证明当事人销售超过保质期食品的事实。', '2.2024年4月2日《询问笔录》，证明涉案食品的购进经过。', '二、处罚决定', '1.罚款50000元（大写：伍万元整）。']))).toEqual([
      ['一、', '违法事实', [['1.', '2024年3月25日《现场笔录》，证明当事人销售超过保质期食品的事实'], ['2.', '2024年4月2日《询问笔录》，证明涉案食品的购进经过']]],
      ['二、', '处罚决定', [['1.', '罚款50000元（大写：伍万元整）']]],
    ])
  })

  it('lets a numbering run continue across parents (tasks numbered 1–45 in one plan)', () => {
    expect(outline(split(['（一）职能', '1.甲', '2.乙', '（二）制度', '3.丙', '4.丁']))).toEqual([
      ['（一）', '职能', [['1.', '甲'], ['2.', '乙']]],
      ['（二）', '制度', [['3.', '丙'], ['4.', '丁']]],
    ])
  })

  it('reads task fields and keeps them out of the text', () => {
    const [task] = split(['1. 完善权责清单。坚持法无授权不可为。', '牵头单位：市编办。', '责任单位：市政府法制办、各有关部门。', '完成时限：2018年年底前。'])
    expect(task).toMatchObject({
      marker: '1.',
      heading: '完善权责清单',
      text: '坚持法无授权不可为。',
      fields: { 牵头单位: '市编办。', 责任单位: '市政府法制办、各有关部门。', 完成时限: '2018年年底前。' },
      deadline: { label: '完成时限', text: '2018年年底前。', date: '2018-12-31' },
      part: null,
    })
  })

  it('reads a deadline from any time field, and keeps one without a year as text', () => {
    const [first, second, third] = split(['1. 建立台账。', '时间节点：2019年6月底前', '2. 规范执法。', '完成时限：长期坚持', '3. 公开目录。', '配合单位：各部门'])
    expect(first?.deadline).toEqual({ label: '时间节点', text: '2019年6月底前', date: '2019-06-30' })
    expect(second?.deadline).toEqual({ label: '完成时限', text: '长期坚持', date: null })
    expect(third?.deadline).toBeNull()
  })

  it('reads 第X部分, 第X章 and 第X条 markers, letter-spaced headings joined', () => {
    expect(outline(split(['第一章  总  则', '第一条 为了规范决策，制定本规定。', '第二条 本规定适用于县人民政府。', '第二章 决策程序', '第三条 决策应当公开。']))).toEqual([
      ['第一章', '总则', [['第一条', '为了规范决策，制定本规定'], ['第二条', '本规定适用于县人民政府']]],
      ['第二章', '决策程序', [['第三条', '决策应当公开']]],
    ])
  })
})

describe('numbering rules: each style opens a section with its own example', () => {
  it.each(MARKER_STYLES.map((style) => [style.style, style.example] as const))('%s: %s', (style, example) => {
    const match = matchSectionMarker(example)
    expect(match?.style).toBe(style)
    expect(match?.number).toBe(1)
    const [section] = splitSections(segment(example))
    expect(section?.marker).toBe(match?.marker)
  })
})

describe('numbering rules: the first characters a marker opens with', () => {
  it('declares every character a style matches at a line\'s start', () => {
    // each style's example with its first character replaced by every code unit in turn: a
    // paragraph is tried only against the styles that declare its first character
    const missed: string[] = []
    for (const style of MARKER_STYLES) {
      for (let code = 0; code <= 0xffff; code++) {
        const ch = String.fromCharCode(code)
        if (style.pattern.test(ch + style.example.slice(1)) && !style.opensWith.includes(ch)) missed.push(`${style.style}: U+${code.toString(16)}`)
      }
    }
    expect(missed).toEqual([])
  })

  it('reads a marker that a style of a shared first character opens, in table order', () => {
    // 一 opens both 一、 and 一是; （ both （一） and （1）
    expect(matchSectionMarker('一是加强领导。')?.style).toBe('一是')
    expect(matchSectionMarker('一、总体要求')?.style).toBe('一、')
    expect(matchSectionMarker('（1）完善程序')?.style).toBe('（1）')
    expect(matchSectionMarker('(一)强化领导')?.style).toBe('（一）')
    expect(matchSectionMarker('⑳办结')?.number).toBe(20)
  })

  it('reads a 统计公报\'s parts numbered with two padded digits, alone on their line', () => {
    expect(matchSectionMarker('01综合')).toMatchObject({ style: '01', marker: '01', number: 1, rest: '综合' })
    expect(matchSectionMarker('10人民生活')).toMatchObject({ style: '01', number: 10 })
    // a paragraph opening with a number runs on past a heading's words
    expect(matchSectionMarker('10月份全市共办理行政复议案件12件。')?.style).not.toBe('01')
    expect(matchSectionMarker('2022年法治政府建设')).toBeUndefined()
    const tree = split(['江西省2022年国民经济和社会发展统计公报', '01综合', '初步核算，全年地区生产总值32074.7亿元，比上年增长4.7%。', '02农业', '全年农林牧渔业总产值4223.8亿元，比上年增长4.3%。'])
    expect(tree.map((s) => s.marker + s.heading)).toEqual(['01综合', '02农业'])
  })

  it('stops a line no marker opens', () => {
    expect(matchSectionMarker('全年办结案件12件。')).toBeUndefined()
    expect(matchSectionMarker('统一部署')).toBeUndefined()
  })
})

describe('split-sections: a heading glued to the first marker under it', () => {
  it('ends the heading before the glued marker', () => {
    expect(outline(split(['一、工作开展情况（一）健全工作机制，成立领导小组。', '（二）规范执法行为。', '二、存在问题', '基层力量不足。']))).toEqual([
      ['一、', '工作开展情况', [['（一）', '健全工作机制，成立领导小组'], ['（二）', '规范执法行为']]],
      ['二、', '存在问题'],
    ])
  })
  it.each([
    ['a run-in heading with a sentence', '（一）强化组织领导，成立（1）个小组。'],
    ['a number that is no marker', '一、完成10项重点任务'],
    ['the same style again', '一、总体要求二、主要任务'],
  ])('leaves %s whole', (_name, line) => {
    expect(split([line]).length).toBe(1)
    expect(split([line])[0]?.children).toEqual([])
  })
})

describe('split-sections: a part heading run into its paragraph (sections/glued-paragraph)', () => {
  const headings = (lines: string[]) => split(lines).map((s) => s.heading)
  it('cuts after the heading noun where the other part headings stand alone', () => {
    const sections = split(['一、工作开展情况', '全年办理行政复议案件12件。', '二、存在问题在看到成绩的同时，我们也清醒地认识到一些问题依然存在。', '三、下一步工作计划'])
    expect(sections.map((s) => s.heading)).toEqual(['工作开展情况', '存在问题', '下一步工作计划'])
    expect(sections[1]?.text).toBe('在看到成绩的同时，我们也清醒地认识到一些问题依然存在。')
  })
  it.each([
    ['nouns joined into one heading', '二、存在的不足和原因一年来，全县法治政府建设仍存在一些不足。', '存在的不足和原因'],
    ['a modifier before the last noun', '二、问题整改情况2019年，针对督察反馈的问题逐项整改。', '问题整改情况'],
    ['a long heading', '二、党政主要负责人履行推进法治建设第一责任人职责情况县政府主要负责同志认真履行职责，带头学法。', '党政主要负责人履行推进法治建设第一责任人职责情况'],
    ['a year opening the paragraph', '二、2017年工作思路2017年，我局将继续以建设法治政府部门为目标。', '2017年工作思路'],
    ['a part with nothing to report', '二、其他需要报告的情况无。', '其他需要报告的情况'],
    ['a background part', '二、起草背景根据《法治政府建设实施纲要（2021—2025年）》，结合本县实际。', '起草背景'],
    ['a notice\'s part on who reports', '二、明确报告主体各县（区）人民政府、市人民政府各部门，均为报告主体。', '明确报告主体'],
    ['a notice\'s part on when', '二、公示时间公示期为2024年2月18日至2024年2月24日，共5个工作日。', '公示时间'],
    ['a notice\'s part on the time allowed', '二、严格报送时限各县（区）人民政府的年度报告，须于2月20日前报送。', '严格报送时限'],
    ['a part on the outcome', '二、评查结果市生态环境局等8个单位案卷质量较高，评为优秀等次。', '评查结果'],
    ['a part on the scope', '二、评查范围2019年1月1日至12月31日期间办结的行政处罚案卷。', '评查范围'],
    ['a part with no other matters', '二、其他需要报告的事项无。', '其他需要报告的事项'],
    ['an interpretation\'s part on what marks the rules', '二、主要特点《办法》主要有以下三个特点：一是明确审核主体。', '主要特点'],
  ])('%s', (_name, line, heading) => {
    expect(headings(['一、主要工作开展情况', '全年办结复议案件。', line])[1]).toBe(heading)
  })
  it.each([
    ['the other part headings carry sentences too', ['一、加强组织领导，成立工作专班。', '二、存在问题在看到成绩的同时，我们也认识到不足。']],
    ['a paragraph that reaches no clause mark', ['一、工作开展情况', '二、其他需要报告的情况无']],
    ['a heading that is only its noun', ['一、工作开展情况', '二、建议实行行政执法责权统一，取消条块管理。']],
    ['a heading run in before its full stop', ['一、工作开展情况', '二、部分任务推进滞后。《实施方案》中2项任务进展滞后，未能按期完成。']],
    ['a sentence heading below the parts', ['一、工作开展情况', '（一）规范执法', '（二）进度滞后任务集中在数字法治政府建设领域，部门间数据共享仍有壁垒。']],
  ])('leaves %s as it was', (_name, lines) => {
    const flat = (sections: Section[]): string[] => sections.flatMap((s) => [s.heading, ...flat(s.children)])
    const last = (lines[lines.length - 1] as string).replace(/^(?:[一二三四五]、|（[一二三四五]）)/, '')
    expect(flat(split(lines))).toContain(last.replace(/。$/, '').split('。')[0])
  })
  describe('on a page whose line breaks were lost, where no heading could stand alone', () => {
    // as the unflatten stage leaves such a page: each part opens a paragraph, its heading run in
    const lines = [
      '一、主要举措和成效过去一年，我委坚持以上率下，推动法治建设各项任务落实。',
      '二、制定依据《实施方案》以中共中央、国务院印发的纲要为依据，结合本县实际制定。',
      '三、存在的问题和下一步打算过去一年，我委法治建设虽取得一定成效，但仍存在不足。',
    ]
    const sections = (lineBreaksLost: boolean) => splitSections(segment(lines.join('\n')), { lineBreaksLost }).map((s) => s.heading)
    it('cuts every part heading after its noun', () => {
      expect(sections(true)).toEqual(['主要举措和成效', '制定依据', '存在的问题和下一步打算'])
    })
    it('leaves them run in on a page that kept its lines', () => {
      expect(sections(false)[0]).toBe('主要举措和成效过去一年，我委坚持以上率下，推动法治建设各项任务落实')
    })
    const headingsOf = (parts: string[]) => splitSections(segment(parts.join('\n')), { lineBreaksLost: true }).map((s) => s.heading)
    it('ends a heading of two clauses in its second', () => {
      expect(
        headingsOf([
          '一、充分肯定成绩，清醒认识依法行政工作面临的形势近年来，全市各级各部门认真贯彻纲要，依法行政工作取得了明显成效。',
          '二、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况街道工委书记带头落实第一责任人职责，亲自部署重要法治工作。',
        ]),
      ).toEqual(['充分肯定成绩，清醒认识依法行政工作面临的形势', '2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况'])
    })
    it('reads a noun with 不 after it as a sentence\'s subject, no heading\'s end', () => {
      expect(headingsOf(['一、禁烧范围本镇行政区域内全域禁止露天焚烧秸秆。', '二、对工作措施不力、出现火点的村，按照有关办法扣减运转经费；造成严重后果的，依法处理。'])[1]).toBe(
        '对工作措施不力、出现火点的村，按照有关办法扣减运转经费',
      )
    })
    it('keeps a heading of two clauses whole at its full stop', () => {
      expect(headingsOf(['一、强化组织保障，确保各项任务全面落实到位。县政府成立工作专班，定期调度。'])).toEqual(['强化组织保障，确保各项任务全面落实到位'])
    })
  })
})

describe('split-sections: a heading below the parts run into its paragraph (sections/glued-paragraph)', () => {
  const children = (lines: string[]) => split(lines)[0]?.children.map((s) => s.heading)
  it('cuts a plan\'s stage after its months in brackets on a page that lost its line breaks', () => {
    const lines = ['一、实施步骤', '（一）动员部署阶段（2023年4月—6月）各县区、各部门对照本方案制定具体创建方案，于6月30日前报备。', '（二）全面创建阶段（2023年7月—2024年12月）各县区全面推进各项创建任务。']
    const stages = (lineBreaksLost: boolean) => splitSections(segment(lines.join('\n')), { lineBreaksLost })[0]?.children.map((s) => s.heading)
    expect(stages(true)).toEqual(['动员部署阶段（2023年4月—6月）', '全面创建阶段（2023年7月—2024年12月）'])
    expect(stages(false)?.[0]).toBe('动员部署阶段（2023年4月—6月）各县区、各部门对照本方案制定具体创建方案，于6月30日前报备')
  })
  it('reads a heading and its part\'s 无 after a space as the heading and its text', () => {
    const sections = split(['一、主要举措', '全年办理行政复议案件12件。', '二、其他需要报告的事项 无'])
    expect(outline(sections)).toEqual([['一、', '主要举措'], ['二、', '其他需要报告的事项']])
    expect(sections[1]?.text).toContain('无')
  })

  it('cuts no heading of a preposition and a noun, a sentence\'s opening', () => {
    const sections = split(['一、总体要求', '二、工作措施', '三、在保障体育功能的前提下，运营单位可以对场馆设施进行适度的功能调整。'])
    expect(sections.map((s) => s.heading)).toEqual(['总体要求', '工作措施', '在保障体育功能的前提下，运营单位可以对场馆设施进行适度的功能调整'])
  })

  it('cuts after the heading noun where the paragraph opens as a plan\'s does', () => {
    expect(
      children(['一、总体要求', '（一）指导思想坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。', '（二）主要目标到2025年，政府行为全面纳入法治轨道。', '（三）工作原则']),
    ).toEqual(['指导思想', '主要目标', '工作原则'])
  })
  it.each([
    ['a copula after the noun', '（一）困难残疾人生活补贴对象为具有本市户籍且符合以下条件之一的人员：'],
    ['a verb after the noun', '（一）进度滞后任务集中在数字法治政府建设领域，部门间数据共享仍有壁垒。'],
  ])('leaves %s as it was', (_name, line) => {
    expect(children(['一、补贴范围', line, '（二）工作原则'])?.[0]).toBe(line.replace(/^（一）/, '').split(/[。；：]/)[0])
  })
})

describe('split-sections: a marker alone on its line (sections/marker-alone)', () => {
  it('reads the line after a marker alone as its heading, and a marker inside an open sentence as no section', () => {
    const lines = ['为深入推进依法行政，制定本方案。', '一、', '总体要求', '坚持以习近平法治思想为指导。', '二、', '保障措施', '（一）', '强化督促检查。', '督察重点包括三个方面，', '一是', '任务分解是否到位，', '二是', '工作台账是否健全。']
    expect(outline(split(lines))).toEqual([
      ['一、', '总体要求'],
      ['二、', '保障措施', [['（一）', '强化督促检查']]],
    ])
  })
})

describe('split-sections: a table of contents (sections/table-of-contents)', () => {
  const regulation = [
    '某市农村生活垃圾治理条例',
    '目　　录',
    '第一章　总则',
    '第二章　源头减量与分类投放',
    '第三章　附则',
    '第一章　总则',
    '第一条　为了加强农村生活垃圾治理，制定本条例。',
    '第二章　源头减量与分类投放',
    '第二条　农村生活垃圾实行分类投放。',
    '第三章　附则',
    '第三条　本条例自2024年1月1日起施行。',
  ]
  it('reads the chapters the 目录 lists once, with their articles', () => {
    expect(split(regulation).map((s) => [s.heading, s.children.map((c) => c.marker)])).toEqual([
      ['总则', ['第一条']],
      ['源头减量与分类投放', ['第二条']],
      ['附则', ['第三条']],
    ])
  })
  it('keeps a list of items alone on their lines, numbered again further on', () => {
    const lines = ['一、学历', '1. 本科及以上学历（30分）', '2. 专科（20分）', '3. 高中（10分）', '二、专利', '1. 近5年获得授权的有效专利', '2. 从事技术创新']
    expect(split(lines)[0]?.children.map((c) => c.heading)).toEqual(['本科及以上学历（30分）', '专科（20分）', '高中（10分）'])
  })
})

describe('split-sections: the notes under the signature (sections/notes-after-signature)', () => {
  it('ends the tree at a notes label below the signature', () => {
    const sections = splitSections(
      segment(['某区2023年国民经济和社会发展统计公报', '一、综合', '全年实现地区生产总值1200亿元。', '二、农业', '全年粮食产量12万吨。', '某区统计局', '2024年3月15日', '注释：', '1.本公报中2023年数据均为初步统计数。', '2.地区生产总值按现价计算。'].join('\n')),
    )
    expect(sections.map((s) => [s.heading, s.children.length])).toEqual([['综合', 0], ['农业', 0]])
  })
})

describe('split-sections: a heading that ends in a colon', () => {
  it('ends there, the rest is its text', () => {
    const [section] = split(['一、主要做法：全年办理行政复议案件12件，全部依法按期办结。'])
    expect([section?.heading, section?.text]).toEqual(['主要做法', '全年办理行政复议案件12件，全部依法按期办结。'])
  })
  it('keeps a sentence with a colon in it as it was', () => {
    const [section] = split(['一、坚持依法决策，重大事项做到：调研论证、风险评估。'])
    expect(section?.heading).toBe('坚持依法决策，重大事项做到：调研论证、风险评估')
  })
})

describe('run-in headings and attachments', () => {
  const sectionsOf = (lines: string[]) => splitSections(segment(lines.join('\n')))
  it('cuts a run-in heading at its first 。 or ；', () => {
    const [section] = sectionsOf(['一、存在的不足', '一是法治宣传的针对性有待加强；二是基层执法人员专业素质参差不齐。'])
    expect(section?.children.map((c) => c.heading)).toEqual(['法治宣传的针对性有待加强'])
  })
  it('ends the tree where an attachment below the signature numbers from 一 again', () => {
    const sections = sectionsOf([
      '某市医疗保障局关于调整门诊特定病种范围的通知',
      '一、调整病种范围，自2019年7月1日起执行。',
      '二、本通知自2019年7月1日起实施。',
      '某市医疗保障局',
      '2019年6月14日',
      '附件2',
      '一、高血压病',
      '二、糖尿病',
    ])
    expect(sections.map((s) => s.marker + s.heading)).toEqual(['一、调整病种范围，自2019年7月1日起执行', '二、本通知自2019年7月1日起实施'])
  })
})
