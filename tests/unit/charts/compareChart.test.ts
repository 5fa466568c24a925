import { describe, expect, it } from 'vitest'
import { compareChart } from '~/charts/options/compareChart'
import { palettes } from '~/charts/themes/palette'
import type { Metric } from '~/schemas/report'
import { indicator, weibinGdp } from '../../helpers/builders'

const gdp = indicator('gdp', '地区生产总值', 'GDP', '亿元')
const t = (key: string) => ({ 'compare.totals': '总量', 'compare.growth': '增速' } as Record<string, string>)[key] ?? key
const ctx = { locale: 'zh-CN' as const, t }
const hongqiGdp: Metric = { indicator: 'gdp', value: 261, unit: '亿元', change: { kind: 'pct', value: 4.3 }, quote: '地区生产总值261亿元，同比增长4.3%' }
const entry = (name: string, colour: string, metric: Metric) => ({ name, colour, metric, source: '2023年数据 · 新闻发布会' })

describe('compareChart', () => {
  it('shows totals and growth beside them, in the order given, each district in its colour', () => {
    const spec = compareChart([entry('卫滨区', '#111111', weibinGdp), entry('红旗区', '#222222', hongqiGdp)], gdp, ctx)!
    expect(spec.label).toBe('地区生产总值：总量 卫滨区 141.8亿元，红旗区 261亿元；增速 卫滨区 2.3%，红旗区 4.3%')
    const option = spec.option(palettes.light) as { series: Array<{ data: Array<{ value: number, itemStyle: { color: string } }> }> }
    expect(option.series).toHaveLength(2)
    for (const series of option.series)
      expect(series.data.map(d => d.itemStyle.color)).toEqual(['#111111', '#222222'])
    expect(option.series[0]!.data.map(d => d.value)).toEqual([141.8, 261])
    expect(spec.table.rows.map(r => [r[0], r[2], r[4]])).toEqual([['卫滨区', '+2.3%', '2023年数据 · 新闻发布会'], ['红旗区', '+4.3%', '2023年数据 · 新闻发布会']])
  })

  it('compares growth alone when only one district gives a total', () => {
    const spec = compareChart([entry('卫滨区', '#111111', { ...weibinGdp, value: undefined }), entry('红旗区', '#222222', hongqiGdp)], gdp, ctx)!
    expect(spec.label).toBe('地区生产总值：增速 卫滨区 2.3%，红旗区 4.3%')
  })

  it('has no chart for a total beside a growth rate', () => {
    expect(compareChart([entry('卫滨区', '#111111', { ...weibinGdp, value: undefined }), entry('红旗区', '#222222', { ...hongqiGdp, change: undefined })], gdp, ctx)).toBeUndefined()
  })
})
