import type { ECOption } from './echarts'
import type { Palette } from './themes/palette'

/** Everything a chart needs: the option, the same content in words, and as a table. */
export interface ChartSpec {
  /** the option in a palette: light or dark in the browser, neutral when prerendered */
  option: (palette: Palette) => ECOption
  /** what the chart shows, in one sentence (the aria-label) */
  label: string
  /**
   * the same figures as a table; `figures` are the columns that hold a value with its unit, or a
   * change, which a cell keeps on one line (`CNY 449 m` broken after `CNY` on a narrow phone reads
   * as two things)
   */
  table: { head: string[], rows: string[][], figures: number[] }
  height: number
  /** what the reader must know to read it right, under the chart (图中为报告给出数据的2区) */
  note?: string
}
