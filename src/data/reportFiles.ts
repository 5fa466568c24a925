/**
 * Each report's figures as a JSON file at a stable address, /data/<report-id>.json (the same rows
 * as the CSV download, with the citation and the licence): emitted into the client build only
 * (vite-ssg also runs an SSR build). Not precached: it is for people and scripts, not for reading.
 */
import type { Plugin } from 'vite'
import { clientAssetsPlugin } from '../build/clientAssets.ts'
import { reportJson } from '../utils/figureTable.ts'
import { reportDataPath, reportPath } from '../utils/reportLinks.ts'
import type { Dataset } from './validate.ts'

export interface ReportFilesOptions {
  dataset: Dataset
  version: string
  /** the site's address (SITE_URL) and base path (BASE_PATH), for the report's page in its citation */
  site: string
  base: string
}

export function reportFiles({ dataset, version, site, base }: ReportFilesOptions): Array<{ fileName: string, source: string }> {
  const page = (path: string) => `${site.replace(/\/$/, '')}${base.replace(/\/$/, '')}${path}`
  return dataset.reports.map(r => ({
    fileName: reportDataPath(r).slice(1),
    source: `${JSON.stringify(reportJson(r, dataset.indicators, { zh: page(reportPath(r, 'zh')), en: page(reportPath(r, 'en')) }, version), null, 2)}\n`,
  }))
}

export function reportFilesPlugin(options: ReportFilesOptions): Plugin {
  return clientAssetsPlugin('report-files', () => reportFiles(options))
}
