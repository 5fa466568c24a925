/**
 * Splits prose into plain runs and figures (142亿元, 4.08万元, 第1位, 600余项), so a figure can be
 * kept on one line: a line break inside 142亿|元 or 第1|位 reads as two things.
 */
import { unitIds } from '../schemas/constants.ts'

export interface Run {
  text: string
  figure: boolean
}

const units = [...unitIds, '亿', '万'].sort((a, b) => b.length - a.length).join('|')
const FIGURE = new RegExp(`第\\d+位|[+-]?\\d[\\d,.]*(?:余|多)?(?:${units})`, 'g')

export function figureRuns(text: string): Run[] {
  const runs: Run[] = []
  let pos = 0
  for (const m of text.matchAll(FIGURE)) {
    if (m.index > pos)
      runs.push({ text: text.slice(pos, m.index), figure: false })
    runs.push({ text: m[0], figure: true })
    pos = m.index + m[0].length
  }
  if (pos < text.length)
    runs.push({ text: text.slice(pos), figure: false })
  return runs
}
