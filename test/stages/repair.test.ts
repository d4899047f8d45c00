import { describe, expect, it } from 'vitest'
import { repair } from '../../src/stages/repair.js'

const fix = (text: string) => repair(text).text
const rules = (text: string) => repair(text).edits.map((e) => e.rule)

describe('repair: damaged strings, each certain', () => {
  it.each([
    ['2021415日', '2021年4月15日', 'repair/date-lost-year-month'],
    ['2019年1230日前完成', '2019年12月30日前完成', 'repair/date-lost-month'],
    ['20216月底前，完成清理', '2021年6月底前，完成清理', 'repair/date-lost-year'],
    ['202112月底前', '2021年12月底前', 'repair/date-lost-year'],
    ['2018年3月13', '2018年3月13日', 'repair/date-lost-day'],
    ['于2013年9月26召开推进会', '于2013年9月26日召开推进会', 'repair/date-lost-day'],
    ['截至2021年12月31，全县', '截至2021年12月31日，全县', 'repair/date-lost-day'],
    ['《规划纲要（20212025年）》', '《规划纲要（2021—2025年）》', 'repair/year-range-lost-dash'],
    ['20212025年）实施方案》的通知', '（2021—2025年）实施方案》的通知', 'repair/range-lost-open-bracket'],
    ['《法治政府建设实施纲要2015-2020年）》', '《法治政府建设实施纲要（2015-2020年）》', 'repair/range-lost-open-bracket'],
    ['溪政办发〔20215', '溪政办发〔2021〕5号', 'repair/doc-number-lost-bracket'],
    ['湘政发【2012】33号', '湘政发〔2012〕33号', 'repair/doc-number-brackets'],
    // the 代字 of an 通告 series ends in 告
    ['严格执行《条例》（深府通告【2023】3号）规定', '严格执行《条例》（深府通告〔2023〕3号）规定', 'repair/doc-number-brackets'],
    ['来政告〔20242', '来政告〔2024〕2号', 'repair/doc-number-lost-bracket'],
    ['国办发﹝2018﹞37号', '国办发〔2018〕37号', 'repair/doc-number-brackets'],
    ['中发202133号', '中发〔2021〕33号', 'repair/doc-number-lost-bracket'],
    ['共溪岚县委办公室', '中共溪岚县委办公室', 'repair/lost-leading-char'],
    ['共某县人民政府党组', '中共某县人民政府党组', 'repair/lost-leading-char'],
    ['任单位：县市场监管局', '责任单位：县市场监管局', 'repair/lost-leading-char'],
    ['头单位：县司法局', '牵头单位：县司法局', 'repair/lost-leading-char'],
    ['成时限：2022年底前', '完成时限：2022年底前', 'repair/lost-leading-char'],
    ['二）规范行政执法', '（二）规范行政执法', 'repair/heading-lost-bracket'],
    ['??三、组织保障', '三、组织保障', 'repair/heading-junk'],
    ['根据中发202133号文件精神', '根据中发〔2021〕33号文件精神', 'repair/doc-number-lost-bracket'],
    ['落实国办发20185号要求', '落实国办发〔2018〕5号要求', 'repair/doc-number-lost-bracket'],
    // zero-padded dates: four digits with a zero are month and day, padded both
    ['20190307日召开', '2019年03月07日召开', 'repair/date-lost-year-month'],
    ['2018年0911日', '2018年09月11日', 'repair/date-lost-month'],
    ['201905月20日前完成', '2019年05月20日前完成', 'repair/date-lost-year'],
    // a deadline's month that lost its unit before the part of the month it names
    ['完成时限：2023年9底前', '完成时限：2023年9月底前', 'repair/date-lost-month-unit'],
    ['2023年6上旬召开', '2023年6月上旬召开', 'repair/date-lost-month-unit'],
    ['2024年12初完成', '2024年12月初完成', 'repair/date-lost-month-unit'],
    ['于20201105日印发', '于2020年11月05日印发', 'repair/date-lost-year-month'],
    // 文号 in running text
    ['（某办发（2018）12号）', '（某办发〔2018〕12号）', 'repair/doc-number-brackets'],
    ['按照湘政办发【2019】7号要求', '按照湘政办发〔2019〕7号要求', 'repair/doc-number-brackets'],
    ['（国办发﹝2018﹞37号）', '（国办发〔2018〕37号）', 'repair/doc-number-brackets'],
    // a 代字 that ends like an organ, abbreviated: no full organ's name
    ['《实施纲要》（泸政党组[2020]53号）', '《实施纲要》（泸政党组〔2020〕53号）', 'repair/doc-number-brackets'],
    ['按照某政201764号文件', '按照某政〔2017〕64号文件', 'repair/doc-number-lost-bracket'],
    ['某府201912号文件精神', '某府〔2019〕12号文件精神', 'repair/doc-number-lost-bracket'],
    ['转发某发〔201536号', '转发某发〔2015〕36号', 'repair/doc-number-lost-bracket'],
    ['依据某发2015〕36号', '依据某发〔2015〕36号', 'repair/doc-number-lost-bracket'],
    ['某县发20174', '某县发〔2017〕4号', 'repair/doc-number-lost-bracket'],
    // Word dumps: spaces inside dates and numbers
    ['2021 年 3 月 5 日', '2021年3月5日', 'repair/date-spaces'],
    ['截至2017年10月 9 日，全县', '截至2017年10月9日，全县', 'repair/date-spaces'],
    ['某县 2019 年法治政府建设', '某县 2019年法治政府建设', 'repair/date-spaces'],
    ['发布时间：2019- 03- 08 09: 41', '发布时间：2019-03-08 09:41', 'repair/date-spaces'],
    // the space before a date may be the page's (某办公室 2024年1月11日印发): only the date's own go
    ['于12月20日至 12 月 28 日开展实地考核', '于12月20日至 12月28日开展实地考核', 'repair/date-spaces'],
    ['某政发〔2020〕15 号', '某政发〔2020〕15号', 'repair/doc-number-spaces'],
    // Latin o for 〇, a stray ? for a lost full-width space
    ['二oo八年六月三日', '二〇〇八年六月三日', 'repair/latin-o-in-numeral'],
    ['（二OO九年四月十八日）', '（二〇〇九年四月十八日）', 'repair/latin-o-in-numeral'],
    ['各项任务全面完成。?下一步，我县将', '各项任务全面完成。下一步，我县将', 'repair/stray-question-mark'],
    ['？？为深入贯彻落实上级部署，现将有关情况报告如下：', '为深入贯彻落实上级部署，现将有关情况报告如下：', 'repair/stray-question-mark'],
    ['第一条？为了规范行政执法行为，制定本办法。', '第一条 为了规范行政执法行为，制定本办法。', 'repair/stray-question-mark'],
    ['按照溪政办发〔20215文件要求', '按照溪政办发〔2021〕5号文件要求', 'repair/doc-number-lost-bracket'],
    ['某县发20174 签发人：王某某', '某县发〔2017〕4号 签发人：王某某', 'repair/doc-number-lost-bracket'],
    ['某政发（2020）15 号', '某政发〔2020〕15号', 'repair/doc-number-brackets'],
    ['第一章?总则', '第一章 总则', 'repair/stray-question-mark'],
    ['（一）?乡镇综合执法队伍建设', '（一）乡镇综合执法队伍建设', 'repair/stray-question-mark'],
    ['按照晋政办发〔2019〕22文件要求', '按照晋政办发〔2019〕22号文件要求', 'repair/doc-number-lost-bracket'],
    ['（2024年1月5）', '（2024年1月5日）', 'repair/date-lost-day'],
  ])('%s → %s (%s)', (input, expected, rule) => {
    expect(fix(input)).toBe(expected)
    expect(rules(input)).toEqual([rule])
  })

  it('accepts 29 February only in leap years', () => {
    expect(fix('2020229日')).toBe('2020年2月29日')
    expect(fix('2021229日')).toBe('2021229日')
  })

  it('keeps an ambiguous date and records its readings', () => {
    const result = repair('2017112日')
    expect(result.text).toBe('2017112日')
    expect(result.findings).toEqual([
      expect.objectContaining({ before: '2017112日', alternatives: ['2017年1月12日', '2017年11月2日'], confidence: 0.5 }),
    ])
    expect(result.messages.map((m) => m.code)).toEqual(['ambiguous-date'])
  })
})

