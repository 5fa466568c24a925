import { describe, expect, it } from 'vitest'
import type { Report } from '~/schemas/dataset'
import type { Metric } from '~/schemas/report'
import { CSV_COLUMNS, figuresCsv } from '~/utils/csv'
import { citation, figureRows, reportJson, reportRows } from '~/utils/figureTable'
import { parseCsv } from '../../helpers/csv'
import { indicator, weibinGdp } from '../../helpers/builders'

const gdpIndicator = indicator('gdp', '地区生产总值', 'GDP', '亿元')
const revenueIndicator = indicator('general-budget-revenue', '一般公共预算收入', 'General public budget revenue', '亿元')

const revenue: Metric = {
  indicator: 'general-budget-revenue',
  value: 4.49,
  unit: '亿元',
  change: { kind: 'pct', value: 11.7 },
  ranks: [{ scope: 'city', basis: 'growth', position: 3 }, { scope: 'districts', basis: 'growth', position: 1, of: 4 }],
  quote: '一般公共预算收入完成4.49亿元,增长11.7%,增速居全市第3位、四区第1位',
}

const report = {
  id: 'weibin-2023',
  meta: {
    district: { code: '410703', slug: 'weibin', name: { zh: '卫滨区', en: 'Weibin District' }, province: { zh: '河南省', en: 'Henan' }, city: { zh: '新乡市', en: 'Xinxiang' } },
    title: { zh: '卫滨区2023年经济社会发展成就', en: 'Weibin District: 2023 Economic and Social Achievements' },
    kind: '新闻发布会',
    date: '2024-03-06',
    venue: { zh: '发布会', en: 'press conference' },
    speaker: { name: { zh: '郭呈杰', en: 'Guo Chengjie' }, role: { zh: '副区长', en: 'Deputy District Mayor' } },
    year: 2023,
    sourceNote: { zh: '记者李蕊的报道', en: 'Report by Li Rui' },
  },
  metrics: [weibinGdp, revenue],
  figures: [{ id: 'promotion-events', name: { zh: '招商推介活动', en: 'Promotion events' }, value: 23, unit: '场', quote: '举办招商推介活动23场' }],
  achievements: [{ category: 'economy', title: { zh: '经济', en: 'Economy' }, text: { zh: '经济', en: 'Economy' }, metrics: ['gdp', 'general-budget-revenue', 'promotion-events'] }],
} as unknown as Report

const indicators = new Map([gdpIndicator, revenueIndicator].map(i => [i.id, i]))

describe('figureRows', () => {
  it('gives a figure with its code, year, document, change and gap as numbers and codes, not prose', () => {
    const [gdp] = figureRows(report, weibinGdp, gdpIndicator, 'zh')
    expect(gdp).toMatchObject({
      code: '410703', district: '卫滨区', city: '新乡市', province: '河南省', year: 2023,
      document_kind: '新闻发布会', document_title: '卫滨区2023年经济社会发展成就', document_date: '2024-03-06',
      indicator_id: 'gdp', indicator_name: '地区生产总值', subject: 'district', value: 141.8, unit: '亿元',
      change_kind: 'pct', change_value: 2.3, gap_to_average_pp: 0.8, derived: 'stated', quote: weibinGdp.quote,
    })
    expect(gdp!.source_url).toBeUndefined()
  })

  it('adds the city average it implies as a derived row', () => {
    const rows = figureRows(report, weibinGdp, gdpIndicator, 'en')
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatchObject({ subject: 'city-average', derived: 'derived', change_kind: 'pct', change_value: 1.5, unit: '%', district: 'Weibin District' })
    expect(rows[1]!.value).toBeUndefined()
  })

  it('writes a row per rank, each with its position, scope, basis and group size', () => {
    const rows = figureRows(report, revenue, revenueIndicator, 'zh')
    expect(rows.map(r => [r.rank_position, r.rank_scope, r.rank_basis, r.rank_of])).toEqual([[3, 'city', 'growth', undefined], [1, 'districts', 'growth', 4]])
    expect(rows.every(r => r.value === 4.49)).toBe(true)
  })

  it('marks approximate figures over or near, and carries the whole a part belongs to', () => {
    const delivered: Metric = { indicator: 'gdp', value: 46, of: 66, unit: '栋', quote: '6个棚改安置房项目66栋楼,已交付46栋5204套' }
    expect(figureRows(report, delivered, gdpIndicator, 'zh')[0]).toMatchObject({ value: 46, part_of: 66 })
    expect(figureRows(report, { ...delivered, approximate: true }, gdpIndicator, 'zh')[0]!.approximate).toBe('over')
    expect(figureRows(report, { ...delivered, approximate: 'near' }, gdpIndicator, 'zh')[0]!.approximate).toBe('near')
  })

  it('gives the address the report was published at, where the data knows it', () => {
    const published = { ...report, meta: { ...report.meta, sourceUrl: 'https://example.gov.cn/report.html' } }
    expect(figureRows(published, weibinGdp, gdpIndicator, 'zh')[0]!.source_url).toBe('https://example.gov.cn/report.html')
  })
})

