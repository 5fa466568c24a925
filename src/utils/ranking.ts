/**
 * A ranking of one indicator, as /m/:indicator shows it: the districts of one scope (a city, a
 * province, all) for one year, best first, each with the document its figure comes from. Pure:
 * the page gives the year's entries and the choice, and lays out.
 */
import type { ReportKind } from '~/schemas/constants'
import type { District, IndicatorSummary, RankingEntry } from '~/schemas/dataset'
import { valueInIndicatorUnit } from './derive'
import type { RankingScope } from './rankingLink'

export interface RankedEntry extends RankingEntry {
  /** the figure it is ranked by: the total in the indicator's unit, else the percentage growth */
  by?: number
}

export interface Ranking {
  /** what the order is by: totals where any district of the scope gives one, else growth */
  basis: 'value' | 'growth'
  /** best first; the districts without a figure of the basis last, in the app's order */
  rows: RankedEntry[]
  kinds: ReportKind[]
}

type Place = Pick<District, 'city' | 'province'>

/** Whether a district belongs to a scope around another. */
function inScope(d: Place, around: Place | undefined, scope: RankingScope): boolean {
  if (scope === 'all' || !around)
    return true
  return d.province.zh === around.province.zh && (scope === 'province' || d.city.zh === around.city.zh)
}

/** Ranks one year's entries within the scope around a district (all of them with no district). */
export function rankIndicator(entries: readonly RankingEntry[], indicator: IndicatorSummary, options: { scope: RankingScope, around?: Place }): Ranking {
  const chosen = entries.filter(e => inScope(e.district, options.around, options.scope))
  const basis = chosen.some(e => valueInIndicatorUnit(e.metric, indicator) !== undefined) ? 'value' : 'growth'
  const figure = (e: RankingEntry) => (basis === 'value' ? valueInIndicatorUnit(e.metric, indicator) : e.metric.change?.kind === 'pct' ? e.metric.change.value : undefined)
  const better = basis === 'growth' || indicator.higherIsBetter ? -1 : 1
  const rows = chosen
    .map(e => ({ ...e, by: figure(e) }))
    .sort((a, b) => (a.by === undefined ? 1 : 0) - (b.by === undefined ? 1 : 0) || (a.by !== undefined && b.by !== undefined ? better * (a.by - b.by) : 0))
  return { basis, rows, kinds: [...new Set(rows.map(r => r.kind))] }
}

/**
 * The districts a ranking's chart shows: all of them when few, else the top and the bottom and
 * the reader's district, in the ranking's order (the table lists them all).
 */
export function chartedRows<T extends { district: { code: string }, by?: number }>(rows: T[], focus?: string, top = 5, bottom = 3): T[] {
  const ranked = rows.filter(r => r.by !== undefined)
  if (ranked.length <= top + bottom + 1)
    return ranked
  return ranked.filter((r, i) => i < top || i >= ranked.length - bottom || r.district.code === focus)
}
