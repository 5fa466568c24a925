/**
 * Which page a prerendered HTML file was rendered for, and whether it is the page a link asks
 * for. A compare link is served the page prerendered for its districts where there is one
 * (src/data/prerenderPaths.ts), else compare.html: the app renders such a link afresh
 * (src/main.ts), and what compare.html shows stays hidden until it has (src/boot.ts).
 * This module imports nothing: the boot script is bundled with it.
 */

/** On `<html>` while a page may show other choices than its link's (hidden by src/styles/main.css). */
export const SHOWS_OTHER_CHOICES = 'data-shows-other-choices'

/** The route a prerendered page was rendered for (`data-ssr-route`, src/App.vue), if it is one. */
export function prerenderedRoute(): string | null | undefined {
  return document.querySelector('#app [data-ssr-route]')?.getAttribute('data-ssr-route')
}

/**
 * What a page's content depends on: its path and the query parameters that change it (d, m).
 * Tracking parameters (?from=…) and the hash do not count, nor the order in which `d` names
 * districts (the page lists them in the app's order).
 */
export function renderKey(path: string, query: Record<string, unknown>): string {
  // `?d=` (every district unticked) is a choice too; an empty `?m=` focuses on nothing
  const kept = ['d', 'm'].filter(k => typeof query[k] === 'string' && (k === 'd' || query[k] !== '')).map(k => `${k}=${k === 'd' ? choiceKey(String(query.d)) : String(query[k])}`)
  return `${path.replace(/(.)\/$/, '$1')}${kept.length ? `?${kept.join('&')}` : ''}`
}

/** `?d=410811, 410702,410702` and `?d=410702,410811` choose the same districts. */
function choiceKey(d: string): string {
  return [...new Set(d.split(',').map(s => s.trim()).filter(Boolean))].sort().join(',')
}

/**
 * Whether the page was prerendered for this path with other choices (`?d=`, `?m=`) than the
 * link's: what it shows is not what the link asks for. `rendered` is the page's
 * `data-ssr-route`; a page rendered for another path (the app's frame, the not-found page) is
 * a placeholder, shown as it is.
 */
export function showsOtherChoices(rendered: string | null | undefined, pathname: string, search: string, base: string): boolean {
  if (!rendered || !pathname.startsWith(base))
    return false
  const path = `/${pathname.slice(base.length)}`.replace(/(.)\/$/, '$1')
  return rendered.split('?')[0] === path && rendered !== renderKey(path, Object.fromEntries(new URLSearchParams(search)))
}
