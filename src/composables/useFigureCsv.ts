/** The CSV download of figures: a report's (district page) or several reports' (compare), with each report's citation. */
import type { Report } from '~/schemas/dataset'
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

  /** Saves `<name>.csv` with the given metrics of each report (all of them by default), in the page's language. */
  async function downloadCsv(name: string, parts: Array<{ report: Report, metrics?: Metric[] }>) {
    // the table's code loads when asked for, not with every page that offers it
    const [{ figuresCsv }, { citation, reportRows }] = await Promise.all([import('~/utils/csv'), import('~/utils/figureTable')])
    const tables = parts.map(({ report, metrics = report.metrics }) => ({
      rows: reportRows({ ...report, metrics }, store.indicator, lang.value),
      // the address the reader has the app at, as 分享 gives it
      citation: citation(report, lang.value, absoluteUrl(reportPath(report, lang.value), window.location.origin), store.version),
    }))
    download(`${name}.csv`, figuresCsv(tables))
  }

  return { downloadCsv }
}
