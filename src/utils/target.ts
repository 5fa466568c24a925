/**
 * A year's result held against the goal the year before's report set for it (预期目标:
 * 地区生产总值增长6%左右): what the card's target line says. Computed from the stated figures only.
 */
import type { FigureValues, Target, UnitId } from '~/schemas/report'
import type { Locale } from './format.ts'
import { formatPercent, formatValue } from './format.ts'
import { convert } from './units.ts'

export interface TargetOutcome {
  /** the result in the target's terms: the growth in %, or the value in the target's unit */
  actual: number
  /** reached: at or above the target (at or below, where lower is better); 左右 and 以上 are held to the figure itself */
  met: boolean
}

/** The id of a goal's passage in its report's text (#q-target-gdp): the card's link to its source. */
export function targetQuoteId(indicator: string): string {
  return `target-${indicator}`
}

/** The result against the target, or undefined when the report does not state the figure the target is in. */
export function targetOutcome(target: Target, result: FigureValues, higherIsBetter: boolean): TargetOutcome | undefined {
  const actual = target.kind === 'growth'
    ? result.change?.kind === 'pct' ? result.change.value : undefined
    : result.value === undefined ? undefined : convert(result.value, result.unit, target.unit!)
  if (actual === undefined)
    return undefined
  // a result written 1.36万人 against a target of 13000人: compared at the precision of the figures
  const a = Number(actual.toPrecision(12))
  return { actual: a, met: higherIsBetter ? a >= target.value : a <= target.value }
}

/** What is targeted, as the report words it: 增长6%左右, 1.3万人以上 / ~6% growth, 13,000 people or more. */
export function formatTarget(target: Target, locale: Locale, countNoun?: string): string {
  const zh = locale === 'zh-CN'
  const mark = target.approximate === 'about' ? (zh ? '左右' : '~') : target.approximate === 'atLeast' ? (zh ? '以上' : '≥') : ''
  if (target.kind === 'growth') {
    const figure = formatPercent(Math.abs(target.value))
    return zh ? `${target.value < 0 ? '下降' : '增长'}${figure}${mark}` : `${mark}${target.value < 0 ? '−' : ''}${figure}`
  }
  const value = formatValue(target.value, target.unit!, locale, false, countNoun)
  return zh ? `${value}${mark}` : `${mark}${value}`
}

/** The result in the target's terms: 增长2.3% / 2.3%, 1.36万人 / 13,600 people. */
export function formatActual(target: Target, actual: number, locale: Locale, countNoun?: string): string {
  if (target.kind === 'growth')
    return locale === 'zh-CN' ? `${actual < 0 ? '下降' : '增长'}${formatPercent(Math.abs(actual))}` : formatPercent(actual)
  return formatValue(actual, target.unit as UnitId, locale, false, countNoun)
}
