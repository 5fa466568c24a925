/**
 * Every route with a stable URL, in both languages: what the build prerenders to static HTML,
 * a few files per report. With the app's frame (`/shell`), which the service worker and the
 * server give for links that have no page of their own, compare links among them: a
 * comparison is any set of districts and years, so none has a file (src/utils/compareLink.ts).
 */
import type { Dataset } from './validate.ts'

export function prerenderPaths(dataset: Dataset): string[] {
  const paths = ['/', '/compare', '/m', '/about', '/404', '/shell']
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
