/**
 * Lazy hydration for the parts of a prerendered page.
 *
 * A district page is 30-odd cards under a header and share buttons. Hydrating them all in one go
 * is one long task on a phone, and most of them are below the fold. So the app's header and bottom
 * bar, and a page's header and share buttons, hydrate one at a time when the browser is idle; a
 * section of cards hydrates when it comes onto the screen, so a reader who never scrolls to it
 * costs the phone nothing. A part the reader touches or tabs into first is hydrated on the spot,
 * and the touch is replayed, so nothing is lost. A report's text hydrates the same way, a paragraph
 * at a time as each comes onto the screen. Pages rendered in the browser (not hydrated)
 * render such parts at once.
 */
import type { Component, HydrationStrategy } from 'vue'
import { defineAsyncComponent, hydrateOnIdle, hydrateOnInteraction, hydrateOnVisible } from 'vue'

/** Whether the app is hydrating the page the browser arrived with (src/main.ts, src/App.vue). */
let hydratingFirstPage = false

export function setHydratingFirstPage(value: boolean) {
  hydratingFirstPage = value
}

/**
 * Whether a render must give the page's HTML as it is: on the server, and while the app hydrates
 * the page the browser arrived with. Rendered in the browser, a part the reader has not asked for
 * yet may wait until they do. (It reads false again once the app has mounted: the parts above
 * that hydrate later must not ask it.)
 */
export function rendersTheHtml(): boolean {
  return import.meta.env.SSR || hydratingFirstPage
}

/** When a part hydrates, besides the reader's first touch or focus. */
export type HydrateWhen = 'idle' | 'on-screen'

/** Parts still waiting to hydrate, each with the function that hydrates it now. */
const waiting = new Map<() => void, HydrateWhen>()

/**
 * Hydrates the parts still waiting. Called before the app navigates: a part that stays on screen
 * must hydrate against the page it was rendered for, not the next one (say, the same page in
 * English); Vue would patch it first and never hydrate it. Sections hydrate only when their page
 * stays (`pageStays`): a page that is left takes its sections with it. The idle parts always
 * hydrate: the app's header and bottom bar stay on every page, and they are all small and due
 * within a second anyway.
 */
export function hydrateWaiting(pageStays: boolean) {
  for (const [hydrate, when] of [...waiting]) {
    if (when === 'idle' || pageStays)
      hydrate()
  }
}

/** The strategy: `when`, or at the first touch or focus, whichever comes first. */
function hydrateOn(when: HydrateWhen): HydrationStrategy {
  return (hydrate, forEachElement) => {
    let done = false
    const teardowns: Array<() => void> = [() => waiting.delete(once)]
    function once() {
      if (done)
        return
      done = true
      teardowns.forEach(stop => stop())
      hydrate()
    }
    waiting.set(once, when)
    // Vue's own strategies; a section that comes into view hydrates in a task of its own, even
    // when several come into view at once (or are on screen as the page hydrates)
    const triggers = [
      hydrateOnInteraction(['pointerdown', 'focusin'])(once, forEachElement),
      when === 'idle' ? hydrateOnIdle(1000)(once, forEachElement) : hydrateOnVisible()(() => setTimeout(once, 0), forEachElement),
    ]
    for (const stop of triggers) {
      if (stop)
        teardowns.push(stop)
    }
    // unmounted first: nothing left to hydrate, not even from a timer already set
    return () => {
      done = true
      teardowns.forEach(stop => stop())
    }
  }
}

/** The same component, hydrated lazily (it stays in the page's chunk). */
export function lazilyHydrated<T extends Component>(component: T, when: HydrateWhen = 'idle'): T {
  return defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: hydrateOn(when) }) as T
}
