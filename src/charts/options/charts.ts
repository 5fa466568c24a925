/**
 * Pure builders: data → ChartSpec (ECharts option + the same content as words and as a table).
 * The same spec is drawn interactively in the browser and rendered to SVG when prerendering.
 */
import type { IndicatorSummary as Indicator, PeerFigure } from '~/schemas/dataset'
import type { FigureValues } from '~/schemas/report'
import { cityAverageGrowth, valueInIndicatorUnit } from '~/utils/derive'
import type { Locale } from '~/utils/format'
import { formatChangeCell, formatPercent, formatRanks, formatSignedPercent, formatValue } from '~/utils/format'
import type { ChartSpec } from '../types'
import { barHeight, barOption } from './barChart'
import { partOfWhole } from './districtCharts'

export type Translate = (key: string, named?: Record<string, unknown>) => string

export interface ChartContext {
  locale: Locale
  t: Translate
}

export interface PeerEntry {
  code: string
  name: string
  metric: PeerFigure
}

/** 同比增长2.3% against the city average implied by 高于全市平均水平0.8个百分点. */
export function growthVsAverage(metric: FigureValues, districtName: string, ctx: ChartContext): ChartSpec | undefined {
  const average = cityAverageGrowth(metric)
  if (average === undefined || metric.change === undefined)
    return undefined
  const own = metric.change.value
  const avgName = ctx.t('chart.cityAverageDerived')
  const bars = [
    { name: districtName, value: own, label: formatPercent(own), focus: true },
    { name: avgName, value: average.value, label: formatPercent(average.value, average.places) },
  ]
  const label = ctx.t('chart.growthVsAverageLabel', { district: districtName, growth: formatPercent(own), average: formatPercent(average.value, average.places) })
  return {
    option: palette => barOption(bars, { palette, label }),
    label,
    height: barHeight(bars.length),
    table: {
      head: [ctx.t('table.name'), ctx.t('table.growth')],
      rows: [[districtName, formatSignedPercent(own)], [avgName, formatSignedPercent(average.value, average.places)]],
      figures: [1],
    },
  }
}

/** What a card's chart of a district among its peers draws at most: the top, the district with its neighbours, the bottom. */
export const AROUND_FOCUS = { top: 3, around: 1, bottom: 1 }

/**
 * The rows a chart about one district draws, best first: all of them when they are few, else the
 * top, the district and its neighbours in the ranking, and the bottom, each named with its place
 * (`12. 渝北区`) so the gaps show. A city of 38 districts draws 7 bars, not 38; the table has all.
 */
export function aroundFocus<T extends { code: string, name: string }>(rows: T[], focusCode: string | undefined): T[] {
  const { top, around, bottom } = AROUND_FOCUS
  const at = rows.findIndex(r => r.code === focusCode)
  if (focusCode === undefined || rows.length <= top + 2 * around + 1 + bottom)
    return rows
  const keep = (i: number) => i < top || i >= rows.length - bottom || Math.abs(i - at) <= around
  return rows.flatMap((r, i) => (keep(i) ? [{ ...r, name: `${i + 1}. ${r.name}` }] : []))
}

/**
 * Districts side by side on one indicator's value (converted to the indicator's unit); with a
 * focus, the district among a bounded set, unless the peers are already the set to draw
 * (`bounded: false`: a ranking's top, bottom and reader's district, named with their places).
 */
export function valueRanking(peers: PeerEntry[], indicator: Indicator, ctx: ChartContext, focusCode?: string, bounded = true): ChartSpec | undefined {
  const rows = valueRows(peers, indicator)
  if (rows.length < 2)
    return undefined
  const name = indicator.name[ctx.locale === 'en' ? 'en' : 'zh']
  // the bars are drawn in one unit; each is labelled as its report gives it (1.36万人, 6955人)
  const reported = (r: typeof rows[number]) => formatValue(r.metric.value!, r.metric.unit, ctx.locale, r.metric.approximate, indicator.countNounEn)
  const bars = (bounded ? aroundFocus(rows, focusCode) : rows).map(r => ({ name: r.name, value: r.value, label: reported(r), focus: r.code === focusCode }))
  const label = ctx.t('chart.valueRankingLabel', { indicator: name, list: bars.map(b => `${b.name} ${b.label}`).join(ctx.locale === 'en' ? ', ' : '，') })
  return {
    option: palette => barOption(bars, { palette, label }),
    label,
    height: barHeight(bars.length),
    table: {
      head: [ctx.t('table.name'), ctx.t('table.value'), ctx.t('table.growth'), ctx.t('table.rank')],
      rows: rows.map(r => [
        r.name,
        reported(r),
        r.metric.change ? formatChangeCell(r.metric.change, r.metric.unit, ctx.locale, indicator.countNounEn) : '—',
        formatRanks(r.metric.ranks, ctx.locale),
      ]),
      figures: [1, 2],
    },
  }
}

