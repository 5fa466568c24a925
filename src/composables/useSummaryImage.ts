/** "保存图片": draws a district's summary card with its QR code onto a canvas, as a PNG. */
import QRCode from 'qrcode'

export interface SummaryCard {
  title: string
  subtitle: string
  figures: Array<{ label: string, value: string, note?: string }>
  url: string
  footer: string
}

const FONT = 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'

export function useSummaryImage() {
  async function render(card: SummaryCard): Promise<Blob> {
    const W = 1080
    const H = 1350
    const canvas = document.createElement('canvas')
    canvas.width = W
    canvas.height = H
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, W, H)
    ctx.fillStyle = '#1d4ed8'
    ctx.fillRect(0, 0, W, 16)
    ctx.fillStyle = '#111827'
    ctx.font = `bold 72px ${FONT}`
    ctx.fillText(card.title, 72, 150)
    ctx.fillStyle = '#4b5563'
    ctx.font = `36px ${FONT}`
    ctx.fillText(card.subtitle, 72, 215)
    let y = 320
    for (const f of card.figures.slice(0, 4)) {
      ctx.fillStyle = '#4b5563'
      ctx.font = `34px ${FONT}`
      ctx.fillText(f.label, 72, y)
      ctx.fillStyle = '#111827'
      ctx.font = `bold 64px ${FONT}`
      ctx.fillText(f.value, 72, y + 72)
      if (f.note) {
        ctx.fillStyle = f.note.includes('下降') || f.note.includes('减少') || f.note.startsWith('−') ? '#b45309' : '#0f766e'
        ctx.font = `bold 34px ${FONT}`
        ctx.fillText(f.note, 72 + ctx.measureText(f.value).width + 24, y + 72)
      }
      y += 150
    }
    const qr = document.createElement('canvas')
    await QRCode.toCanvas(qr, card.url, { width: 300, margin: 1 })
    ctx.drawImage(qr, W - 372, H - 420)
    ctx.fillStyle = '#4b5563'
    ctx.font = `28px ${FONT}`
    ctx.fillText(card.footer, 72, H - 90)
    ctx.fillText(card.url, 72, H - 136)
    return new Promise((resolve, reject) => canvas.toBlob(b => (b ? resolve(b) : reject(new Error('canvas is empty'))), 'image/png'))
  }
  return { render }
}
