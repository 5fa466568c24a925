/**
 * The names of the data chunks: each report and each indicator slice is a virtual module of its
 * own (./vitePlugin.ts). The districts store keeps the state of each load under the same name,
 * so the build can tell which chunks a prerendered page was rendered with.
 */
export const REPORT_MODULE = 'virtual:data/report/'
export const INDICATOR_MODULE = 'virtual:data/indicator/'

export function reportModule(id: string): string {
  return REPORT_MODULE + id
}

export function indicatorModule(id: string): string {
  return INDICATOR_MODULE + id
}

/** Whether a module is one report's or one indicator slice's chunk. */
export function isDataChunkModule(id: string): boolean {
  return id.startsWith(REPORT_MODULE) || id.startsWith(INDICATOR_MODULE)
}
