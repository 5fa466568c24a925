/**
 * Every route with a stable URL, in both languages: what the build prerenders to static HTML.
 * With the app's frame (`/shell`), which the service worker and the server give for links that
 * have no page of their own, and the compare links a reader is likely to be sent, each as a page
 * of its own (src/utils/compareLink.ts).
 */
import { compareChoices } from '../utils/compareLink.ts'
import { newestReports } from './buildDataset.ts'
import type { Dataset } from './validate.ts'

/**
 * A page for each pair of districts grows with the square of their number (9 million at 3,000):
 * only a small dataset has them; in a larger one the app's frame renders every compare link.
 */
export const COMPARE_PAGES_UP_TO = 10

export function prerenderPaths(dataset: Dataset): string[] {
  const paths = ['/', '/compare', '/m', '/about', '/404', '/shell']
  const districts = newestReports(dataset).map(r => r.meta.district.code)
  if (districts.length <= COMPARE_PAGES_UP_TO)
    paths.push(...compareChoices(districts).map(d => `/compare?d=${d}`))
  const codes = new Map<string, string>()
  for (const r of dataset.reports) {
    const { code, slug } = r.meta.district
    codes.set(code, slug)
    paths.push(`/d/${code}/${r.meta.year}`, `/d/${code}/${r.meta.year}/report`)
  }
  for (const [code, slug] of codes) paths.push(`/d/${code}`, `/d/${code}/report`, `/d/${slug}`)
  for (const i of dataset.indicators) paths.push(`/m/${i.id}`)
  return [...paths, ...paths.map(p => (p === '/' ? '/en' : `/en${p}`))]
}
