import { describe, expect, it } from 'vitest'
import type { ChartContext, PeerEntry } from '~/charts/options/charts'
import { canCompare, cardChart, comparisonChart, growthRanking, growthVsAverage, valueRanking } from '~/charts/options/charts'
import { sectionCharts } from '~/charts/options/districtCharts'
import type { Palette } from '~/charts/themes/palette'
import { palettes } from '~/charts/themes/palette'
import type { ChartSpec } from '~/charts/types'
import type { FigureValues, Indicator } from '~/schemas/report'
import { indicator } from '../../helpers/builders'

const t: ChartContext['t'] = (k, p) => k + JSON.stringify(p ?? {})
const zh: ChartContext = { locale: 'zh-CN', t }
const en: ChartContext = { locale: 'en', t }


const GDP = indicator('gdp', '地区生产总值', 'GDP', '亿元')
const JOBS = indicator('new-urban-jobs', '新增城镇就业', 'New urban jobs', '人')
const RETAIL = indicator('retail-sales', '社会消费品零售总额', 'Retail sales of consumer goods', '亿元')
const IVA = indicator('industrial-value-added', '规模以上工业增加值', 'Value added of industry above designated size', '亿元')
const HOTLINE = indicator('hotline-tickets', '12345热线工单', 'Hotline tickets', '件', { higherIsBetter: false })

/** A district's figure: on a catalogue indicator (`indicator`), or a report-only one. */
function peer(code: string, name: string, metric: Omit<FigureValues, 'quote'> & { indicator?: string }): PeerEntry & { metric: FigureValues } {
  return { code, name, metric: { ...metric, quote: `${name}报告原文：${metric.indicator ?? ''}` } }
}

const weibinGdp = peer('410703', '卫滨区', { indicator: 'gdp', value: 141.8, unit: '亿元', change: { kind: 'pct', value: 2.3 }, vsAverage: { scope: 'city', pp: 0.8 } })
const hongqiGdp = peer('410702', '红旗区', { indicator: 'gdp', value: 261, unit: '亿元', change: { kind: 'pct', value: 4.3 }, ranks: [{ scope: 'city', basis: 'total', position: 4 }] })
const shanyangGdp = peer('410811', '山阳区', { indicator: 'gdp', value: 216, unit: '亿元', change: { kind: 'pct', value: 2.2 } })

const hongqiJobs = peer('410702', '红旗区', { indicator: 'new-urban-jobs', value: 1.36, unit: '万人' })
const weibinJobs = peer('410703', '卫滨区', { indicator: 'new-urban-jobs', value: 6955, unit: '人' })

const weibinRetail = peer('410703', '卫滨区', { indicator: 'retail-sales', value: 138.9, unit: '亿元', change: { kind: 'pct', value: 4.7 }, ranks: [{ scope: 'city', basis: 'total', position: 2 }, { scope: 'districts', basis: 'total', position: 1, of: 4 }] })
const hongqiRetail = peer('410702', '红旗区', { indicator: 'retail-sales', value: 97.3, unit: '亿元', change: { kind: 'pct', value: 7.1 }, ranks: [{ scope: 'city', basis: 'growth', position: 2 }] })
const shanyangRetail = peer('410811', '山阳区', { indicator: 'retail-sales', value: 80.9, unit: '亿元', change: { kind: 'pct', value: 7.4 } })

interface DrawnBar { name: string, value: number, label: string, color: string, bold: boolean }
interface SimpleOption {
  aria: { enabled: boolean, label: { description: string } }
  yAxis: { data: string[] }
  series: Array<{ type: string, data: Array<{ value: number, itemStyle: { color: string }, label: { formatter: string, fontWeight: string } }> }>
}

function optionOf(spec: ChartSpec | undefined, palette: Palette = palettes.light): SimpleOption {
  expect(spec).toBeDefined()
  return spec!.option(palette) as unknown as SimpleOption
}