describe('repair: an organ\'s line that lost its first character, its whole name printed on the page', () => {
  const page = (signer: string) => ['西吉县人民政府办公室关于印发2023年法治政府建设工作要点的通知', '各乡镇人民政府：', '现印发给你们，请认真贯彻落实。', signer, '2023年3月20日'].join('\n')

  it('restores it from the title\'s organ', () => {
    const result = repair(page('吉县人民政府办公室'))
    expect(result.text.split('\n')[3]).toBe('西吉县人民政府办公室')
    expect(result.edits.map((e) => [e.rule, e.before, e.after])).toEqual([['repair/lost-leading-char', '吉县人民政府办公室', '西吉县人民政府办公室']])
  })

  it('leaves a name the page prints whole, a short form, and a name no longer print ends with', () => {
    expect(repair(page('西吉县人民政府办公室')).edits).toEqual([])
    expect(repair(page('县政府办公室')).edits).toEqual([])
    expect(repair(page('隆德县人民政府办公室')).edits).toEqual([])
  })
})

describe('repair: numbers that are not damaged dates are never touched', () => {
  const untouched = [
    '全年办理案件96468件', '12345热线', '12345政务服务便民热线', '联系电话：0662-3367662', '0856-8223456',
    '粤ICP备05062564号-1', '粤公网安备 44170202000121号', '网站标识码：4417000019', '索引号：000014348/2021-03550',
    '11522632MB1C47265X/2023-00126', '20191202-189769', '投入资金1.5亿元', '占比98.6%', '1.5万人次',
    '2022年，我县', '2017年度', '2017年3月16日', '2016—2020年', '（2016—2020年）', '2015-2020', '2021-2025年',
    '十四五', '第2023001号', '邮编：545000', '受理12315投诉', '3·15', '2023-03-15 09:30', '2018年6月9日',
    '2011年', '19:30', '100%', '（2019）12号', '湘政办发〔2019〕33号', '共青团某县委', '共建共享', '共同推进',
    '任务单位：县司法局', '责任单位：县司法局', '全年共20177人次参加培训', '2017年1月至12月', '1998年以来',
    '2020年12月31日', '二〇一八年六月九日', '2018.01.09', '2018/1/5', '2020年第3号', '第45号令', '8个月',
    '20个工作日', '2022年度全县GDP增长6.5%', '2021年3月15至16日', '2021年3月15、16日', '截至12月31日', '2020年2月30召开', '编号：2021001', '00001434', '4400', '2017年第二季度',
    // look-alikes of the zero-padded, bracket-less and spaced forms
    '编号20210918', '投资20055万元', '项目编号：20190307', '京ICP备2021012345号', '苏ICP备2020123号', '公网安备2019123号',
    '第2019123号', '许可证2019123号', '（2019）湘01民终12号', '（2019）12号', '2019年05月20日', '2019年03月07日',
    '2023年9月底前', '2023年1初步建成', '2023年13底', '2022年底前', '2021年6月上旬',
    '2019 12 30', '共 2019 人', '2019 - 2020学年', '10 号楼', '12345 热线', '一、为什么要出台《办法》？', '如何加强执法监督？',
    '是否符合法定程序?', '二〇〇八年六月三日', 'O2O模式', '2oo8', '全年完成200903件', '2019年度 3项', '受理2019年 12345热线',
    // questions of a 解读's Q&A, with and without a question word; a heading ending in ？ on a page
    // that shows no mark of a lost full-width space
    '问：该政策有效期多长？', '问：何时开始施行？', '问：谁可以申请法律援助？', '问：企业能不能享受这项优惠？',
    '问：是先起诉还是先复议？', '问：外地户籍人员也可以申请？', '一、政策出台的背景和依据？', '四、几点体会？',
    // measure words after a day's digits; numbers of other things after a citing word
    '2022年3月8个部门', '2021年5月20时许', '2020年1月5名', '按照省厅统一部署，对证书2019123号进行注销',
    '（执行案件2020156号）', '见附件2019123号表格', '请来电2021123号回复', '（发票2019123号）', '依据采购合同2021123号',
    // codes in brackets, a case number with 第, an organ before a year in brackets, 共 + verb
    '（统一编号20192025）', '（登记号：20192021）', '某劳人仲案字（2019）第12号', '某仲裁委员会（2019）12号裁决',
    '共有县委、县政府等12家单位参加。', '共涉及市委、市政府等部门',
    '2023年3月5场', '全年开展2023年3月8轮督查', '第 3 期', '共 12 月', '13 月 5 日',
  ]
  it.each(untouched)('%s', (text) => {
    expect(fix(text)).toBe(text)
    expect(repair(text).findings).toEqual([])
  })
  it('has at least 50 strings in the table', () => {
    expect(untouched.length).toBeGreaterThanOrEqual(50)
  })
})

