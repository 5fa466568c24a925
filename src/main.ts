import { createPinia } from 'pinia'
import { ViteSSG } from 'vite-ssg'
import App from './App.vue'
import { setupI18n } from './i18n'
import { installDataGuards, routes } from './router'
import './styles/main.css'

export const createApp = ViteSSG(
  App,
  {
    routes,
    base: import.meta.env.BASE_URL,
    scrollBehavior(to, _from, saved) {
      if (saved)
        return saved
      if (to.hash)
        return { el: decodeURIComponent(to.hash), top: 72 }
      return { top: 0 }
    },
  },
  ({ app, router }) => {
    const pinia = createPinia()
    app.use(pinia)
    app.use(setupI18n())
    installDataGuards(router, pinia)
  },
  { hydration: true },
)
