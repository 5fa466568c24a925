/**
 * A compare link, `/compare?d=410703,410702&m=gdp`: the one module that reads and writes its
 * `?d=`. The router puts a link's choice in one form, the page reads it, the build prerenders
 * the likeliest choices as pages of their own, and a static host finds them.
 */

type QueryValue = string | null | Array<string | null> | undefined

/** The codes (or names) a link's `?d=` names, once each; `?d=a&d=b` names both. Undefined when it names no `d` at all. */
export function namedCodes(d: QueryValue): string[] | undefined {
  if (d === undefined)
    return undefined
  const values = [d].flat().filter((v): v is string => typeof v === 'string')
  return [...new Set(values.flatMap(v => v.split(',')).map(s => s.trim()).filter(Boolean))]
}

/** The codes a compare link chooses: those it names, or every district when it names none. */
export function comparedCodes(d: QueryValue, allCodes: string[]): string[] {
  return namedCodes(d) ?? allCodes
}

/**
 * A choice as its link says it: the districts in the app's order, then any code the app does
 * not know (the page says which). One comparison, one link: `410703,410702` → `410702,410703`.
 */
export function canonicalChoice(codes: string[], allCodes: string[]): string {
  return [...allCodes.filter(c => codes.includes(c)), ...codes.filter(c => !allCodes.includes(c))].join(',')
}

/**
 * The choices prerendered as pages of their own, so a shared comparison arrives as its own HTML:
 * each district alone and each pair in either order (what a hand-typed link may say), and all of
 * them in the app's order. Any other compare link is served the app's frame, which renders it.
 */
export function compareChoices(codes: string[]): string[] {
  const choices = codes.flatMap(a => [[a], ...codes.filter(b => b !== a).map(b => [a, b])])
  if (codes.length > 2)
    choices.push(codes)
  return choices.map(c => c.join(','))
}

/**
 * What a page shows, as far as its URL says: its path, and the districts a compare link names,
 * in any order (`/compare?d=410702,410703`). A prerendered page records it (src/App.vue), and
 * the app hydrates the page only at a URL that shows the same (src/main.ts).
 */
export function pageKey(path: string, d: QueryValue): string {
  const codes = namedCodes(d)
  return codes ? `${path}?d=${[...codes].sort().join(',')}` : path
}

const CHOICE_FILE = /^((?:.+\/)?compare)\?d=([\w,]+)\.html$/

/** Where the build writes a choice's page: `compare?d=410703,410702.html` → `compare/410703,410702.html`. */
export function prerenderedFileName(file: string): string {
  return file.replace(CHOICE_FILE, '$1/$2.html')
}

/**
 * The prerendered page a static host serves for a compare link (a path inside the build, which
 * may not exist): the link names districts once and no indicator (`?m=`); tracking parameters do
 * not count. `/compare?d=410703,410702&from=groupmessage` → `/compare/410703,410702.html`.
 */
export function compareChoicePage(path: string, search: string): string | undefined {
  const query = new URLSearchParams(search)
  const [d, ...more] = query.getAll('d')
  if (!/^(?:\/en)?\/compare$/.test(path) || !d || more.length || !/^[\w,]+$/.test(d) || query.get('m'))
    return undefined
  return `${path}/${d}.html`
}

/** Whether a path is that of a choice's own page (`/compare/410703,410702`), which a host keeps for its links only. */
export function isCompareChoiceFile(path: string): boolean {
  return /^(?:\/en)?\/compare\/./.test(path)
}