describe('repair: evidence picks one reading of an ambiguous date', () => {
  it('repair/evidence-same-date: the same date printed elsewhere on the page', () => {
    const result = repair('会议于2017112日召开。\n2017年11月2日，县政府印发通知。')
    expect(result.text.split('\n')[0]).toBe('会议于2017年11月2日召开。')
    expect(result.edits[0]).toMatchObject({ confidence: 0.9, alternatives: ['2017年1月12日'] })
    expect(result.findings).toEqual([])
  })
  it('repair/evidence-signed-before-published: a signature date within the year before the 发布日期', () => {
    const text = '某县人民政府\n2017112日'
    expect(repair(text, { evidence: { published: '2017-01-20' } }).text).toBe('某县人民政府\n2017年1月12日')
    // both readings fall within the year before; only 11月2日 within the weeks before
    expect(repair(text, { evidence: { published: '2017-11-20' } }).text).toBe('某县人民政府\n2017年11月2日')
    expect(repair(text, { evidence: { published: '2018-01-05' } }).findings).toHaveLength(1) // both within the year, neither within weeks
    expect(repair(text).findings).toHaveLength(1)
  })
  it('repair/evidence-signed-before-printed: a signature date within 60 days before the 印发 date', () => {
    const text = '中共某县委办公室\n2017112日\n中共某县委办公室 2017年1月20日印发'
    expect(repair(text).text.split('\n')[1]).toBe('2017年1月12日')
  })
  it('repair/date-all-units-lost: digits under the signers, only with the 发布日期 as evidence', () => {
    const text = '某市人民政府办公室\n201395'
    const withEvidence = repair(text, { evidence: { published: '2013-09-16' } })
    expect(withEvidence.text).toBe('某市人民政府办公室\n2013年9月5日')
    expect(withEvidence.edits[0]).toMatchObject({ rule: 'repair/date-all-units-lost', confidence: 0.9 })
    const alone = repair(text)
    expect(alone.text).toBe(text)
    expect(alone.findings[0]).toMatchObject({ before: '201395', alternatives: ['2013年9月5日'] })
    expect(alone.messages.map((m) => m.code)).toEqual(['ambiguous-date'])
    expect(repair('全年共处理201395件').text).toBe('全年共处理201395件')
  })
  it('repair/date-all-units-lost: the reading within weeks of the 发布日期 wins over one within the year', () => {
    // 2016124: 2016年1月24日 or 2016年12月4日; published 2016-12-09 → signed days before it
    const text = '中共某县委\n某县人民政府\n2016124'
    const result = repair(text, { evidence: { published: '2016-12-09' } })
    expect(result.text.split('\n')[2]).toBe('2016年12月4日')
    expect(result.edits[0]).toMatchObject({ rule: 'repair/date-all-units-lost', confidence: 0.9, alternatives: ['2016年1月24日'] })
    expect(repair(text).text).toBe(text)
  })
  it('repair/stray-question-mark: a ？ ending a line only on a page that shows the marks of lost spaces', () => {
    expect(fix('各项任务全面完成。?\n一、基本情况?')).toBe('各项任务全面完成。\n一、基本情况')
    expect(fix('各项任务全面完成。？\n二、存在的问题？')).toBe('各项任务全面完成。\n二、存在的问题')
    expect(fix('各项任务全面完成。?\n一、为什么要出台《办法》？')).toBe('各项任务全面完成。\n一、为什么要出台《办法》？')
    expect(fix('一、基本情况？\n二、存在的问题？')).toBe('一、基本情况？\n二、存在的问题？')
  })
  it('repair/stray-question-mark: on a Q&A page every numbered heading keeps its ？', () => {
    const page = '各项任务全面完成。?\n一、为什么出台《条例》？\n五、违规停放充电的法律责任？'
    expect(fix(page)).toBe('各项任务全面完成。\n一、为什么出台《条例》？\n五、违规停放充电的法律责任？')
  })
  it('repair/date-all-units-lost: a date the body cites yields to the weeks before the 发布日期', () => {
    const text = '按照2023年1月12日印发的方案，现将有关情况报告如下。\n某县司法局\n2023112'
    expect(repair(text, { evidence: { published: '2023-11-06' } }).text.split('\n')[2]).toBe('2023年11月2日')
  })
  it('repair/date-all-units-lost: names and numbers in a column are a table, not a signature', () => {
    const evidence = { evidence: { published: '2023-04-20' } }
    expect(repair('城关镇\n202345\n河口镇\n202346', evidence).edits).toEqual([])
    expect(repair('单位\n金额（元）\n云岭县市场监督管理局\n202315\n云岭县司法局\n85600', { evidence: { published: '2023-01-20' } }).edits).toEqual([])
    expect(repair('某某县司法局 2016128\n某某县信访局 2015123', { evidence: { published: '2016-12-20' } }).edits).toEqual([])
    expect(repair('某某县市场监督管理局（某某县知识产权局）\n2021315', { evidence: { published: '2021-03-20' } }).text).toBe('某某县市场监督管理局（某某县知识产权局）\n2021年3月15日')
    expect(repair('某县人民政府办公室 2017318印发', { evidence: { published: '2017-03-25' } }).text).toBe('某县人民政府办公室 2017年3月18日印发')
  })
  it('repair/doc-number-lost-bracket: a list of 文号 joined by 、', () => {
    expect(fix('县政府出台了某政20195号、某政201912号两个文件。')).toBe('县政府出台了某政〔2019〕5号、某政〔2019〕12号两个文件。')
  })
  it('repair/date-all-units-lost: digits after the signer on the signer’s own line', () => {
    const result = repair('某县司法局 2016124', { evidence: { published: '2016-12-09' } })
    expect(result.text).toBe('某县司法局 2016年12月4日')
    expect(repair('全年共处理 2016124', { evidence: { published: '2016-12-09' } }).edits).toEqual([])
  })
  it('flags a document number whose year was lost, and never gives it one', () => {
    const result = repair('依据國發〔〕33號文件'.replace('國發', '国发').replace('號', '号'))
    expect(result.edits).toEqual([])
    expect(result.messages.map((m) => m.code)).toEqual(['doc-number-year-missing'])
  })
})
