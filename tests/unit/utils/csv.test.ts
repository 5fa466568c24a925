import { describe, expect, it } from 'vitest'
import type { CsvFigure } from '~/utils/csv'
import { figuresCsv, reportFigures } from '~/utils/csv'
import { indicator, weibinGdp } from '../../helpers/builders'

const gdpIndicator = indicator('gdp', '地区生产总值', 'GDP', '亿元')
const revenueIndicator = indicator('general-budget-revenue', '一般公共预算收入', 'General public budget revenue', '亿元')
const airIndicator = indicator('good-air-days', '空气质量优良天数', 'Days with good air', '天', { category: 'environment' })

const REPORT = '卫滨区2024年政府工作报告'

const gdp: CsvFigure = {
  district: '卫滨区',
  indicator: gdpIndicator,
  reportTitle: REPORT,
  metric: weibinGdp,
}
const revenue: CsvFigure = {
  district: '卫滨区',
  indicator: revenueIndicator,
  reportTitle: REPORT,
  metric: {
    value: 4.49,
    unit: '亿元',
    change: { kind: 'pct', value: 11.7 },
    ranks: [{ scope: 'city', basis: 'growth', position: 3 }, { scope: 'districts', basis: 'growth', position: 1, of: 4 }],
    quote: '一般公共预算收入完成4.49亿元,增长11.7%,增速居全市第3位、四区第1位',
  },
}

/** The rows of a CSV without its BOM and final line break, split into lines. */
function lines(csv: string): string[] {
  return csv.replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n')
}

