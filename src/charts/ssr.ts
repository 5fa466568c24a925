/** Server-side rendering of a chart to an SVG string, for prerendered pages (build time only). */
import type { ECOption } from './echarts'
import { init } from './echarts'

export function renderSvg(option: ECOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption({ ...option, animation: false, tooltip: { show: false } })
  const svg = chart.renderToSVGString({ useViewBox: true })
  chart.dispose()
  return svg
}
