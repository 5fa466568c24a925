declare module 'virtual:data' {
  import type { DataIndex, IndicatorSlice, ReportChunk } from '~/schemas/dataset'

  export const index: DataIndex
  export const reportLoaders: Record<string, () => Promise<{ default: ReportChunk }>>
  export const indicatorLoaders: Record<string, () => Promise<{ default: IndicatorSlice }>>
}