describe('figuresCsv', () => {
  it('starts with a UTF-8 byte order mark so spreadsheet apps read Chinese', () => {
    const csv = figuresCsv([gdp], 'zh-CN')
    expect(csv.charCodeAt(0)).toBe(0xFEFF)
    expect(csv.slice(1, 3)).toBe('区县')
  })

  it('writes a Chinese header row', () => {
    expect(lines(figuresCsv([], 'zh-CN'))).toEqual(['区县,指标,数值,单位,同比,排名,与全市平均比较,原文,报告'])
  })

  it('writes an English header row', () => {
    expect(lines(figuresCsv([], 'en'))).toEqual(['District,Indicator,Value,Unit,In English,Year on year,Rank,Against city average,Source quote,Report'])
  })

  it('ends every row with CRLF, including the last', () => {
    const csv = figuresCsv([gdp, revenue], 'zh-CN')
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.match(/\r\n/g)).toHaveLength(3)
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n/)
  })

  it('formats growth and the gap to the city average as the reports write them', () => {
    expect(lines(figuresCsv([gdp], 'zh-CN'))[1]).toBe(
      '卫滨区,地区生产总值,141.8,亿元,同比增长2.3%,,高于全市平均0.8个百分点,全年实现地区生产总值141.8亿元，同比增长2.3%，高于全市平均水平0.8个百分点,卫滨区2024年政府工作报告',
    )
  })

  it('joins several ranks with a slash', () => {
    const row = lines(figuresCsv([revenue], 'zh-CN'))[1]!
    expect(row).toContain(',增速全市第3 / 增速四区第1,')
  })

  it('quotes a cell containing ASCII commas', () => {
    const row = lines(figuresCsv([revenue], 'zh-CN'))[1]!
    expect(row).toContain(',"一般公共预算收入完成4.49亿元,增长11.7%,增速居全市第3位、四区第1位",')
    expect(row.endsWith(',卫滨区2024年政府工作报告')).toBe(true)
  })

  it('doubles the quotation marks inside a quoted cell', () => {
    const honoured: CsvFigure = { ...gdp, metric: { ...gdp.metric, quote: '获评"全省营商环境评价优秀区"称号' } }
    expect(lines(figuresCsv([honoured], 'zh-CN'))[1]).toContain(',"获评""全省营商环境评价优秀区""称号",')
  })

  it('quotes a cell containing a line break, keeping it inside the cell', () => {
    const twoLines: CsvFigure = { ...gdp, metric: { ...gdp.metric, quote: '全年实现地区生产总值141.8亿元\n同比增长2.3%' } }
    expect(figuresCsv([twoLines], 'zh-CN')).toContain(',"全年实现地区生产总值141.8亿元\n同比增长2.3%",')
  })

  it('leaves empty cells for what the report does not give', () => {
    const growthOnly: CsvFigure = {
      district: '卫滨区',
      indicator: { ...gdpIndicator, id: 'industrial-value-added', name: { zh: '规模以上工业增加值', en: 'Value added of industry above designated size' } },
      reportTitle: REPORT,
      metric: { unit: '亿元', change: { kind: 'pct', value: -1.5 }, vsAverage: { scope: 'city', pp: -0.6 }, quote: '规上工业增加值同比下降1.5%' },
    }
    expect(lines(figuresCsv([growthOnly], 'zh-CN'))[1]).toBe('卫滨区,规模以上工业增加值,,亿元,同比下降1.5%,,低于全市平均0.6个百分点,规上工业增加值同比下降1.5%,卫滨区2024年政府工作报告')
  })

  it('writes English names, changes, ranks and gaps for the English download', () => {
    const air: CsvFigure = {
      district: 'Weibin District',
      indicator: airIndicator,
      reportTitle: 'Weibin District: 2024 government work report',
      metric: { value: 227, unit: '天', change: { kind: 'abs', value: 15 }, quote: '空气质量优良天数227天，同比增加15天' },
    }
    const [, gdpRow, revenueRow, airRow] = lines(figuresCsv([{ ...gdp, district: 'Weibin District' }, { ...revenue, district: 'Weibin District' }, air], 'en'))
    // the value and unit as the report gives them, then as the English page shows them
    expect(gdpRow).toMatch(/^Weibin District,GDP,141\.8,亿元,CNY 14\.18 bn,\+2\.3% y\/y,,0\.8 pp above the city average,/)
    expect(revenueRow).toContain(',3rd in the city by growth / 1st of 4 districts by growth,')
    expect(airRow).toBe('Weibin District,Days with good air,227,天,227 days,+15 days y/y,,,空气质量优良天数227天，同比增加15天,Weibin District: 2024 government work report')
  })

  it('names what a count counts in English where the unit\'s usual word would misname it', () => {
    const entities: CsvFigure = {
      district: 'Shanyang District',
      indicator: { ...indicator('market-entities', '市场主体', 'Market entities', '户', { category: 'business' }), countNounEn: 'entities' },
      reportTitle: 'Shanyang District Government Work Report 2024',
      metric: { value: 5.5, unit: '万户', quote: '市场主体总量达5.5万户' },
    }
    expect(lines(figuresCsv([entities], 'en'))[1]).toMatch(/^Shanyang District,Market entities,5\.5,万户,"55,000 entities",/)
  })
})

describe('reportFigures', () => {
  it('pairs every figure of a report with its indicator or its own name, in the order of its achievements, and skips unknown indicators', async () => {
    const { readDataDir } = await import('~/data/readDataDir')
    const { validateData } = await import('~/data/validate')
    const { dataset } = validateData(readDataDir('data'))
    const weibin = dataset!.reports.find(r => r.id === 'weibin-2023')!
    const known = new Map(dataset!.indicators.filter(i => i.id !== 'gdp').map(i => [i.id, i]))
    const figures = reportFigures(weibin, id => known.get(id), 'zh')
    expect(figures.map(f => f.indicator.id)).toEqual(weibin.achievements.flatMap(a => a.metrics).filter(id => id !== 'gdp'))
    expect(figures.find(f => f.indicator.id === 'chief-service-officers')).toMatchObject({ indicator: { name: { zh: '选派首席服务员' } }, metric: { value: 199 } })
    expect(figures[0]).toMatchObject({ district: '卫滨区', reportTitle: '卫滨区2023年经济社会发展成就' })
    expect(reportFigures(weibin, id => known.get(id), 'en')[0]!.district).toBe('Weibin District')
  })
})
