import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyEdits, revertEdits } from '../../src/edits.js'
import { INSERTED_PINYIN } from '../../src/rules/normalize.js'
import { detectScript, detectVariant, normalize } from '../../src/stages/normalize.js'
import { filesUnder } from '../helpers/files.js'

const norm = (text: string, keepPunctuation = false) => normalize(text, { keepPunctuation }).text

describe('normalize: punctuation beside Chinese text', () => {
  it.each([
    ['来源:市府办', '来源：市府办'],
    ['2022年,我县坚持依法行政;全年办结案件96468件!', '2022年，我县坚持依法行政；全年办结案件96468件！'],
    ['(一)深化改革', '（一）深化改革'],
    ['(1)完善程序', '（1）完善程序'],
    ['《实施纲要(2021-2025年)》', '《实施纲要（2021-2025年）》'],
    ['纲要(2015-2020)实施方案', '纲要（2015-2020）实施方案'],
    ['(一）混合括号', '（一）混合括号'],
    ['是否依法? 是。', '是否依法？是。'],
  ])('%s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected)
  })

  it.each([
    ['时间 11:24'],
    ['ICP备05062564号-1'],
    ['电话:0662-3367662'.replace(':', '：')],
    ['Version (2.0) final'],
    ['1,000 and 2,000'],
    ['http://www.gov.cn/zhengce/'],
    ['金额1.5亿元'],
  ])('leaves %s as it is', (input) => {
    expect(norm(input)).toBe(input)
  })

  it('keeps ASCII punctuation with keepPunctuation', () => {
    expect(norm('来源:市府办,(一)', true)).toBe('来源:市府办,(一)')
  })
})

describe('normalize: whitespace, glyphs, width', () => {
  it.each([
    ['  \u3000为深入推进依法行政，加快建设法治政府  \n\n\n  一、总体要求\n\n', '为深入推进依法行政，加快建设法治政府\n一、总体要求'],
    ['加快了平台建设， 建立健全了制度', '加快了平台建设，建立健全了制度'],
    ['中共某办公室\u00a0\u00a0\u00a0\u00a02017年3月18日印发', '中共某办公室 2017年3月18日印发'],
    ['⒈ 深化改革\n⒛ 改革执法体制', '1. 深化改革\n20. 改革执法体制'],
    ['⑶完善机制', '（3）完善机制'],
    ['２０２１年度ＡＢＣ', '2021年度ABC'],
    ['行\r\n政\r\n', '行\n政'],
  ])('%j', (input, expected) => {
    expect(norm(input)).toBe(expected)
  })

  it('drops and folds white space as the line-by-line definition does (random texts)', () => {
    // the definition, one line at a time with regular expressions: a blank line goes with its
    // line break (those after the last line of content with the tail), a run of spaces goes at a
    // line's edges and beside full-width punctuation and is one space elsewhere
    const blank = /^[\s\u200b]*$/
    const cjkPunctuation = /[，。、；：？！（）《》〈〉“”‘’【】〔〕「」『』…—]/
    const defined = (text: string) => {
      const edits: { rule: string; start: number; end: number; before: string; after: string }[] = []
      const lines: { start: number; text: string }[] = []
      for (let start = 0, index = 0; start <= text.length; index++) {
        const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start)
        if (start === text.length && end === start && index > 0) break
        lines.push({ start, text: text.slice(start, end) })
        start = end + 1
      }
      const lastContent = lines.findLastIndex((line) => !blank.test(line.text))
      lines.slice(0, lastContent + 1).forEach((line) => {
        if (blank.test(line.text)) {
          edits.push({ rule: 'normalize/blank-line', start: line.start, end: line.start + line.text.length + 1, before: `${line.text}\n`, after: '' })
          return
        }
        for (const m of line.text.matchAll(/[\s\u200b]+/g)) {
          const [i, j] = [m.index, m.index + m[0].length]
          const after = i === 0 || j === line.text.length || cjkPunctuation.test(line.text[i - 1] ?? '') || cjkPunctuation.test(line.text[j] ?? '') ? '' : ' '
          if (m[0] !== after) edits.push({ rule: 'normalize/whitespace', start: line.start + i, end: line.start + j, before: m[0], after })
        }
      })
      const tail = lastContent === -1 ? 0 : (lines[lastContent] as { start: number; text: string }).start + (lines[lastContent] as { text: string }).text.length
      if (tail < text.length) edits.push({ rule: 'normalize/blank-line', start: tail, end: text.length, before: text.slice(tail), after: '' })
      return edits
    }
    const units = [' ', '\u3000', '\u00a0', '\t', '\u200b', '\ufeff', '\u2028', '\n', '，', '—', '法', '治', 'a', '1']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        const options = { keepPunctuation: true, joinWrapped: false, script: 'simplified' as const }
        expect(normalize(text, options).edits).toEqual(defined(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('reports edits that reproduce and revert the text', () => {
    const input = '  来源:市府办\u3000\n\n⒈ 深化改革(试点)\n'
    const result = normalize(input)
    expect(applyEdits(input, result.edits)).toBe(result.text)
    expect(revertEdits(result.text, result.edits)).toBe(input)
  })
})

describe('normalize: Traditional pages', () => {
  const traditional = '關於2022年度法治政府建設情況的報告\n發布日期：2023-03-01 來源：縣司法局\n一、堅持黨的領導，統籌推進依法行政，健全權責清單制度。'
  it('detects the script', () => {
    expect(detectScript(traditional)).toBe('traditional')
    expect(detectScript('关于2022年度法治政府建设情况的报告')).toBe('simplified')
    expect(detectScript('关于2022年度法治政府建设情况的报告 繁體')).toBe('mixed')
  })
  it('converts a Traditional page to Simplified', () => {
    expect(norm(traditional)).toBe('关于2022年度法治政府建设情况的报告\n发布日期：2023-03-01 来源：县司法局\n一、坚持党的领导，统筹推进依法行政，健全权责清单制度。')
  })
  it('leaves a Simplified page unconverted (显著 stays 显著)', () => {
    expect(norm('成效显著，著作权保护')).toBe('成效显著，著作权保护')
  })
  it('removes pinyin that mirrors insert after characters', () => {
    expect(norm(`${traditional}\n縣人民政府辦(ban)公室發(fā)布，政（zhèng）府工作`).split('\n').pop()).toBe('县人民政府办公室发布，政府工作')
    expect(norm('人民政府办(bàn)公室')).toBe('人民政府办公室')
    expect(norm('采用(app)方式')).toBe('采用（app）方式')
  })
  it('finds inserted pinyin where a pattern opening with its look-behind finds it, and nowhere else', () => {
    const lookBehindFirst = new RegExp(`(?<=[\\u4e00-\\u9fa5])${INSERTED_PINYIN.source.replace(/\(\?<=[^)]*\)/, '')}`, 'g')
    expect(lookBehindFirst.source.startsWith('(?<=')).toBe(true)
    const found = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0], m[1]])
    const texts = ['辦(bàn)公室', '(ban)开头', 'a(ban)', '辦((ban))', '辦（fā）布(ban)', '发(fa)(ban)', '辦(bànbànbàn)', '。(ban)', '辦)(ban)', '辦(']
    for (const file of filesUnder(new URL('../../fixtures/', import.meta.url).pathname, (name) => name.endsWith('.txt'))) texts.push(readFileSync(file, 'utf8'))
    for (const text of texts) expect(found(INSERTED_PINYIN, text)).toEqual(found(lookBehindFirst, text))
    expect(found(INSERTED_PINYIN, '辦(bàn)公室 (ban)')).toEqual([[1, '(bàn)', 'bàn']])
  })
})

