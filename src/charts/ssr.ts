/** Server-side rendering of a chart to an SVG string, for prerendered pages (build time only). */
import type { ECOption } from './echarts'
import { init } from './echarts'
import { drawPicture } from './picture'

export function renderSvg(option: ECOption, width: number, height: number): string {
  return drawPicture(init, option, width, height)
}
