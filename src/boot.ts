/**
 * The one script tag of every prerendered page: a classic, deferred script.
 *
 * A prerendered page is complete without JavaScript, so the app's modules have no business
 * before the first paint. This script waits until the page has painted, then fetches the entry module,
 * the chunks it imports and the page's own chunks and data side by side (modulepreload) and starts the
 * app, which hydrates the page. A reader whose language is not Chinese is first sent from a
 * Chinese page to the English one.
 *
 * The build bundles this file with the two small modules it imports and writes `BOOT` into it
 * (src/build/bootScript.ts): the app's base, and the chunks in the order the browser evaluates
 * them, the entry last. `npm run dev` loads src/main.ts directly.
 */
import { applyAppearance, READING_SIZE_KEY, storedReadingSize, storedTheme, THEME_KEY } from './utils/appearance'
import { nextTask } from './utils/nextTask'
import { prerenderedRoute, SHOWS_OTHER_CHOICES, showsOtherChoices } from './utils/renderKey'
import { englishRedirect, LOCALE_KEY } from './utils/startLocale'

declare const BOOT: { base: string, chunks: string[] }

/**
 * The page's own chunks (its component and what it imports that the entry does not, the data it
 * was rendered with and, on an English page, the English messages), named by the prerendered page
 * (src/build/prerenderedPage.ts): fetched with the app's, the first route need not wait for them.
 */
const PAGE_CHUNKS = document.currentScript?.dataset.pageChunks?.split(' ').filter(Boolean) ?? []

/**
 * The page's CSS is inlined (`<style data-href>`). Vite's chunk preloader looks for
 * `<link rel="stylesheet">` to know which CSS is loaded; a disabled link is never fetched or
 * applied, so it says "already here" without downloading and applying the CSS a second time.
 */
function markInlinedCss() {
  for (const style of document.querySelectorAll<HTMLStyleElement>('style[data-href]')) {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.disabled = true
    link.href = style.dataset.href!
    document.head.append(link)
  }
}

/**
 * Evaluating Vue, the router, i18n and the app in one go is one long task on a phone. Importing
 * the chunks one by one, in the order the entry would evaluate them anyway, with a task between
 * each, keeps the page responsive while the app starts; the modules are the same either way.
 */
async function start() {
  markInlinedCss()
  for (const href of [...BOOT.chunks, ...PAGE_CHUNKS]) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = href
    document.head.append(link)
  }
  for (const href of BOOT.chunks) {
    await import(href)
    await nextTask()
  }
}

/**
 * Runs once, after the first contentful paint; at once in a tab that is not shown (nothing
 * to paint for); and after 1.5 s at the latest, if a paint is never reported.
 */
function afterFirstPaint(run: () => void) {
  let started = false
  const once = () => {
    if (!started) {
      started = true
      run()
    }
  }
  if (document.visibilityState === 'hidden')
    return once()
  setTimeout(once, 1500)
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint'))
    return
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect()
      setTimeout(once, 0)
    }
  })
  observer.observe({ type: 'paint', buffered: true })
}

/** Where to send the reader first, if anywhere (src/utils/startLocale.ts). */
function redirect(): string | undefined {
  let stored: string | null = null
  try {
    stored = localStorage.getItem(LOCALE_KEY)
  }
  catch {
    // storage blocked: the browser's language decides
  }
  return englishRedirect({
    base: BOOT.base,
    location,
    htmlLang: document.documentElement.lang,
    renderedFor: prerenderedRoute(),
    stored,
    browserLanguage: navigator.language,
    userAgent: navigator.userAgent,
  })
}

/** The reader's colours and reading size, at once: the page need not wait for the app to wear them. */
function applyStoredAppearance() {
  try {
    applyAppearance(document.documentElement, storedTheme(localStorage.getItem(THEME_KEY)), storedReadingSize(localStorage.getItem(READING_SIZE_KEY)))
  }
  catch {
    // storage blocked: the page as it is, and the app sees to the rest
  }
}

let english: string | undefined
try {
  english = redirect()
}
catch (error) {
  // the page as it is, and the app, rather than nothing
  console.error(error)
}
if (english) {
  location.replace(english)
}
else {
  applyStoredAppearance()
  // compare.html comes hidden below its heading (src/build/prerenderedPage.ts): shown at once to
  // a link that asks for what it shows, and to one that chooses other districts once the app
  // has rendered them (src/App.vue), never as a comparison nobody sent
  const root = document.documentElement
  root.toggleAttribute(SHOWS_OTHER_CHOICES, showsOtherChoices(prerenderedRoute(), location.pathname, location.search, BOOT.base))
  // if the app cannot load (a flaky network), the page stays readable as it is
  afterFirstPaint(() => start().catch((error: unknown) => {
    root.removeAttribute(SHOWS_OTHER_CHOICES)
    console.error(error)
  }))
}
