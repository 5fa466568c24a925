/**
 * The routes are the share-link contract: keep them stable.
 * Every page exists in Chinese at `/…` and in English at `/en/…`.
 */
import type { RouteLocationNormalized, Router, RouteRecordRaw } from 'vue-router'
import type { Pinia } from 'pinia'
import { localePrefix } from '~/i18n'
import { useDistrictsStore } from '~/stores/districts'
import { usePreferencesStore } from '~/stores/preferences'
import { followsReader, linkLocale, startLocale } from '~/utils/startLocale'

declare module 'vue-router' {
  interface RouteMeta {
    /** the page's data follows its query (`?d=…`), so its prerendered HTML names none to fetch early */
    dataFromQuery?: boolean
  }
}

const L = '/:locale(en)?'

export const routes: RouteRecordRaw[] = [
  { path: `${L}`, name: 'home', component: () => import('~/pages/HomePage.vue') },
  { path: `${L}/d/:code`, name: 'district', component: () => import('~/pages/DistrictPage.vue') },
  { path: `${L}/d/:code/:year(\\d{4})`, name: 'district-year', component: () => import('~/pages/DistrictPage.vue') },
  { path: `${L}/d/:code/report`, name: 'report', component: () => import('~/pages/ReportPage.vue') },
  { path: `${L}/d/:code/:year(\\d{4})/report`, name: 'report-year', component: () => import('~/pages/ReportPage.vue') },
  { path: `${L}/compare`, name: 'compare', component: () => import('~/pages/ComparePage.vue'), meta: { dataFromQuery: true } },
  { path: `${L}/m`, name: 'indicators', component: () => import('~/pages/IndicatorsPage.vue') },
  { path: `${L}/m/:indicator`, name: 'indicator', component: () => import('~/pages/IndicatorPage.vue') },
  { path: `${L}/about`, name: 'about', component: () => import('~/pages/AboutPage.vue') },
  // what the service worker gives for a link it keeps no HTML for (vite.config.ts)
  { path: `${L}/shell`, name: 'shell', component: () => import('~/pages/ShellPage.vue') },
  { path: `${L}/:pathMatch(.*)*`, name: 'not-found', component: () => import('~/pages/NotFoundPage.vue') },
]

/** The codes named by `?d=410703,410702`; all districts when there is no `d` (an empty `d` is none). */
export function comparedCodes(route: Pick<RouteLocationNormalized, 'query'>, allCodes: string[]): string[] {
  if (typeof route.query.d !== 'string')
    return allCodes
  return [...new Set(route.query.d.split(',').map(s => s.trim()).filter(Boolean))]
}

/**
 * A choice of districts as its link says it (`?d=`): the districts in the app's order, then any
 * code the app does not know (the page says which). One comparison, one link:
 * `410703,410702` → `410702,410703`.
 */
export function canonicalChoice(codes: string[], allCodes: string[]): string {
  return [...allCodes.filter(c => codes.includes(c)), ...codes.filter(c => !allCodes.includes(c))].join(',')
}

/**
 * Loads what a route shows before it renders (so prerendered HTML holds the data),
 * sends `/d/weibin` to `/d/410703`, and puts a compare link's choice in one form.
 *
 * Such a redirect keeps the kind of navigation it corrects: a tap pushes the corrected link, so
 * Back returns to the page tapped from (the language switch is one); the page a visit opens
 * with replaces its own entry, as the first navigation always does.
 */
export function installDataGuards(router: Router, pinia: Pinia) {
  router.beforeEach((to, from) => {
    // ?lang=en on any link opens that page in English (and the choice is remembered)
    const locale = linkLocale([to.query.lang ?? []].flat())
    if (locale) {
      const query = { ...to.query }
      delete query.lang
      if (!import.meta.env.SSR)
        usePreferencesStore(pinia).setLocale(locale)
      return { ...to, query, params: { ...to.params, locale: localePrefix(locale) } }
    }
    // a comparison is shared by one link, whatever the order its districts were named in, and
    // by code (`?d=weibin,hongqi` is `?d=410702,410703`)
    if (to.name === 'compare' && typeof to.query.d === 'string') {
      const store = useDistrictsStore(pinia)
      const d = canonicalChoice(comparedCodes(to, []).map(c => store.findDistrict(c)?.code ?? c), store.districts.map(x => x.code))
      if (d !== to.query.d)
        return { ...to, query: { ...to.query, d } }
    }
    // the first page of a visit follows the reader's choice, else the browser's language
    if (!import.meta.env.SSR && from.matched.length === 0 && !to.params.locale && followsReader(navigator.userAgent)) {
      // (src/boot.ts has sent such a reader to the English page already, where it could)
      if (startLocale(usePreferencesStore(pinia).locale, navigator.language) === 'en')
        return { ...to, params: { ...to.params, locale: 'en' }, replace: true }
    }
  })
  router.beforeResolve(async (to) => {
    const store = useDistrictsStore(pinia)
    const code = typeof to.params.code === 'string' ? to.params.code : undefined
    if (code !== undefined) {
      const district = store.findDistrict(code)
      if (district && district.code !== code)
        return { ...to, params: { ...to.params, code: district.code } }
      if (district) {
        const year = typeof to.params.year === 'string' ? Number(to.params.year) : undefined
        const summary = year === undefined ? district.reports[0] : district.reports.find(r => r.year === year)
        if (summary)
          await store.loadReport(summary.id)
      }
    }
    if (to.name === 'compare')
      await Promise.all(comparedCodes(to, store.districts.map(d => d.code)).map(c => store.loadLatestReport(c)))
    if (to.name === 'indicator' && typeof to.params.indicator === 'string')
      await store.loadIndicator(to.params.indicator)
  })
}
