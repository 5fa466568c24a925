/**
 * The service worker as the app sees it: whether everything is cached for offline use,
 * whether a new version waits, and the update itself (prompt, never automatic).
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { index } from 'virtual:data'
import { SAVED_CITIES_KEY } from '~/utils/offlineSave'

/**
 * A city saved for offline reading follows the app: saved again when a new build changed its
 * files, so its pages name the code the worker now keeps (src/composables/useOfflineSave.ts).
 */
async function refreshSavedCities() {
  let saved: string | null = null
  try {
    saved = localStorage.getItem(SAVED_CITIES_KEY)
  }
  catch {}
  if (!navigator.onLine || !saved || saved === '[]')
    return
  const { useOfflineSave } = await import('~/composables/useOfflineSave')
  await useOfflineSave().refresh(index.builtAt)
}

/** How long a tapped update waits for the new version to take over before reloading anyway. */
const HANDOVER_WAIT = 3000

export const usePwaStore = defineStore('pwa', () => {
  const needRefresh = ref(false)
  const offlineReady = ref(false)
  const controlled = ref(false)
  const registration = shallowRef<ServiceWorkerRegistration>()
  let update: ((reload?: boolean) => Promise<void>) | undefined
  let started = false
  /** This tab's reader chose to update: it reloads once the new version controls it. */
  const updating = ref(false)
  /** The new version took over from another tab: this one runs the old code until its reader reloads. */
  let replaced = false

  async function start() {
    if (import.meta.env.SSR || started || !('serviceWorker' in navigator))
      return
    started = true
    const { registerSW } = await import('virtual:pwa-register')
    controlled.value = !!navigator.serviceWorker.controller
    // A new version took over (not this tab's first worker): the tab whose reader tapped 刷新
    // reloads; any other keeps its page and offers the update. Decided here, for a version found
    // while the tab was open and one already waiting when it opened alike (workbox-window reports
    // only the first).
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      const takeover = controlled.value
      controlled.value = true
      if (updating.value)
        location.reload()
      else if (takeover)
        replaced = needRefresh.value = true
    })
    update = registerSW({
      immediate: true,
      onNeedRefresh: () => { needRefresh.value = true },
      onOfflineReady: () => { offlineReady.value = true },
      // without it, workbox-window would reload every tab itself
      onNeedReload: () => {},
      onRegisteredSW: (_url: string, r: ServiceWorkerRegistration | undefined) => {
        registration.value = r
        if (r?.active && navigator.serviceWorker.controller) {
          offlineReady.value = true
          // the worker that runs this page is the build's newest: saved cities can follow it
          if (!r.waiting && !r.installing)
            (window.requestIdleCallback ?? setTimeout)(() => void refreshSavedCities())
        }
      },
    })
    // An installed app keeps its cache: ask the browser not to evict it.
    if (window.matchMedia('(display-mode: standalone)').matches)
      void navigator.storage?.persist?.()
  }

  async function applyUpdate() {
    if (replaced)
      return location.reload()
    updating.value = true
    await update?.(true)
    // Chromium hands over once the old version is idle. A request it serves at that moment (a
    // chart's code loading in this tab or another) can leave the new one waiting for minutes,
    // until a page of the app loads: this one reloads if the handover has not come by then.
    setTimeout(() => location.reload(), HANDOVER_WAIT)
  }

  /**
   * Asks the worker to check every file it keeps and to fetch again each one lost or wrong;
   * undefined where no worker controls the page or it does not answer.
   */
  async function verifyCache(): Promise<{ total: number, repaired: number, missing: number } | undefined> {
    const worker = navigator.serviceWorker?.controller
    if (!worker)
      return undefined
    const channel = new MessageChannel()
    const answer = new Promise<{ total: number, repaired: number, missing: number }>(resolve => channel.port1.addEventListener('message', e => resolve(e.data), { once: true }))
    channel.port1.start()
    worker.postMessage({ type: 'VERIFY' }, [channel.port2])
    return answer
  }

  function dismissUpdate() {
    needRefresh.value = false
  }

  return { needRefresh, updating, offlineReady, controlled, registration, start, applyUpdate, dismissUpdate, verifyCache }
})