describe('citation', () => {
  it('names the district, the document, its date, the app\'s address and the licence', () => {
    expect(citation(report, 'zh', 'https://example.org/d/410703/2023', 'abc')).toBe(
      '河南省新乡市卫滨区：卫滨区2023年经济社会发展成就（新闻发布会，2024-03-06）。区情速览 District Brief，https://example.org/d/410703/2023，数据版本 abc。许可协议 CC BY 4.0。',
    )
    expect(citation(report, 'en', 'https://example.org/en/d/410703/2023')).toBe(
      'Weibin District, Xinxiang, Henan: Weibin District: 2023 Economic and Social Achievements (新闻发布会, 2024-03-06). 区情速览 District Brief, https://example.org/en/d/410703/2023. Licence CC BY 4.0.',
    )
  })
})

describe('reportRows', () => {
  it('gives comparable figures under their indicator and report-only ones under their own id and name', () => {
    const rows = reportRows(report, id => indicators.get(id), 'en').filter(r => r.subject === 'district')
    expect(rows.map(r => [r.indicator_id, r.indicator_name, r.kind])).toEqual([
      ['gdp', 'GDP', 'comparable'],
      ['general-budget-revenue', 'General public budget revenue', 'comparable'],
      ['general-budget-revenue', 'General public budget revenue', 'comparable'],
      ['promotion-events', 'Promotion events', 'report-only'],
    ])
    expect(rows.find(r => r.indicator_id === 'gdp')).toMatchObject({ gap_to_average_pp: 0.8, gap_scope: 'city' })
  })
})

describe('figuresCsv', () => {
  const csv = figuresCsv([{ rows: reportRows(report, id => indicators.get(id), 'zh'), citation: '引用' }])

  it('starts with a UTF-8 byte order mark and ends every row with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xFEFF)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n/)
  })

  it('has one header of stable column names, the citation and the licence last', () => {
    expect(csv.slice(1, csv.indexOf('\r\n')).split(',')).toEqual([...CSV_COLUMNS])
    expect(CSV_COLUMNS.slice(-2)).toEqual(['citation', 'licence'])
  })

  it('parses back to the rows it was written from, quotes with commas and quotation marks included', () => {
    const quoted = { ...report, metrics: [{ ...weibinGdp, quote: '获评"全省营商环境评价优秀区",称号\n次行' }] }
    const back = parseCsv(figuresCsv([{ rows: reportRows(quoted, id => indicators.get(id), 'zh'), citation: '引用' }]))
    expect(back[0]!.quote).toBe('获评"全省营商环境评价优秀区",称号\n次行')
    const all = parseCsv(csv)
    // gdp, its derived city average, revenue's two ranks, and the report-only figure
    expect(all.map(r => [r.indicator_id, r.subject, r.value, r.change_value, r.rank_position])).toEqual([
      ['gdp', 'district', '141.8', '2.3', ''],
      ['gdp', 'city-average', '', '1.5', ''],
      ['general-budget-revenue', 'district', '4.49', '11.7', '3'],
      ['general-budget-revenue', 'district', '4.49', '11.7', '1'],
      ['promotion-events', 'district', '23', '', ''],
    ])
    expect(all.every(r => r.citation === '引用' && r.licence === 'CC BY 4.0 https://creativecommons.org/licenses/by/4.0/')).toBe(true)
  })
})

describe('reportJson', () => {
  it('holds the CSV\'s rows, with the citation in both languages, the licence and the source address (null when unknown)', () => {
    const json = reportJson(report, [gdpIndicator, revenueIndicator], { zh: 'https://example.org/d/410703/2023', en: 'https://example.org/en/d/410703/2023' }, 'abc')
    expect(json.figures).toEqual(reportRows(report, id => indicators.get(id), 'zh'))
    expect(json.citation.en).toContain('https://example.org/en/d/410703/2023')
    expect(json.licence.name).toBe('CC BY 4.0')
    expect(json.report.source_url).toBeNull()
    expect(json.indicators.map(i => i.name.en)).toEqual(['GDP', 'General public budget revenue'])
  })

  it('reads every report of data/ without leaving a figure out, comparable or report-only', async () => {
    const { readDataDir } = await import('~/data/readDataDir')
    const { validateData } = await import('~/data/validate')
    const { dataset } = validateData(readDataDir('data'))
    for (const r of dataset!.reports) {
      const json = reportJson(r, dataset!.indicators, { zh: '', en: '' })
      expect(new Set(json.figures.map(f => f.indicator_id))).toEqual(new Set([...r.metrics.map(m => m.indicator), ...r.figures.map(f => f.id)]))
    }
  })
})
