/**
 * A comparison's chart for one indicator: the chosen districts in the order of the choice, each
 * in its own colour, totals on the left and year-on-year growth beside them on the right, so a
 * district has one place and one colour on the whole page.
 */
import type { IndicatorSummary as Indicator } from '~/schemas/dataset'
import type { Metric } from '~/schemas/report'
import { valueInIndicatorUnit } from '~/utils/derive'
import { formatChangeCell, formatPercent, formatRanks, formatValue } from '~/utils/format'
import type { ECOption } from '../echarts'
import type { Palette } from '../themes/palette'
import type { ChartSpec } from '../types'
import type { ChartContext } from './charts'

export interface CompareEntry {
  /** the district, with the year of its report when the page compares years */
  name: string
  colour: string
  metric: Metric
  /** the document the figure comes from: 政府工作报告 2023 */
  source: string
}

interface Panel {
  title: string
  values: Array<number | null>
  labels: string[]
}

const count = (xs: Array<number | undefined>) => xs.filter(x => x !== undefined).length
const totalsOf = (metrics: Metric[], indicator: Indicator) => metrics.map(m => (m.value === undefined ? undefined : valueInIndicatorUnit(m, indicator)))
const growthOf = (metrics: Metric[]) => metrics.map(m => (m.change?.kind === 'pct' ? m.change.value : undefined))

/**
 * Whether districts can be charted together on an indicator: two or more give a total in units
 * that convert, or two or more give a percentage growth. Cheap: a page can sort 60 indicators
 * before it draws any.
 */
export function canCompareFigures(metrics: Metric[], indicator: Indicator): boolean {
  return count(totalsOf(metrics, indicator)) >= 2 || count(growthOf(metrics)) >= 2
}

/** Totals (when two or more districts give one) and percentage growth beside them, in the choice's order; undefined when neither has two figures. */
export function compareChart(entries: CompareEntry[], indicator: Indicator, ctx: ChartContext): ChartSpec | undefined {
  const en = ctx.locale === 'en'
  const values = totalsOf(entries.map(e => e.metric), indicator)
  const growth = growthOf(entries.map(e => e.metric))
  const panels: Panel[] = []
  if (count(values) >= 2) {
    panels.push({
      title: ctx.t('compare.totals'),
      values: values.map(v => v ?? null),
      labels: entries.map((e, i) => (values[i] === undefined ? '—' : formatValue(e.metric.value!, e.metric.unit, ctx.locale, e.metric.approximate, indicator.countNounEn))),
    })
  }
  if (count(growth) >= 2 || (panels.length && count(growth) >= 1)) {
    panels.push({
      title: ctx.t('compare.growth'),
      values: growth.map(g => g ?? null),
      labels: growth.map(g => (g === undefined ? '—' : formatPercent(g))),
    })
  }
  if (!panels.length)
    return undefined
  const sep = en ? ', ' : '，'
  const label = `${indicator.name[en ? 'en' : 'zh']}${en ? ': ' : '：'}${panels
    .map(p => `${p.title} ${entries.map((e, i) => `${e.name} ${p.labels[i]}`).join(sep)}`)
    .join(en ? '; ' : '；')}`
  return {
    option: palette => compareOption(entries, panels, palette, label),
    label,
    height: Math.max(96, entries.length * 34 + 40),
    table: {
      head: [ctx.t('table.name'), ctx.t('table.value'), ctx.t('table.growth'), ctx.t('table.rank'), ctx.t('table.source')],
      rows: entries.map(e => [
        e.name,
        e.metric.value === undefined ? '—' : formatValue(e.metric.value, e.metric.unit, ctx.locale, e.metric.approximate, indicator.countNounEn),
        e.metric.change ? formatChangeCell(e.metric.change, e.metric.unit, ctx.locale, indicator.countNounEn) : '—',
        formatRanks(e.metric.ranks, ctx.locale),
        e.source,
      ]),
      figures: [1, 2],
    },
  }
}

/** One grid per panel, side by side; the districts named once, on the left. */
function compareOption(entries: CompareEntry[], panels: Panel[], p: Palette, label: string): ECOption {
  const names = entries.map(e => e.name)
  // totals take the names and half the width, their labels the quarter after it; growth the last
  // quarter, its labels at the right edge. A negative growth rate reaches left, into its own room.
  const bounds = panels.length === 1 ? [{ left: 8, right: 88 }] : [{ left: 8, right: '48%' }, { left: '77%', right: 40 }]
  const room = (values: Array<number | null>, last: boolean) => {
    const xs = values.filter((v): v is number => v !== null)
    const max = Math.max(0, ...xs)
    const min = Math.min(0, ...xs)
    return { max: max || 1, min: min < 0 && last ? min - (max - min) * 0.6 : min }
  }
  return {
    animation: false,
    aria: { enabled: true, label: { description: label } },
    grid: panels.map((_, i) => ({ ...bounds[i], top: 26, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' })),
    tooltip: { trigger: 'item', confine: true, backgroundColor: p.surface, borderColor: p.border, textStyle: { color: p.text }, formatter: (params: unknown) => {
      const { dataIndex, seriesIndex } = params as { dataIndex: number, seriesIndex: number }
      const panel = panels[seriesIndex]
      return panel ? `${names[dataIndex]} · ${panel.title}: ${panel.labels[dataIndex]}` : ''
    } },
    xAxis: panels.map((panel, i) => ({ type: 'value' as const, gridIndex: i, show: false, splitLine: { show: false }, ...room(panel.values, i === panels.length - 1) })),
    yAxis: panels.map((panel, i) => ({
      type: 'category' as const,
      gridIndex: i,
      data: names,
      inverse: true,
      // the panel's title sits above its bars, as the axis's name
      name: panel.title,
      nameLocation: 'start' as const,
      nameGap: 8,
      nameTextStyle: { color: p.text, fontSize: 12, fontWeight: 'bold' as const, align: 'left' as const },
      axisTick: { show: false },
      axisLine: { show: i > 0, lineStyle: { color: p.grid } },
      axisLabel: { show: i === 0, color: p.text, fontSize: 12 },
    })),
    series: panels.map((panel, i) => ({
      type: 'bar' as const,
      xAxisIndex: i,
      yAxisIndex: i,
      barMaxWidth: 22,
      data: panel.values.map((v, j) => ({
        value: v,
        itemStyle: { color: entries[j]!.colour, borderRadius: v !== null && v < 0 ? [4, 0, 0, 4] : [0, 4, 4, 0] },
        label: { show: true, position: v !== null && v < 0 ? 'left' as const : 'right' as const, formatter: panel.labels[j], color: p.text, fontSize: 12 },
      })),
    })),
  }
}
