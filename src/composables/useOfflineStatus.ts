/**
 * Whether this device holds everything for offline use: the service worker controls the page
 * and has checked every file it keeps, fetching again any lost or wrong one (src/sw.ts).
 */
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
    const checked = await pwa.verifyCache()
    cachedFiles.value = checked ? checked.total - checked.missing : 0
    status.value = checked && checked.missing === 0 ? 'ready' : 'partial'
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
