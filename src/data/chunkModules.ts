/**
 * The names of the data chunks: each report, each indicator's year, each city, the directory and the search index is a
 * virtual module of its own (./vitePlugin.ts). The districts store keeps the state of each load under the same name,
 * so the build can tell which chunks a prerendered page was rendered with.
 */
export const REPORT_MODULE = 'virtual:data/report/'
export const INDICATOR_MODULE = 'virtual:data/indicator/'
export const CITY_MODULE = 'virtual:data/city/'
export const SEARCH_MODULE = 'virtual:data/search'
export const DIRECTORY_MODULE = 'virtual:data/directory'

export function reportModule(id: string): string {
  return REPORT_MODULE + id
}

/**
 * An indicator's ranking chunk for a year: `virtual:data/indicator/gdp_2023`, built as
 * assets/gdp_2023-<hash>.js (an indicator's id, like a district's slug, has no `_`).
 */
export function indicatorModule(id: string, year: number): string {
  return `${INDICATOR_MODULE}${id}_${year}`
}

/** The indicator and year of a ranking chunk's name (`gdp_2023`), or undefined. */
export function rankingChunkName(name: string): { id: string, year: number } | undefined {
  const m = /^([a-z][a-z0-9-]*)_(\d{4})$/.exec(name)
  return m ? { id: m[1]!, year: Number(m[2]) } : undefined
}

/** A city's chunk: its districts' summaries and the loaders of their reports. */
export function cityModule(code: string): string {
  return CITY_MODULE + code
}

/** The first four digits of a district's code, which name its city's chunk (410703 → 4107) but for a few (`DataIndex.chunkAliases`). */
export function cityCode(districtCode: string): string {
  return districtCode.slice(0, 4)
}

/** Whether a module is one report's, one indicator year's, one city's, the search index's or the directory's chunk. */
export function isDataChunkModule(id: string): boolean {
  return id.startsWith(REPORT_MODULE) || id.startsWith(INDICATOR_MODULE) || id.startsWith(CITY_MODULE) || id === SEARCH_MODULE || id === DIRECTORY_MODULE
}
