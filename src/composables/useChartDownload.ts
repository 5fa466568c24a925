/** 保存 SVG / PNG of a chart: the SVG on the page (prerendered or ECharts'), framed with its title and source; no ECharts needed. */
import { useDownload } from '~/composables/useDownload'
import { chartPicture } from '~/utils/chartPicture'

const FONT = 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'
/** PNG at twice the drawing's size: sharp on a phone's screen and in a printed document. */
const PNG_SCALE = 2

export function useChartDownload() {
  const { download } = useDownload()

  function picture(box: HTMLElement, title: string, source: string) {
    const svg = box.querySelector('svg')
    if (!svg)
      return undefined
    const viewBox = svg.viewBox.baseVal
    const width = viewBox?.width || svg.width.baseVal.value
    const height = viewBox?.height || svg.height.baseVal.value
    const canvas = document.createElement('canvas').getContext('2d')!
    const measure = (text: string, font: string) => {
      canvas.font = font
      return canvas.measureText(text).width
    }
    const style = getComputedStyle(box)
    const background = getComputedStyle(document.body).backgroundColor
    return chartPicture({ chart: new XMLSerializer().serializeToString(svg), width, height, title, source, background, color: style.color, font: FONT }, measure)
  }

  async function save(box: HTMLElement, name: string, format: 'svg' | 'png', title: string, source: string) {
    const p = picture(box, title, source)
    if (!p)
      return
    const svgBlob = new Blob([p.svg], { type: 'image/svg+xml' })
    if (format === 'svg')
      return download(`${name}.svg`, svgBlob)
    const url = URL.createObjectURL(svgBlob)
    try {
      const img = new Image()
      img.src = url
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = p.width * PNG_SCALE
      canvas.height = p.height * PNG_SCALE
      canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height)
      const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob(b => (b ? resolve(b) : reject(new Error('canvas is empty'))), 'image/png'))
      download(`${name}.png`, png)
    }
    finally {
      URL.revokeObjectURL(url)
    }
  }

  return { save }
}
