/**
 * Text fitted to a width: cut with an ellipsis, or broken into lines, as measured by the caller
 * (a canvas in the browser, an estimate at build time). Used by the saved summary image
 * (./summaryCard.ts) and the preview images (src/data/ogImages.ts). Imports nothing at run time.
 */

/** The width of a text drawn in a CSS font (`bold 64px …`). */
export type Measure = (text: string, font: string) => number

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

/**
 * Where to cut a text that must end before `end` (a count of characters): there, unless that is
 * inside a Latin word and an earlier space keeps at least half of it ("Retail sales…", not
 * "Retail sales of consu…").
 */
export function cutAt(chars: readonly string[], end: number): number {
  // a word, or a number with its point, separators and per cent sign (0.8, 1,234, 2.3%)
  const inWord = /[\p{L}\p{N}.,%]/u
  if (end <= 0 || end >= chars.length || !inWord.test(chars[end - 1]!) || !inWord.test(chars[end]!) || CJK.test(chars[end]!))
    return end
  const space = chars.lastIndexOf(' ', end - 1)
  return space >= end / 2 ? space : end
}

/** The longest start of `text` that fits in `width`, with an ellipsis after it if it had to be cut. */
export function truncate(text: string, width: number, font: string, measure: Measure): string {
  if (measure(text, font) <= width)
    return text
  const chars = [...text]
  let end = chars.length
  while (end > 0 && measure(`${chars.slice(0, end).join('').trimEnd()}${ELLIPSIS}`, font) > width)
    end--
  return `${chars.slice(0, cutAt(chars, end)).join('').trimEnd()}${ELLIPSIS}`
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
