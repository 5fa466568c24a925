/** A district's figure across its reports: one bar a year, this report's in focus, each labelled as its report gives it. */
import { REPORT_KINDS } from '~/schemas/constants'
import type { IndicatorSummary as Indicator } from '~/schemas/dataset'
import { formatValue } from '~/utils/format'
import type { TrendPoint } from '~/utils/trend'
import type { ChartSpec } from '../types'
import { barHeight, barOption } from './barChart'
import type { ChartContext } from './charts'

export function trendChart(points: TrendPoint[], indicator: Indicator, ctx: ChartContext): ChartSpec | undefined {
  if (points.length < 2)
    return undefined
  const en = ctx.locale === 'en'
  const figure = (p: TrendPoint) => formatValue(p.value, indicator.unit, ctx.locale, p.approximate, indicator.countNounEn)
  const bars = points.map((p, i) => ({ name: String(p.year), value: p.value, label: figure(p), focus: i === points.length - 1 }))
  const label = ctx.t('trend.label', { indicator: indicator.name[en ? 'en' : 'zh'], list: bars.map(b => `${b.name} ${b.label}`).join(en ? ', ' : '，') })
  return {
    option: palette => barOption(bars, { palette, label }),
    label,
    height: barHeight(bars.length),
    table: {
      head: [ctx.t('trend.year'), ctx.t('table.value')],
      // the kind of report each figure comes from: a press conference's figure is not a work report's
      rows: points.map(p => [`${p.year} · ${ctx.t(`kind.${REPORT_KINDS[p.kind]}`)}`, figure(p)]),
      figures: [1],
    },
  }
}
