/** "保存图片": draws a district's summary card with its QR code onto a canvas, as a PNG. */
import QRCode from 'qrcode'
import type { SummaryCard } from '~/utils/summaryCard'
import { CARD, layoutSummaryCard } from '~/utils/summaryCard'

const FONT = 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'

export function useSummaryImage() {
  async function render(card: SummaryCard): Promise<Blob> {
    const canvas = document.createElement('canvas')
    canvas.width = CARD.width
    canvas.height = CARD.height
    const ctx = canvas.getContext('2d')!
    const measure = (text: string, font: string) => {
      ctx.font = font
      return ctx.measureText(text).width
    }
    const layout = layoutSummaryCard(card, measure, FONT)
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, layout.width, layout.height)
    ctx.fillStyle = '#1d4ed8'
    ctx.fillRect(0, 0, layout.width, CARD.bar)
    for (const { text, x, y, font, color } of layout.texts) {
      ctx.font = font
      ctx.fillStyle = color
      ctx.fillText(text, x, y)
    }
    const qr = document.createElement('canvas')
    await QRCode.toCanvas(qr, card.url, { width: layout.qr.size, margin: 1 })
    ctx.drawImage(qr, layout.qr.x, layout.qr.y, layout.qr.size, layout.qr.size)
    return new Promise((resolve, reject) => canvas.toBlob(b => (b ? resolve(b) : reject(new Error('canvas is empty'))), 'image/png'))
  }
  return { render }
}
