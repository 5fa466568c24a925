/**
 * A figure (a comparable metric or a report-only figure) against its quote: each figure must be written there with its unit (141.8亿元, 增长2.3%,
 * 0.8个百分点), its sign, its approximation and its ranks as the words attached to it say.
 */
import type { FigureValues as Metric, Indicator, VsAverage } from '../../schemas/report.ts'
import { unitFactor } from '../../utils/units.ts'
import { writtenFigures } from './numbers.ts'
import type { WrittenFigure } from './numbers.ts'
import { rankProblems } from './ranks.ts'

type Report = (field: string, message: string) => void

/** The figures of the quote that are the number n, in any unit. */
function figuresOf(quote: string, n: number): WrittenFigure[] {
  return writtenFigures(quote).filter(f => f.value === Math.abs(n) && !f.ordinal)
}

/** The figures of the quote that write n in the metric's unit, or none after naming the problem. */
function writtenWithUnit(m: Metric, n: number, field: 'value' | 'of', report: Report): WrittenFigure[] {
  const figures = figuresOf(m.quote, n)
  const withUnit = figures.filter(f => f.unit === m.unit)
  const other = figures[0]
  if (!other)
    report(field, `${n} does not occur in its quote`)
  else if (withUnit.length > 0)
    return withUnit
  // the number is there in a unit of the same kind (亿元 for 万元): the unit is the slip
  else if (other.unit && unitFactor(other.unit, m.unit) !== undefined)
    report(field === 'value' ? 'unit' : field, `“${m.unit}” does not match its quote, which writes ${other.written}`)
  else
    report(field, `${n}${m.unit} does not occur in its quote, which writes ${n} as ${other.written}`)
  return []
}

function checkValue(m: Metric & { value: number }, report: Report) {
  const withUnit = writtenWithUnit(m, m.value, 'value', report)
  if (withUnit.length === 0)
    return
  // true is a lower bound (130余项, 突破1.7万家); near is about the figure, perhaps below it (近百场)
  const near = m.approximate === 'near'
  const approximate = withUnit.filter(f => f.approximate)
  if (m.approximate && !approximate.some(f => f.near === near))
    report('approximate', `${m.approximate}, but its quote writes ${withUnit.map(f => f.written).join(', ')} with no ${near ? '近/约 before' : '余/多 after or 超/超过/突破 before'} it`)
  else if (!m.approximate && approximate.length === withUnit.length)
    report('approximate', `missing: its quote writes ${approximate[0]!.written}, a rounded figure; set approximate: ${approximate[0]!.near ? '"near"' : 'true'}`)
}

function checkChange(m: Metric & { change: NonNullable<Metric['change']> }, report: Report) {
  const { kind, value } = m.change
  const figures = figuresOf(m.quote, value)
  if (figures.length === 0)
    return report('change.value', `${value} does not occur in its quote`)
  // a rate's change in points is pp (提高2.1个百分点); pct also reads 个百分点 as a growth's change
  const units: string[] = kind === 'pct' ? ['%', '个百分点'] : kind === 'pp' ? ['个百分点'] : m.unit === '%' ? ['个百分点'] : [m.unit]
  if (!figures.some(f => f.unit !== undefined && units.includes(f.unit))) {
    const expected = kind === 'pct' ? `${Math.abs(value)}% (or 个百分点)` : kind === 'pp' ? `${Math.abs(value)}个百分点` : `${Math.abs(value)}${units[0]} (the figure's unit)`
    return report('change.kind', `“${kind}” needs ${expected} in its quote, which writes ${figures.map(f => f.written).join(', ')}`)
  }
  const written = String(Math.abs(value)).replace('.', '\\.')
  const falls = new RegExp(`(?:下降|减少|下滑|回落|降低)${written}`).test(m.quote)
  if (falls !== value < 0)
    report('change.value', `the sign of ${value} does not match its quote (${falls ? '下降' : '增长'})`)
}

const AVERAGE_WORDS: Record<VsAverage['scope'], string> = { country: '全国', province: '全省', city: '全市', county: '全县', district: '全区' }

function checkVsAverage(m: Metric & { vsAverage: VsAverage }, report: Report) {
  const { pp, scope } = m.vsAverage
  const figures = figuresOf(m.quote, pp)
  if (figures.length === 0)
    return report('vsAverage.pp', `${pp} does not occur in its quote`)
  if (!figures.some(f => f.unit === '个百分点'))
    return report('vsAverage.pp', `${pp} needs ${Math.abs(pp)}个百分点 in its quote, which writes ${figures[0]!.written}`)
  if (!m.quote.includes(pp < 0 ? '低于' : '高于'))
    report('vsAverage.pp', `${pp} needs “${pp < 0 ? '低于' : '高于'}” in its quote`)
  // 高于全市平均水平 names the city; 高于平均水平 with no group is the city's, as reports write it
  const named = Object.entries(AVERAGE_WORDS).filter(([, w]) => m.quote.includes(`${w}平均`) || m.quote.includes(`${w}均值`) || new RegExp(`[高低]于${w}`).test(m.quote))
  if (named.length > 0 ? !named.some(([s]) => s === scope) : scope !== 'city')
    report('vsAverage.scope', `“${scope}” does not match its quote, which compares with ${named.length ? named.map(([, w]) => `${w}平均`).join(', ') : 'an average it does not name (the city’s)'}`)
}

/**
 * Problems with one figure against its report's text. `indicator` is the catalogue entry of a
 * comparable figure (its unit must convert to the indicator's), undefined for a report-only one.
 */
export function checkFigure(m: Metric, source: string, indicator: Indicator | undefined, report: Report) {
  if (!source.includes(m.quote))
    report('quote', `does not occur verbatim in source.txt: “${m.quote}”`)
  if (indicator && unitFactor(m.unit, indicator.unit) === undefined)
    report('unit', `“${m.unit}” cannot be converted to the indicator's unit “${indicator.unit}”`)
  if (m.value !== undefined)
    checkValue({ ...m, value: m.value }, report)
  else if (m.approximate)
    report('approximate', 'true, but the figure has no value to be approximate')
  if (m.of !== undefined && writtenWithUnit(m, m.of, 'of', report).length > 0 && m.value !== undefined && m.of < m.value)
    report('of', `${m.of} is less than the value ${m.value} it is the whole of`)
  if (m.change)
    checkChange({ ...m, change: m.change }, report)
  if (m.vsAverage !== undefined)
    checkVsAverage({ ...m, vsAverage: m.vsAverage }, report)
  m.ranks?.forEach((r, i) => rankProblems(r, m.quote).forEach(p => report(`ranks.${i}.${p.field}`, p.message)))
}

/** A comparable figure: its indicator must be in the catalogue. */
export function checkMetric(m: Metric & { indicator: string }, source: string, indicator: Indicator | undefined, report: Report) {
  if (!indicator)
    report('indicator', `unknown indicator “${m.indicator}” (not in data/indicators.json): use a catalogue id, or make it a report-only figure (figures, with its own id and name)`)
  checkFigure(m, source, indicator, report)
}