/** What the chart draws: one entry per bar, top to bottom. */
function drawn(spec: ChartSpec | undefined, palette: Palette = palettes.light): DrawnBar[] {
  const o = optionOf(spec, palette)
  expect(o.series).toHaveLength(1)
  expect(o.series[0]!.type).toBe('bar')
  return o.series[0]!.data.map((d, i) => ({
    name: o.yAxis.data[i]!,
    value: d.value,
    label: d.label.formatter,
    color: d.itemStyle.color,
    bold: d.label.fontWeight === 'bold',
  }))
}

describe('growthVsAverage', () => {
  const spec = growthVsAverage(weibinGdp.metric, '卫滨区', zh)

  it('draws the district growth against the derived city average', () => {
    expect(drawn(spec)).toEqual([
      { name: '卫滨区', value: 2.3, label: '2.3%', color: palettes.light.focus, bold: true },
      { name: 'chart.cityAverageDerived{}', value: 1.5, label: '1.5%', color: palettes.light.other, bold: false },
    ])
  })

  it('uses the focus colour of whichever palette it is drawn in', () => {
    for (const palette of [palettes.light, palettes.dark, palettes.neutral])
      expect(drawn(spec, palette).map(b => b.color)).toEqual([palette.focus, palette.other])
  })

  it('shows its tooltip as a card of the page\'s theme, not a white box on a dark page', () => {
    for (const palette of [palettes.light, palettes.dark])
      expect(spec!.option(palette).tooltip).toMatchObject({ backgroundColor: palette.surface, borderColor: palette.border, textStyle: { color: palette.text } })
    expect(palettes.dark.surface).not.toBe(palettes.light.surface)
  })

  it('describes itself in one sentence, also as the chart aria description', () => {
    expect(spec!.label).toBe('chart.growthVsAverageLabel{"district":"卫滨区","growth":"2.3%","average":"1.5%"}')
    expect(optionOf(spec).aria).toEqual({ enabled: true, label: { description: spec!.label } })
  })

  it('gives the same figures as a table', () => {
    expect(spec!.table).toEqual({
      head: ['table.name{}', 'table.growth{}'],
      rows: [['卫滨区', '+2.3%'], ['chart.cityAverageDerived{}', '+1.5%']],
      figures: [1],
    })
  })

  it('is as tall as its two bars need', () => {
    expect(spec!.height).toBe(84)
  })

  it('draws a district below the city average below it', () => {
    const lagging = growthVsAverage({ ...weibinGdp.metric, change: { kind: 'pct', value: 1.2 }, vsAverage: { scope: 'city', pp: -0.9 } }, '卫滨区', zh)
    expect(drawn(lagging).map(b => [b.value, b.label])).toEqual([[1.2, '1.2%'], [2.1, '2.1%']])
  })

  it('is undefined when the report gives no gap to the city average', () => {
    expect(growthVsAverage(hongqiGdp.metric, '红旗区', zh)).toBeUndefined()
  })
})

