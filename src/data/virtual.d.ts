declare module 'virtual:data' {
  import type { DataIndex, IndicatorSlice, ReportChunk } from '~/schemas/dataset'

  export const index: DataIndex
  export const reportLoaders: Record<string, () => Promise<{ default: ReportChunk }>>
  export const indicatorLoaders: Record<string, () => Promise<{ default: IndicatorSlice }>>
}

declare module 'virtual:echarts-url' {
  /** the URL of the app's ECharts chunk, for the chart worker (src/build/echartsChunk.ts) */
  const url: string
  export default url
}
