declare module 'virtual:data' {
  import type { CityChunk, DataIndex, ProvinceEntry, RankingChunk, ReportChunk, SearchEntry } from '~/schemas/dataset'

  export const index: DataIndex
  /** a city's chunk, by the first four digits of its districts' codes */
  export const cityLoaders: Record<string, () => Promise<{ default: CityChunk & { reportLoaders: Record<string, () => Promise<{ default: ReportChunk }>> } }>>
  /** each indicator's ranking chunks, by year */
  export const indicatorLoaders: Record<string, Record<number, () => Promise<{ default: RankingChunk }>>>
  export const loadSearchIndex: () => Promise<{ default: SearchEntry[] }>
  export const loadDirectory: () => Promise<{ default: ProvinceEntry[] }>
}