describe('valueRanking', () => {
  it('draws a district of a 38-district city among 7: the top three, its neighbours, the bottom, each at its place; the table lists all 38', () => {
    const city = Array.from({ length: 38 }, (_, i) => peer(String(500101 + i), `区${i + 1}`, { indicator: 'gdp', value: 1000 - i * 10, unit: '亿元' }))
    const spec = valueRanking(city, GDP, zh, '500120')
    expect(drawn(spec).map(b => b.name)).toEqual(['1. 区1', '2. 区2', '3. 区3', '19. 区19', '20. 区20', '21. 区21', '38. 区38'])
    expect(drawn(spec).filter(b => b.bold).map(b => b.name)).toEqual(['20. 区20'])
    expect(spec!.label).toContain('20. 区20 810亿元')
    expect(spec!.label).not.toContain('区4 ')
    expect(spec!.table.rows).toHaveLength(38)
    expect(spec!.height).toBe(7 * 34 + 16)
  })

  it('draws every district when it ranks near the top, and all of an indicator\'s ranking without a focus', () => {
    const city = Array.from({ length: 38 }, (_, i) => peer(String(500101 + i), `区${i + 1}`, { indicator: 'gdp', value: 1000 - i * 10, unit: '亿元' }))
    expect(drawn(valueRanking(city, GDP, zh, '500102')).map(b => b.name)).toEqual(['1. 区1', '2. 区2', '3. 区3', '38. 区38'])
    expect(drawn(valueRanking(city, GDP, zh))).toHaveLength(38)
  })

  it('draws the set it is given where that is already bounded (a ranking\'s top, bottom and reader\'s district), the reader in bold', () => {
    const chosen = [1, 2, 3, 4, 5, 30, 43, 44, 45].map(n => peer(String(500100 + n), `${n}. 区${n}`, { indicator: 'gdp', value: 1000 - n * 10, unit: '亿元' }))
    const spec = valueRanking(chosen, GDP, zh, '500130', false)
    expect(drawn(spec).map(b => b.name)).toEqual(chosen.map(p => p.name))
    expect(drawn(spec).filter(b => b.bold).map(b => b.name)).toEqual(['30. 区30'])
  })

  it('converts units before comparing (1.36万人 ranks above 6955人), and labels each as its report gives it', () => {
    const spec = valueRanking([weibinJobs, hongqiJobs], JOBS, zh, '410703')
    expect(drawn(spec)).toEqual([
      { name: '红旗区', value: 13600, label: '1.36万人', color: palettes.light.other, bold: false },
      { name: '卫滨区', value: 6955, label: '6955人', color: palettes.light.focus, bold: true },
    ])
  })

  it('writes English labels and joins the list with commas in English', () => {
    const spec = valueRanking([weibinJobs, hongqiJobs], JOBS, en, '410703')
    expect(drawn(spec).map(b => b.label)).toEqual(['13,600 people', '6,955 people'])
    expect(spec!.label).toBe('chart.valueRankingLabel{"indicator":"New urban jobs","list":"红旗区 13,600 people, 卫滨区 6,955 people"}')
  })

  it('sorts the largest first when higher is better', () => {
    const spec = valueRanking([weibinGdp, hongqiGdp, shanyangGdp], GDP, zh)
    expect(drawn(spec).map(b => `${b.name} ${b.label}`)).toEqual(['红旗区 261亿元', '山阳区 216亿元', '卫滨区 141.8亿元'])
    expect(spec!.label).toBe('chart.valueRankingLabel{"indicator":"地区生产总值","list":"红旗区 261亿元，山阳区 216亿元，卫滨区 141.8亿元"}')
    expect(optionOf(spec).aria.label.description).toBe(spec!.label)
    expect(spec!.height).toBe(118)
  })

  it('sorts the smallest first when lower is better', () => {
    const spec = valueRanking([
      peer('410702', '红旗区', { indicator: 'hotline-tickets', value: 2.46, unit: '万件' }),
      peer('410703', '卫滨区', { indicator: 'hotline-tickets', value: 9800, unit: '件' }),
      peer('410811', '山阳区', { indicator: 'hotline-tickets', value: 1.2, unit: '万件' }),
    ], HOTLINE, zh, '410811')
    expect(drawn(spec).map(b => [b.name, b.value, b.color])).toEqual([
      ['卫滨区', 9800, palettes.light.other],
      ['山阳区', 12000, palettes.light.focus],
      ['红旗区', 24600, palettes.light.other],
    ])
  })

  it('colours no bar as focus when no district is in focus', () => {
    const spec = valueRanking([weibinGdp, hongqiGdp], GDP, zh)
    expect(drawn(spec).map(b => b.color)).toEqual([palettes.light.other, palettes.light.other])
  })

  it('lists value, change and ranks in the table, with a dash for what is missing', () => {
    const spec = valueRanking([weibinRetail, hongqiRetail, shanyangRetail], RETAIL, zh, '410703')
    expect(spec!.table).toEqual({
      head: ['table.name{}', 'table.value{}', 'table.growth{}', 'table.rank{}'],
      rows: [
        ['卫滨区', '138.9亿元', '+4.7%', '全市第2\n四区第1'],
        ['红旗区', '97.3亿元', '+7.1%', '增速全市第2'],
        ['山阳区', '80.9亿元', '+7.4%', '—'],
      ],
      figures: [1, 2],
    })
    const noChange = valueRanking([weibinJobs, hongqiJobs], JOBS, zh)
    expect(noChange!.table.rows).toEqual([['红旗区', '1.36万人', '—', '—'], ['卫滨区', '6955人', '—', '—']])
  })

  it('marks approximate values with 余', () => {
    const spec = valueRanking([
      peer('410811', '山阳区', { indicator: 'heating-households', value: 5500, unit: '户', approximate: true }),
      peer('410702', '红旗区', { indicator: 'heating-households', value: 3000, unit: '户' }),
    ], indicator('heating-households', '集中供热入户', 'Households connected to heating', '户'), zh)
    expect(drawn(spec).map(b => b.label)).toEqual(['5500余户', '3000户'])
  })

  it('is undefined when fewer than two districts give a comparable value', () => {
    expect(valueRanking([weibinJobs], JOBS, zh)).toBeUndefined()
    // a value in 亿元 cannot be compared with people
    const wrongUnit = peer('410811', '山阳区', { indicator: 'new-urban-jobs', value: 1.2, unit: '亿元' })
    expect(valueRanking([weibinJobs, wrongUnit], JOBS, zh)).toBeUndefined()
    const growthOnly = peer('410811', '山阳区', { indicator: 'new-urban-jobs', unit: '人', change: { kind: 'pct', value: 3 } })
    expect(valueRanking([weibinJobs, growthOnly], JOBS, zh)).toBeUndefined()
  })
})

