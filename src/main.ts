import { createPinia } from 'pinia'
import { ViteSSG } from 'vite-ssg'
import App from './App.vue'
import { installLocaleGuard, setupI18n } from './i18n'
import { installChunkFallback, installDataGuards, routes, scrollBehavior } from './router'
import { usePwaStore } from './stores/pwa'
import { pageKey } from './utils/compareLink'
import './styles/main.css'

/**
 * A prerendered page is hydrated only at a URL that shows what it was rendered for
 * (`data-rendered-for`, src/App.vue). The app's frame (shell.html), the not-found page and
 * compare.html, which the server and the service worker give for other links, are rendered
 * afresh by the app instead.
 */
function showsPrerenderedPage(): boolean {
  const rendered = document.querySelector('#app [data-rendered-for]')?.getAttribute('data-rendered-for')
  const path = `/${location.pathname.slice(import.meta.env.BASE_URL.length)}`
  const query = new URLSearchParams(location.search)
  const all = (key: string) => (query.has(key) ? query.getAll(key) : undefined)
  return rendered === pageKey(path, { d: all('d'), scope: all('scope'), y: all('y') })
}

export const createApp = ViteSSG(
  App,
  { routes, base: import.meta.env.BASE_URL, scrollBehavior },
  ({ app, router, isClient }) => {
    const pinia = createPinia()
    const i18n = setupI18n()
    app.use(pinia).use(i18n)
    installLocaleGuard(router, i18n)
    installDataGuards(router, pinia)
    if (isClient) {
      installChunkFallback(router)
      void router.isReady().then(() => usePwaStore(pinia).start())
    }
  },
  { hydration: import.meta.env.SSR || showsPrerenderedPage() },
)
