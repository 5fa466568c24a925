import { describe, expect, it } from 'vitest'
import { buildIndex, chunkAliases, cityChunks, dataVersion, directory, districtSummaries, initials, searchEntries, HISTORY_REPORTS, indicatorEntries, reportChunk, untitled } from '~/data/buildDataset'
import { HEADLINE_INDICATORS } from '~/schemas/constants'
import { readDataDir } from '~/data/readDataDir'
import type { Dataset, RawData } from '~/data/validate'
import { validateData } from '~/data/validate'
import type { Report } from '~/schemas/dataset'
import { fixture } from '../../helpers/fixtures'

function load(raw: RawData = readDataDir('data')): Dataset {
  const { dataset, errors } = validateData(raw)
  expect(errors).toEqual([])
  return dataset!
}

const shipped = load()
const BUILT_AT = '2024-03-08T09:00:00.000Z'

function report(id: string): Report {
  const r = shipped.reports.find(x => x.id === id)
  expect(r, id).toBeDefined()
  return r!
}

/** weibin-2023 as if it were the 2022 report: same district, other figures. */
function weibin2022(): Report {
  const r = report('weibin-2023')
  return {
    ...r,
    id: 'weibin-2022',
    meta: { ...r.meta, year: 2022, date: '2023-01-12', title: { zh: '卫滨区2022年政府工作报告', en: 'Weibin District: 2022 government work report' } },
    summary: { zh: '2022年，卫滨区经济稳定恢复。', en: 'In 2022 Weibin recovered steadily.' },
    metrics: [
      { indicator: 'gdp', value: 138.6, unit: '亿元', change: { kind: 'pct', value: 3.1 }, quote: '地区生产总值138.6亿元，同比增长3.1%' },
      { indicator: 'tax-revenue', value: 4.1, unit: '亿元', quote: '税收收入4.1亿元' },
    ],
  }
}

describe('the first load and the city chunks', () => {
  const districts = districtSummaries(shipped)

  it('names no district in the first load; the directory names provinces and cities, a city by its code\'s first four digits, with how many districts it has', () => {
    const index = buildIndex(shipped, 'v', BUILT_AT)
    expect('directory' in index).toBe(false)
    expect(directory(districts).map(p => `${p.name.zh}: ${p.cities.map(c => `${c.chunk} ${c.name.zh} ${c.districts}`).join(', ')}`)).toEqual(['河南省: 4108 焦作市 1, 4107 新乡市 2'])
    expect(index.districtCount).toBe(3)
    expect(index.chunkAliases).toEqual({})
    expect(index.newestReportDate).toBe([...shipped.reports.map(r => r.meta.date)].sort().at(-1))
    expect(JSON.stringify(index)).not.toContain('卫滨区')
  })

  it('puts each district in its city\'s chunk, with its reports and headline figures', () => {
    const chunks = cityChunks(shipped)
    expect([...chunks.keys()]).toEqual(['4108', '4107'])
    expect([...chunks.values()].map(c => c.rank)).toEqual([0, 1])
    expect(chunks.get('4107')!.districts.map(d => d.slug)).toEqual(['hongqi', 'weibin'])
    expect(chunks.get('4107')!.districts[1]!.reports.map(r => r.id)).toEqual(['weibin-2023'])
  })

  it('leaves the reports\' titles out of a city chunk loaded by city, and nothing else', () => {
    const city = cityChunks(shipped).get('4107')!
    const lean = untitled(city)
    expect(city.districts[1]!.reports[0]!.title?.zh).toContain('卫滨区')
    expect(lean.districts[1]!.reports).toEqual([{ id: 'weibin-2023', year: 2023, kind: city.districts[1]!.reports[0]!.kind, date: city.districts[1]!.reports[0]!.date }])
    expect({ ...lean.districts[1], reports: [] }).toEqual({ ...city.districts[1], reports: [] })
  })

  it('keeps a city whose codes begin two ways in one chunk, and several cities of one four digits together', () => {
    const d = (code: string, city: string) => ({ ...districts[0]!, code, city: { zh: city, en: city }, province: { zh: '重庆市', en: 'Chongqing' } })
    const list = [d('500101', '重庆市'), d('500229', '重庆市'), d('429004', '仙桃市'), d('429005', '潜江市')]
    expect(directory(list)[0]!.cities.map(c => `${c.chunk} ${c.name.zh} ${c.districts}`)).toEqual(['5001 重庆市 2', '4290 仙桃市 1', '4290 潜江市 1'])
    expect(chunkAliases(list)).toEqual({ 5002: '5001' })
  })

  it('indexes names, pinyin, initials, code and city for search', () => {
    expect(initials('卫滨区')).toBe('wbq')
    expect(initials('重庆市')).toBe('cqs')
    expect(searchEntries(districts).find(e => e[0] === '410703')).toEqual(['410703', '卫滨区', 'Weibin District', 'weibin', 'wbq', '新乡市', 'Xinxiang', '河南省'])
  })
})

