/**
 * Where everything goes on the 保存图片 card (src/composables/useSummaryImage.ts draws it): a
 * pure function of the card's text and a way to measure text, so every line is measured in the
 * font it is drawn in, nothing runs off the card, and nothing is drawn over anything else.
 */
import type { Measure } from './fitText'
import { fitLines, truncate } from './fitText'

export interface SummaryFigure {
  label: string
  value: string
  /** the change on a year earlier, drawn beside the value (or under it, when there is no room) */
  note?: string
  /** the change is a fall: drawn in amber instead of green */
  falling?: boolean
}

export interface SummaryCard {
  title: string
  subtitle: string
  figures: SummaryFigure[]
  url: string
  footer: string
}

export interface TextOp { text: string, x: number, y: number, font: string, color: string }

export interface CardLayout {
  width: number
  height: number
  texts: TextOp[]
  qr: { x: number, y: number, size: number }
}

export const CARD = { width: 1080, height: 1350, margin: 72, bar: 16, qr: 300 } as const

const INK = '#111827'
const MUTED = '#4b5563'
const RISE = '#0f766e'
const FALL = '#b45309'
const GAP = 24

/** The card laid out: its texts, top to bottom, and the QR code's square. */
export function layoutSummaryCard(card: SummaryCard, measure: Measure, family: string): CardLayout {
  const { width: W, height: H, margin: M, qr: Q } = CARD
  const full = W - 2 * M
  const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${family}`
  const texts: TextOp[] = []
  const text = (t: string, x: number, y: number, f: string, color: string) => texts.push({ text: t, x, y, font: f, color })

  const titleFont = font(72, true)
  text(truncate(card.title, full, titleFont, measure), M, 150, titleFont, INK)
  const subFont = font(36)
  let y = 215
  for (const [i, line] of fitLines(card.subtitle, full, subFont, measure, 2).entries()) {
    y = 215 + i * 46
    text(line, M, y, subFont, MUTED)
  }

  const qr = { x: W - M - Q, y: H - 420, size: Q }
  // the figures stay above the QR code: one that would reach it is left off
  const figuresEnd = qr.y - 40
  const labelFont = font(34)
  const valueFont = font(64, true)
  const noteFont = font(34, true)
  y += 95
  for (const f of card.figures.slice(0, 4)) {
    const value = truncate(f.value, full, valueFont, measure)
    const valueWidth = measure(value, valueFont)
    const note = f.note && truncate(f.note, full, noteFont, measure)
    const beside = !!note && valueWidth + GAP + measure(note, noteFont) <= full
    const bottom = note && !beside ? y + 68 + 48 : y + 68
    if (bottom + 16 > figuresEnd)
      break
    text(truncate(f.label, full, labelFont, measure), M, y, labelFont, MUTED)
    text(value, M, y + 68, valueFont, INK)
    if (note)
      text(note, beside ? M + valueWidth + GAP : M, bottom, noteFont, f.falling ? FALL : RISE)
    y = bottom + 72
  }

  // the link, left of the QR code and level with its foot; the footer under both
  const smallFont = font(28)
  const urlLines = fitLines(card.url, qr.x - GAP - M, smallFont, measure, 3)
  for (const [i, line] of urlLines.entries())
    text(line, M, qr.y + Q - 16 - (urlLines.length - 1 - i) * 38, smallFont, MUTED)
  for (const [i, line] of fitLines(card.footer, full, smallFont, measure, 2).entries())
    text(line, M, H - 80 + i * 38, smallFont, MUTED)
  return { width: W, height: H, texts, qr }
}