describe('growthRanking', () => {
  it('ranks districts by percentage growth, fastest first', () => {
    const spec = growthRanking([weibinGdp, hongqiGdp, shanyangGdp], GDP, zh, '410703')
    expect(drawn(spec)).toEqual([
      { name: '红旗区', value: 4.3, label: '4.3%', color: palettes.light.other, bold: false },
      { name: '卫滨区', value: 2.3, label: '2.3%', color: palettes.light.focus, bold: true },
      { name: '山阳区', value: 2.2, label: '2.2%', color: palettes.light.other, bold: false },
    ])
    expect(spec!.label).toBe('chart.growthRankingLabel{"indicator":"地区生产总值","list":"红旗区 4.3%，卫滨区 2.3%，山阳区 2.2%"}')
    expect(optionOf(spec).aria).toEqual({ enabled: true, label: { description: spec!.label } })
  })

  it('lists growth and ranks in the table', () => {
    const spec = growthRanking([weibinGdp, hongqiGdp, shanyangGdp], GDP, en)
    expect(spec!.table).toEqual({
      head: ['table.name{}', 'table.growth{}', 'table.rank{}'],
      rows: [['红旗区', '+4.3%', '4th in the city'], ['卫滨区', '+2.3%', '—'], ['山阳区', '+2.2%', '—']],
      figures: [1],
    })
  })

  it('draws a fall below zero', () => {
    const falling = peer('410811', '山阳区', { indicator: 'industrial-value-added', unit: '亿元', change: { kind: 'pct', value: -1.5 } })
    const rising = peer('410703', '卫滨区', { indicator: 'industrial-value-added', unit: '亿元', change: { kind: 'pct', value: 1.9 } })
    const spec = growthRanking([falling, rising], IVA, zh)
    // the bar and the table's 同比 column write a fall with the same minus sign
    expect(drawn(spec).map(b => [b.name, b.label])).toEqual([['卫滨区', '1.9%'], ['山阳区', '−1.5%']])
    expect(spec!.table.rows.map(r => r[1])).toEqual(['+1.9%', '−1.5%'])
    expect((spec!.option(palettes.light) as { xAxis: { min: number } }).xAxis.min).toBe(-1.5)
    // each bar is rounded at its end away from zero
    const radii = optionOf(spec).series[0]!.data.map(d => (d.itemStyle as { borderRadius?: number[] }).borderRadius)
    expect(radii).toEqual([[0, 4, 4, 0], [4, 0, 0, 4]])
  })

  it('leaves out districts without a percentage growth, and is undefined with fewer than two left', () => {
    const days = peer('410703', '卫滨区', { indicator: 'good-air-days', value: 227, unit: '天', change: { kind: 'abs', value: 15 } })
    const noChange = peer('410702', '红旗区', { indicator: 'good-air-days', value: 229, unit: '天' })
    const pct = peer('410811', '山阳区', { indicator: 'good-air-days', value: 240, unit: '天', change: { kind: 'pct', value: 3 } })
    expect(growthRanking([days, noChange, pct], indicator('good-air-days', '空气质量优良天数', 'Days with good air', '天'), zh)).toBeUndefined()
  })
})

