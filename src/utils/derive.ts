/**
 * Figures derived from what the reports state. Never typed into data/: computed here,
 * and always shown marked as derived (推算).
 */
import type { IndicatorSummary as Indicator } from '~/schemas/dataset'
import type { FigureValues } from '~/schemas/report'
import { decimals } from './format'
import { convert } from './units'

/** A figure computed from stated ones, with the decimal places of the most precise of them (1.9 − 0.9 is 1.0, not 1). */
export interface DerivedFigure {
  value: number
  places: number
}

/** 同比增长2.3%, 高于全市平均水平0.8个百分点 → the city average grew 1.5%. */
export function cityAverageGrowth(metric: FigureValues): DerivedFigure | undefined {
  if (metric.change?.kind !== 'pct' || metric.vsAverage?.scope !== 'city')
    return undefined
  const { pp } = metric.vsAverage
  const places = Math.max(decimals(metric.change.value), decimals(pp))
  return { value: Number((metric.change.value - pp).toFixed(places)), places }
}

/** The metric's value in its indicator's unit (1.36万人 → 13600人), for comparing districts. */
export function valueInIndicatorUnit(metric: Pick<FigureValues, 'value' | 'unit'>, indicator: Indicator): number | undefined {
  return metric.value === undefined ? undefined : convert(metric.value, metric.unit, indicator.unit)
}
