/**
 * A comparison of districts, as the compare page shows it: one row per indicator the chosen
 * reports give, each with the districts that give it. Pure: the page asks, and lays out.
 */
import { canCompare } from '~/charts/options/charts'
import type { IndicatorSummary, ReportChunk } from '~/schemas/dataset'
import type { Metric } from '~/schemas/report'
import type { Locale } from '~/utils/format'
import { formatFigure } from '~/utils/format'

export interface ComparisonEntry {
  code: string
  name: string
  metric: Metric
  report: ReportChunk
}

export interface ComparisonRow {
  indicator: IndicatorSummary
  entries: ComparisonEntry[]
}

/**
 * Every indicator the reports give (`rows`), in the order they first give them: `shared` are those every
 * report gives comparably (values, or else growth rates), charted together, and only `focus` if
 * one is named; `partial` is the rest, listed apart and never mixed (given by only some, or as a
 * value by one and a growth rate by another).
 */
export function compareReports(reports: ReportChunk[], indicator: (id: string) => IndicatorSummary | undefined, lang: 'zh' | 'en', focus?: string): { rows: ComparisonRow[], shared: ComparisonRow[], partial: ComparisonRow[] } {
  const ids = new Set(reports.flatMap(r => r.metrics.map(m => m.indicator)))
  const rows = [...ids].flatMap((id) => {
    const summary = indicator(id)
    if (!summary)
      return []
    const entries = reports.flatMap((r) => {
      const metric = r.metrics.find(m => m.indicator === id)
      return metric ? [{ code: r.meta.district.code, name: r.meta.district.name[lang], metric, report: r }] : []
    })
    return [{ indicator: summary, entries }]
  })
  const charted = (r: ComparisonRow) => reports.length > 1 && r.entries.length === reports.length && canCompare(r.entries, r.indicator)
  return {
    rows,
    shared: rows.filter(r => charted(r) && (!focus || r.indicator.id === focus)),
    partial: rows.filter(r => !charted(r)),
  }
}

/** A comparison's preview leads with its first row's figures: 地区生产总值：红旗区 261亿元，卫滨区 141.8亿元。 */
export function comparisonLead(row: ComparisonRow | undefined, locale: Locale): string {
  if (!row)
    return ''
  const en = locale === 'en'
  const figures = row.entries.map(e => `${e.name} ${formatFigure(e.metric, locale, row.indicator.countNounEn)}`).join(en ? ', ' : '，')
  return `${row.indicator.name[en ? 'en' : 'zh']}${en ? ': ' : '：'}${figures}${en ? '. ' : '。'}`
}
