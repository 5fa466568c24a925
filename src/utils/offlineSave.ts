/**
 * A city saved for offline use, shared by the build (src/build/offlineManifests.ts), the service
 * worker (src/sw.ts) and the page (src/composables/useOfflineSave.ts): the cache the files go in,
 * where a city's list of files is published, and the list of saved cities as stored on the device,
 * checked on read like the reader's preferences (src/utils/preferences.ts).
 */

/** The cache of each page and chunk read, kept for a while: the most recent READ_KEPT files, none older than READ_KEPT_DAYS. */
export const READ_CACHE = 'district-brief-read'
export const READ_KEPT = 400
export const READ_KEPT_DAYS = 60

/** The cache of every file of the cities a reader saved, kept until they remove the city. */
export const SAVED_CACHE = 'district-brief-saved'

/** Where the list of saved cities is kept in localStorage. */
export const SAVED_CITIES_KEY = 'district-brief:offline-cities'

export interface Bilingual { zh: string, en: string }

/** What the build publishes for a city at `offline/<key>.json`. */
export interface CityFiles {
  key: string
  city: Bilingual
  province: Bilingual
  districts: number
  /** every district's file is in the worker's precache already (a small dataset): nothing to save */
  everything: boolean
  /** changes when any of the files does: a saved city of another version is saved again */
  version: string
  /** the build's time, as the app's index has it */
  builtAt: string
  /** URLs relative to the app's root (no leading slash), with their sizes in bytes */
  files: Array<{ url: string, bytes: number }>
}

/** A city as saved on this device. */
export interface SavedCity {
  key: string
  city: Bilingual
  districts: number
  bytes: number
  /** ISO time of the save */
  savedAt: string
  /** the version of the city's list saved (none on a device that saved before lists had one) */
  version?: string
  urls: string[]
}

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

/** A city's name in a URL: its province's and its own English names (Henan, Xinxiang → henan-xinxiang). */
export function cityKey(district: { province: Bilingual, city: Bilingual }): string {
  return `${slug(district.province.en)}-${slug(district.city.en)}`
}

/** Where a city's list of files is, relative to the app's root. */
export function cityFilesPath(key: string): string {
  return `offline/${key}.json`
}

/** What a response must be for the file its URL names. */
export function looksRight(url: string, response: Response): boolean {
  const type = response.headers.get('content-type') ?? ''
  const path = new URL(url).pathname
  if (!response.ok)
    return false
  if (path.endsWith('.js'))
    return type.includes('javascript')
  if (path.endsWith('.css'))
    return type.includes('css')
  return /\.\w+$/.test(path) || type.includes('html')
}

export function totalBytes(files: CityFiles['files']): number {
  return files.reduce((n, f) => n + f.bytes, 0)
}

const isText = (v: unknown): v is string => typeof v === 'string'
const isBilingual = (v: unknown): v is Bilingual => typeof v === 'object' && v !== null && isText((v as Bilingual).zh) && isText((v as Bilingual).en)
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0
/** a URL of the app's own, never one elsewhere */
const isAppUrl = (v: unknown): v is string => isText(v) && /^[\w-][\w./-]*$/.test(v) && !v.includes('..')

/** A city's list of files as fetched: the list when it has the right shape, else undefined. */
export function readCityFiles(value: unknown): CityFiles | undefined {
  const v = value as CityFiles
  const ok = typeof v === 'object' && v !== null && isText(v.key) && isBilingual(v.city) && isBilingual(v.province)
    && isCount(v.districts) && typeof v.everything === 'boolean' && isText(v.version) && isText(v.builtAt) && Array.isArray(v.files)
    && v.files.every(f => typeof f === 'object' && f !== null && isAppUrl(f.url) && isCount(f.bytes))
  return ok ? v : undefined
}

function isSavedCity(v: SavedCity): boolean {
  return typeof v === 'object' && v !== null && isText(v.key) && isBilingual(v.city) && isCount(v.districts)
    && isCount(v.bytes) && isText(v.savedAt) && !Number.isNaN(Date.parse(v.savedAt)) && (v.version === undefined || isText(v.version))
    && Array.isArray(v.urls) && v.urls.every(isAppUrl)
}

/** The stored list of saved cities (JSON) as the app reads it: the cities that pass their check. */
export function readSavedCities(raw: string | null): SavedCity[] {
  try {
    const value: unknown = raw && JSON.parse(raw)
    return Array.isArray(value) ? value.filter(isSavedCity) : []
  }
  catch {
    return []
  }
}

/** The files that go with a city removed: those no other saved city needs. */
export function filesToRemove(saved: readonly SavedCity[], key: string): string[] {
  const kept = new Set(saved.filter(c => c.key !== key).flatMap(c => c.urls))
  return (saved.find(c => c.key === key)?.urls ?? []).filter(url => !kept.has(url))
}

/** The files a city saved before no longer needs once saved again: those of its old list no saved city has now. */
export function filesReplaced(before: readonly string[], saved: readonly SavedCity[]): string[] {
  const kept = new Set(saved.flatMap(c => c.urls))
  return before.filter(url => !kept.has(url))
}

/** Whether a saved city's list has changed, and this page may save it again: only a page of the build that published the list names the code its worker keeps. */
export function needsSavingAgain(city: SavedCity, list: CityFiles, builtAt: string): boolean {
  return !list.everything && list.builtAt === builtAt && list.version !== city.version
}

const MB = 1024 * 1024

/** 860 KB, 1.4 MB, 2.3 GB: a size as a reader reads it. */
export function formatBytes(bytes: number): string {
  if (bytes < MB)
    return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return bytes < 1024 * MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / MB / 1024).toFixed(1)} GB`
}
