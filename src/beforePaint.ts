/**
 * Inlined into the head of every page (src/build/earlyScript.ts). The reader's stored theme and
 * reading size are on the page before its first paint, so a returning reader's page does not
 * change colour or size when the app starts (storage may be blocked: then the page stays as it
 * is). Once the page has painted, the app starts (src/build/prerenderedHtml.ts).
 */
import { applyAppearance } from './utils/appearance'
import { readReadingSize, readTheme, storageKey } from './utils/preferences'

try {
  applyAppearance(document.documentElement, readTheme(localStorage.getItem(storageKey('theme'))), readReadingSize(localStorage.getItem(storageKey('readingSize'))))
}
catch {}

/** The app's modules in the order they evaluate, the entry last, each in a task of its own. */
async function startApp() {
  try {
    for (const src of document.querySelector<HTMLMetaElement>('meta[name="app-modules"]')?.content.split(' ') ?? []) {
      await import(src)
      await new Promise(resolve => setTimeout(resolve))
    }
  }
  catch (error) {
    // Under a service worker the broken module may be its cache's: the worker and its caches
    // go, and the page loads again from the network, once a visit. Otherwise the page stays as
    // its HTML has it.
    if (!navigator.serviceWorker?.controller || sessionStorage.getItem('district-brief:healed'))
      throw error
    sessionStorage.setItem('district-brief:healed', '1')
    await Promise.all([...(await navigator.serviceWorker.getRegistrations()).map(r => r.unregister()), ...(await caches.keys()).map(k => caches.delete(k))])
    location.reload()
  }
}

// after the first contentful paint; at once where there is none to wait for (a page not shown)
if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  addEventListener('DOMContentLoaded', startApp)
}
else {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect()
      setTimeout(startApp)
    }
  }).observe({ type: 'paint', buffered: true })
}
