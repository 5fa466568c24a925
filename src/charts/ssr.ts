/** Charts as static SVG, drawn at build time for prerendered pages: only the build imports this module. */
import type { ECOption } from './echarts'
import { init } from './echarts'
import { palettes } from './themes/palette'

/** A chart drawn once as a static SVG string, for prerendered pages. */
export function renderSvg(option: ECOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption({ ...option, animation: false, tooltip: { show: false } })
  const svg = chart.renderToSVGString({ useViewBox: true })
  chart.dispose()
  return staticSvg(svg)
}

const tenths = (n: string) => String(Math.round(Number(n) * 10) / 10)

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
    // inline in HTML, sized by CSS from its viewBox: no namespace, size or whitespace rule needed
    .replace(/ (?:xmlns:xlink|xmlns|version|baseProfile|xml:space)="[^"]*"/g, '')
    .replace(/^<svg width="\d+" height="\d+"/, '<svg')
    .replace(/<rect width="\d+" height="\d+" x="0" y="0" fill="none"><\/rect>/, '')
    // a tenth of a pixel is finer than any screen shows a label's place
    .replace(/translate\((-?[\d.]+) (-?[\d.]+)\)/g, (_, x: string, y: string) => `translate(${tenths(x)} ${tenths(y)})`)
    .replace(/\n/g, '')
    // every label is 12 px, centred on its line: said once in the page's CSS (ChartFrame.vue), not on each label
    .replaceAll(' dominant-baseline="central"', '')
    .replaceAll(' text-anchor="start"', '')
    .replaceAll(' style="font-size:12px;font-family:sans-serif;"', '')
    .replaceAll(' style="font-size:12px;font-family:sans-serif;font-weight:bold;"', ' font-weight="bold"')
    .replaceAll(`fill="${palettes.neutral.text}"`, 'fill="currentColor"')
    .replaceAll(`stroke="${palettes.neutral.axis}"`, 'stroke="currentColor"')
}
