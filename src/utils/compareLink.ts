/**
 * A compare link, `/compare?d=410703,410702:2022&m=gdp`: the one module that reads and writes its
 * `?d=`. Each name is a district (code or pinyin), for its newest report, or `code:year` for the
 * report of that year, so one district can stand beside itself across years. The router puts a
 * link's choice in one form and the page reads it. No comparison has a file of its own: a host
 * serves the app's frame for any link that names districts, and the app renders it.
 */

type QueryValue = string | null | Array<string | null> | undefined

/** One district of a choice, with the year of its report when the link names one. */
export interface ChoiceItem {
  code: string
  year?: number
}

/** The codes (or names) a link's `?d=` names, once each; `?d=a&d=b` names both. Undefined when it names no `d` at all. */
export function namedCodes(d: QueryValue): string[] | undefined {
  if (d === undefined)
    return undefined
  const values = [d].flat().filter((v): v is string => typeof v === 'string')
  return [...new Set(values.flatMap(v => v.split(',')).map(s => s.trim()).filter(Boolean))]
}

/** A name of a choice, `410703` or `410703:2022`, as a district and a year. */
export function choiceItem(name: string): ChoiceItem {
  const m = /^(.+):(\d{4})$/.exec(name)
  return m ? { code: m[1]!, year: Number(m[2]) } : { code: name }
}

/** How a choice item is written in a link. */
export function choiceName(item: ChoiceItem): string {
  return item.year === undefined ? item.code : `${item.code}:${item.year}`
}

/** The items a compare link chooses: those it names, or every district (its newest report) when it names none. */
export function comparedItems(d: QueryValue, allCodes: string[]): ChoiceItem[] {
  return (namedCodes(d) ?? allCodes).map(choiceItem)
}

/** The codes a compare link chooses: those it names, or every district when it names none. */
export function comparedCodes(d: QueryValue, allCodes: string[]): string[] {
  return [...new Set(comparedItems(d, allCodes).map(i => i.code))]
}

/**
 * A choice as its link says it: the districts in the app's order (a district's years oldest
 * first, its newest report, named without a year, last), then any code the app does not know
 * (the page says which). One comparison, one link: `410703,410702` → `410702,410703`.
 */
export function canonicalChoice(names: string[], allCodes: string[]): string {
  const place = (item: ChoiceItem) => {
    const i = allCodes.indexOf(item.code)
    return i < 0 ? allCodes.length : i
  }
  const items = [...new Set(names)].map(choiceItem)
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => place(a.item) - place(b.item)
      || (place(a.item) === allCodes.length ? a.i - b.i : (a.item.year ?? Infinity) - (b.item.year ?? Infinity)))
    .map(({ item }) => choiceName(item))
    .join(',')
}

/**
 * What a page shows, as far as its URL says: its path, the districts a link names (`?d=`, in any
 * order) and a ranking's scope and year (src/utils/rankingLink.ts). A prerendered page records it
 * (src/App.vue), and the app hydrates the page only at a URL that shows the same (src/main.ts):
 * compare.html, which the service worker gives offline for any compare link, and /m/gdp.html,
 * which a host gives for /m/gdp?scope=… too, are rendered afresh for another choice.
 */
export function pageKey(path: string, query: { d?: QueryValue, scope?: QueryValue, y?: QueryValue }): string {
  const codes = namedCodes(query.d)
  const rest = (['scope', 'y'] as const).flatMap(k => [query[k]].flat().filter((v): v is string => typeof v === 'string').map(v => `${k}=${v}`))
  const parts = [...(codes ? [`d=${[...codes].sort().join(',')}`] : []), ...rest]
  return parts.length ? `${path}?${parts.join('&')}` : path
}

/**
 * The prerendered page a static host serves for a compare link (a path inside the build):
 * compare.html (every district) when the link names no districts and no indicator, whatever
 * tracking parameters it has; else the app's frame in the link's language, which renders it.
 */
export function compareLinkPage(path: string, search: string): string | undefined {
  const compare = /^(\/en)?\/compare$/.exec(path)
  if (!compare)
    return undefined
  const query = new URLSearchParams(search)
  return !query.has('d') && !query.get('m') ? `${path}.html` : `${compare[1] ?? ''}/shell.html`
}
