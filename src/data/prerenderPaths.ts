/**
 * Every route with a stable URL, in both languages: what the build prerenders to static HTML.
 * With the app's frame (`/shell`), which the service worker gives for the links it keeps no HTML
 * for, and the compare links a reader is likely to be sent, each as a page of its own.
 */
import { newestReports } from './buildDataset.ts'
import type { Dataset } from './validate.ts'

export function prerenderPaths(dataset: Dataset): string[] {
  const paths = ['/', '/compare', '/m', '/about', '/404', '/shell']
  paths.push(...compareChoices(newestReports(dataset).map(r => r.meta.district.code)).map(d => `/compare?d=${d}`))
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

/**
 * The choices of districts (`?d=`, codes in the app's order) prerendered as pages of their own,
 * so a shared comparison arrives as its own HTML rather than as compare.html re-rendered: each
 * district alone and each pair in either order (what a hand-typed link may say), and all of them in
 * the app's order. Any other choice gets compare.html, in which the app renders it.
 */
export function compareChoices(codes: string[]): string[] {
  const choices = codes.flatMap(a => [[a], ...codes.filter(b => b !== a).map(b => [a, b])])
  if (codes.length > 2)
    choices.push(codes)
  return choices.map(c => c.join(','))
}

const CHOICE_FILE = /^((?:.+\/)?compare)\?d=([\w,]+)\.html$/

/** Where the build writes a compare choice's page: `compare?d=410703,410702.html` → `compare/410703,410702.html`. */
export function prerenderedFileName(file: string): string {
  return file.replace(CHOICE_FILE, '$1/$2.html')
}

/**
 * The prerendered page a static host serves for a compare link (a path inside the build, which
 * may not exist): the link names districts and no indicator (`?m=`); tracking parameters do not
 * count. `/compare?d=410703,410702&from=groupmessage` → `/compare/410703,410702.html`.
 */
export function compareChoicePage(path: string, search: string): string | undefined {
  const query = new URLSearchParams(search)
  const [d, ...more] = query.getAll('d')
  if (!/^(?:\/en)?\/compare$/.test(path) || !d || more.length || !/^[\w,]+$/.test(d) || query.get('m'))
    return undefined
  return `${path}/${d}.html`
}

/** Whether a path is that of a comparison's own page (`/compare/410703,410702`), which a static host keeps for its links only. */
export function isCompareChoiceFile(path: string): boolean {
  return /^(?:\/en)?\/compare\/./.test(path)
}
