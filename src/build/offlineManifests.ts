/**
 * Each city's list of files for offline use, `offline/<key>.json`: the pages of each of its
 * districts in both languages (the district and its report) and each of its reports' chunks, with
 * their sizes, which a reader's save puts in the worker's cache (src/composables/useOfflineSave.ts).
 * The app's own code is precached, and a year's page or a pinyin link opens offline on the app's
 * frame, which renders it from those chunks: neither is listed. Written beside the worker's
 * precache list, when the build knows which files that list keeps (src/build/precacheManifest.ts).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { CityFiles } from '../utils/offlineSave.ts'
import { cityFilesPath, cityKey } from '../utils/offlineSave.ts'
import type { ReportData } from '../schemas/report.ts'
import { cleanUrl } from './precacheManifest.ts'

/** A file of the build, relative to its folder (d/410703.html), with its size in bytes and, where its name has no hash, its content's. */
export interface BuiltFile {
  file: string
  size: number
  revision?: string | null
}

export interface OfflineOptions {
  /** the worker keeps every district already (a small dataset): the lists are empty */
  everything: boolean
  /** the build's time (the app's index has the same): a list is saved again only by the build it is of */
  builtAt: string
  /**
   * Names the chunk a district's code is in (410703 → 4107, 500230 → 5001): a page of the city
   * needs it, offline too, before it can find its report.
   */
  cityChunk?: (code: string) => string | undefined
}

export interface OfflineReport {
  id: string
  meta: Pick<ReportData['meta'], 'district'>
}

/** A district's own pages, as built. */
const pagesOf = (code: string) => [`d/${code}.html`, `d/${code}/report.html`, `en/d/${code}.html`, `en/d/${code}/report.html`]

/** A report's chunk: assets/<id>-<8-character hash>.js. */
const chunkOf = (file: string) => /^assets\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1]

/** What a city's files are, in a few characters: it changes when any of them does (a chunk's name, a page's content). */
function versionOf(files: readonly BuiltFile[]): string {
  return createHash('sha256').update(files.map(f => `${f.file} ${f.revision ?? ''}`).join('\n')).digest('hex').slice(0, 12)
}

export function offlineManifests(reports: readonly OfflineReport[], files: readonly BuiltFile[], { everything, builtAt, cityChunk = () => undefined }: OfflineOptions): Array<{ fileName: string, source: string }> {
  const built = new Map(files.map(f => [f.file, f]))
  const chunks = new Map<string, string>()
  for (const { file } of files) {
    const id = chunkOf(file)
    if (id !== undefined)
      chunks.set(id, file)
  }
  const cities = new Map<string, { head: OfflineReport['meta']['district'], codes: Set<string>, files: string[] }>()
  for (const r of reports) {
    const key = cityKey(r.meta.district)
    const city = cities.get(key) ?? { head: r.meta.district, codes: new Set(), files: [] }
    cities.set(key, city)
    if (city.head.city.zh !== r.meta.district.city.zh || city.head.province.zh !== r.meta.district.province.zh)
      throw new Error(`${r.id}: ${r.meta.district.province.zh}${r.meta.district.city.zh} and ${city.head.province.zh}${city.head.city.zh} have the same offline name ${key}: their English names must differ`)
    if (!city.codes.has(r.meta.district.code)) {
      city.codes.add(r.meta.district.code)
      city.files.push(...pagesOf(r.meta.district.code))
      const own = chunks.get(cityChunk(r.meta.district.code) ?? '')
      if (own && !city.files.includes(own))
        city.files.push(own)
    }
    const chunk = chunks.get(r.id)
    if (chunk)
      city.files.push(chunk)
  }
  return [...cities].map(([key, { head, codes, files: list }]) => {
    const own = everything ? [] : list.flatMap(f => built.get(f) ?? [])
    const manifest: CityFiles = {
      key,
      city: head.city,
      province: head.province,
      districts: codes.size,
      everything,
      version: versionOf(own),
      builtAt,
      files: own.map(f => ({ url: cleanUrl(f.file), bytes: f.size })),
    }
    return { fileName: cityFilesPath(key), source: `${JSON.stringify(manifest)}\n` }
  })
}

/** Writes each city's list into the build's folder. */
export function writeOfflineManifests(outDir: string, reports: readonly OfflineReport[], files: readonly BuiltFile[], options: OfflineOptions): void {
  for (const { fileName, source } of offlineManifests(reports, files, options)) {
    mkdirSync(dirname(join(outDir, fileName)), { recursive: true })
    writeFileSync(join(outDir, fileName), source)
  }
}
