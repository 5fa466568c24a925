/**
 * The data cache. The first load holds only what every page needs: the indicator catalogue and
 * a loader per city. Each city's districts, each report, each indicator's year, the directory of
 * provinces and cities and the search index are chunks of their own, loaded on demand, so adding
 * districts does not grow the first load.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import { cityLoaders, index, indicatorLoaders, loadDirectory, loadSearchIndex } from 'virtual:data'
import { DIRECTORY_MODULE, SEARCH_MODULE, cityCode, cityModule, indicatorModule, reportModule } from '~/data/chunkModules'
import { LIST_UP_TO } from '~/schemas/constants'
import { unpackRanking } from '~/data/rankingChunk'
import type { CityChunk, DistrictSummary, IndicatorSummary, ProvinceEntry, RankingChunk, RankingEntry, ReportChunk, SearchEntry } from '~/schemas/dataset'

export type LoadState = 'idle' | 'loading' | 'ready' | 'error'

type ReportLoaders = Record<string, () => Promise<{ default: ReportChunk }>>


export const useDistrictsStore = defineStore('districts', () => {
  const indicators = index.indicators
  const version = index.version
  const builtAt = index.builtAt
  const districtCount = index.districtCount
  const small = districtCount <= LIST_UP_TO

  const cities = shallowRef(new Map<string, CityChunk & { reportLoaders: ReportLoaders }>())
  const reports = shallowRef(new Map<string, ReportChunk>())
  /** ranking chunks, by indicatorModule(id, year) */
  const rankings = shallowRef(new Map<string, { chunk: RankingChunk, entries: RankingEntry[] }>())
  const searchIndex = shallowRef<SearchEntry[]>()
  const directory = shallowRef<ProvinceEntry[]>()
  const states = ref<Record<string, LoadState>>({})

  /** The chunk a district's code is in: its first four digits, or another city's (5002 → 5001). */
  const chunkOf = (code: string) => index.chunkAliases[cityCode(code)] ?? cityCode(code)
  /** The districts of the cities loaded so far, in the app's order (a compare link's order). */
  const districts = computed(() => [...cities.value.values()]
    .sort((a, b) => a.rank - b.rank)
    .flatMap(c => c.districts))
  const byCode = computed(() => new Map(districts.value.map(d => [d.code, d])))
  const bySlug = computed(() => new Map([
    ...(searchIndex.value ?? []).map(([code, , , slug]) => [slug, code] as const),
    ...districts.value.map(d => [d.slug, d.code] as const),
  ]))
  const indicatorById = new Map(indicators.map(i => [i.id, i]))

  /** By 6-digit code or by pinyin slug, among the districts loaded so far (`loadDistrict` loads one). */
  function findDistrict(codeOrSlug: string): DistrictSummary | undefined {
    return byCode.value.get(codeOrSlug) ?? byCode.value.get(bySlug.value.get(codeOrSlug.toLowerCase()) ?? '')
  }

  function indicator(id: string): IndicatorSummary | undefined {
    return indicatorById.get(id)
  }

  async function load<T>(key: string, loader: (() => Promise<{ default: T }>) | undefined, cached: () => T | undefined, set: (v: T) => void): Promise<T | undefined> {
    if (!loader)
      return undefined
    if (states.value[key] === 'ready')
      return cached()
    states.value[key] = 'loading'
    try {
      const mod = await loader()
      set(mod.default)
      states.value[key] = 'ready'
      return mod.default
    }
    catch {
      states.value[key] = 'error'
      return undefined
    }
  }

  /** A city chunk, by its four digits (`CityEntry.chunk`). */
  function loadCity(code: string) {
    return load(cityModule(code), cityLoaders[code], () => cities.value.get(code), (c) => {
      cities.value.set(code, c)
      triggerRef(cities)
    })
  }

  /** Every city, for a dataset small enough to list whole; nothing for a larger one. */
  async function loadSmall(): Promise<void> {
    if (small)
      await Promise.all(Object.keys(cityLoaders).map(loadCity))
  }

  /** Provinces → cities, for browsing a large dataset. */
  function loadProvinces(): Promise<ProvinceEntry[] | undefined> {
    return load(DIRECTORY_MODULE, loadDirectory, () => directory.value, (d) => {
      directory.value = d
    })
  }

  /** The search index: names, pinyin, initials, codes and cities of every district. */
  function loadSearch(): Promise<SearchEntry[] | undefined> {
    return load(SEARCH_MODULE, loadSearchIndex, () => searchIndex.value, (s) => {
      searchIndex.value = s
    })
  }

  /** A district by its 6-digit code (its city's chunk) or by its pinyin slug (through the search index). */
  async function loadDistrict(codeOrSlug: string): Promise<DistrictSummary | undefined> {
    const known = findDistrict(codeOrSlug)
    if (known)
      return known
    if (/^\d{6}$/.test(codeOrSlug)) {
      await loadCity(chunkOf(codeOrSlug))
      return findDistrict(codeOrSlug)
    }
    if (!/^[a-z][a-z0-9-]*$/i.test(codeOrSlug))
      return undefined
    const slug = codeOrSlug.toLowerCase()
    const code = (await loadSearch())?.find(e => e[3] === slug)?.[0]
    return code === undefined ? undefined : loadDistrict(code)
  }

  /** The summary of a district's report for a year, its newest when no year is given: the one place a (code, year) becomes a report. */
  function reportSummary(code: string, year?: number) {
    const d = byCode.value.get(code)
    return year === undefined ? d?.reports[0] : d?.reports.find(r => r.year === year)
  }

  /** Loads a district's report for a year (its newest when no year is given), and its city first. */
  async function loadReport(code: string, year?: number): Promise<ReportChunk | undefined> {
    await loadDistrict(code)
    const summary = reportSummary(code, year)
    if (!summary)
      return undefined
    const { id } = summary
    return load(reportModule(id), cities.value.get(chunkOf(code))?.reportLoaders[id], () => reports.value.get(id), (r) => {
      reports.value.set(id, r)
      triggerRef(reports)
    })
  }

  /** The years an indicator is given for, newest first. */
  function rankingYears(id: string): number[] {
    return Object.keys(indicatorLoaders[id] ?? {}).map(Number).sort((a, b) => b - a)
  }

  /** The year a ranking shows: the one asked for where the indicator has it, else its newest. */
  function rankingYear(id: string, year?: number): number | undefined {
    const years = rankingYears(id)
    return year !== undefined && years.includes(year) ? year : years[0]
  }

  /** An indicator's figures for a year (its newest when none is given): one chunk, complete for any scope. */
  async function loadRanking(id: string, year?: number): Promise<RankingEntry[] | undefined> {
    const y = rankingYear(id, year)
    if (y === undefined)
      return undefined
    const key = indicatorModule(id, y)
    const loaded = await load(key, indicatorLoaders[id]?.[y], () => rankings.value.get(key)?.chunk, (chunk) => {
      rankings.value.set(key, { chunk, entries: unpackRanking(chunk, id, y) })
      triggerRef(rankings)
    })
    return loaded && rankings.value.get(key)?.entries
  }

  /** A district's report for a year (its newest when no year is given), once loaded. */
  function reportFor(code: string, year?: number): ReportChunk | undefined {
    const summary = reportSummary(code, year)
    return summary ? reports.value.get(summary.id) : undefined
  }

  function reportState(code: string, year?: number): LoadState {
    const summary = reportSummary(code, year)
    return summary ? states.value[reportModule(summary.id)] ?? 'idle' : 'error'
  }

  /** An indicator's figures for a year (its newest when none is given), once loaded. */
  function rankingFor(id: string, year?: number): RankingEntry[] | undefined {
    const y = rankingYear(id, year)
    return y === undefined ? undefined : rankings.value.get(indicatorModule(id, y))?.entries
  }

  /** A code of a city the app has, whose chunk did not load: this device is offline and holds nothing of that city. */
  function cityUnreachable(code: string): boolean {
    return /^\d{6}$/.test(code) && states.value[cityModule(chunkOf(code))] === 'error'
  }

  /** An indicator's one-line definition, once one of its years is loaded. */
  function indicatorDefinition(id: string): RankingChunk['definition'] | undefined {
    for (const y of rankingYears(id)) {
      const loaded = rankings.value.get(indicatorModule(id, y))
      if (loaded)
        return loaded.chunk.definition
    }
    return undefined
  }

  return {
    directory,
    districtCount,
    newestReportDate: index.newestReportDate,
    small,
    districts,
    searchIndex,
    indicators,
    version,
    builtAt,
    coverage: index.coverage,
    states,
    findDistrict,
    indicator,
    loadCity,
    loadSmall,
    loadProvinces,
    loadSearch,
    loadDistrict,
    loadReport,
    rankingYears,
    rankingYear,
    loadRanking,
    reportFor,
    reportState,
    cityUnreachable,
    rankingFor,
    indicatorDefinition,
  }
})
