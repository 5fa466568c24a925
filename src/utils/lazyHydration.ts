/**
 * Lazy hydration for the parts of a prerendered page.
 *
 * A district page is 30-odd cards under a header and share buttons. Hydrating them all in one go
 * is one long task on a phone; hydrated one part at a time when the browser is idle (the app's
 * header and bottom bar too), the page stays responsive. A part the reader touches or tabs into
 * first is hydrated on the spot, and the touch is replayed, so nothing is lost. Pages rendered in
 * the browser (not hydrated) render such parts at once.
 */
import type { Component, HydrationStrategy } from 'vue'
import { defineAsyncComponent, hydrateOnIdle, hydrateOnInteraction } from 'vue'

/** Parts still waiting to hydrate, each with the function that hydrates it now. */
const waiting = new Set<() => void>()

/**
 * Hydrates every part still waiting. Called before the app navigates: a part must
 * hydrate against the page it was rendered for, not the next one (say, the same page in English).
 */
export function hydrateWaiting() {
  for (const hydrate of [...waiting]) hydrate()
}

/** Hydrates when the browser is idle, or at the first touch or focus, whichever comes first. */
export const hydrateOnIdleOrInteraction: HydrationStrategy = (hydrate, forEachElement) => {
  let done = false
  const teardowns: Array<() => void> = [() => waiting.delete(once)]
  function once() {
    if (done)
      return
    done = true
    teardowns.forEach(stop => stop())
    hydrate()
  }
  waiting.add(once)
  const stopInteraction = hydrateOnInteraction(['pointerdown', 'focusin'])(once, forEachElement)
  if (stopInteraction)
    teardowns.push(stopInteraction)
  const stopIdle = hydrateOnIdle(1000)(once, forEachElement)
  if (stopIdle)
    teardowns.push(stopIdle)
  return () => teardowns.forEach(stop => stop())
}

/** The same component, hydrated by `hydrateOnIdleOrInteraction` (it stays in the page's chunk). */
export function lazilyHydrated<T extends Component>(component: T): T {
  return defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: hydrateOnIdleOrInteraction }) as T
}