describe('cardChart', () => {
  it('prefers growth against the city average when the report states the gap', () => {
    const spec = cardChart(weibinGdp.metric, GDP, weibinGdp, [hongqiGdp, shanyangGdp], zh)
    expect(spec!.label).toMatch(/^chart\.growthVsAverageLabel/)
    expect(drawn(spec).map(b => b.name)).toEqual(['卫滨区', 'chart.cityAverageDerived{}'])
  })

  it('otherwise shows the district among its peers by value, in focus', () => {
    const spec = cardChart(weibinRetail.metric, RETAIL, weibinRetail, [hongqiRetail, shanyangRetail], zh)
    expect(spec!.label).toMatch(/^chart\.valueRankingLabel/)
    expect(drawn(spec).map(b => [b.name, b.color])).toEqual([
      ['卫滨区', palettes.light.focus],
      ['红旗区', palettes.light.other],
      ['山阳区', palettes.light.other],
    ])
  })

  it('does not count the district twice when the peers include it', () => {
    const spec = cardChart(weibinRetail.metric, RETAIL, weibinRetail, [weibinRetail, hongqiRetail], zh)
    expect(drawn(spec).map(b => b.name)).toEqual(['卫滨区', '红旗区'])
  })

  it('falls back to growth when too few districts give a value', () => {
    const self = peer('410703', '卫滨区', { indicator: 'industrial-value-added', unit: '亿元', change: { kind: 'pct', value: 1.9 } })
    const shanyang = peer('410811', '山阳区', { indicator: 'industrial-value-added', value: 51.7, unit: '亿元', change: { kind: 'pct', value: 5.3 } })
    const spec = cardChart(self.metric, IVA, self, [shanyang], zh)
    expect(spec!.label).toMatch(/^chart\.growthRankingLabel/)
    expect(drawn(spec).map(b => [b.name, b.label, b.color])).toEqual([
      ['山阳区', '5.3%', palettes.light.other],
      ['卫滨区', '1.9%', palettes.light.focus],
    ])
  })

  it('is undefined for a figure no other district reports', () => {
    expect(cardChart(weibinJobs.metric, JOBS, weibinJobs, [], zh)).toBeUndefined()
  })

  it('says when the rank was among more districts than the chart shows (四区第1 beside two bars)', () => {
    const spec = cardChart(weibinRetail.metric, RETAIL, weibinRetail, [hongqiRetail], zh)
    expect(spec!.note).toBe('chart.partialGroup{"n":2}')
    // a group the chart shows whole, or no rank at all: nothing to say
    const ofTwo = peer('410703', '卫滨区', { ...weibinRetail.metric, ranks: [{ scope: 'districts', basis: 'total', position: 1, of: 2 }] })
    expect(cardChart(ofTwo.metric, RETAIL, ofTwo, [hongqiRetail], zh)!.note).toBeUndefined()
    expect(cardChart(shanyangRetail.metric, RETAIL, shanyangRetail, [hongqiRetail], zh)!.note).toBeUndefined()
    // growth against the city average shows no other district
    expect(cardChart(weibinGdp.metric, GDP, weibinGdp, [hongqiGdp], zh)!.note).toBeUndefined()
  })

  it('shows a part beside its whole (已交付46栋 of 66栋), with no other district needed', () => {
    const BUILDINGS = indicator('resettlement-buildings-delivered', '棚改安置房交付楼栋', 'Resettlement buildings delivered', '栋')
    const self = peer('410811', '山阳区', { indicator: 'resettlement-buildings-delivered', value: 46, of: 66, unit: '栋' })
    const spec = cardChart(self.metric, BUILDINGS, self, [], zh)!
    expect(drawn(spec).map(b => [b.name, b.value, b.label])).toEqual([['棚改安置房交付楼栋', 46, '46栋'], ['chart.whole{}', 66, '66栋']])
    expect(spec.label).toBe('chart.partOfWholeLabel{"indicator":"棚改安置房交付楼栋","part":"46栋","whole":"66栋"}')
    expect(spec.table.rows).toEqual([['棚改安置房交付楼栋', '46栋'], ['chart.whole{}', '66栋']])
    expect(cardChart(self.metric, BUILDINGS, self, [], en)!.table.rows[1]![1]).toBe('66 buildings')
  })
})

