/**
 * The data cache. The small index (every district with its headline figures, the indicator
 * catalogue) ships with the app; each report and each indicator slice is its own chunk,
 * loaded on demand, so adding districts does not grow the first load.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef, triggerRef } from 'vue'
import { index, indicatorLoaders, reportLoaders } from 'virtual:data'
import { indicatorModule, reportModule } from '~/data/chunkModules'
import type { DistrictSummary, IndicatorEntry, IndicatorSlice, IndicatorSummary, ReportChunk } from '~/schemas/dataset'

export type LoadState = 'idle' | 'loading' | 'ready' | 'error'

export const useDistrictsStore = defineStore('districts', () => {
  const districts = index.districts
  const indicators = index.indicators
  const version = index.version
  const builtAt = index.builtAt

  const reports = shallowRef(new Map<string, ReportChunk>())
  const slices = shallowRef(new Map<string, IndicatorSlice>())
  const states = ref<Record<string, LoadState>>({})

  const byCode = new Map(districts.map(d => [d.code, d]))
  const bySlug = new Map(districts.map(d => [d.slug, d]))
  const indicatorById = new Map(indicators.map(i => [i.id, i]))

  /** By 6-digit code or by pinyin slug. */
  function findDistrict(codeOrSlug: string): DistrictSummary | undefined {
    return byCode.get(codeOrSlug) ?? bySlug.get(codeOrSlug.toLowerCase())
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

  /** The summary of a district's report for a year, its newest when no year is given: the one place a (code, year) becomes a report. */
  function reportSummary(code: string, year?: number) {
    const d = byCode.get(code)
    return year === undefined ? d?.reports[0] : d?.reports.find(r => r.year === year)
  }

  /** Loads a district's report for a year (its newest when no year is given). */
  function loadReport(code: string, year?: number): Promise<ReportChunk | undefined> {
    const summary = reportSummary(code, year)
    if (!summary)
      return Promise.resolve(undefined)
    const { id } = summary
    return load(reportModule(id), reportLoaders[id], () => reports.value.get(id), (r) => {
      reports.value.set(id, r)
      triggerRef(reports)
    })
  }

  function loadIndicator(id: string): Promise<IndicatorSlice | undefined> {
    return load(indicatorModule(id), indicatorLoaders[id], () => slices.value.get(id), (s) => {
      slices.value.set(id, s)
      triggerRef(slices)
    })
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

  /** One indicator across all districts, every report of each (with its year), once loaded. */
  function indicatorAcross(id: string): IndicatorEntry[] | undefined {
    return slices.value.get(id)?.entries
  }

  /** An indicator's one-line definition, once its chunk is loaded. */
  function indicatorDefinition(id: string): IndicatorSlice['definition'] | undefined {
    return slices.value.get(id)?.definition
  }

  return {
    districts,
    indicators,
    version,
    builtAt,
    coverage: index.coverage,
    states,
    findDistrict,
    indicator,
    loadReport,
    loadIndicator,
    reportFor,
    reportState,
    indicatorAcross,
    indicatorDefinition,
  }
})