describe('buildIndex', () => {
  const index = buildIndex(shipped, 'abc1234567', BUILT_AT)
  const districts = districtSummaries(shipped)

  it('passes version and build time through', () => {
    expect(index.version).toBe('abc1234567')
    expect(index.builtAt).toBe(BUILT_AT)
  })

  it('lists every indicator without its definition, which travels with the indicator chunk', () => {
    expect(index.indicators.map(i => i.id)).toEqual(shipped.indicators.map(i => i.id))
    expect(index.indicators.every(i => !('definition' in i))).toBe(true)
    expect(index.indicators.every(i => !('synonyms' in i))).toBe(true)
    const { definition, synonyms, ...summary } = shipped.indicators[0]!
    expect(definition.zh.length).toBeGreaterThan(0)
    expect(synonyms.zh.length).toBeGreaterThan(0)
    expect(index.indicators[0]).toEqual(summary)
  })

  it('lists each district once, ordered by city (焦作 before 新乡) then code', () => {
    expect(districts.map(d => `${d.city.zh} ${d.name.zh} ${d.code}`)).toEqual([
      '焦作市 山阳区 410811',
      '新乡市 红旗区 410702',
      '新乡市 卫滨区 410703',
    ])
  })

  it('carries the district fields and its reports, and no summary (a district page\'s report chunk has it)', () => {
    const weibin = districts.find(d => d.code === '410703')!
    expect(weibin.slug).toBe('weibin')
    expect(weibin.name).toEqual({ zh: '卫滨区', en: 'Weibin District' })
    expect(weibin.province.zh).toBe('河南省')
    expect(weibin.reports).toEqual([{ id: 'weibin-2023', year: 2023, title: report('weibin-2023').meta.title, kind: report('weibin-2023').meta.kind, date: report('weibin-2023').meta.date }])
    expect(weibin).not.toHaveProperty('summary')
  })

  it('takes the headline figures GDP and general budget revenue, in that order', () => {
    expect(HEADLINE_INDICATORS).toEqual(['gdp', 'general-budget-revenue'])
    const headline = Object.fromEntries(districts.map(d => [d.slug, d.headline.map(h => `${h.indicator} ${h.metric.value}${h.metric.unit}`)]))
    expect(headline).toEqual({
      shanyang: ['gdp 216亿元', 'general-budget-revenue 11.5亿元'],
      hongqi: ['gdp 261亿元', 'general-budget-revenue 16.1亿元'],
      weibin: ['gdp 141.8亿元', 'general-budget-revenue 4.49亿元'],
    })
    const weibinGdp = districts.find(d => d.slug === 'weibin')!.headline[0]!.metric
    const { value, unit, change } = report('weibin-2023').metrics.find(m => m.indicator === 'gdp')!
    // the figure a list shows, without its quote: that comes with the report
    expect(weibinGdp).toEqual({ value, unit, change })
  })

  it('leaves out a headline figure the report does not give', () => {
    const r = report('shanyang-2023')
    const noRevenue = { ...shipped, reports: [{ ...r, metrics: r.metrics.filter(m => m.indicator !== 'general-budget-revenue') }] }
    expect(districtSummaries(noRevenue)[0]!.headline.map(h => h.indicator)).toEqual(['gdp'])
  })

  it('counts how many districts report each indicator', () => {
    expect(Object.keys(index.coverage).sort()).toEqual(shipped.indicators.map(i => i.id).sort())
    expect(index.coverage).toMatchObject({
      'gdp': 3,
      'general-budget-revenue': 3,
      'retail-sales': 3,
      'new-urban-jobs': 2,
      'tax-share': 2,
      'industrial-value-added': 2,
      'tax-revenue': 1,
      'market-entities': 1,
    })
  })

  it('gives coverage 0 to an indicator nobody reports', () => {
    const catalogue = [...shipped.indicators, { ...shipped.indicators[0]!, id: 'rural-tourists', name: { zh: '乡村游客接待量', en: 'Rural tourists' } }]
    expect(buildIndex({ ...shipped, indicators: catalogue }, 'v', BUILT_AT).coverage['rural-tourists']).toBe(0)
  })

  it('lists a district with several years once, newest report first, with the newest headline', () => {
    const dataset = { ...shipped, reports: [weibin2022(), ...shipped.reports] }
    const weibin = districtSummaries(dataset).filter(d => d.code === '410703')
    expect(weibin).toHaveLength(1)
    expect(weibin[0]!.reports.map(r => r.id)).toEqual(['weibin-2023', 'weibin-2022'])
    expect(weibin[0]!.headline[0]!.metric.value).toBe(141.8)
  })

  it('builds the index of the tiny fixture', () => {
    const small = buildIndex(load(fixture()), 'v', BUILT_AT)
    const smallDistricts = districtSummaries(load(fixture()))
    expect(smallDistricts.map(d => d.slug)).toEqual(['demo'])
    expect(small.districtCount).toBe(1)
    expect(smallDistricts[0]!.headline.map(h => h.indicator)).toEqual(['gdp'])
    expect(small.coverage).toEqual({ 'gdp': 1, 'new-urban-jobs': 1 })
  })
})

