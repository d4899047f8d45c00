import { describe, expect, it } from 'vitest'
import { segment } from '../../src/stages/segment.js'

const roles = (lines: string[]) => segment(lines.join('\n')).map((b) => [b.role, b.text])

describe('segment', () => {
  it('reads a 通知 head: masthead, number, issuers, wrapped title, 主送', () => {
    expect(
      roles([
        '某市人民政府文件',
        '某政发〔2021〕12号',
        '中共某市委',
        '某市人民政府',
        '关于印发《某市法治政府建设',
        '实施方案（2021—2025年）》的通知',
        '各县（市、区）人民政府，市政府各部门：',
        '现将《某市法治政府建设实施方案（2021—2025年）》印发给你们，请认真贯彻执行。',
      ]),
    ).toEqual([
      ['masthead', '某市人民政府文件'],
      ['doc-number', '某政发〔2021〕12号'],
      ['issuer', '中共某市委'],
      ['issuer', '某市人民政府'],
      ['title', '关于印发《某市法治政府建设'],
      ['title', '实施方案（2021—2025年）》的通知'],
      ['recipients', '各县（市、区）人民政府，市政府各部门：'],
      ['content', '现将《某市法治政府建设实施方案（2021—2025年）》印发给你们，请认真贯彻执行。'],
    ])
  })

  it('reads schools and kindergartens as addressees of a 主送', () => {
    expect(roles(['关于做好2023年度教育系统法治建设重点工作的通知', '各中小学、幼儿园，局机关各科室、直属事业单位：', '为深入贯彻落实纲要，现将有关事项通知如下。'])[1]?.[0]).toBe('recipients')
  })

  it('reads a title by its position above a 主送 printed over two lines', () => {
    const lines = ['某区人民政府办公室关于做好2020年度法治政府建设情况报告工作的', '各街道办事处、镇人民政府，区政府各部门、各直属机构，', '省、市驻区各有关单位：', '现就做好2020年度法治政府建设情况报告工作通知如下。']
    expect(roles(lines)[0]).toEqual(['title', lines[0]])
  })

  it('reads the adopting meeting\'s bracket under the title printed over two lines', () => {
    expect(
      roles(['沂南县人民代表大会常务委员会关于进一步加强法治政府建设的决议', '（2024年8月28日沂南县第十九届人民代表大会', '常务委员会第二十一次会议通过）', '县人民政府2023年以来认真贯彻落实法治政府建设实施纲要。']),
    ).toEqual([
      ['title', '沂南县人民代表大会常务委员会关于进一步加强法治政府建设的决议'],
      ['title-date', '（2024年8月28日沂南县第十九届人民代表大会'],
      ['title-date', '常务委员会第二十一次会议通过）'],
      ['content', '县人民政府2023年以来认真贯彻落实法治政府建设实施纲要。'],
    ])
  })

  it('reads a 主送 printed over two lines, the first ending with a comma', () => {
    expect(
      roles([
        '枝江市人民政府关于印发《枝江市法治政府建设实施方案（2021—2025年）》的通知',
        '枝府发〔2022〕3号',
        '各镇人民政府、街道办事处，市政府各部门，',
        '姚家港化工园管委会，枝江经济开发区管委会：',
        '现将《枝江市法治政府建设实施方案（2021—2025年）》印发给你们，请结合实际，认真贯彻执行。',
      ]).slice(2, 4),
    ).toEqual([
      ['recipients', '各镇人民政府、街道办事处，市政府各部门，'],
      ['recipients', '姚家港化工园管委会，枝江经济开发区管委会：'],
    ])
  })

  it('reads the document\'s own head printed below a platform\'s summary: organ, kind line, 文号', () => {
    expect(
      roles([
        '某公司超过水污染物排放标准排放水污染物案',
        '违法事实 | 当事人废水总排口外排废水中化学需氧量浓度超标。',
        '常州市生态环境局',
        '行政处罚决定书',
        '常环行罚〔2024〕112号',
        '当事人：某公司',
      ]).slice(2, 5),
    ).toEqual([
      ['title', '常州市生态环境局'],
      ['title', '行政处罚决定书'],
      ['doc-number', '常环行罚〔2024〕112号'],
    ])
  })

  it('reads a speech: the date under its speaker, and the people it addresses', () => {
    expect(roles(['在全市依法行政工作会议上的讲话', '市长　周立群', '（2009年4月18日）', '同志们：', '这次全市依法行政工作会议，是市政府决定召开的。'])).toEqual([
      ['title', '在全市依法行政工作会议上的讲话'],
      ['content', '市长　周立群'],
      ['title-date', '（2009年4月18日）'],
      ['recipients', '同志们：'],
      ['content', '这次全市依法行政工作会议，是市政府决定召开的。'],
    ])
  })

  it('reads a speech whose speaker and date share one bracket under its title', () => {
    expect(roles(['在全市法治政府建设工作会议上的讲话', '（市委常委、常务副市长 周立新　2024年3月22日）', '同志们：', '今天，市政府召开全市法治政府建设工作会议。'])).toEqual([
      ['title', '在全市法治政府建设工作会议上的讲话'],
      ['title-date', '（市委常委、常务副市长 周立新　2024年3月22日）'],
      ['recipients', '同志们：'],
      ['content', '今天，市政府召开全市法治政府建设工作会议。'],
    ])
  })

  it('reads a signer and the date printed on one line below the body as a signature', () => {
    const body = ['某县司法局2021年法治政府建设工作总结', '2021年，我局坚持依法行政，取得明显成效。']
    for (const line of ['槐川县交通运输局2021年12月30日', '槐川县交通运输局 2021年12月30日', '中共某县委 某县人民政府 2021年12月30日']) {
      const blocks = segment([...body, line].join('\n'))
      const [signer, date] = blocks.slice(-2)
      expect([signer?.role, signer?.text, date?.role, date?.text]).toEqual(['signer', line.replace(/\s*2021年12月30日$/, ''), 'signature-date', '2021年12月30日'])
      const text = [...body, line].join('\n')
      expect([text.slice(signer?.start, signer?.end), text.slice(date?.start, date?.end)]).toEqual([signer?.text, date?.text])
    }
  })
  it('reads a signer and the date in brackets after it on one line as a signature', () => {
    const body = ['某县司法局2021年法治政府建设工作总结', '2021年，我局坚持依法行政，取得明显成效。']
    const blocks = segment([...body, '桐溪县人民政府（2023年3月15日）'].join('\n'))
    expect(blocks.slice(-2).map((b) => [b.role, b.text])).toEqual([
      ['signer', '桐溪县人民政府'],
      ['signature-date', '（2023年3月15日）'],
    ])
  })
  it('leaves such a line above the body whole, and a sentence with a date', () => {
    expect(roles(['某县人民政府2021年12月30日', '2021年，我局坚持依法行政，取得明显成效。', '截至2021年12月30日']).map(([, text]) => text)).toEqual([
      '某县人民政府2021年12月30日',
      '2021年，我局坚持依法行政，取得明显成效。',
      '截至2021年12月30日',
    ])
  })

  it('reads the closing parts: 附件说明, signers, date, 附注, 抄送, 印发', () => {
    expect(
      roles([
        '请各单位认真组织实施。',
        '附件：1.某县行政执法案卷评查标准',
        '2.某县行政执法案卷评查登记表',
        '某县人民政府办公室',
        '2020年2月28日',
        '（此件公开发布）',
        '抄送：县委办，县人大常委会办公室。',
        '某县人民政府办公室 2020年3月2日印发',
      ]).map(([role]) => role),
    ).toEqual(['content', 'attachment-note', 'attachment-note', 'signer', 'signature-date', 'note', 'cc', 'imprint'])
  })

  it('reads a bracket naming whom to call right under the date as a 附注, and not inside the body', () => {
    expect(roles(['请各单位认真组织实施。', '某街道办事处', '2024年2月26日', '（联系人：王丽娟，联系电话：0816-2231465）']).map(([role]) => role)).toEqual([
      'content',
      'signer',
      'signature-date',
      'note',
    ])
    expect(roles(['请于3月1日前报送。', '（联系人：王丽娟，联系电话：0816-2231465）', '二、工作要求']).map(([role]) => role)[1]).toBe('content')
  })

  it('reads any statement in brackets right under the date as a 附注', () => {
    expect(roles(['逾期不缴纳罚款的，本局将依法加处罚款。', '于都县市场监督管理局', '2024年5月17日', '（市场监督管理部门将依法向社会公示本行政处罚决定信息）']).map(([role]) => role)).toEqual([
      'content',
      'signer',
      'signature-date',
      'note',
    ])
    expect(roles(['全面完成年度任务。', '某镇人民政府', '2024年1月5日', '（2024年1月5日）']).map(([role]) => role)[3]).not.toBe('note')
  })

  it('marks two signers on one line and a Chinese-numeral date', () => {
    expect(roles(['全面完成年度任务。', '中共某镇委员会 某镇人民政府', '二〇一五年三月十二日']).map(([r]) => r)).toEqual([
      'content',
      'signer',
      'signature-date',
    ])
  })

  it('does not take a sentence ending in a colon for 主送', () => {
    expect(roles(['某县2022年度法治政府建设情况的报告', '虽然取得了一定成效，但仍存在以下不足：']).map(([r]) => r)).toEqual(['title', 'content'])
  })
})
