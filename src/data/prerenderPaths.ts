/**
 * Every route with a stable URL, in both languages: what the build prerenders to static HTML,
 * a few files per report. With the app's frame (`/shell`), which the service worker and the
 * server give for links that have no page of their own, compare links among them: a
 * comparison is any set of districts and years, so none has a file (src/utils/compareLink.ts).
 */
import type { Dataset } from './validate.ts'

const inBothLanguages = (paths: string[]) => [...paths, ...paths.map(p => (p === '/' ? '/en' : `/en${p}`))]

export function prerenderPaths(dataset: Dataset): string[] {
  const paths = ['/', '/compare', '/m', '/about', '/404', '/shell']
  const codes = new Set<string>()
  for (const r of dataset.reports) {
    const { code } = r.meta.district
    codes.add(code)
    paths.push(`/d/${code}/${r.meta.year}`, `/d/${code}/${r.meta.year}/report`)
  }
  for (const code of codes) paths.push(`/d/${code}`, `/d/${code}/report`)
  for (const i of dataset.indicators) paths.push(`/m/${i.id}`)
  return inBothLanguages(paths)
}

/**
 * The pages that are another page's HTML under a second name: a district by its pinyin
 * (`/d/weibin`) is its page by code (`/d/410703`), which the app renders at either link, so it is
 * written as a copy of that page, not rendered a second time. Rendered route → its alias.
 */
export function aliasPaths(dataset: Dataset): Map<string, string> {
  const aliases = new Map<string, string>()
  for (const r of dataset.reports) {
    const { code, slug } = r.meta.district
    const [page, enPage] = inBothLanguages([`/d/${code}`])
    const [alias, enAlias] = inBothLanguages([`/d/${slug}`])
    aliases.set(page!, alias!).set(enPage!, enAlias!)
  }
  return aliases
}