describe('indicatorEntries', () => {
  it('gives one entry per district reporting the indicator', () => {
    const entries = indicatorEntries(shipped, 'new-urban-jobs')
    expect(entries.map(e => [e.districtCode, e.districtName.zh, e.reportId, e.year, e.metric.value, e.metric.unit]).sort()).toEqual([
      ['410702', '红旗区', 'hongqi-2023', 2023, 1.36, '万人'],
      ['410703', '卫滨区', 'weibin-2023', 2023, 6955, '人'],
    ])
  })

  it('is empty for an indicator nobody reports', () => {
    expect(indicatorEntries(shipped, 'rural-tourists')).toEqual([])
  })

  it('takes the newest report of a district, whichever order the reports come in', () => {
    for (const reports of [[weibin2022(), ...shipped.reports], [...shipped.reports, weibin2022()]]) {
      const weibin = indicatorEntries({ ...shipped, reports }, 'gdp').filter(e => e.districtCode === '410703')
      expect(weibin).toHaveLength(1)
      expect(weibin[0]).toMatchObject({ reportId: 'weibin-2023', year: 2023, metric: { value: 141.8 } })
    }
  })

  it('falls back to an older report for an indicator the newest one does not give', () => {
    const entries = indicatorEntries({ ...shipped, reports: [...shipped.reports, weibin2022()] }, 'tax-revenue')
    expect(entries.map(e => [e.districtCode, e.reportId, e.metric.value])).toEqual([
      ['410811', 'shanyang-2023', 10.8],
      ['410703', 'weibin-2022', 4.1],
    ])
  })
})

describe('reportChunk', () => {
  const weibin = report('weibin-2023')
  const chunk = reportChunk(shipped, weibin)

  it('is the report itself, with its source text', () => {
    expect(chunk.id).toBe('weibin-2023')
    expect(chunk.meta).toEqual(weibin.meta)
    expect(chunk.metrics).toEqual(weibin.metrics)
    expect(chunk.source).toBe(weibin.source)
  })

  it('gives the figures of the other districts of the same city for the indicators they share', () => {
    expect(Object.keys(chunk.peers).sort()).toEqual([
      'fixed-asset-investment',
      'gdp',
      'general-budget-revenue',
      'good-air-days',
      'new-high-skilled-workers',
      'new-skilled-workers',
      'new-urban-jobs',
      'retail-sales',
    ])
    // report-only figures are never compared, even where two reports name one alike
    expect(chunk.peers).not.toHaveProperty('three-batches-projects')
    // 山阳区 is in 焦作市: ranks like 全市第1 are about 新乡市, and so are the peer charts
    expect(chunk.peers.gdp!.map(e => [e.districtName.zh, e.metric.value])).toEqual([['红旗区', 261]])
    // what the card's chart and table show of a peer, as its chunk ships it; its sentence is on its own pages
    expect(Object.keys(JSON.parse(JSON.stringify(chunk.peers.gdp![0]!.metric)) as object).sort()).toEqual(['change', 'ranks', 'unit', 'value'])
    expect(chunk.peers['tax-share']).toBeUndefined()
  })

  it('never lists the district among its own peers', () => {
    for (const entries of Object.values(chunk.peers))
      expect(entries.map(e => e.districtCode)).not.toContain('410703')
  })

  it('compares a year only with the same year: a 2022 report has no 2023 peers', () => {
    const older = weibin2022()
    const chunk2022 = reportChunk({ ...shipped, reports: [...shipped.reports, older] }, older)
    expect(chunk2022.peers).toEqual({})
  })

  it('has no peers when the district is alone', () => {
    const small = load(fixture())
    expect(reportChunk(small, small.reports[0]!).peers).toEqual({})
  })
})

