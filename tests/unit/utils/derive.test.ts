import { describe, expect, it } from 'vitest'
import type { Metric } from '~/schemas/report'
import { cityAverageGrowth, valueInIndicatorUnit } from '~/utils/derive'
import { indicator, weibinGdp } from '../../helpers/builders'

const gdp = weibinGdp

/** The metric without one of its optional fields. */
function without(m: Metric, key: 'value' | 'change' | 'vsAverage'): Metric {
  const copy = { ...m }
  delete copy[key]
  return copy
}

const jobs = indicator('new-urban-jobs', '新增城镇就业', 'New urban jobs', '人', { category: 'livelihood' })

describe('cityAverageGrowth', () => {
  it('subtracts the gap from the district growth: 2.3% growth, 高于全市平均0.8个百分点 → 1.5', () => {
    expect(cityAverageGrowth(gdp)).toEqual({ value: 1.5, places: 1 })
  })

  it('adds the gap back when the district grew slower than the city (低于全市平均)', () => {
    // 规上工业增加值同比增长1.9%，低于全市平均水平1.2个百分点 → the city grew 3.1%
    expect(cityAverageGrowth({ ...gdp, change: { kind: 'pct', value: 1.9 }, vsAverage: { scope: 'city', pp: -1.2 } })).toEqual({ value: 3.1, places: 1 })
  })

  it('handles a falling district that still beat the city', () => {
    expect(cityAverageGrowth({ ...gdp, change: { kind: 'pct', value: -0.5 }, vsAverage: { scope: 'city', pp: 2 } })).toEqual({ value: -2.5, places: 1 })
  })

  it('removes floating-point noise', () => {
    // 18.2 - 23.6 is -5.400000000000002 in floating point
    expect(cityAverageGrowth({ ...gdp, change: { kind: 'pct', value: 18.2 }, vsAverage: { scope: 'city', pp: 23.6 } })).toEqual({ value: -5.4, places: 1 })
  })

  it('keeps the decimal places of what it is derived from', () => {
    // 同比增长1.9%，高于全市平均水平0.9个百分点: the city grew 1.0%, as precise as the report
    expect(cityAverageGrowth({ ...gdp, change: { kind: 'pct', value: 1.9 }, vsAverage: { scope: 'city', pp: 0.9 } })).toEqual({ value: 1, places: 1 })
    expect(cityAverageGrowth({ ...gdp, change: { kind: 'pct', value: 5 }, vsAverage: { scope: 'city', pp: 2 } })).toEqual({ value: 3, places: 0 })
  })

  it('is undefined without a gap to the city average', () => {
    expect(cityAverageGrowth(without(gdp, 'vsAverage'))).toBeUndefined()
  })

  it('is undefined without a change, or with an absolute change', () => {
    expect(cityAverageGrowth(without(gdp, 'change'))).toBeUndefined()
    expect(cityAverageGrowth({ ...gdp, unit: '天', change: { kind: 'abs', value: 15 } })).toBeUndefined()
  })
})

describe('valueInIndicatorUnit', () => {
  const metric: Metric = { indicator: 'new-urban-jobs', value: 1.36, unit: '万人', quote: '新增城镇就业1.36万人' }

  it('converts 1.36万人 into the indicator unit: 13600 人', () => {
    expect(valueInIndicatorUnit(metric, jobs)).toBe(13600)
  })

  it('keeps a value already in the indicator unit', () => {
    expect(valueInIndicatorUnit({ ...metric, value: 6955, unit: '人' }, jobs)).toBe(6955)
  })

  it('treats 名 as people', () => {
    expect(valueInIndicatorUnit({ ...metric, value: 199, unit: '名' }, jobs)).toBe(199)
  })

  it('is undefined when the report only gives the growth', () => {
    const growthOnly = without({ ...metric, change: { kind: 'pct', value: 1.9 } }, 'value')
    expect(valueInIndicatorUnit(growthOnly, jobs)).toBeUndefined()
  })

  it('is undefined when the unit cannot be converted', () => {
    expect(valueInIndicatorUnit({ ...metric, value: 4.49, unit: '亿元' }, jobs)).toBeUndefined()
  })
})
