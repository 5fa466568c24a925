/**
 * A district's figure across its reports: the points of a card's trend, the change since the
 * previous report, and what changed between two reports. Computed from the stated figures only.
 */
import type { PastFigure, ReportChunk } from '~/schemas/dataset'
import type { Metric, UnitId } from '~/schemas/report'
import { convert } from './units.ts'

export interface TrendPoint {
  year: number
  kind: PastFigure['kind']
  /** in the indicator's unit */
  value: number
  approximate: boolean
}

/**
 * The figures of a card's trend, oldest first, in the indicator's unit: the earlier reports'
 * and this one's, where each gives a value (a growth or a rank alone is no point).
 */
export function trendPoints(past: readonly PastFigure[], current: PastFigure, unit: UnitId): TrendPoint[] {
  return [...past, current].flatMap(({ year, kind, metric }) => {
    const value = metric.value === undefined ? undefined : convert(metric.value, metric.unit, unit)
    return value === undefined ? [] : [{ year, kind, value, approximate: metric.approximate !== undefined && metric.approximate !== false }]
  })
}

/** The change from the trend's previous point to its last: absolute (in the indicator's unit) and relative (%, when the earlier value is not 0). */
export function changeSincePrevious(points: readonly TrendPoint[]): { from: TrendPoint, abs: number, pct?: number } | undefined {
  const last = points.at(-1)
  const from = points.at(-2)
  if (!last || !from)
    return undefined
  const abs = Number((last.value - from.value).toPrecision(12))
  return { from, abs, ...(from.value !== 0 ? { pct: Number(((abs / Math.abs(from.value)) * 100).toFixed(1)) } : {}) }
}

export interface WhatsNew {
  /** the previous report's year */
  since: number
  /** indicators this report gives and the previous one did not */
  appeared: string[]
  /** indicators the previous report gave and this one does not */
  vanished: string[]
  /** indicators whose value moved most since the previous report, by relative change, largest first */
  moved: Array<{ indicator: string, pct: number }>
}

/** What changed between a report and the district's previous one; undefined when it has none. */
export function whatsNew(report: Pick<ReportChunk, 'metrics' | 'history' | 'previous'>, unitOf: (indicator: string) => UnitId | undefined, most = 3): WhatsNew | undefined {
  const since = report.previous?.year
  if (since === undefined)
    return undefined
  const before = new Map<string, Metric>()
  for (const [id, figures] of Object.entries(report.history)) {
    const f = figures.find(x => x.year === since)
    if (f)
      before.set(id, f.metric)
  }
  const now = new Set(report.metrics.map(m => m.indicator))
  const moved = report.metrics.flatMap((m) => {
    const prev = before.get(m.indicator)
    const unit = unitOf(m.indicator)
    if (!prev || !unit || m.value === undefined || prev.value === undefined)
      return []
    const a = convert(prev.value, prev.unit, unit)
    const b = convert(m.value, m.unit, unit)
    if (a === undefined || b === undefined || a === 0)
      return []
    return [{ indicator: m.indicator, pct: Number((((b - a) / Math.abs(a)) * 100).toFixed(1)) }]
  }).filter(x => x.pct !== 0).sort((x, y) => Math.abs(y.pct) - Math.abs(x.pct)).slice(0, most)
  return {
    since,
    appeared: [...now].filter(id => !before.has(id)),
    vanished: [...before.keys()].filter(id => !now.has(id)),
    moved,
  }
}
