/** The CSV download of figures: a report's (district page), several reports' (compare) or a ranking's, with each report's citation. */
import type { RankingEntry, Report } from '~/schemas/dataset'
import type { Metric } from '~/schemas/report'
import { useDownload } from '~/composables/useDownload'
import { useLang } from '~/composables/useLang'
import { useDistrictsStore } from '~/stores/districts'
import { reportPath } from '~/utils/reportLinks'
import { absoluteUrl } from '~/utils/share'

export function useFigureCsv() {
  const store = useDistrictsStore()
  const { lang } = useLang()
  const { download } = useDownload()

  /** Saves `<name>.csv` with the given metrics of each report (all its figures by default), in the page's language. */
  async function downloadCsv(name: string, parts: Array<{ report: Report, metrics?: Metric[] }>) {
    // the table's code loads when asked for, not with every page that offers it
    const [{ figuresCsv }, { citation, reportRows }] = await Promise.all([import('~/utils/csv'), import('~/utils/figureTable')])
    const tables = parts.map(({ report, metrics }) => ({
      // a choice of metrics (a comparison's rows) leaves the report-only figures out
      rows: reportRows(metrics ? { ...report, metrics, figures: [] } : report, store.indicator, lang.value),
      // the address the reader has the app at, as 分享 gives it
      citation: citation(report, lang.value, absoluteUrl(reportPath(report, lang.value), window.location.origin), store.version),
    }))
    download(`${name}.csv`, figuresCsv(tables))
  }

  /** Saves `<name>.csv` with a ranking's figures, each under the citation of its report (as the ranking's chunk gives it). */
  async function downloadEntriesCsv(name: string, entries: readonly RankingEntry[]) {
    const [{ figuresCsv }, { citation, figureRows }] = await Promise.all([import('~/utils/csv'), import('~/utils/figureTable')])
    const tables = entries.flatMap((entry) => {
      const indicator = store.indicator(entry.metric.indicator)
      if (!indicator)
        return []
      const { reportId, district, year, kind, title, date, sourceUrl } = entry
      const report = { id: reportId, meta: { district, year, kind, title, date, sourceUrl } }
      return [{
        rows: figureRows(report, entry.metric, indicator, lang.value),
        citation: citation(report, lang.value, absoluteUrl(reportPath(report, lang.value), window.location.origin), store.version),
      }]
    })
    download(`${name}.csv`, figuresCsv(tables))
  }

  return { downloadCsv, downloadEntriesCsv }
}
