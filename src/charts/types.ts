import type { ECOption } from './echarts'
import type { Palette } from './themes/palette'

/** Everything a chart needs: the option, the same content in words, and as a table. */
export interface ChartSpec {
  /** the option in a palette: light or dark in the browser, neutral when prerendered */
  option: (palette: Palette) => ECOption
  /** what the chart shows, in one sentence (the aria-label) */
  label: string
  table: { head: string[], rows: string[][] }
  height: number
}
