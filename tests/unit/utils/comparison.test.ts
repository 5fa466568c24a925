import { describe, expect, it } from 'vitest'
import { buildIndex, reportChunk } from '~/data/buildDataset'
import { readDataDir } from '~/data/readDataDir'
import { validateData } from '~/data/validate'
import { compareReports, comparisonLead } from '~/utils/comparison'

const { dataset } = validateData(readDataDir('data'))
const index = buildIndex(dataset!, 'v', '2024-01-01T00:00:00Z')
const indicator = (id: string) => index.indicators.find(i => i.id === id)
const chunk = (code: string) => reportChunk(dataset!, dataset!.reports.find(r => r.meta.district.code === code)!)

describe('compareReports', () => {
  const reports = [chunk('410702'), chunk('410703')]

  it('charts together only what every district gives comparably, and lists the rest apart', () => {
    const { rows, shared, partial } = compareReports(reports, indicator, 'zh')
    expect(shared.map(r => r.indicator.id)).toContain('gdp')
    expect(shared.every(r => r.entries.length === 2)).toBe(true)
    // 卫滨区 gives only the growth of fixed-asset investment, 红旗区 only the total
    expect(partial.map(r => r.indicator.id)).toContain('fixed-asset-investment')
    expect(rows).toHaveLength(shared.length + partial.length)
  })

  it('keeps only the indicator in focus among the charted rows', () => {
    expect(compareReports(reports, indicator, 'zh', 'gdp').shared.map(r => r.indicator.id)).toEqual(['gdp'])
  })

  it('charts nothing for one district', () => {
    expect(compareReports([reports[0]!], indicator, 'zh').shared).toEqual([])
  })

  it('leads a preview with the first row\'s figures, in either language', () => {
    const row = compareReports(reports, indicator, 'zh', 'gdp').shared[0]
    expect(comparisonLead(row, 'zh-CN')).toBe('地区生产总值：红旗区 261亿元，卫滨区 141.8亿元。')
    expect(comparisonLead(compareReports(reports, indicator, 'en', 'gdp').shared[0], 'en')).toMatch(/^GDP: Hongqi District CNY 26\.1 bn, Weibin District CNY 14\.18 bn\. $/)
    expect(comparisonLead(undefined, 'zh-CN')).toBe('')
  })
})
