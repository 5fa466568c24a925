/**
 * The service worker as the app sees it: whether everything is cached for offline use,
 * whether a new version waits, and the update itself (prompt, never automatic).
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

export const usePwaStore = defineStore('pwa', () => {
  const needRefresh = ref(false)
  const offlineReady = ref(false)
  const controlled = ref(false)
  const registration = shallowRef<ServiceWorkerRegistration>()
  let update: ((reload?: boolean) => Promise<void>) | undefined
  let started = false

  async function start() {
    if (import.meta.env.SSR || started || !('serviceWorker' in navigator))
      return
    started = true
    const { registerSW } = await import('virtual:pwa-register')
    controlled.value = !!navigator.serviceWorker.controller
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      controlled.value = true
    })
    update = registerSW({
      immediate: true,
      onNeedRefresh: () => { needRefresh.value = true },
      onOfflineReady: () => { offlineReady.value = true },
      onRegisteredSW: (_url: string, r: ServiceWorkerRegistration | undefined) => {
        registration.value = r
        if (r?.active && navigator.serviceWorker.controller)
          offlineReady.value = true
      },
    })
    // An installed app keeps its cache: ask the browser not to evict it.
    if (window.matchMedia('(display-mode: standalone)').matches)
      void navigator.storage?.persist?.()
  }

  async function applyUpdate() {
    needRefresh.value = false
    await update?.(true)
  }

  function dismissUpdate() {
    needRefresh.value = false
  }

  return { needRefresh, offlineReady, controlled, registration, start, applyUpdate, dismissUpdate }
})
