/**
 * Saving a city for offline use: its list of files (built by src/build/offlineManifests.ts) goes
 * into a cache of its own, which the service worker reads where its cache of pages read has
 * nothing (src/sw.ts), offline too. What is saved, and when, is kept on the device; a city removed takes its files along,
 * except those another saved city needs. The first save asks the browser to keep the storage.
 */
import { useStorage } from '@vueuse/core'
import { ref, shallowRef } from 'vue'
import type { CityFiles, SavedCity } from '~/utils/offlineSave'
import { cityFilesPath, filesReplaced, filesToRemove, looksRight, needsSavingAgain, SAVED_CACHE, readCityFiles, readSavedCities, SAVED_CITIES_KEY, totalBytes } from '~/utils/offlineSave'

export interface SaveProgress {
  done: number
  total: number
  bytes: number
  totalBytes: number
}

export interface StorageUse {
  usage: number
  quota: number
  persisted: boolean
}

/** files fetched at once: a city of 40 districts has some 200 */
const PARALLEL = 4

export function useOfflineSave() {
  const base = import.meta.env.BASE_URL
  const saved = useStorage<SavedCity[]>(SAVED_CITIES_KEY, [], undefined, {
    initOnMounted: true,
    // storage blocked or full: the list lasts the visit
    onError: () => {},
    serializer: { read: readSavedCities, write: v => JSON.stringify(v) },
  })
  const progress = shallowRef<SaveProgress>()
  const failed = ref(false)
  const storage = shallowRef<StorageUse>()

  /** A city's list of files, from the network; undefined offline or where the build has none. */
  async function cityFiles(key: string): Promise<CityFiles | undefined> {
    try {
      const response = await fetch(`${base}${cityFilesPath(key)}`, { cache: 'no-cache' })
      return response.ok ? readCityFiles(await response.json()) : undefined
    }
    catch {
      return undefined
    }
  }

  async function estimate() {
    const estimated = await navigator.storage?.estimate?.()
    storage.value = estimated && { usage: estimated.usage ?? 0, quota: estimated.quota ?? 0, persisted: await navigator.storage.persisted?.() ?? false }
  }

  async function save(city: CityFiles) {
    if (progress.value && progress.value.done < progress.value.total)
      return
    failed.value = !('caches' in window)
    if (failed.value)
      return
    if (saved.value.length === 0)
      await navigator.storage?.persist?.()
    const cache = await caches.open(SAVED_CACHE)
    const queue = [...city.files]
    const state: SaveProgress = { done: 0, total: queue.length, bytes: 0, totalBytes: totalBytes(city.files) }
    progress.value = { ...state }
    let missed = 0
    const fetchNext = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const url = new URL(`${base}${file.url}`, location.href).href
        try {
          const response = await fetch(url, { cache: 'no-cache' })
          if (!looksRight(url, response))
            throw new Error(url)
          await cache.put(url, response)
        }
        catch {
          missed++
        }
        state.done++
        state.bytes += file.bytes
        progress.value = { ...state }
      }
    }
    await Promise.all(Array.from({ length: PARALLEL }, fetchNext))
    // what was fetched stays as if read; the city counts as saved only when whole
    failed.value = missed > 0
    if (!failed.value) {
      const entry: SavedCity = { key: city.key, city: city.city, districts: city.districts, bytes: state.totalBytes, savedAt: new Date().toISOString(), version: city.version, urls: city.files.map(f => f.url) }
      saved.value = [...saved.value.filter(c => c.key !== city.key), entry]
    }
    await estimate()
  }

  async function forget(urls: string[]) {
    const cache = await caches.open(SAVED_CACHE)
    await Promise.all(urls.map(url => cache.delete(new URL(`${base}${url}`, location.href).href, { ignoreVary: true })))
  }

  async function remove(key: string) {
    await forget(filesToRemove(saved.value, key))
    saved.value = saved.value.filter(c => c.key !== key)
    progress.value = undefined
    await estimate()
  }

  /**
   * Saves again each saved city whose files changed since it was saved (a new build of the app or
   * of its data), when this page is of the build that published the list; the files no saved city
   * needs any more go. A save that fails keeps the city as it was, to be tried on the next visit.
   */
  async function refresh(builtAt: string) {
    for (const city of [...saved.value]) {
      const list = await cityFiles(city.key)
      if (!list || !needsSavingAgain(city, list, builtAt))
        continue
      await save(list)
      if (!failed.value)
        await forget(filesReplaced(city.urls, saved.value))
    }
  }

  return { saved, progress, failed, storage, cityFiles, save, remove, refresh, estimate }
}
