import { describe, expect, it } from 'vitest'
import { readDataDir } from '~/data/readDataDir'
import { checkMetric } from '~/data/checks/metric'
import { containsNumber, parseNumeral, writtenFigures } from '~/data/checks/numbers'
import { rankMentions } from '~/data/checks/ranks'
import type { Indicator, Metric } from '~/schemas/report'
import { metric as metricSchema } from '~/schemas/report'
import { formatDataError, validateData } from '~/data/validate'
import { brokenCatalogue, brokenFixture, fixture } from '../../helpers/fixtures'

function messages(raw: Parameters<typeof validateData>[0]): string[] {
  return validateData(raw).errors.map(formatDataError)
}

describe('validateData', () => {
  it('accepts the shipped data/ folder', () => {
    const { dataset, errors } = validateData(readDataDir('data'))
    expect(errors).toEqual([])
    expect(dataset?.reports.map(r => r.meta.district.code).sort()).toEqual(['410702', '410703', '410811'])
  })

  it('accepts the several-year fixture the year pages are tested on (tests/e2e/years.spec.ts builds it)', () => {
    const { dataset, errors } = validateData(readDataDir('tests/fixtures/years'))
    expect(errors).toEqual([])
    expect(dataset?.reports.map(r => r.meta.year).sort()).toEqual([2022, 2023])
  })

  it('accepts the tiny fixture', () => {
    const { dataset, errors } = validateData(fixture())
    expect(errors).toEqual([])
    expect(dataset?.reports[0]?.metrics).toHaveLength(2)
  })

  const cases: Array<[file: string, field: string, text: RegExp]> = [
    ['missing-quote.json', 'metrics.0.quote', /expected string/i],
    ['bad-code.json', 'meta.district.code', /6-digit/],
    ['quote-not-verbatim.json', 'metrics.0.quote', /does not occur verbatim in source\.txt/],
    ['value-not-in-quote.json', 'metrics.0.value', /148\.1 does not occur in its quote/],
    ['change-not-in-quote.json', 'metrics.0.change.value', /3\.2 does not occur in its quote/],
    ['rank-not-in-quote.json', 'metrics.0.ranks.0.position', /第2 does not occur in its quote/],
    ['unknown-indicator.json', 'metrics.1.indicator', /unknown indicator “new-rural-jobs”/],
    ['unknown-category.json', 'achievements.0.category', /invalid option/i],
    ['incompatible-unit.json', 'metrics.1.unit', /“亿元” cannot be converted to the indicator's unit “人”/],
    ['not-json.json', '(root)', /not valid JSON/],
  ]
  it.each(cases)('rejects %s, naming the file and the field %s', (file, field, text) => {
    const { dataset, errors } = validateData(brokenFixture(file))
    expect(dataset).toBeUndefined()
    const error = errors.find(e => e.field === field)
    expect(error, messages(brokenFixture(file)).join('\n')).toBeDefined()
    expect(error!.file).toBe('data/reports/demo-2023/report.json')
    expect(error!.message).toMatch(text)
  })

  describe('targets', () => {
    const years = readDataDir('tests/fixtures/years')
    /** the several-year fixture with demo-2022's first target changed */
    function withGoal(change: Record<string, unknown>) {
      const reports = years.reports.map((r) => {
        if (r.dir !== 'demo-2022')
          return r
        const json = JSON.parse(String(r.json)) as { targets: Array<Record<string, unknown>> }
        json.targets[0] = { ...json.targets[0], ...change }
        return { ...r, json: JSON.stringify(json) }
      })
      return validateData({ ...years, reports }).errors
    }
    const problem = (errors: ReturnType<typeof withGoal>, field: string) => errors.find(e => e.file === 'data/reports/demo-2022/report.json' && e.field === field)?.message

    it('fails a target quote that is not verbatim in source.txt', () => {
      expect(problem(withGoal({ quote: '地区生产总值增长6.0%左右' }), 'targets.0.quote')).toMatch(/does not occur verbatim in source\.txt/)
    })
    it('fails a target whose number is not in its quote', () => {
      expect(problem(withGoal({ value: 6.5 }), 'targets.0.value')).toMatch(/6\.5 does not occur in its quote/)
    })
    it('fails a target on an indicator the catalogue does not have', () => {
      expect(problem(withGoal({ indicator: 'happiness' }), 'targets.0.indicator')).toMatch(/“happiness” is not an indicator of data\/indicators\.json/)
    })
    it('fails a 左右 target not marked about, and a value target without its unit', () => {
      expect(problem(withGoal({ approximate: undefined }), 'targets.0.approximate')).toMatch(/6%左右: set approximate: "about"/)
      expect(problem(withGoal({ kind: 'value' }), 'targets.0.unit')).toMatch(/a value target needs its unit/)
    })
  })

  it('rejects a district code used by two districts', () => {
    const raw = fixture()
    const twin = raw.reports[0]!
    const other = { ...twin, dir: 'other-2023', json: twin.json.replace('"slug": "demo"', '"slug": "other"') }
    const errors = messages({ ...raw, reports: [twin, other] })
    expect(errors.join('\n')).toContain('data/reports/other-2023/report.json → meta.district.code: 410799 is already used')
  })

  it('rejects a slug used by two districts', () => {
    const raw = fixture()
    const twin = raw.reports[0]!
    const other = { ...twin, dir: 'demo-2022', json: twin.json.replace('"410799"', '"410798"').replace('"year": 2023', '"year": 2022') }
    const errors = messages({ ...raw, reports: [twin, other] })
    expect(errors.join('\n')).toContain('meta.district.slug: “demo” is already used by district 410799')
  })

  /** The one error a broken fixture gives: its file, field and message. */
  function onlyError(file: string, source?: string) {
    const { dataset, errors } = validateData(brokenFixture(file, source))
    expect(dataset).toBeUndefined()
    expect(errors, errors.map(formatDataError).join('\n')).toHaveLength(1)
    return errors[0]!
  }
  const REPORT = 'data/reports/demo-2023/report.json'

  it('fails a GDP value typed as its growth (2.3 where the quote says 2.3%)', () => {
    expect(onlyError('value-is-growth.json')).toEqual({ file: REPORT, field: 'metrics.0.value', message: '2.3亿元 does not occur in its quote, which writes 2.3 as 2.3%' })
  })
  it('fails 万元 where the quote says 141.8亿元', () => {
    expect(onlyError('unit-changed.json')).toEqual({ file: REPORT, field: 'metrics.0.unit', message: '“万元” does not match its quote, which writes 141.8亿元' })
  })
  it('fails a percentage change marked abs', () => {
    expect(onlyError('change-kind-abs.json')).toMatchObject({ file: REPORT, field: 'metrics.0.change.kind', message: expect.stringMatching(/“abs” needs 2\.3亿元 .* which writes 2\.3%/) })
  })
  it('fails a rank among 四区 whose group size is not 4', () => {
    expect(onlyError('rank-of-wrong.json', 'four-districts.txt')).toEqual({ file: REPORT, field: 'metrics.0.ranks.1.of', message: '14 does not match its quote: 四区第1 ranks among 4, so of is 4' })
  })
  it('fails a rank among 四区 given as the city, though the quote says 全市 elsewhere', () => {
    expect(onlyError('rank-scope-wrong.json', 'four-districts.txt')).toEqual({ file: REPORT, field: 'metrics.0.ranks.1.scope', message: '“city” does not match its quote, which ranks it 四区第1 (districts)' })
  })
  it('fails a rank of the growth (增速居全市第3位) given as a rank of the total', () => {
    expect(onlyError('rank-basis-wrong.json', 'four-districts.txt')).toMatchObject({ file: REPORT, field: 'metrics.0.ranks.0.basis', message: expect.stringMatching(/^“total” does not match its quote: 全市第3 ranks the growth/) })
  })
  it('accepts the same report with of 4, and its 1.3万余人 marked approximate', () => {
    const raw = brokenFixture('rank-of-wrong.json', 'four-districts.txt')
    const json = new TextDecoder().decode(raw.reports[0]!.json as Uint8Array).replace('"of": 14', '"of": 4')
    expect(messages({ ...raw, reports: [{ ...raw.reports[0]!, json }] })).toEqual([])
  })
  it('fails an exact figure marked approximate', () => {
    expect(onlyError('approximate-exact.json')).toMatchObject({ file: REPORT, field: 'metrics.1.approximate', message: expect.stringMatching(/^true, but its quote writes 1\.36万人 with no 余/) })
  })
  it('fails a 余 figure not marked approximate', () => {
    expect(onlyError('approximate-missing.json', 'four-districts.txt')).toMatchObject({ file: REPORT, field: 'metrics.1.approximate', message: expect.stringMatching(/^missing: its quote writes 1\.3万余人/) })
  })
  it('fails a figure of the summary that source.txt does not give (148.1亿元 for 141.8亿元)', () => {
    expect(onlyError('summary-figure-changed.json')).toEqual({ file: REPORT, field: 'summary.zh', message: '148.1亿元 is not a figure of source.txt' })
  })
  it('fails an English figure that no figure of source.txt converts to (CNY 41.18 bn)', () => {
    expect(onlyError('highlight-en-figure-changed.json')).toEqual({ file: REPORT, field: 'highlights.0.en', message: 'CNY 41.18 bn matches no figure of source.txt, in any unit' })
  })
  it('fails a metric in no achievement', () => {
    expect(onlyError('metric-in-no-achievement.json')).toMatchObject({ file: REPORT, field: 'metrics.1.indicator', message: expect.stringMatching(/“new-urban-jobs” is in no achievement/) })
  })
  it('fails a metric in two achievements', () => {
    expect(onlyError('metric-in-two-achievements.json')).toMatchObject({ file: REPORT, field: 'achievements.1.metrics.1', message: expect.stringMatching(/“gdp” is already in achievements\.0/) })
  })
  it('keeps an indicator no report gives in the catalogue, for ingest, and out of the app', () => {
    const { dataset, errors } = validateData(brokenCatalogue('indicators-unused.json'))
    expect(errors).toEqual([])
    expect(dataset!.indicators.map(i => i.id)).toEqual(['gdp', 'new-urban-jobs'])
  })
  it('fails a date that is not in the calendar (2024-02-30)', () => {
    expect(onlyError('date-not-real.json')).toMatchObject({ file: REPORT, field: 'meta.date', message: expect.stringMatching(/not a real date/) })
  })

  it('fails a report.json with one invalid byte, saying where, not with a replacement character', () => {
    expect(onlyError('invalid-byte.json')).toEqual({ file: REPORT, field: '(file)', message: expect.stringMatching(/^is not valid UTF-8: byte 0xFF on line 7 \(byte \d+\) cannot be read/) })
  })
  it('fails a report.json that starts with a BOM, in plain words', () => {
    expect(onlyError('bom.json')).toEqual({ file: REPORT, field: '(file)', message: 'starts with a byte-order mark (BOM): save it as UTF-8 without BOM' })
  })
  it('fails a GBK-encoded report.json with one plain message', () => {
    expect(onlyError('gbk.json')).toEqual({ file: REPORT, field: '(file)', message: 'is not UTF-8 (looks like GBK/GB18030): save it as UTF-8' })
  })
  it('fails a source.txt with an invalid byte, naming the source', () => {
    const raw = fixture()
    const bytes = new TextEncoder().encode(raw.reports[0]!.source)
    const source = new Uint8Array([...bytes.subarray(0, 10), 0xC3, ...bytes.subarray(10)])
    const errors = messages({ ...raw, reports: [{ ...raw.reports[0]!, source }] })
    expect(errors).toEqual([expect.stringMatching(/^ {2}data\/reports\/demo-2023\/source\.txt → \(file\): is not valid UTF-8/)])
  })

  it('fails a district code repeated by a new report on the new report, naming the one it repeats', () => {
    const raw = fixture()
    const original = { ...raw.reports[0]!, modifiedMs: 1000 }
    // copy-2023 sorts before demo-2023, but it is the newer file
    const copy = { dir: 'copy-2023', json: brokenFixture('duplicate-code.json').reports[0]!.json, source: original.source, modifiedMs: 2000 }
    const errors = validateData({ ...raw, reports: [copy, original] }).errors
    expect(errors).toEqual([{ file: 'data/reports/copy-2023/report.json', field: 'meta.district.code', message: '410799 is already used for 2023 by data/reports/demo-2023/report.json' }])
  })

  it('rejects an indicator defined twice in the catalogue', () => {
    const raw = fixture()
    const catalogue = JSON.parse(raw.indicators)
    catalogue.indicators.push(catalogue.indicators[0])
    const errors = messages({ ...raw, indicators: JSON.stringify(catalogue) })
    expect(errors.join('\n')).toContain('data/indicators.json → indicators.2.id: “gdp” is defined twice')
  })

  it('names a missing source text', () => {
    const raw = fixture()
    const errors = messages({ ...raw, reports: raw.reports.map(r => ({ ...r, source: '' })) })
    expect(errors.join('\n')).toContain('data/reports/demo-2023/source.txt → (file): missing or empty')
  })
})

describe('validateData traces the figures of the texts', () => {
  function withSummary(zh: string, en: string) {
    const raw = fixture()
    const report = JSON.parse(raw.reports[0]!.json)
    report.summary = { zh, en }
    return messages({ ...raw, reports: [{ ...raw.reports[0]!, json: JSON.stringify(report) }] })
  }

  it('accepts conversions, ranks written either way, and the years around the report', () => {
    expect(withSummary(
      '2023年，地区生产总值141.8亿元，增速全市第一；新增城镇就业1.36万人。',
      'In 2023 GDP was CNY 14.18 bn, up 2.3%, 0.8 pp above the city average and 1st in the city; 13,600 jobs, 166% of the 2022 plan.',
    )).toEqual([])
  })
  it('fails a figure in the wrong unit, a rank the source does not give, and a year it does not mention', () => {
    expect(withSummary('地区生产总值141.8万元，全市第2。', 'GDP of CNY 14.18 m in 2019.')).toEqual([
      '  data/reports/demo-2023/report.json → summary.zh: 第2 is not a figure of source.txt',
      '  data/reports/demo-2023/report.json → summary.zh: 141.8万元 is not a figure of source.txt',
      '  data/reports/demo-2023/report.json → summary.en: CNY 14.18 m matches no figure of source.txt, in any unit',
      '  data/reports/demo-2023/report.json → summary.en: 2019 matches no figure of source.txt, in any unit',
    ])
  })
})

describe('containsNumber', () => {
  it('finds a number written on its own', () => {
    expect(containsNumber('生产总值141.8亿元', 141.8)).toBe(true)
    expect(containsNumber('增长2.3%', 2.3)).toBe(true)
  })
  it('does not find a number inside another one', () => {
    expect(containsNumber('2023年', 2)).toBe(false)
    expect(containsNumber('141.8亿元', 41.8)).toBe(false)
    expect(containsNumber('4.08万元', 4)).toBe(false)
  })
})

describe('writtenFigures', () => {
  it('reads each figure with its unit and its word of approximation', () => {
    const figures = writtenFigures('新增城镇就业1.3万余人,高于全市平均水平0.8个百分点,新签约项目27个,突破1.7万家')
    expect(figures.map(f => [f.written, f.unit, f.approximate])).toEqual([
      ['1.3万余人', '万人', true],
      ['0.8个百分点', '个百分点', false],
      ['27个', '个', false],
      ['突破1.7万家', '万家', true],
    ])
  })
  it('reads 近百 as about 100, two written as 两 before a unit, and an index named before its figure', () => {
    const figures = writtenFigures('活动近百场,该区两次成为主会场,第九期项目,综合指数4.71')
    expect(figures.map(f => [f.written, f.value, f.unit, f.approximate, f.near])).toEqual([
      ['近百场', 100, '场', true, true],
      ['两次', 2, '次', false, false],
      ['4.71', 4.71, '指数', false, false],
    ])
  })
  it('does not read 签约 as 约 (about)', () => {
    expect(writtenFigures('签约27个项目')[0]?.approximate).toBe(false)
  })
})

describe('parseNumeral', () => {
  it('reads ranks the way reports write them', () => {
    expect(['1', '一', '9', '九', '11', '十一', '20', '二十', '两', '十'].map(parseNumeral)).toEqual([1, 1, 9, 9, 11, 11, 20, 20, 2, 10])
    expect(parseNumeral('一二')).toBeUndefined()
  })
})

describe('validateData reads signs and rank scopes', () => {
  function withMetric(patch: Record<string, unknown>) {
    const raw = fixture()
    const report = JSON.parse(raw.reports[0]!.json)
    Object.assign(report.metrics[0], patch)
    return messages({ ...raw, reports: [{ ...raw.reports[0]!, json: JSON.stringify(report) }] }).join('\n')
  }

  it('rejects a fall where the report says 增长', () => {
    expect(withMetric({ change: { kind: 'pct', value: -2.3 } })).toContain('metrics.0.change.value: the sign of -2.3 does not match its quote (增长)')
  })
  it('rejects 低于 where the report says 高于', () => {
    expect(withMetric({ vsAverage: { scope: 'city', pp: -0.8 } })).toContain('metrics.0.vsAverage.pp: -0.8 needs “低于” in its quote')
  })
  it('rejects a rank scope the quote does not name', () => {
    expect(withMetric({ ranks: [{ scope: 'province', basis: 'growth', position: 1 }] })).toContain('metrics.0.ranks.0.scope: “province” does not match its quote, which ranks it 全市第1 (city)')
  })
  /** The fixture with its 居全市第1位 written otherwise, in the source and the quote alike. */
  function withRankWritten(written: string) {
    const raw = fixture()
    const [r] = raw.reports
    const source = r!.source.replace('居全市第1位', written)
    const json = r!.json.replace('居全市第1位', written)
    return messages({ ...raw, reports: [{ ...r!, source, json }] }).join('\n')
  }
  it('rejects a rank whose 第1 has no group before it', () => {
    expect(withRankWritten('排名第1位')).toContain('metrics.0.ranks.0.scope: “city” is not in its quote: 第1 there has no group (全国, 全省, 全市, 全县, 全区, 四区) before it')
  })
  it('reads a ranking the district takes a place in (河南省…排名中,我区位列第九)', () => {
    expect(rankMentions('2023年河南省县域城市治理排名中,我区位列第九')).toEqual([{ written: '河南省第九', scope: 'province', position: 9, basis: 'total' }])
    expect(rankMentions('营商环境连续两年位列全省第3位').map(m => m.written)).toEqual(['全省第3'])
  })
  it('does not read 第10 as 第1', () => {
    expect(withRankWritten('居全市第10位')).toContain('metrics.0.ranks.0.position: 第1 does not occur in its quote')
  })
})

describe('checkMetric: ranks alone, parts of a whole, 近 and 指数', () => {
  const source = '6个棚改安置房项目66栋楼,已交付46栋5204套。两批6个保交楼项目1992套商品房已全部交付,交楼率全市第一。活动近百场。综合指数4.71。'
  const indicator = (unit: Indicator['unit']): Indicator => ({ id: 'x', name: { zh: 'x', en: 'x' }, unit, category: 'urban', higherIsBetter: true, definition: { zh: 'x', en: 'x' }, synonyms: { zh: [], en: [] } })
  function problems(m: Metric): string[] {
    const found: string[] = []
    checkMetric(m, source, indicator(m.unit), (field, message) => found.push(`${field}: ${message}`))
    return found
  }

  it('accepts a result given only as a rank, and checks its rank like any other', () => {
    const quote = '两批6个保交楼项目1992套商品房已全部交付,交楼率全市第一'
    expect(metricSchema.safeParse({ indicator: 'x', unit: '%', ranks: [{ scope: 'city', basis: 'total', position: 1 }], quote }).success).toBe(true)
    expect(problems({ indicator: 'x', unit: '%', ranks: [{ scope: 'city', basis: 'total', position: 1 }], quote })).toEqual([])
    expect(problems({ indicator: 'x', unit: '%', ranks: [{ scope: 'province', basis: 'total', position: 1 }], quote })).toEqual([
      'ranks.0.scope: “province” does not match its quote, which ranks it 全市第一 (city)',
    ])
  })
  it('still rejects a metric with no value, change or rank', () => {
    const parsed = metricSchema.safeParse({ indicator: 'x', unit: '%', quote: '交楼率全市第一' })
    expect(parsed.error?.issues.map(i => i.message)).toEqual(['a figure needs a value, a change or a rank'])
  })
  it('checks the whole a value is part of against its quote, in the same unit', () => {
    const quote = '6个棚改安置房项目66栋楼,已交付46栋5204套'
    expect(problems({ indicator: 'x', value: 46, of: 66, unit: '栋', quote })).toEqual([])
    expect(problems({ indicator: 'x', value: 46, of: 64, unit: '栋', quote })).toEqual(['of: 64 does not occur in its quote'])
    expect(problems({ indicator: 'x', value: 46, of: 6, unit: '栋', quote })).toEqual(['of: 6栋 does not occur in its quote, which writes 6 as 6个'])
    expect(problems({ indicator: 'x', value: 5204, of: 66, unit: '套', quote })).toEqual(['of: 66套 does not occur in its quote, which writes 66 as 66栋'])
    expect(metricSchema.safeParse({ indicator: 'x', of: 66, unit: '栋', ranks: [{ scope: 'city', basis: 'total', position: 1 }], quote }).success).toBe(false)
  })
  it('tells 近百场 (about, perhaps below) from a lower bound (余, 突破)', () => {
    expect(problems({ indicator: 'x', value: 100, unit: '场', approximate: 'near', quote: '活动近百场' })).toEqual([])
    expect(problems({ indicator: 'x', value: 100, unit: '场', approximate: true, quote: '活动近百场' })).toEqual([
      'approximate: true, but its quote writes 近百场 with no 余/多 after or 超/超过/突破 before it',
    ])
    expect(problems({ indicator: 'x', value: 100, unit: '场', quote: '活动近百场' })).toEqual([
      'approximate: missing: its quote writes 近百场, a rounded figure; set approximate: "near"',
    ])
  })
  it('reads an index as the figure after 指数', () => {
    expect(problems({ indicator: 'x', value: 4.71, unit: '指数', quote: '综合指数4.71' })).toEqual([])
    expect(problems({ indicator: 'x', value: 4.71, unit: '%', quote: '综合指数4.71' })).toEqual(['value: 4.71% does not occur in its quote, which writes 4.71 as 4.71'])
  })
})