describe('sectionCharts: a section\'s own figures side by side', () => {
  const own = (p: ReturnType<typeof peer>, i: Indicator) => ({ metric: p.metric, indicator: i })
  const TAX = indicator('tax-share', '税收占比', 'Tax share of budget revenue', '%')
  const PLAN = indicator('provincial-key-projects-plan-rate', '省重点项目投资完成率', 'Provincial key projects: share of annual plan', '%')
  const taxShare = peer('410811', '山阳区', { indicator: 'tax-share', value: 93.9, unit: '%' })
  const planRate = peer('410811', '山阳区', { indicator: 'provincial-key-projects-plan-rate', value: 169.6, unit: '%' })

  it('draws the growth rates of its figures, in the section\'s order, each in the district\'s colour, a name above each bar', () => {
    const [growth] = sectionCharts([own(weibinGdp, GDP), own(weibinJobs, JOBS), own(weibinRetail, RETAIL)], '经济运行', zh)
    expect(growth!.kind).toBe('growth')
    expect(drawn(growth!.spec).map(b => [b.name, b.label, b.color])).toEqual([['地区生产总值', '2.3%', palettes.light.focus], ['社会消费品零售总额', '4.7%', palettes.light.focus]])
    expect(growth!.spec.label).toBe('chart.sectionGrowthLabel{"section":"经济运行","list":"地区生产总值 +2.3%，社会消费品零售总额 +4.7%"}')
    expect(growth!.spec.table).toEqual({ head: ['table.indicator{}', 'table.growth{}'], rows: [['地区生产总值', '+2.3%'], ['社会消费品零售总额', '+4.7%']], figures: [1] })
    const option = growth!.spec.option(palettes.light) as unknown as { yAxis: { axisLabel: { inside: boolean } } }
    expect(option.yAxis.axisLabel.inside).toBe(true)
  })

  it('draws the percentages it states: shares of a whole and plan completion', () => {
    const charts = sectionCharts([own(taxShare, TAX), own(planRate, PLAN), own(shanyangGdp, GDP)], '经济运行', en)
    expect(charts.map(c => c.kind)).toEqual(['rates'])
    expect(charts[0]!.spec.table.rows).toEqual([['Tax share of budget revenue', '93.9%'], ['Provincial key projects: share of annual plan', '169.6%']])
  })

  it('draws nothing from a single figure: one bar compares nothing', () => {
    expect(sectionCharts([own(weibinGdp, GDP), own(taxShare, TAX), own(weibinJobs, JOBS)], '经济运行', zh)).toEqual([])
  })
})

