/** Server-side rendering of a chart to an SVG string, for prerendered pages (build time only). */
import type { ECOption } from './echarts'
import { init } from './echarts'
import { palettes } from './themes/palette'

export function renderSvg(option: ECOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption({ ...option, animation: false, tooltip: { show: false } })
  const svg = chart.renderToSVGString({ useViewBox: true })
  chart.dispose()
  return staticSvg(svg)
}

/**
 * The prerendered chart is a picture; the interactive chart replaces it on touch. What ECharts
 * writes for interaction (hover styles, event metadata, hit areas) and for old SVG readers only
 * makes every page heavier, so it goes. Its text and axes take the page's muted text colour
 * (`currentColor`), readable on the light page and the dark one alike.
 */
export function staticSvg(svg: string): string {
  return svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ (?:ecmeta_\w+|class|pointer-events)="[^"]*"/g, '')
    .replace(/ (?:xmlns:xlink|version|baseProfile)="[^"]*"/g, '')
    .replace(/<rect width="\d+" height="\d+" x="0" y="0" fill="none"><\/rect>/, '')
    .replace(/\n/g, '')
    .replaceAll(`fill="${palettes.neutral.text}"`, 'fill="currentColor"')
    .replaceAll(`stroke="${palettes.neutral.axis}"`, 'stroke="currentColor"')
}
