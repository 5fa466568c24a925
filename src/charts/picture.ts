/**
 * A chart drawn once as a static SVG string, with whichever copy of ECharts is at hand: the
 * build imports it (./ssr.ts), the browser's chart worker loads the page's own ECharts chunk
 * (./svgWorker.ts), so the app ships ECharts once.
 */
import type { ECOption, init } from './echarts'
import { palettes } from './themes/palette'

export function drawPicture(echartsInit: typeof init, option: ECOption, width: number, height: number): string {
  const chart = echartsInit(null, null, { renderer: 'svg', ssr: true, width, height })
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
