import { createPinia } from 'pinia'
import type { RouteLocationNormalized } from 'vue-router'
import { START_LOCATION } from 'vue-router'
import { ViteSSG } from 'vite-ssg'
import App from './App.vue'
import { installLocaleGuard, setupI18n } from './i18n'
import { installDataGuards, routes } from './router'
import { hydrateWaiting, setHydratingFirstPage } from './utils/lazyHydration'
import { nextTask } from './utils/nextTask'
import type { Anchor } from './utils/scrollLanding'
import { hashTarget, landingTop, settleOn, topOfScreen, waitForElement } from './utils/scrollLanding'
import { prerenderedRoute, renderKey } from './utils/renderKey'
import './styles/main.css'

/** The page a route shows (in `beforeResolve`, lazily loaded pages are loaded). */
function pageComponent(route: RouteLocationNormalized) {
  return route.matched.at(-1)?.components?.default
}

/** Where the reader was on each page they left, by URL, for the way back (utils/scrollLanding.ts). */
const leftAt = new Map<string, Anchor>()

export const createApp = ViteSSG(
  App,
  {
    routes,
    base: import.meta.env.BASE_URL,
    async scrollBehavior(to, from, saved) {
      const first = from === START_LOCATION
      // The first page of a visit has been on screen since its HTML arrived. When the app
      // hydrates it, a reader who has scrolled it already (or the browser, to its #hash)
      // stays there; a page rendered afresh is new content, and its #hash is found below.
      if (first && scrollY !== 0 && prerenderedRoute() === renderKey(to.path, to.query))
        return false
      if (saved) {
        const anchor = leftAt.get(to.fullPath)
        const el = anchor && await waitForElement(anchor.id)
        if (!anchor || !el)
          return saved
        await settleOn(el, anchor.top, to.hash)
        return false
      }
      if (to.hash) {
        // A card may render a frame after the page (sections hydrate and render lazily). The
        // first page's target is the app's, once it has mounted: on a page rendered afresh
        // (?lang=en) the prerendered page's card is still there until then, about to go.
        const el = await waitForElement(hashTarget(to.hash), () => !first || document.documentElement.hasAttribute('data-hydrated'))
        if (!el)
          return false
        const top = landingTop(el)
        return await settleOn(el, top, to.hash) ? { el, top } : false
      }
      // a first page stays where it is (and scrolling to the top would force a layout)
      return first ? false : { top: 0 }
    },
  },
  async ({ app, router, isClient }) => {
    // Starting the app is split into short tasks, so a phone stays responsive while it starts:
    // the modules (src/boot.ts), then after a frame the app's set-up, the first route's guards,
    // and hydration.
    if (isClient)
      await new Promise(resolve => requestAnimationFrame(() => resolve(nextTask())))
    const pinia = createPinia()
    app.use(pinia)
    const i18n = setupI18n()
    app.use(i18n)
    const yieldOnFirstRoute = (_to: unknown, from: RouteLocationNormalized) => from === START_LOCATION ? nextTask() : undefined
    if (isClient) {
      // the first route's guards run in a task of their own...
      router.beforeEach(yieldOnFirstRoute)
    }
    installLocaleGuard(router, i18n)
    installDataGuards(router, pinia)
    if (isClient) {
      // ...and hydration in another, not in the one that evaluated the route's data
      router.beforeResolve(yieldOnFirstRoute)
      // parts still waiting to hydrate do so before the app navigates (src/utils/lazyHydration.ts)
      router.beforeResolve((to, from) => hydrateWaiting(pageComponent(to) === pageComponent(from)))
      // where the reader was on the page they leave, for the way back
      router.beforeEach((to, from) => {
        const anchor = from !== START_LOCATION && to.path !== from.path ? topOfScreen() : undefined
        if (anchor)
          leftAt.set(from.fullPath, anchor)
      })
      // A prerendered page is hydrated only when it was rendered for this very URL. When the
      // first navigation lands elsewhere (a redirect, ?lang=en, /compare?d=… served by
      // compare.html, an offline fallback), the app renders afresh instead of patching
      // someone else's HTML. This runs before vite-ssg mounts (same isReady, registered first).
      void router.isReady().then(() => {
        const root = document.querySelector('#app')
        const rendered = prerenderedRoute()
        const { path, query } = router.currentRoute.value
        const hydrates = rendered === renderKey(path, query)
        setHydratingFirstPage(hydrates)
        if (root && rendered != null && !hydrates)
          root.innerHTML = ''
      })
    }
  },
  { hydration: true },
)