describe('comparisonChart', () => {
  it('compares values when every district gives one, with no district in focus', () => {
    const spec = comparisonChart([weibinJobs, hongqiJobs], JOBS, zh)
    expect(drawn(spec).map(b => [b.name, b.value, b.color])).toEqual([
      ['红旗区', 13600, palettes.light.other],
      ['卫滨区', 6955, palettes.light.other],
    ])
  })

  it('compares growth when one district gives only the growth', () => {
    const growthOnly = peer('410703', '卫滨区', { indicator: 'gdp', unit: '亿元', change: { kind: 'pct', value: 2.3 } })
    const spec = comparisonChart([growthOnly, hongqiGdp, shanyangGdp], GDP, zh)
    expect(spec!.label).toMatch(/^chart\.growthRankingLabel/)
    expect(drawn(spec).map(b => b.value)).toEqual([4.3, 2.3, 2.2])
  })

  it('is undefined when neither values nor growth can be compared', () => {
    expect(comparisonChart([weibinJobs], JOBS, zh)).toBeUndefined()
    const noGrowth = peer('410702', '红旗区', { indicator: 'gdp', unit: '亿元', change: { kind: 'abs', value: 10 } })
    const growthOnly = peer('410703', '卫滨区', { indicator: 'gdp', unit: '亿元', change: { kind: 'pct', value: 2.3 } })
    expect(comparisonChart([noGrowth, growthOnly], GDP, zh)).toBeUndefined()
  })
})

describe('canCompare', () => {
  const growthOnly = peer('410703', '卫滨区', { indicator: 'gdp', unit: '亿元', change: { kind: 'pct', value: 2.3 } })
  const noGrowth = peer('410702', '红旗区', { indicator: 'gdp', unit: '亿元', change: { kind: 'abs', value: 10 } })
  // a value in 亿元 cannot be compared with people, and neither gives a growth rate
  const wrongUnit = peer('410811', '山阳区', { indicator: 'new-urban-jobs', value: 1.2, unit: '亿元' })
  const cases: Array<[string, PeerEntry[], typeof GDP, boolean]> = [
    ['values', [weibinJobs, hongqiJobs], JOBS, true],
    ['growth, when one gives only the growth', [growthOnly, hongqiGdp, shanyangGdp], GDP, true],
    ['one district', [weibinJobs], JOBS, false],
    ['no growth rate to set beside a growth rate', [noGrowth, growthOnly], GDP, false],
    ['values in units that do not convert', [weibinJobs, wrongUnit], JOBS, false],
    ['growth, when the values do not convert but both give a growth rate', [
      peer('410703', '卫滨区', { indicator: 'new-urban-jobs', value: 6955, unit: '人', change: { kind: 'pct', value: 4 } }),
      peer('410811', '山阳区', { indicator: 'new-urban-jobs', value: 1.2, unit: '亿元', change: { kind: 'pct', value: 3 } }),
    ], JOBS, true],
  ]
  it.each(cases)('says whether comparisonChart draws a chart: %s', (_name, entries, ind, expected) => {
    expect(canCompare(entries, ind)).toBe(expected)
    expect(comparisonChart(entries, ind, zh) !== undefined).toBe(expected)
  })
})

describe('cardChart for a district that gives only a growth rate', () => {
  it('compares growth so that the district itself is in the chart', () => {
    const self = peer('410703', '卫滨区', { indicator: 'industrial-value-added', unit: '亿元', change: { kind: 'pct', value: 1.9 } })
    const others = [
      peer('410811', '山阳区', { indicator: 'industrial-value-added', value: 51.7, unit: '亿元', change: { kind: 'pct', value: 5.3 } }),
      peer('410702', '红旗区', { indicator: 'industrial-value-added', value: 60.2, unit: '亿元', change: { kind: 'pct', value: 3.1 } }),
    ]
    const spec = cardChart(self.metric, IVA, self, others, zh)!
    expect(spec.table.rows.map(r => r[0])).toEqual(['山阳区', '红旗区', '卫滨区'])
    const series = (spec.option(palettes.light).series as Array<{ data: Array<{ value: number, itemStyle: { color: string } }> }>)[0]!
    expect(series.data.map(d => d.value)).toEqual([5.3, 3.1, 1.9])
    expect(series.data[2]!.itemStyle.color).toBe(palettes.light.focus)
  })
})
