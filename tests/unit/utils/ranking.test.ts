import { describe, expect, it } from 'vitest'
import { buildIndex, rankingChunk, rankingYears } from '~/data/buildDataset'
import { readDataDir } from '~/data/readDataDir'
import { unpackRanking } from '~/data/rankingChunk'
import { validateData } from '~/data/validate'
import type { Report } from '~/schemas/dataset'
import { chartedRows, rankIndicator } from '~/utils/ranking'
import { rankingChoice, rankingQuery } from '~/utils/rankingLink'

const { dataset } = validateData(readDataDir('data'))
const index = buildIndex(dataset!, 'v', '2024-01-01T00:00:00Z')
const gdp = index.indicators.find(i => i.id === 'gdp')!
const entries = unpackRanking(rankingChunk(dataset!, 'gdp', 2023)!, 'gdp', 2023)
const place = (code: string) => entries.find(e => e.district.code === code)!.district

describe('a ranking\'s chunk', () => {
  it('holds each district\'s figure with its city, province and document, each city and title written once', () => {
    const chunk = rankingChunk(dataset!, 'gdp', 2023)!
    expect(chunk.places).toEqual([['焦作市', 'Jiaozuo', '河南省', 'Henan'], ['新乡市', 'Xinxiang', '河南省', 'Henan']])
    // a title written once for every district whose title differs only by its name (卫滨区's, 红旗区's)
    expect(chunk.documents).toHaveLength(2)
    expect(chunk.documents).toContainEqual(['新闻发布会', '{}2023年经济社会发展成就', '{}: 2023 Economic and Social Achievements'])
    expect(chunk.definition.zh).toBe('辖区全年地区生产总值。')
    // the figure without its indicator, which is the chunk's
    expect(JSON.stringify(chunk.rows)).not.toContain('"indicator"')
  })

  it('reads back into the reports\' own figures and what a citation needs', () => {
    const weibin = dataset!.reports.find(r => r.id === 'weibin-2023')!
    expect(entries.find(e => e.district.code === '410703')).toEqual({
      reportId: 'weibin-2023',
      district: weibin.meta.district,
      year: 2023,
      kind: weibin.meta.kind,
      title: weibin.meta.title,
      date: weibin.meta.date,
      ...(weibin.meta.sourceUrl ? { sourceUrl: weibin.meta.sourceUrl } : {}),
      metric: weibin.metrics.find(m => m.indicator === 'gdp'),
    })
  })

  it('is one year\'s: another year of a district is in its own chunk', () => {
    const weibin = dataset!.reports.find(r => r.id === 'weibin-2023')!
    const older: Report = { ...weibin, id: 'weibin-2022', meta: { ...weibin.meta, year: 2022 } }
    const both = { ...dataset!, reports: [...dataset!.reports, older] }
    expect(rankingYears(both, 'gdp')).toEqual([2023, 2022])
    expect(unpackRanking(rankingChunk(both, 'gdp', 2022)!, 'gdp', 2022).map(e => [e.reportId, e.year])).toEqual([['weibin-2022', 2022]])
    expect(rankingChunk(both, 'gdp', 2023)!.rows).toHaveLength(3)
  })
})

describe('rankIndicator', () => {
  it('ranks every district of the year, best first, with the kind of document of each', () => {
    const r = rankIndicator(entries, gdp, { scope: 'all' })
    expect(r.basis).toBe('value')
    expect(r.rows.map(e => [e.district.name.zh, e.kind])).toEqual([['红旗区', '新闻发布会'], ['山阳区', '政府工作报告'], ['卫滨区', '新闻发布会']])
    expect(r.kinds.sort()).toEqual(['政府工作报告', '新闻发布会'].sort())
  })

  it('ranks within the city or the province of the reader\'s district', () => {
    expect(rankIndicator(entries, gdp, { scope: 'city', around: place('410703') }).rows.map(e => e.district.code)).toEqual(['410702', '410703'])
    expect(rankIndicator(entries, gdp, { scope: 'city', around: place('410811') }).rows.map(e => e.district.code)).toEqual(['410811'])
    expect(rankIndicator(entries, gdp, { scope: 'province', around: place('410811') }).rows).toHaveLength(3)
    // a district of another province: nobody of its province gives the figure
    expect(rankIndicator(entries, gdp, { scope: 'province', around: { city: { zh: '重庆市', en: 'Chongqing' }, province: { zh: '重庆市', en: 'Chongqing' } } }).rows).toEqual([])
  })

  it('ranks by growth where no district of the scope gives a total', () => {
    const growthOnly = entries.map(e => ({ ...e, metric: { ...e.metric, value: undefined } }))
    const r = rankIndicator(growthOnly, gdp, { scope: 'all' })
    expect(r.basis).toBe('growth')
    expect(r.rows.map(e => e.by)).toEqual([4.3, 2.3, 2.2])
  })
})

describe('chartedRows', () => {
  const rows = Array.from({ length: 30 }, (_, i) => ({ district: { code: String(i) }, by: 30 - i }))
  const codes = (list: typeof rows) => list.map(r => r.district.code)

  it('shows every district when they are few', () => {
    expect(chartedRows(rows.slice(0, 9))).toHaveLength(9)
  })

  it('shows the top five, the bottom three and the reader\'s district, in order, when they are many', () => {
    expect(codes(chartedRows(rows, '14'))).toEqual(['0', '1', '2', '3', '4', '14', '27', '28', '29'])
    expect(codes(chartedRows(rows))).toEqual(['0', '1', '2', '3', '4', '27', '28', '29'])
  })

  it('leaves out districts without the figure ranked by', () => {
    expect(chartedRows([{ district: { code: 'a' }, by: 1 }, { district: { code: 'b' } }])).toEqual([{ district: { code: 'a' }, by: 1 }])
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
