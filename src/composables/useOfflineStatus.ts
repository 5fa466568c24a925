/** Whether this device holds everything for offline use: the service worker controls the page and its precache is complete. */
import { onMounted, ref } from 'vue'
import { usePwaStore } from '~/stores/pwa'

export type OfflineStatus = 'checking' | 'ready' | 'partial' | 'unsupported'

export function useOfflineStatus() {
  const pwa = usePwaStore()
  const status = ref<OfflineStatus>('checking')
  const cachedFiles = ref(0)

  async function check() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      status.value = 'unsupported'
      return
    }
    const names = await caches.keys()
    const precache = names.find(n => n.includes('precache'))
    cachedFiles.value = precache ? (await (await caches.open(precache)).keys()).length : 0
    const reg = await navigator.serviceWorker.getRegistration()
    status.value = reg?.active && navigator.serviceWorker.controller && cachedFiles.value > 0 ? 'ready' : 'partial'
  }

  /** The way out of a broken cache: drop the service worker and every cache, then load afresh. */
  async function reset() {
    const regs = await navigator.serviceWorker?.getRegistrations() ?? []
    await Promise.all(regs.map(r => r.unregister()))
    await Promise.all((await caches.keys()).map(k => caches.delete(k)))
    location.reload()
  }

  onMounted(() => {
    void check()
    navigator.serviceWorker?.addEventListener('controllerchange', () => void check())
  })

  return { status, cachedFiles, check, reset, pwa }
}
