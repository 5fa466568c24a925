import { describe, expect, it } from 'vitest'
import { buildIndex, districtSummaries, indicatorEntriesByYear } from '~/data/buildDataset'
import { readDataDir } from '~/data/readDataDir'
import { validateData } from '~/data/validate'
import type { DistrictSummary, IndicatorEntry } from '~/schemas/dataset'
import { chartedRows, rankIndicator } from '~/utils/ranking'
import { rankingChoice, rankingQuery } from '~/utils/rankingLink'

const { dataset } = validateData(readDataDir('data'))
const index = buildIndex(dataset!, 'v', '2024-01-01T00:00:00Z')
const districts = districtSummaries(dataset!)
const district = (code: string) => districts.find(d => d.code === code)
const gdp = index.indicators.find(i => i.id === 'gdp')!
const entries = indicatorEntriesByYear(dataset!, 'gdp')

describe('rankIndicator', () => {
  it('ranks every district of the newest year, best first, with the kind of document of each', () => {
    const r = rankIndicator(entries, gdp, { district, scope: 'all' })
    expect(r.year).toBe(2023)
    expect(r.basis).toBe('value')
    expect(r.rows.map(e => [e.districtName.zh, e.kind])).toEqual([['红旗区', '新闻发布会'], ['山阳区', '政府工作报告'], ['卫滨区', '新闻发布会']])
    expect(r.kinds.sort()).toEqual(['政府工作报告', '新闻发布会'].sort())
  })

  it('ranks within the city or the province of the reader\'s district', () => {
    expect(rankIndicator(entries, gdp, { district, scope: 'city', around: '410703' }).rows.map(e => e.districtCode)).toEqual(['410702', '410703'])
    expect(rankIndicator(entries, gdp, { district, scope: 'city', around: '410811' }).rows.map(e => e.districtCode)).toEqual(['410811'])
    expect(rankIndicator(entries, gdp, { district, scope: 'province', around: '410811' }).rows).toHaveLength(3)
  })

  it('never mixes a district\'s years: another year is ranked on its own', () => {
    const older: IndicatorEntry = { ...entries.find(e => e.districtCode === '410703')!, reportId: 'weibin-2022', year: 2022, metric: { ...entries[0]!.metric, value: 130 } }
    const withOlder = (code: string): DistrictSummary | undefined => {
      const d = district(code)
      return d && code === '410703' ? { ...d, reports: [...d.reports, { ...d.reports[0]!, id: 'weibin-2022', year: 2022 }] } : d
    }
    const newest = rankIndicator([...entries, older], gdp, { district: withOlder, scope: 'all' })
    expect(newest.years).toEqual([2023, 2022])
    expect(newest.rows.filter(e => e.districtCode === '410703')).toHaveLength(1)
    const past = rankIndicator([...entries, older], gdp, { district: withOlder, scope: 'all', year: 2022 })
    expect(past.rows.map(e => [e.districtCode, e.year])).toEqual([['410703', 2022]])
  })

  it('ranks by growth where no district of the scope gives a total', () => {
    const growthOnly = entries.map(e => ({ ...e, metric: { ...e.metric, value: undefined } }))
    const r = rankIndicator(growthOnly, gdp, { district, scope: 'all' })
    expect(r.basis).toBe('growth')
    expect(r.rows.map(e => e.by)).toEqual([4.3, 2.3, 2.2])
  })
})

describe('chartedRows', () => {
  const rows = Array.from({ length: 30 }, (_, i) => ({ districtCode: String(i), by: 30 - i }))

  it('shows every district when they are few', () => {
    expect(chartedRows(rows.slice(0, 9))).toHaveLength(9)
  })

  it('shows the top five, the bottom three and the reader\'s district, in order, when they are many', () => {
    expect(chartedRows(rows, '14').map(r => r.districtCode)).toEqual(['0', '1', '2', '3', '4', '14', '27', '28', '29'])
    expect(chartedRows(rows).map(r => r.districtCode)).toEqual(['0', '1', '2', '3', '4', '27', '28', '29'])
  })

  it('leaves out districts without the figure ranked by', () => {
    expect(chartedRows([{ districtCode: 'a', by: 1 }, { districtCode: 'b' }])).toEqual([{ districtCode: 'a', by: 1 }])
  })
})

describe('rankingChoice', () => {
  it('reads the reader\'s district, the scope and the year', () => {
    expect(rankingChoice({ d: '410703', scope: 'province', y: '2022' })).toEqual({ district: '410703', scope: 'province', year: 2022 })
  })

  it('ranks all districts of the newest year by default, and when a scope has no district to narrow to', () => {
    expect(rankingChoice({})).toEqual({ district: undefined, scope: 'all', year: undefined })
    expect(rankingChoice({ scope: 'city' }).scope).toBe('all')
    expect(rankingChoice({ d: '410703', scope: 'galaxy', y: 'soon' })).toEqual({ district: '410703', scope: 'all', year: undefined })
  })

  it('writes a link without its defaults', () => {
    expect(rankingQuery({ scope: 'all' })).toEqual({})
    expect(rankingQuery({ district: '410703', scope: 'city', year: 2022 })).toEqual({ d: '410703', scope: 'city', y: '2022' })
  })
})
