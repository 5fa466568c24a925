/**
 * A ranking of one indicator, as /m/:indicator shows it: the districts of one scope (a city, a
 * province, all) for one year, best first, each with the document its figure comes from. Pure:
 * the page gives the entries and the choice, and lays out.
 */
import type { ReportKind } from '~/schemas/constants'
import type { DistrictSummary, IndicatorEntry, IndicatorSummary } from '~/schemas/dataset'
import { valueInIndicatorUnit } from './derive'
import type { RankingScope } from './rankingLink'

export interface RankedEntry extends IndicatorEntry {
  kind: ReportKind
  /** the figure it is ranked by: the total in the indicator's unit, else the percentage growth */
  by?: number
}

export interface Ranking {
  /** the years any district gives the indicator for, newest first */
  years: number[]
  year: number | undefined
  /** what the order is by: totals where any district of the scope gives one, else growth */
  basis: 'value' | 'growth'
  /** best first; the districts without a figure of the basis last, in the app's order */
  rows: RankedEntry[]
  kinds: ReportKind[]
}

/** Whether a district belongs to a scope around another. */
function inScope(d: DistrictSummary | undefined, around: DistrictSummary | undefined, scope: RankingScope): boolean {
  if (scope === 'all' || !around)
    return true
  return !!d && d.province.zh === around.province.zh && (scope === 'province' || d.city.zh === around.city.zh)
}

export function rankIndicator(entries: IndicatorEntry[], indicator: IndicatorSummary, options: {
  district: (code: string) => DistrictSummary | undefined
  scope: RankingScope
  around?: string
  year?: number
}): Ranking {
  const years = [...new Set(entries.map(e => e.year))].sort((a, b) => b - a)
  const year = options.year !== undefined && years.includes(options.year) ? options.year : years[0]
  const around = options.around === undefined ? undefined : options.district(options.around)
  const kindOf = (e: IndicatorEntry): ReportKind | undefined => options.district(e.districtCode)?.reports.find(r => r.id === e.reportId)?.kind
  const chosen = entries.filter(e => e.year === year && inScope(options.district(e.districtCode), around, options.scope))
  const basis = chosen.some(e => valueInIndicatorUnit(e.metric, indicator) !== undefined) ? 'value' : 'growth'
  const figure = (e: IndicatorEntry) => (basis === 'value' ? valueInIndicatorUnit(e.metric, indicator) : e.metric.change?.kind === 'pct' ? e.metric.change.value : undefined)
  const better = basis === 'growth' || indicator.higherIsBetter ? -1 : 1
  const rows = chosen
    .flatMap((e) => {
      const kind = kindOf(e)
      return kind ? [{ ...e, kind, by: figure(e) }] : []
    })
    .sort((a, b) => (a.by === undefined ? 1 : 0) - (b.by === undefined ? 1 : 0) || (a.by !== undefined && b.by !== undefined ? better * (a.by - b.by) : 0))
  return { years, year, basis, rows, kinds: [...new Set(rows.map(r => r.kind))] }
}

/**
 * The districts a ranking's chart shows: all of them when few, else the top and the bottom and
 * the reader's district, in the ranking's order (the table lists them all).
 */
export function chartedRows<T extends { districtCode: string, by?: number }>(rows: T[], focus?: string, top = 5, bottom = 3): T[] {
  const ranked = rows.filter(r => r.by !== undefined)
  if (ranked.length <= top + bottom + 1)
    return ranked
  return ranked.filter((r, i) => i < top || i >= ranked.length - bottom || r.districtCode === focus)
}
