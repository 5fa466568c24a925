/** How figures are written in the reports' Chinese text: 141.8亿元, 130余项, 突破1.7万家, 第十一. */
import { unitIds } from '../../schemas/constants.ts'
import type { UnitId } from '../../schemas/report.ts'

const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** '3' → 3, '十一' → 11, '二十' → 20, '四' → 4 (whole numbers below 100). */
export function parseNumeral(written: string): number | undefined {
  if (/^\d+$/.test(written))
    return Number(written)
  const m = /^([一二三四五六七八九两])?(十)?([一二三四五六七八九两])?$/.exec(written)
  if (!m || written === '')
    return undefined
  const [, a, ten, b] = m
  if (!ten)
    return a && !b ? CN_DIGITS[a] : undefined
  return (a ? CN_DIGITS[a]! : 1) * 10 + (b ? CN_DIGITS[b]! : 0)
}

/** Whether the number is written in the text as a whole number (not as part of another one). */
export function containsNumber(text: string, n: number): boolean {
  const written = String(Math.abs(n))
  const escaped = written.replace('.', '\\.')
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d]|\\.\\d)`).test(text)
}

/** Words that make a figure rounded: 近百, 超1000, 约5, 突破1.7万 before it; 130余, 100多 after it. */
export const APPROXIMATE_BEFORE = ['突破', '超过', '近', '超', '约'] as const
export const APPROXIMATE_AFTER = ['余', '多'] as const
// 签约27个 is signing 27, not about 27
const NOT_APPROXIMATE = /[签节预合制公条]约$/

// longest first, so that 0.8个百分点 is read as 个百分点 and not 个, 3.1万平方米 as 万平方米
const UNITS_LONGEST_FIRST = [...unitIds].sort((a, b) => b.length - a.length)

export interface WrittenFigure {
  value: number
  /** as written, with its unit and any word of approximation: 130余项, 突破1.7万家 */
  written: string
  unit?: UnitId
  /** 余 / 多 / 近 / 超 / 约 / 突破 next to the number */
  approximate: boolean
  /** 近 / 约 before it: about the figure, perhaps below it (近百场), not a lower bound */
  near: boolean
  /** written after 第: a rank or an ordinal, not a quantity */
  ordinal: boolean
  /** followed by 年 (2023年) */
  year: boolean
}

const CN_NUMERAL = '一二三四五六七八九十两'
/**
 * A figure: Arabic digits (141.8); 百 or 千 after a word of approximation (近百场); Chinese
 * numerals right before a unit (两次, 三个), but not after 第, which makes them a rank.
 */
const FIGURE = new RegExp([
  String.raw`(?<![\d.])\d+(?:\.\d+)?`,
  `(?<=${APPROXIMATE_BEFORE.join('|')})[百千]`,
  `(?<![${CN_NUMERAL}零百千万亿第])[${CN_NUMERAL}]+(?=${UNITS_LONGEST_FIRST.join('|')})`,
].join('|'), 'g')
// 综合指数4.71: an index is named before its figure, not after it
const INDEX_BEFORE = /指数(?:为|达|是)?$/

function figureValue(written: string): number | undefined {
  if (/^\d/.test(written))
    return Number(written)
  return written === '百' ? 100 : written === '千' ? 1000 : parseNumeral(written)
}

/** Every figure written in a Chinese text, with the unit that follows it (or 指数 before it). */
export function writtenFigures(text: string): WrittenFigure[] {
  const figures: WrittenFigure[] = []
  for (const m of text.matchAll(FIGURE)) {
    const value = figureValue(m[0])
    if (value === undefined)
      continue
    const before = text.slice(0, m.index)
    let end = m.index + m[0].length
    // 1.3万余人, 2亿多元: the word of approximation sits inside the unit
    const scale = /^[万亿](?=[余多])/.exec(text.slice(end))?.[0] ?? ''
    end += scale.length
    const after = APPROXIMATE_AFTER.find(w => text.startsWith(w, end))
    if (after)
      end += after.length
    const rest = UNITS_LONGEST_FIRST.find(u => text.startsWith(u, end) && (unitIds as readonly string[]).includes(scale + u))
    const unit = rest === undefined ? (INDEX_BEFORE.test(before) ? '指数' : undefined) : unitIds.find(u => u === scale + rest)
    const prefix = NOT_APPROXIMATE.test(before) ? '' : APPROXIMATE_BEFORE.find(w => before.endsWith(w)) ?? ''
    const written = prefix + text.slice(m.index, end) + (rest ?? '')
    figures.push({
      value,
      written,
      unit,
      approximate: Boolean(after || prefix),
      near: prefix === '近' || prefix === '约',
      ordinal: before.endsWith('第'),
      year: !unit && text.startsWith('年', end),
    })
  }
  return figures
}

/** The ranks and ordinals written as 第3 or 第三. */
export function ordinals(text: string): Array<{ value: number, written: string }> {
  return [...text.matchAll(/第([\d一二三四五六七八九十两]+)/g)].flatMap((m) => {
    const value = parseNumeral(m[1]!)
    return value === undefined ? [] : [{ value, written: m[0] }]
  })
}
