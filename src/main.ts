import { createPinia } from 'pinia'
import type { RouteLocationNormalized } from 'vue-router'
import { START_LOCATION } from 'vue-router'
import { ViteSSG } from 'vite-ssg'
import App from './App.vue'
import { installLocaleGuard, setupI18n } from './i18n'
import { installDataGuards, routes } from './router'
import { hydrateWaiting, setHydratingFirstPage } from './utils/lazyHydration'
import { nextTask } from './utils/nextTask'
import { renderKey } from './utils/share'
import './styles/main.css'

/** The page a route shows (in `beforeResolve`, lazily loaded pages are loaded). */
function pageComponent(route: RouteLocationNormalized) {
  return route.matched.at(-1)?.components?.default
}

/** The URL the page on screen was prerendered for (App.vue marks it), if it was prerendered. */
function prerenderedFor(): string | null | undefined {
  return document.querySelector('#app [data-ssr-route]')?.getAttribute('data-ssr-route')
}

const nextFrame = () => new Promise(resolve => requestAnimationFrame(resolve))

/**
 * Where a link's #target lands, as CSS places it for a link from elsewhere: the page's scroll
 * padding (below the sticky header) and the target's scroll margin.
 */
function hashTop(el: HTMLElement): number {
  const px = (v: string) => Number.parseFloat(v) || 0
  return px(getComputedStyle(document.documentElement).scrollPaddingTop) + px(getComputedStyle(el).scrollMarginTop)
}

/**
 * Scrolls `el` to `top` and keeps it there while the page around it settles. Cards off screen
 * are laid out at a guessed height until they come near it (`content-visibility: auto`): once
 * scrolled to, the cards above the target take their real height and move it, so the page is
 * scrolled again, until the target stays where it should (a few frames). It gives way at once
 * to a reader who scrolls, taps or types, and stops when the link is left. Whether the target
 * may be scrolled to once more, for the router's last word.
 */
async function settleOn(el: HTMLElement, top: number, hash: string): Promise<boolean> {
  let reader = false
  const stop = () => {
    reader = true
  }
  const inputs = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const
  for (const type of inputs) addEventListener(type, stop, { passive: true, capture: true })
  try {
    for (let round = 0; round < 12; round++) {
      if (reader || !el.isConnected || location.hash !== hash)
        return false
      const off = el.getBoundingClientRect().top - top
      if (Math.abs(off) < 1)
        return true
      // (where the page cannot scroll that far, or not yet, as it is still being laid out, this
      // scrolls as far as it can, and tries again a few frames on)
      window.scrollTo({ top: scrollY + off, behavior: 'instant' })
      // the frame that lays out what came near the screen, and one to read it in
      await nextFrame()
      await nextFrame()
    }
    return !reader && el.isConnected
  }
  finally {
    for (const type of inputs) removeEventListener(type, stop, { capture: true })
  }
}

/**
 * The card or quote at the top of the screen when the reader left a page, by the page's URL. A
 * page gone back to is rendered afresh, its cards off screen at a guessed height: the saved
 * scroll offset alone would land above or below where the reader was. Back, the page settles
 * on that card instead, at the same height on the screen.
 */
const leftAt = new Map<string, { id: string, top: number }>()

function topOfScreen(): { id: string, top: number } | undefined {
  const line = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
  for (const el of document.querySelectorAll<HTMLElement>('main .metric[id], main mark[id]')) {
    const { top, bottom } = el.getBoundingClientRect()
    if (bottom > line)
      return { id: el.id, top }
  }
  return undefined
}

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
      if (first && scrollY !== 0 && prerenderedFor() === renderKey(to.path, to.query))
        return false
      if (saved) {
        const anchor = leftAt.get(to.fullPath)
        for (let frame = 0; anchor && frame < 60 && !document.getElementById(anchor.id); frame++)
          await nextFrame()
        const el = anchor && document.getElementById(anchor.id)
        if (!anchor || !el)
          return saved
        await settleOn(el, anchor.top, to.hash)
        return false
      }
      if (to.hash) {
        // a card may render a frame after the page (sections hydrate and render lazily)
        // The first page's target is the app's, once it has mounted: on a page rendered afresh
        // (?lang=en) the prerendered page's card is still there until then, about to go.
        const id = decodeURIComponent(to.hash).slice(1)
        const ready = () => !!document.getElementById(id) && (!first || document.documentElement.hasAttribute('data-hydrated'))
        for (let frame = 0; frame < 60 && !ready(); frame++)
          await nextFrame()
        const el = document.getElementById(id)
        if (!el)
          return false
        const top = hashTop(el)
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
        const rendered = prerenderedFor()
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
