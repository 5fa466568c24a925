/**
 * Where everything goes on the 保存图片 card (src/composables/useSummaryImage.ts draws it): a
 * pure function of the card's text and a way to measure text, so every line is measured in the
 * font it is drawn in, nothing runs off the card, and nothing is drawn over anything else.
 */

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

/** The width of a text drawn in a CSS font (`bold 64px …`). */
export type Measure = (text: string, font: string) => number

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

const ELLIPSIS = '…'

/** Chinese, Japanese and Korean characters: a line may break before or after any of them. */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/

/** Punctuation no line starts with: it stays with the character before it. */
const CLOSING = /[，。、：；！？）》」』”’,.:;!?)\]]/

/** Pieces a line may break between: a word with the spaces after it, or one CJK character. */
function pieces(text: string): string[] {
  const out: string[] = []
  let word = ''
  for (const ch of text) {
    if (CLOSING.test(ch) && !word && out.length) {
      out[out.length - 1] += ch
    }
    else if (CJK.test(ch)) {
      if (word)
        out.push(word)
      out.push(ch)
      word = ''
    }
    else if (ch === ' ' || !word.endsWith(' ')) {
      word += ch
    }
    else {
      out.push(word)
      word = ch
    }
  }
  if (word)
    out.push(word)
  return out
}

/** The longest start of `text` that fits in `width`, with an ellipsis after it if it had to be cut. */
function truncate(text: string, width: number, font: string, measure: Measure): string {
  if (measure(text, font) <= width)
    return text
  const chars = [...text]
  while (chars.length && measure(`${chars.join('').trimEnd()}${ELLIPSIS}`, font) > width)
    chars.pop()
  return `${chars.join('').trimEnd()}${ELLIPSIS}`
}

/**
 * `text` in lines no wider than `width`: broken between words, between CJK characters, or inside
 * a word too long for a line (a link); at most `maxLines`, the last cut with an ellipsis if the
 * text goes on.
 */
export function fitLines(text: string, width: number, font: string, measure: Measure, maxLines: number): string[] {
  // lines as cut from the text, each with the spaces it ended on
  const lines: string[] = []
  let line = ''
  const queue = pieces(text)
  while (queue.length && lines.length < maxLines) {
    const piece = queue.shift()!
    if (measure((line + piece).trimEnd(), font) <= width) {
      line += piece
    }
    else if (line) {
      lines.push(line)
      line = ''
      queue.unshift(piece)
    }
    else {
      // one piece wider than a line: as many of its characters as fit, the rest on the next line
      const chars = [...piece]
      let fit = 1
      while (fit < chars.length && measure(chars.slice(0, fit + 1).join('').trimEnd(), font) <= width)
        fit++
      lines.push(chars.slice(0, fit).join(''))
      queue.unshift(chars.slice(fit).join(''))
    }
  }
  if (line && lines.length < maxLines)
    lines.push(line)
  const rest = queue.join('')
  if (rest.trim())
    lines[lines.length - 1] = truncate(lines[lines.length - 1] + rest, width, font, measure)
  return lines.map(l => l.trimEnd())
}

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