describe('normalize: hard-wrapped pages', () => {
  const wrapped = [
    '　　2023年，县卫生健康局在县委、县政府的坚强领导下，坚持以习近平法',
    '治思想为指导，全面落实法治政府建设各项任务，以法治思维和法治方式推动',
    '卫生健康事业高质量发展。',
    '　　（一）压实法治建设责任。局党组把法治政府建设纳入年度重点工作，与',
    '业务工作同谋划、同部署、同推进。主要负责人认真履行推进法治建设第一责',
    '任人职责，全年主持召开专题会议4次，研究解决医疗机构依法执业监管等重',
    '点问题。',
    '　　（二）推进依法科学民主决策。修订完善议事规则和重大事项集体决策制',
    '度，将基层医疗卫生机构布局调整等3项事项列入重大行政决策目录。',
  ].join('\n')
  it('joins the lines of each paragraph', () => {
    expect(norm(wrapped).split('\n')).toEqual([
      '2023年，县卫生健康局在县委、县政府的坚强领导下，坚持以习近平法治思想为指导，全面落实法治政府建设各项任务，以法治思维和法治方式推动卫生健康事业高质量发展。',
      '（一）压实法治建设责任。局党组把法治政府建设纳入年度重点工作，与业务工作同谋划、同部署、同推进。主要负责人认真履行推进法治建设第一责任人职责，全年主持召开专题会议4次，研究解决医疗机构依法执业监管等重点问题。',
      '（二）推进依法科学民主决策。修订完善议事规则和重大事项集体决策制度，将基层医疗卫生机构布局调整等3项事项列入重大行政决策目录。',
    ])
  })
  it('weighs whether a page is wrapped with its blank lines or without them alike (the body it gives, blank lines dropped, parses the same)', () => {
    const lines = wrapped.split('\n')
    const withGaps = [...lines.slice(0, 3), '', ...lines.slice(3, 7), '', ...lines.slice(7)].join('\n')
    expect(norm(withGaps).replace(/\n+/g, '\n')).toBe(norm(wrapped))
    // a page of title-like lines, one of them cut at a page break: joined or not, the same with its gap as without
    const cut = ['桐阳县人民政府关于加强行政执法协调监督工作体系建设的实施意见', '主办：北京市朝阳区人民政府办公室　　承办：北京市朝阳区政务服务和数据管理局', '修改2件、废止3件，清理结果在局门户网站公布。全年出台的2件规范性文', '中共遵义市委 遵义市人民政府关于2022年度法治政府建设情况的报告', '柳岗县教育局2020年法治政府建设年度报告', '安吉县人民政府']
    const once = norm([...cut.slice(0, 3), '', ...cut.slice(3)].join('\n')).replace(/\n+/g, '\n')
    expect(norm(once)).toBe(once)
  })
  describe('on an HTML page, only a wrap of one width to a character', () => {
    const html = (text: string) => normalize(text, { wrapMustBeTight: true }).text
    // a PDF pasted with a <br> after every line of 28 characters
    const pdf = [
      '当前，我县已进入森林草原防火紧要期，春季气温回升快、降水偏少，加之春',
      '节、元宵、清明等传统节日祭祀用火和春耕生产用火集中，森林草原火险等级',
      '持续偏高，防灭火形势严峻复杂。为切实做好2024年森林草原防灭火工作，坚',
      '决防范和遏制重特大森林草原火灾发生，确保人民群众生命财产安全和森林资',
      '源安全，根据《森林防火条例》等规定，结合我县实际，现就有关事项通知如',
      '下。',
      '一、压紧压实防灭火责任',
      '各镇人民政府要切实履行森林草原防灭火属地管理责任，主要负责同志是本辖',
      '区森林草原防灭火第一责任人，要亲自研究部署、亲自督促检查，层层签订责',
      '任书，把责任落实到山头地块，确保每一片林地草地都有人管、有人护、有人',
      '巡，全面消除责任盲区和管理死角，切实做到守土有责、守土尽责、守土负责',
      '。',
    ]
    it('joins a PDF\'s lines pasted at one width', () => {
      expect(html(pdf.join('\n')).split('\n')).toHaveLength(3)
    })
    it('keeps headings and paragraphs of many lengths apart', () => {
      const page = ['（一）强化组织领导，压实法治建设责任，推动各项工作落地', '局党组把法治政府建设纳入全局工作总体布局，与业务工作同部署、同推进、同考核。', '（二）深化“放管服”改革，持续优化法治化营商环境', '全面推行工业项目“标准地”出让和“拿地即开工”，审批时限压缩至法定时限的一半。', '（三）严格规范执法，提升执法质效和群众满意度水平', '全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。', '（四）依法化解矛盾纠纷，切实维护群众合法权益', '全年办理行政复议案件46件。', '（五）加强普法宣传，营造办事依法遇事找法的良好氛围', '落实“谁执法谁普法”普法责任制。', '（六）强化监督考核，确保法治政府建设任务全面完成', '将法治政府建设纳入年度考核。'].join('\n')
      // (a text page's wrap test joins each heading to its paragraph here)
      expect(normalize(page).text).not.toBe(page)
      expect(html(page)).toBe(page)
    })
  })
  it('leaves pages whose lines are paragraphs alone', () => {
    const paragraphs = '一、主要举措\n（一）深化“放管服”改革。全年取消和下放行政许可事项12项，政务服务事项网上可办率达到98.6%。\n（二）规范行政执法行为。组织开展行政执法案卷评查，评查案卷326卷。\n序号 | 工作任务 | 责任单位\n1 | 落实法治建设第一责任人职责制度 | 县司法局'
    expect(norm(paragraphs)).toBe(paragraphs)
  })
})

describe('normalize: the Traditional standard', () => {
  it.each([
    ['本縣政府資訊公開網路平臺與軟體建設', 'tw'],
    ['呢份報告嘅內容，佢哋已經睇咗', 'hk'],
    ['縣人民政府關於法治政府建設情況的報告', 't'],
  ] as const)('%s → %s', (text, variant) => {
    expect(detectVariant(text)).toBe(variant)
  })
  it('writes 着 where Simplified does, and keeps 著 in 显著 and 著作', () => {
    expect(normalize('著力推進，隨著改革深入，成效顯著，保護著作權', { script: 'traditional' }).text).toBe('着力推进，随着改革深入，成效显著，保护著作权')
  })
  it('converts characters, never rewrites words (建立 stays 建立)', () => {
    expect(normalize('本縣建立資訊網路平臺，統一建設部署推進', { script: 'traditional' }).text).toBe('本县建立资讯网路平台，统一建设部署推进')
  })
})
