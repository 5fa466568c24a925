/**
 * Every route with a stable URL, in both languages: what the build prerenders to static HTML.
 * And the page the service worker gives for the links it keeps no HTML for (`/shell`): one
 * worker, one such page, so only in Chinese; the app renders the link's page in its language.
 */
import type { Dataset } from './validate'

export function prerenderPaths(dataset: Dataset): string[] {
  const paths = ['/', '/compare', '/m', '/about', '/404']
  const codes = new Map<string, string>()
  for (const r of dataset.reports) {
    const { code, slug } = r.meta.district
    codes.set(code, slug)
    paths.push(`/d/${code}/${r.meta.year}`, `/d/${code}/${r.meta.year}/report`)
  }
  for (const [code, slug] of codes) paths.push(`/d/${code}`, `/d/${code}/report`, `/d/${slug}`)
  for (const i of dataset.indicators) paths.push(`/m/${i.id}`)
  return [...paths, ...paths.map(p => (p === '/' ? '/en' : `/en${p}`)), '/shell']
}
