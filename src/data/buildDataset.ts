/** Turns the validated dataset into what the app loads: a small index, and per-city, per-report and per-indicator slices and a search index, each loaded when needed. */
import { createHash } from 'node:crypto'
import { pinyin } from 'pinyin-pro'
import { HEADLINE_INDICATORS } from '../schemas/constants.ts'
import type { CityChunk, CityEntry, DataIndex, DistrictSummary, IndicatorEntry, PastFigure, ProvinceEntry, RankingChunk, Report, ReportChunk, SearchEntry, StatedTarget } from '../schemas/dataset.ts'
import { cityCode } from './chunkModules.ts'
import { packRanking } from './rankingChunk.ts'
import type { RawData } from './validate.ts'
import type { Dataset } from './validate.ts'

export function dataVersion(raw: RawData): string {
  const h = createHash('sha256')
  h.update(raw.indicators)
  for (const r of raw.reports) h.update(r.dir).update(r.json).update(r.source)
  return h.digest('hex').slice(0, 10)
}

/** The newest report of each district, ordered by city then code: the order the app lists districts in. */
export function newestReports(dataset: Dataset): Report[] {
  const newest = new Map<string, Report>()
  for (const r of dataset.reports) {
    const prev = newest.get(r.meta.district.code)
    if (!prev || prev.meta.year < r.meta.year)
      newest.set(r.meta.district.code, r)
  }
  return [...newest.values()].sort((a, b) =>
    a.meta.district.city.zh.localeCompare(b.meta.district.city.zh, 'zh') || a.meta.district.code.localeCompare(b.meta.district.code))
}

/** Every district with its reports and the headline figures of its newest, in the app's order. */
export function districtSummaries(dataset: Dataset): DistrictSummary[] {
  const byCode = new Map<string, Report[]>()
  for (const r of dataset.reports) byCode.set(r.meta.district.code, [...(byCode.get(r.meta.district.code) ?? []), r])
  return newestReports(dataset).map((r) => {
    const d = r.meta.district
    return {
      ...d,
      reports: (byCode.get(d.code) ?? [])
        .sort((a, b) => b.meta.year - a.meta.year)
        .map(x => ({ id: x.id, year: x.meta.year, title: x.meta.title, kind: x.meta.kind, date: x.meta.date })),
      headline: HEADLINE_INDICATORS.flatMap((id) => {
        const metric = r.metrics.find(m => m.indicator === id)
        if (!metric)
          return []
        const { value, unit, approximate, change } = metric
        return [{ indicator: id, metric: { value, unit, ...(approximate === undefined ? {} : { approximate }), ...(change ? { change } : {}) } }]
      }),
    }
  })
}

/** A city within its province: two provinces may each have a city of the same name. */
const cityKey = (d: DistrictSummary) => `${d.province.zh}|${d.city.zh}`

/**
 * Provinces → cities, in the order the districts are listed (provinces and cities as they first
 * appear); each city's chunk is named by the first four digits of its first district's code.
 */
export function directory(districts: DistrictSummary[]): ProvinceEntry[] {
  const provinces = new Map<string, ProvinceEntry>()
  const cities = new Map<string, CityEntry>()
  for (const d of districts) {
    const city = cities.get(cityKey(d))
    if (city) {
      city.districts++
      continue
    }
    const entry = { chunk: cityCode(d.code), name: d.city, districts: 1 }
    cities.set(cityKey(d), entry)
    const province = provinces.get(d.province.zh) ?? { name: d.province, cities: [] }
    provinces.set(d.province.zh, province)
    province.cities.push(entry)
  }
  return [...provinces.values()]
}

/** The chunk of each district's code: its city's. */
function chunkOf(districts: DistrictSummary[]): Map<string, string> {
  const first = new Map<string, string>()
  for (const d of districts) {
    if (!first.has(cityKey(d)))
      first.set(cityKey(d), cityCode(d.code))
  }
  return new Map(districts.map(d => [d.code, first.get(cityKey(d))!]))
}

