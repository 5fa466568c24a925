/** The app's lasting addresses of a report (no site or base path: the caller adds where the app is served). */
import type { Report } from '../schemas/dataset.ts'

/** The path of a report's page for its year (/d/410703/2023): a link that keeps showing this report. */
export function reportPath(report: { meta: Pick<Report['meta'], 'district' | 'year'> }, lang: 'zh' | 'en'): string {
  return `${lang === 'en' ? '/en' : ''}/d/${report.meta.district.code}/${report.meta.year}`
}

/** The path of a report's JSON file, a stable link to its figures. */
export function reportDataPath(report: Pick<Report, 'id'>): string {
  return `/data/${report.id}.json`
}
