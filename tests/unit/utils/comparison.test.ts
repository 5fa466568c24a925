import { describe, expect, it } from 'vitest'
import { SERIES_COLOURS } from '~/charts/themes/palette'
import { buildIndex, reportChunk } from '~/data/buildDataset'
import { readDataDir } from '~/data/readDataDir'
import { validateData } from '~/data/validate'
import { comparedReports, compareReports, comparisonLead } from '~/utils/comparison'

const { dataset } = validateData(readDataDir('data'))
const index = buildIndex(dataset!, 'v', '2024-01-01T00:00:00Z')
const indicator = (id: string) => index.indicators.find(i => i.id === id)
const chunk = (code: string) => reportChunk(dataset!, dataset!.reports.find(r => r.meta.district.code === code)!)

describe('comparedReports', () => {
  it('gives each report of the choice its place and its colour, once', () => {
    const chosen = comparedReports([chunk('410811'), chunk('410702'), chunk('410703'), chunk('410702')], 'zh')
    expect(chosen.map(c => [c.code, c.name, c.colour])).toEqual([
      ['410811', '山阳区', SERIES_COLOURS[0]],
      ['410702', '红旗区', SERIES_COLOURS[1]],
      ['410703', '卫滨区', SERIES_COLOURS[2]],
    ])
  })

  it('names a district with its year when the choice holds it for two years', () => {
    const weibin = chunk('410703')
    const earlier = { ...weibin, id: 'weibin-2022', meta: { ...weibin.meta, year: 2022 } }
    expect(comparedReports([earlier, weibin], 'en').map(c => c.name)).toEqual(['Weibin District 2022', 'Weibin District 2023'])
  })
})

describe('compareReports', () => {
  const chosen = comparedReports([chunk('410702'), chunk('410703')], 'zh')

  it('charts together only what every district gives comparably, and lists the rest apart', () => {
    const { rows, shared, partial } = compareReports(chosen, indicator)
    expect(shared.map(r => r.indicator.id)).toContain('gdp')
    expect(shared.every(r => r.entries.length === 2)).toBe(true)
    // 卫滨区 gives only the growth of fixed-asset investment, 红旗区 only the total
    expect(partial.map(r => r.indicator.id)).toContain('fixed-asset-investment')
    expect(rows).toHaveLength(shared.length + partial.length)
  })

  it('keeps each district in its place and colour in every row', () => {
    for (const row of compareReports(chosen, indicator).shared)
      expect(row.entries.map(e => [e.code, e.colour])).toEqual([['410702', SERIES_COLOURS[0]], ['410703', SERIES_COLOURS[1]]])
  })

  it('keeps only the indicator in focus among the charted rows', () => {
    expect(compareReports(chosen, indicator, 'gdp').shared.map(r => r.indicator.id)).toEqual(['gdp'])
  })

  it('charts nothing for one district', () => {
    expect(compareReports([chosen[0]!], indicator).shared).toEqual([])
  })

  it('leads a preview with the first row\'s figures, in either language', () => {
    const row = compareReports(chosen, indicator, 'gdp').shared[0]
    expect(comparisonLead(row, 'zh-CN')).toBe('地区生产总值：红旗区 261亿元，卫滨区 141.8亿元。')
    expect(comparisonLead(compareReports(comparedReports([chunk('410702'), chunk('410703')], 'en'), indicator, 'gdp').shared[0], 'en')).toMatch(/^GDP: Hongqi District CNY 26\.1 bn, Weibin District CNY 14\.18 bn\. $/)
    expect(comparisonLead(undefined, 'zh-CN')).toBe('')
  })
})