/** The four digits of a code whose districts are in another city's chunk, and that chunk: 5002 → 5001. */
export function chunkAliases(districts: DistrictSummary[]): Record<string, string> {
  const aliases: Record<string, string> = {}
  for (const [code, chunk] of chunkOf(districts)) {
    if (cityCode(code) !== chunk)
      aliases[cityCode(code)] = chunk
  }
  return aliases
}

/** The districts of each city chunk, keyed by its four digits. */
export function cityChunks(dataset: Dataset): Map<string, CityChunk> {
  const districts = districtSummaries(dataset)
  const chunks = new Map<string, CityChunk>()
  const of = chunkOf(districts)
  for (const d of districts) {
    const key = of.get(d.code)!
    const chunk = chunks.get(key) ?? { rank: chunks.size, districts: [] }
    chunks.set(key, chunk)
    chunk.districts.push(d)
  }
  return chunks
}

/** A city's chunk as a large dataset loads it, by city: its reports without their titles (`ReportSummary.title`). */
export function untitled(city: CityChunk): CityChunk {
  return { ...city, districts: city.districts.map(d => ({ ...d, reports: d.reports.map(({ id, year, kind, date }) => ({ id, year, kind, date })) })) }
}

/** Pinyin initials of a name, computed here so that no pinyin dictionary reaches the browser: 卫滨区 → wbq. */
export function initials(zh: string): string {
  return pinyin(zh, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase().replace(/[^a-z]/g, '')
}

/** The search index: one row per district, in the app's order. */
export function searchEntries(districts: DistrictSummary[]): SearchEntry[] {
  return districts.map(d => [d.code, d.name.zh, d.name.en, d.slug, initials(d.name.zh), d.city.zh, d.city.en, d.province.zh])
}

export function buildIndex(dataset: Dataset, version: string, builtAt: string): DataIndex {
  const districts = districtSummaries(dataset)
  const coverage: Record<string, number> = {}
  for (const ind of dataset.indicators)
    coverage[ind.id] = indicatorEntries(dataset, ind.id).length
  return {
    version,
    builtAt,
    districtCount: districts.length,
    // ISO dates sort as text
    newestReportDate: dataset.reports.map(r => r.meta.date).sort().at(-1) ?? '',
    chunkAliases: chunkAliases(districts),
    // definitions travel with each indicator's own chunk, not in the first load
    indicators: dataset.indicators.map(({ id, name, unit, category, higherIsBetter, countNounEn }) => ({ id, name, unit, category, higherIsBetter, ...(countNounEn ? { countNounEn } : {}) })),
    coverage,
  }
}

/** The newest report's metric for an indicator, per district. */
export function indicatorEntries(dataset: Dataset, indicatorId: string): IndicatorEntry[] {
  const newest = new Map<string, IndicatorEntry>()
  for (const r of dataset.reports) {
    const metric = r.metrics.find(m => m.indicator === indicatorId)
    const prev = newest.get(r.meta.district.code)
    if (metric && (!prev || prev.year < r.meta.year))
      newest.set(r.meta.district.code, { reportId: r.id, districtCode: r.meta.district.code, districtName: r.meta.district.name, year: r.meta.year, metric })
  }
  return [...newest.values()]
}

/** Every indicator's entries of each city and year, keyed by `peerKey`: built once for all report chunks. */
export type PeerGroups = Map<string, IndicatorEntry[]>

const peerKey = (city: string, year: number, indicator: string) => `${city}|${year}|${indicator}`

export function peerGroups(dataset: Dataset): PeerGroups {
  const groups: PeerGroups = new Map()
  for (const r of dataset.reports) {
    for (const metric of r.metrics) {
      const key = peerKey(r.meta.district.city.zh, r.meta.year, metric.indicator)
      const { value, unit, approximate, change, ranks } = metric
      const entry = { reportId: r.id, districtCode: r.meta.district.code, districtName: r.meta.district.name, year: r.meta.year, metric: { value, unit, approximate, change, ranks } }
      groups.set(key, [...(groups.get(key) ?? []), entry])
    }
  }
  return groups
}

/** How many earlier reports of its district a report's chunk carries: a trend of five years at most, whatever the district's history. */
export const HISTORY_REPORTS = 4

/**
 * A report with the figures of its peers (the other districts of the same city, same year) for
 * each indicator it shares with them: ranks like 全市第4 are about the city, so are the charts.
 * All of them, for the table; a card's chart draws a bounded few (src/charts/options/charts.ts).
 */
export function reportChunk(dataset: Dataset, report: Report, groups: PeerGroups = peerGroups(dataset), byDistrict: DistrictReports = districtReports(dataset)): ReportChunk {
  const peers: ReportChunk['peers'] = {}
  for (const m of report.metrics) {
    const others = (groups.get(peerKey(report.meta.district.city.zh, report.meta.year, m.indicator)) ?? [])
      .filter(e => e.districtCode !== report.meta.district.code)
    if (others.length > 0)
      peers[m.indicator] = others
  }
  const earlier = (byDistrict.get(report.meta.district.code) ?? [])
    .filter(r => r.meta.year < report.meta.year)
    .slice(-HISTORY_REPORTS)
  const history: Record<string, PastFigure[]> = {}
  // comparable indicators only: `metrics` are the catalogue's, each with one definition across years
  for (const r of earlier) {
    for (const metric of r.metrics)
      (history[metric.indicator] ??= []).push({ year: r.meta.year, kind: r.meta.kind, metric })
  }
  const prev = earlier.at(-1)
  // a report's targets are for the year after the one it reviews: only the year just before has this year's
  const goals: Record<string, StatedTarget> = {}
  if (prev && prev.meta.year === report.meta.year - 1) {
    for (const target of prev.targets)
      goals[target.indicator] = { year: prev.meta.year, kind: prev.meta.kind, target }
  }
  return {
    ...report,
    peers,
    history,
    ...(prev ? { previous: { year: prev.meta.year, kind: prev.meta.kind } } : {}),
    ...(Object.keys(goals).length > 0 ? { goals } : {}),
  }
}

/** Each district's reports, oldest first, keyed by its code: built once for all report chunks. */
export type DistrictReports = Map<string, Report[]>

// kept with the dataset it groups, so that each chunk's history is a look-up, not a pass over all reports
const groupedReports = new WeakMap<Dataset, DistrictReports>()

export function districtReports(dataset: Dataset): DistrictReports {
  const known = groupedReports.get(dataset)
  if (known)
    return known
  const groups: DistrictReports = new Map()
  for (const r of dataset.reports) {
    const list = groups.get(r.meta.district.code)
    if (list)
      list.push(r)
    else groups.set(r.meta.district.code, [r])
  }
  for (const list of groups.values()) list.sort((a, b) => a.meta.year - b.meta.year)
  groupedReports.set(dataset, groups)
  return groups
}

/** The years an indicator is given for, newest first: each has a ranking chunk of its own. */
export function rankingYears(dataset: Dataset, indicatorId: string): number[] {
  const years = new Set(dataset.reports.filter(r => r.metrics.some(m => m.indicator === indicatorId)).map(r => r.meta.year))
  return [...years].sort((a, b) => b - a)
}

/**
 * An indicator's figures in one year's reports, in the app's order (by city, then code): the
 * chunk of /m/:indicator for that year, which ranks the districts of one year and never mixes a
 * district's years.
 */
export function rankingChunk(dataset: Dataset, indicatorId: string, year: number): RankingChunk | undefined {
  const indicator = dataset.indicators.find(i => i.id === indicatorId)
  if (!indicator)
    return undefined
  const zh = new Intl.Collator('zh')
  const reports = dataset.reports.filter(r => r.meta.year === year).sort((a, b) =>
    zh.compare(a.meta.district.city.zh, b.meta.district.city.zh) || a.meta.district.code.localeCompare(b.meta.district.code))
  return packRanking(reports, indicator, year)
}
