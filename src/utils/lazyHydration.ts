/**
 * Lazy hydration for the long parts of a prerendered page.
 *
 * A district page is 30-odd cards. Hydrating them all in one go is one long task on a phone;
 * hydrated one section at a time when the browser is idle, the page stays responsive. A section
 * the reader touches or tabs into first is hydrated on the spot, and the touch is replayed, so
 * nothing is lost. Pages rendered in the browser (not hydrated) render such sections at once.
 */
import type { Component, HydrationStrategy } from 'vue'
import { defineAsyncComponent, hydrateOnIdle, hydrateOnInteraction } from 'vue'

/** Hydrates when the browser is idle, or at the first touch or focus, whichever comes first. */
export const hydrateOnIdleOrInteraction: HydrationStrategy = (hydrate, forEachElement) => {
  let done = false
  const teardowns: Array<() => void> = []
  const once = () => {
    if (done)
      return
    done = true
    teardowns.forEach(stop => stop())
    hydrate()
  }
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
