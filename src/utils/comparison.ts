/**
 * A comparison, as the compare page shows it: the chosen reports in the order of the choice, each
 * with one colour and one place for the whole page, and one row per indicator they give. Pure:
 * the page asks, and lays out.
 */
import { canCompareFigures } from '~/charts/options/compareChart'
import { seriesColour } from '~/charts/themes/palette'
import type { IndicatorSummary, ReportChunk } from '~/schemas/dataset'
import type { Metric } from '~/schemas/report'
import type { Locale } from '~/utils/format'
import { formatFigure } from '~/utils/format'

/** One report of the choice: a district, for one year, from one document. */
export interface ComparedReport {
  report: ReportChunk
  code: string
  /** the district's name, with the year when the choice holds the same district twice */
  name: string
  colour: string
}

export interface ComparisonEntry extends ComparedReport {
  metric: Metric
}

export interface ComparisonRow {
  indicator: IndicatorSummary
  entries: ComparisonEntry[]
}

/** The reports of a choice, once each, in its order, each with its colour and the name it goes by on the page. */
export function comparedReports(reports: ReportChunk[], lang: 'zh' | 'en'): ComparedReport[] {
  const unique = reports.filter((r, i) => reports.findIndex(x => x.id === r.id) === i)
  const twice = (r: ReportChunk) => unique.filter(x => x.meta.district.code === r.meta.district.code).length > 1
  return unique.map((report, i) => ({
    report,
    code: report.meta.district.code,
    name: twice(report) ? `${report.meta.district.name[lang]} ${report.meta.year}` : report.meta.district.name[lang],
    colour: seriesColour(i),
  }))
}

/**
 * Every indicator the reports give (`rows`), in the order they first give them: `shared` are those
 * every report gives and two or more give comparably (totals, or growth rates), charted together,
 * and only `focus` if one is named; `partial` is the rest, listed apart and never mixed (given by
 * only some, or as a total by one and a growth rate by another).
 */
export function compareReports(chosen: ComparedReport[], indicator: (id: string) => IndicatorSummary | undefined, focus?: string): { rows: ComparisonRow[], shared: ComparisonRow[], partial: ComparisonRow[] } {
  const ids = new Set(chosen.flatMap(c => c.report.metrics.map(m => m.indicator)))
  const rows = [...ids].flatMap((id) => {
    const summary = indicator(id)
    if (!summary)
      return []
    const entries = chosen.flatMap((c) => {
      const metric = c.report.metrics.find(m => m.indicator === id)
      return metric ? [{ ...c, metric }] : []
    })
    return [{ indicator: summary, entries }]
  })
  const charted = (r: ComparisonRow) => chosen.length > 1 && r.entries.length === chosen.length && canCompareFigures(r.entries.map(e => e.metric), r.indicator)
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