describe('reportChunk history', () => {
  it('gives the district\'s own figures of its earlier reports, by indicator, and names the previous report', () => {
    const older = weibin2022()
    const chunk = reportChunk({ ...shipped, reports: [...shipped.reports, older] }, report('weibin-2023'))
    expect(Object.keys(chunk.history).sort()).toEqual(['gdp', 'tax-revenue'])
    expect(chunk.history.gdp).toEqual([{ year: 2022, kind: older.meta.kind, metric: older.metrics[0] }])
    expect(chunk.previous).toEqual({ year: 2022, kind: older.meta.kind })
  })

  it('has no history, and no previous report, for a district\'s first report', () => {
    const older = weibin2022()
    const chunk = reportChunk({ ...shipped, reports: [...shipped.reports, older] }, older)
    expect(chunk.history).toEqual({})
    expect(chunk.previous).toBeUndefined()
    expect(reportChunk(shipped, report('weibin-2023')).history).toEqual({})
  })

  it('keeps only the last HISTORY_REPORTS earlier reports, oldest first, whatever the district\'s past', () => {
    const base = weibin2022()
    const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]
    const past = years.map(year => ({ ...base, id: `weibin-${year}`, meta: { ...base.meta, year } }))
    const chunk = reportChunk({ ...shipped, reports: [...past.reverse(), ...shipped.reports] }, report('weibin-2023'))
    expect(chunk.history.gdp!.map(f => f.year)).toEqual(years.slice(-HISTORY_REPORTS))
  })
})

describe('reportChunk goals', () => {
  const years = load(readDataDir('tests/fixtures/years'))
  const of = (id: string) => years.reports.find(r => r.id === id)!

  it('carries the goals the previous year\'s report set for this year, with where they were set', () => {
    const chunk = reportChunk(years, of('demo-2023'))
    expect(Object.keys(chunk.goals ?? {}).sort()).toEqual(['gdp', 'new-urban-jobs'])
    expect(chunk.goals!.gdp).toEqual({ year: 2022, kind: '政府工作报告', target: of('demo-2022').targets[0] })
  })

  it('has none for a first report, nor from a report two years before (its goals were for another year)', () => {
    expect(reportChunk(years, of('demo-2022')).goals).toBeUndefined()
    const later = { ...of('demo-2023'), id: 'demo-2024', meta: { ...of('demo-2023').meta, year: 2024 } }
    const gap = { ...years, reports: [of('demo-2022'), later] }
    expect(reportChunk(gap, later).goals).toBeUndefined()
    expect(reportChunk(gap, later).previous?.year).toBe(2022)
  })
})

describe('dataVersion', () => {
  it('is a short hex hash that stays the same for the same files', () => {
    const raw = readDataDir('data')
    expect(dataVersion(raw)).toMatch(/^[0-9a-f]{10}$/)
    expect(dataVersion(readDataDir('data'))).toBe(dataVersion(raw))
  })

  it('changes when any source text changes', () => {
    const raw = readDataDir('data')
    const edited = { ...raw, reports: raw.reports.map((r, i) => (i === 0 ? { ...r, source: `${r.source}\n` } : r)) }
    expect(dataVersion(edited)).not.toBe(dataVersion(raw))
  })
})
