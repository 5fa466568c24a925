/**
 * A report's figures as its cards show them, whichever kind: a comparable metric under its
 * catalogue indicator, or a report-only figure under its own name. One shape, so a card renders
 * both the same way; only a comparable one links to its ranking (/m/:id) and has peers.
 */
import type { IndicatorSummary, Report } from '~/schemas/dataset'
import type { CategoryId, FigureValues } from '~/schemas/report'

export interface FigureCard {
  /** the card's anchor (#id): the indicator id of a metric, the report's own id of a report-only figure */
  id: string
  /** the catalogue's entry, or a report-only figure's name and count noun in the same shape */
  indicator: IndicatorSummary
  comparable: boolean
  metric: FigureValues
}

/** The card of a figure id of the report, or undefined when the report has no such figure. */
export function figureCard(report: Pick<Report, 'metrics' | 'figures'>, id: string, indicatorOf: (id: string) => IndicatorSummary | undefined, category: CategoryId): FigureCard | undefined {
  const metric = report.metrics.find(m => m.indicator === id)
  const indicator = metric && indicatorOf(id)
  if (metric && indicator)
    return { id, indicator, comparable: true, metric }
  const figure = report.figures.find(f => f.id === id)
  if (!figure)
    return undefined
  const { name, countNounEn } = figure
  // higherIsBetter only orders peers, and a report-only figure has none
  return { id, indicator: { id, name, unit: figure.unit, category, higherIsBetter: true, ...(countNounEn ? { countNounEn } : {}) }, comparable: false, metric: figure }
}

/** Every figure of a report, in the order of its achievements. */
export function figureCards(report: Pick<Report, 'metrics' | 'figures' | 'achievements'>, indicatorOf: (id: string) => IndicatorSummary | undefined): FigureCard[] {
  return report.achievements.flatMap(a => a.metrics.flatMap((id) => {
    const card = figureCard(report, id, indicatorOf, a.category)
    return card ? [card] : []
  }))
}
