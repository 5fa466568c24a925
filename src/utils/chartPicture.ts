/**
 * A chart as a file of its own (保存 SVG / PNG): the chart's SVG as the page shows it, under its
 * title and over its source line, on the page's background, so the picture says what it shows and
 * where it came from wherever it is pasted. Imports nothing at run time but text fitting.
 */
import type { Measure } from './fitText.ts'
import { fitLines } from './fitText.ts'

export interface ChartPictureInput {
  /** the chart's own SVG, as serialised from the page */
  chart: string
  /** the size the chart is drawn at (its viewBox) */
  width: number
  height: number
  title: string
  source: string
  /** the page's colours, so the picture looks as it does on screen (light or dark) */
  background: string
  color: string
  font: string
}

const PAD = 16
const TITLE_SIZE = 15
const SOURCE_SIZE = 11
/** the size of a chart's labels on the page (`.chart .static-svg text` in ChartFrame.vue) */
const LABEL_SIZE = 12

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)
}

/** The picture as a standalone SVG document, and its size. */
export function chartPicture(input: ChartPictureInput, measure: Measure): { svg: string, width: number, height: number } {
  const width = input.width + 2 * PAD
  const inner = input.width
  const titleFont = `bold ${TITLE_SIZE}px ${input.font}`
  const sourceFont = `${SOURCE_SIZE}px ${input.font}`
  const titleLines = fitLines(input.title, inner, titleFont, measure, 3)
  const sourceLines = fitLines(input.source, inner, sourceFont, measure, 3)
  const chartTop = PAD + titleLines.length * TITLE_SIZE * 1.4 + 6
  const sourceTop = chartTop + input.height + 8
  const height = Math.ceil(sourceTop + sourceLines.length * SOURCE_SIZE * 1.4 + PAD)
  const text = (lines: string[], top: number, size: number, weight: string) => lines.map((line, i) =>
    `<text x="${PAD}" y="${(top + (i + 1) * size * 1.4 - size * 0.35).toFixed(1)}" font-size="${size}" font-weight="${weight}">${escapeXml(line)}</text>`).join('')
  // the chart keeps its own viewBox, placed and sized inside the picture; a prerendered chart's
  // labels take their size and baseline from the page's CSS (ChartFrame.vue), so the picture says them
  const chart = input.chart.replace(/^<svg\b[^>]*>/, (tag) => {
    const viewBox = /\sviewBox="[^"]*"/.exec(tag)?.[0] ?? ` viewBox="0 0 ${input.width} ${input.height}"`
    return `<svg x="${PAD}" y="${chartTop.toFixed(1)}" width="${input.width}" height="${input.height}"${viewBox} font-size="${LABEL_SIZE}" dominant-baseline="central">`
  })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" color="${escapeXml(input.color)}" font-family="${escapeXml(input.font)}" fill="${escapeXml(input.color)}">`
    + `<rect width="100%" height="100%" fill="${escapeXml(input.background)}"/>`
    + `${text(titleLines, PAD, TITLE_SIZE, 'bold')}${chart}${text(sourceLines, sourceTop, SOURCE_SIZE, 'normal')}</svg>`
  return { svg, width, height }
}
