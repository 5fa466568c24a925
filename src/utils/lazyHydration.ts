/**
 * Parts of a prerendered page that hydrate later than the page: a district page's sections of
 * cards, a report's paragraphs, a comparison's rows, as each comes onto the screen; a page's
 * share buttons when the browser is idle; any of them at once when the reader touches or focuses
 * it (Vue's own strategies). Rendered in the browser, such a part renders at once.
 *
 * Vue skips the hydration of a part that is updated before it hydrates, so such a part must not
 * be updated in place: the app renders each page anew for a new path (src/App.vue), and a part
 * whose content follows the query is keyed by it (ComparePage.vue).
 */
import type { Component, HydrationStrategy } from 'vue'
import { defineAsyncComponent, hydrateOnIdle, hydrateOnInteraction, hydrateOnVisible } from 'vue'

/** When a part hydrates, besides the reader's first touch or focus. */
export type HydrateWhen = 'idle' | 'on-screen'

function hydrateOn(when: HydrateWhen): HydrationStrategy {
  const touched = hydrateOnInteraction(['pointerdown', 'focusin'])
  const due = when === 'idle' ? hydrateOnIdle(1000) : hydrateOnVisible()
  return (hydrate, forEachElement) => {
    let done = false
    const once = () => {
      if (!done) {
        done = true
        hydrate()
      }
    }
    const stops = [touched(once, forEachElement), due(once, forEachElement)]
    return () => stops.forEach(stop => stop?.())
  }
}

/** The same component, hydrated lazily (it stays in the page's chunk). */
export function lazilyHydrated<T extends Component>(component: T, when: HydrateWhen = 'idle'): T {
  return defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: hydrateOn(when) }) as T
}
