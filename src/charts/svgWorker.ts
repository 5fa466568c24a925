/**
 * Draws charts to SVG off the main thread, for charts rendered in the browser (prerendered pages
 * carry theirs already): ECharts is compiled and run here, so the page stays responsive while
 * it loads. The interactive chart still loads on touch (EChartView).
 */
import type { ECOption } from './echarts'
import { renderSvg } from './ssr'

export interface SvgRequest { id: number, option: ECOption, width: number, height: number }
export interface SvgResponse { id: number, svg?: string, error?: string }

addEventListener('message', (event: MessageEvent<SvgRequest>) => {
  const { id, option, width, height } = event.data
  let response: SvgResponse
  try {
    response = { id, svg: renderSvg(option, width, height) }
  }
  catch (error) {
    response = { id, error: String(error) }
  }
  postMessage(response)
})
