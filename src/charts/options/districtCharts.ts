/**
 * Charts of one district's own figures, which need no other district to mean something: the
 * growth rates a section gives side by side, the percentages it gives (shares of a whole, plan
 * completion) side by side, and a part beside its whole (46 of 66 buildings).
 */
import type { IndicatorSummary as Indicator } from '~/schemas/dataset'
import type { FigureValues } from '~/schemas/report'
import { formatPercent, formatSignedPercent, formatValue } from '~/utils/format'
import type { ChartSpec } from '../types'
import { barHeight, barOption } from './barChart'
import type { ChartContext } from './charts'

/** One of the district's figures with its indicator. */
export interface OwnFigure {
  metric: FigureValues
  indicator: Indicator
}

/** A chart that stands on its own in a section, under a heading of its own. */
export interface TitledChart {
  /** what kind of chart it is, for its key (growth, rates) */
  kind: string
  title: string
  spec: ChartSpec
}

const nameOf = (indicator: Indicator, ctx: ChartContext) => indicator.name[ctx.locale === 'en' ? 'en' : 'zh']
const list = (items: string[], ctx: ChartContext) => items.join(ctx.locale === 'en' ? ', ' : '，')

/** Bars of the district's own figures, a name above each, all in the district's colour. */
function ownBars(kind: string, rows: Array<{ name: string, value: number, label: string, cell: string }>, head: string[], title: string, label: string): TitledChart {
  const bars = rows.map(r => ({ name: r.name, value: r.value, label: r.label, focus: true }))
  return {
    kind,
    title,
    spec: {
      option: palette => barOption(bars, { palette, label, namesAbove: true }),
      label,
      height: barHeight(bars.length, true, true),
      table: { head, rows: rows.map(r => [r.name, r.cell]), figures: [1] },
    },
  }
}

/** The growth rates (同比增长x%) of a section's figures, in the section's order: two or more, or none. */
export function sectionGrowth(figures: OwnFigure[], section: string, ctx: ChartContext): TitledChart | undefined {
  const rows = figures.flatMap(({ metric, indicator }) => metric.change?.kind === 'pct'
    ? [{ name: nameOf(indicator, ctx), value: metric.change.value, label: formatPercent(metric.change.value), cell: formatSignedPercent(metric.change.value) }]
    : [])
  if (rows.length < 2)
    return undefined
  const label = ctx.t('chart.sectionGrowthLabel', { section, list: list(rows.map(r => `${r.name} ${r.cell}`), ctx) })
  return ownBars('growth', rows, [ctx.t('table.indicator'), ctx.t('table.growth')], ctx.t('chart.sectionGrowth'), label)
}

/** The percentages a section states (税收占比93.9%, 占年度计划的169.6%): two or more, or none. */
export function sectionRates(figures: OwnFigure[], section: string, ctx: ChartContext): TitledChart | undefined {
  const rows = figures.flatMap(({ metric, indicator }) => metric.value !== undefined && metric.unit === '%'
    ? [{ name: nameOf(indicator, ctx), value: metric.value, label: formatPercent(metric.value), cell: formatValue(metric.value, '%', ctx.locale, metric.approximate) }]
    : [])
  if (rows.length < 2)
    return undefined
  const label = ctx.t('chart.sectionRatesLabel', { section, list: list(rows.map(r => `${r.name} ${r.cell}`), ctx) })
  return ownBars('rates', rows, [ctx.t('table.indicator'), ctx.t('table.value')], ctx.t('chart.sectionRates'), label)
}

/** The charts a section of the district page ends with. */
export function sectionCharts(figures: OwnFigure[], section: string, ctx: ChartContext): TitledChart[] {
  return [sectionGrowth(figures, section, ctx), sectionRates(figures, section, ctx)].filter(c => c !== undefined)
}

/** A part beside the whole it is part of, as the report gives both (已交付46栋 of 66栋楼). */
export function partOfWhole(metric: FigureValues, indicator: Indicator, ctx: ChartContext): ChartSpec | undefined {
  if (metric.value === undefined || metric.of === undefined)
    return undefined
  const value = (n: number, approximate = metric.approximate) => formatValue(n, metric.unit, ctx.locale, approximate, indicator.countNounEn)
  const [part, whole] = [value(metric.value), value(metric.of, false)]
  const [partName, wholeName] = [nameOf(indicator, ctx), ctx.t('chart.whole')]
  const bars = [
    { name: partName, value: metric.value, label: part, focus: true },
    { name: wholeName, value: metric.of, label: whole },
  ]
  const label = ctx.t('chart.partOfWholeLabel', { indicator: partName, part, whole })
  return {
    option: palette => barOption(bars, { palette, label, namesAbove: true }),
    label,
    height: barHeight(bars.length, true, true),
    table: { head: [ctx.t('table.indicator'), ctx.t('table.value')], rows: [[partName, part], [wholeName, whole]], figures: [1] },
  }
}
