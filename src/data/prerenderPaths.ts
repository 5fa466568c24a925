/**
 * Every route with a stable URL, in both languages: what the build prerenders to static HTML.
 * With the app's frame (`/shell`), which the service worker gives for the links it keeps no HTML for.
 */
import type { Dataset } from './validate'

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
