/**
 * The routes are the share-link contract: keep them stable.
 * Every page exists in Chinese at `/…` and in English at `/en/…`.
 */
import type { Pinia } from 'pinia'
import type { Router, RouteRecordRaw, RouterScrollBehavior } from 'vue-router'
import { START_LOCATION } from 'vue-router'
import { useDistrictsStore } from '~/stores/districts'
import { canonicalChoice, choiceItem, choiceName, comparedItems, namedCodes } from '~/utils/compareLink'
import { rankingChoice } from '~/utils/rankingLink'

const L = '/:locale(en)?'

export const routes: RouteRecordRaw[] = [
  { path: `${L}`, name: 'home', component: () => import('~/pages/HomePage.vue') },
  { path: `${L}/d/:code`, name: 'district', component: () => import('~/pages/DistrictPage.vue') },
  { path: `${L}/d/:code/:year(\\d{4})`, name: 'district-year', component: () => import('~/pages/DistrictPage.vue') },
  { path: `${L}/d/:code/report`, name: 'report', component: () => import('~/pages/ReportPage.vue') },
  { path: `${L}/d/:code/:year(\\d{4})/report`, name: 'report-year', component: () => import('~/pages/ReportPage.vue') },
  { path: `${L}/compare`, name: 'compare', component: () => import('~/pages/ComparePage.vue') },
  { path: `${L}/m`, name: 'indicators', component: () => import('~/pages/IndicatorsPage.vue') },
  { path: `${L}/m/:indicator`, name: 'indicator', component: () => import('~/pages/IndicatorPage.vue') },
  { path: `${L}/about`, name: 'about', component: () => import('~/pages/AboutPage.vue') },
  // what the server and the service worker give for a link with no page of its own (vite.config.ts)
  { path: `${L}/shell`, name: 'shell', component: () => import('~/pages/ShellPage.vue') },
  { path: `${L}/:pathMatch(.*)*`, name: 'not-found', component: () => import('~/pages/NotFoundPage.vue') },
]

const nextFrame = () => new Promise(resolve => requestAnimationFrame(resolve))

/**
 * Back and forward return to where the reader was; a link's #card lands below the sticky header
 * (the page's `scroll-padding-top`), once the card has rendered (a page's sections may render a
 * frame or two after it); any other page opens at its top, except the first of a visit, which
 * has been on screen since its HTML arrived.
 */
export const scrollBehavior: RouterScrollBehavior = async (to, from, saved) => {
  // the first page of a visit, scrolled before the app started (by the reader, by the browser to
  // its #card or to where a reloaded tab was), stays where it is
  if (from === START_LOCATION && scrollY !== 0)
    return false
  if (saved)
    return saved
  if (!to.hash)
    return from === START_LOCATION ? false : { top: 0 }
  // (an id, not a selector: a hash cut mid-character is no valid selector)
  const id = to.hash.slice(1)
  for (let i = 0; i < 30 && !document.getElementById(id); i++)
    await nextFrame()
  const el = document.getElementById(id)
  // where CSS puts a link's target: below the header (scroll-padding-top), by its own scroll margin
  const px = (value: string | undefined) => Number.parseFloat(value ?? '') || 0
  return el ? { el, top: px(getComputedStyle(document.documentElement).scrollPaddingTop) + px(getComputedStyle(el).scrollMarginTop) } : false
}

/**
 * Loads what a route shows before it renders (so prerendered HTML holds the data): a district's
 * city and report, a small dataset's every city; sends `/d/weibin` to `/d/410703`, and puts a compare link's choice in one form.
 *
 * Such a redirect keeps the kind of navigation it corrects: a tap pushes the corrected link, so
 * Back returns to the page tapped from; the page a visit opens with replaces its own entry, as the
 * first navigation always does.
 */
export function installDataGuards(router: Router, pinia: Pinia) {
  router.beforeEach(async (to) => {
    // a comparison is shared by one link, whatever the order its districts were named in, and
    // by code (`?d=weibin,hongqi` is `?d=410702,410703`)
    const named = to.name === 'compare' ? namedCodes(to.query.d) : undefined
    if (named) {
      const store = useDistrictsStore(pinia)
      const items = named.map(choiceItem)
      const found = await Promise.all(items.map(i => store.loadDistrict(i.code)))
      const byCode = items.map((i, n) => choiceName({ ...i, code: found[n]?.code ?? i.code }))
      const d = canonicalChoice(byCode, store.districts.map(x => x.code))
      if (d !== to.query.d)
        return { ...to, query: { ...to.query, d } }
    }
  })
  router.beforeResolve(async (to) => {
    const store = useDistrictsStore(pinia)
    // a small dataset is listed whole where districts are listed
    if (to.name === 'home' || to.name === 'about' || to.name === 'compare' || to.name === 'indicator' || to.name === 'not-found')
      await store.loadSmall()
    // a large one is browsed by province and city
    if (to.name === 'home' && !store.small)
      await store.loadProvinces()
    const code = typeof to.params.code === 'string' ? to.params.code : undefined
    const district = code === undefined ? undefined : await store.loadDistrict(code)
    if (district && district.code !== code)
      return { ...to, params: { ...to.params, code: district.code } }
    // a link to no district shows the not-found view, with a small dataset's districts to choose from
    if (code !== undefined && !district)
      await store.loadSmall()
    if (district)
      await store.loadReport(district.code, typeof to.params.year === 'string' ? Number(to.params.year) : undefined)
    if (to.name === 'compare')
      await Promise.all(comparedItems(to.query.d, store.small ? store.districts.map(d => d.code) : []).map(i => store.loadReport(i.code, i.year)))
    if (to.name === 'indicator' && typeof to.params.indicator === 'string') {
      // the year's chunk holds every district's figure with its city and province; the reader's
      // own district is loaded only when the ranking has no figure of it, to rank around it
      const { district, year } = rankingChoice(to.query)
      const entries = await store.loadRanking(to.params.indicator, year)
      if (district && !entries?.some(e => e.district.code === district || e.district.slug === district))
        await store.loadDistrict(district)
    }
  })
}

/** How Chromium, Firefox and Safari word an `import()` that could not load its module, and Vite a stylesheet it could not preload. */
const CHUNK_NOT_LOADED = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i

/**
 * A page whose code no longer loads (a deploy while the app was open; another tab updated the
 * cache) is loaded in full from the server instead of leaving a tap that does nothing. Not on a
 * visit's first page, which is loaded in full already: that would only load it again, and again.
 */
export function installChunkFallback(router: Router) {
  router.onError((error: unknown, to) => {
    if (router.currentRoute.value !== START_LOCATION && CHUNK_NOT_LOADED.test(String((error as Error | undefined)?.message)))
      location.assign(router.resolve(to).href)
  })
}