/** Districts side by side on one indicator's percentage growth (when not all give a value); with a focus, the district among a bounded set (as valueRanking). */
export function growthRanking(peers: PeerEntry[], indicator: Indicator, ctx: ChartContext, focusCode?: string, bounded = true): ChartSpec | undefined {
  const rows = growthRows(peers)
  if (rows.length < 2)
    return undefined
  const name = indicator.name[ctx.locale === 'en' ? 'en' : 'zh']
  const bars = (bounded ? aroundFocus(rows, focusCode) : rows).map(r => ({ name: r.name, value: r.growth, label: formatPercent(r.growth), focus: r.code === focusCode }))
  const label = ctx.t('chart.growthRankingLabel', { indicator: name, list: bars.map(b => `${b.name} ${b.label}`).join(ctx.locale === 'en' ? ', ' : '，') })
  return {
    option: palette => barOption(bars, { palette, label }),
    label,
    height: barHeight(bars.length),
    table: {
      head: [ctx.t('table.name'), ctx.t('table.growth'), ctx.t('table.rank')],
      rows: rows.map(r => [r.name, formatSignedPercent(r.growth), formatRanks(r.metric.ranks, ctx.locale)]),
      figures: [1],
    },
  }
}

/**
 * The chart that adds meaning to a card, or none: growth against the city, else the part beside
 * its whole, else the district among the districts that report the figure.
 */
export function cardChart(metric: FigureValues, indicator: Indicator, self: PeerEntry, peers: PeerEntry[], ctx: ChartContext): ChartSpec | undefined {
  const all = [self, ...peers.filter(p => p.code !== self.code)]
  // a chart of the peers must include the district itself: by value when it gives one, else by growth
  return growthVsAverage(metric, self.name, ctx)
    ?? partOfWhole(metric, indicator, ctx)
    ?? withGroupNote((metric.value !== undefined ? valueRanking(all, indicator, ctx, self.code) : undefined) ?? growthRanking(all, indicator, ctx, self.code), metric, ctx)
}

/**
 * A chart of fewer districts than the card's rank was among (四区第1 beside two bars) says so, or
 * a reader takes the bars for the whole ranking.
 */
function withGroupNote(spec: ChartSpec | undefined, metric: FigureValues, ctx: ChartContext): ChartSpec | undefined {
  const shown = spec?.table.rows.length ?? 0
  if (!spec || !metric.ranks?.some(r => r.of === undefined || r.of > shown))
    return spec
  return { ...spec, note: ctx.t('chart.partialGroup', { n: shown }) }
}

/** The comparison chart for one indicator: values when every district gives one, else growth. */
export function comparisonChart(entries: PeerEntry[], indicator: Indicator, ctx: ChartContext): ChartSpec | undefined {
  const kind = comparisonKind(entries, indicator)
  return kind === 'value' ? valueRanking(entries, indicator, ctx) : kind === 'growth' ? growthRanking(entries, indicator, ctx) : undefined
}

/**
 * Whether `comparisonChart` has a chart for these entries, without building it (its words,
 * table and labels): a page can tell which of 60 indicators it compares before it draws any.
 */
export function canCompare(entries: PeerEntry[], indicator: Indicator): boolean {
  return comparisonKind(entries, indicator) !== undefined
}

/** What districts are compared on: values when all give one (and two convert), else growth rates, else nothing. */
function comparisonKind(entries: PeerEntry[], indicator: Indicator): 'value' | 'growth' | undefined {
  if (entries.every(e => e.metric.value !== undefined) && valueRows(entries, indicator).length >= 2)
    return 'value'
  return growthRows(entries).length >= 2 ? 'growth' : undefined
}

/** The peers that give a value, in the indicator's unit, best first. */
function valueRows(peers: PeerEntry[], indicator: Indicator) {
  return peers
    .map(p => ({ ...p, value: valueInIndicatorUnit(p.metric, indicator) }))
    .filter((p): p is PeerEntry & { value: number } => p.value !== undefined)
    .sort((a, b) => (indicator.higherIsBetter ? b.value - a.value : a.value - b.value))
}

/** The peers that give a percentage growth, fastest first. */
function growthRows(peers: PeerEntry[]) {
  return peers
    .filter(p => p.metric.change?.kind === 'pct')
    .map(p => ({ ...p, growth: p.metric.change!.value }))
    .sort((a, b) => b.growth - a.growth)
}
