/**
 * A report's targets for the next year against the catalogue and their quotes: each on a known
 * indicator, quoted verbatim, its number written there in its unit (增长6%, 500亿元), and 左右 or
 * 以上 (不低于, 突破) where it says so.
 */
import type { Indicator, Target, UnitId } from '../../schemas/report.ts'
import { unitFactor } from '../../utils/units.ts'
import { writtenFigures } from './numbers.ts'

type Report = (field: string, message: string) => void

/** The unit a target's number is written in: % for a growth. */
export function targetUnit(t: Target): UnitId {
  return t.kind === 'growth' ? '%' : t.unit!
}

export function checkTarget(t: Target, source: string, indicator: Indicator | undefined, report: Report) {
  if (!indicator)
    report('indicator', `“${t.indicator}” is not an indicator of data/indicators.json: a target is set on a comparable indicator`)
  else if (t.kind === 'value' && unitFactor(t.unit!, indicator.unit) === undefined)
    report('unit', `“${t.unit}” does not convert to ${indicator.name.zh}'s unit “${indicator.unit}”`)
  if (!source.includes(t.quote))
    return report('quote', `does not occur verbatim in source.txt: “${t.quote}”`)
  const unit = targetUnit(t)
  const written = writtenFigures(t.quote).filter(f => f.value === Math.abs(t.value) && !f.ordinal)
  const withUnit = written.filter(f => f.unit === unit)
  if (withUnit.length === 0)
    return report('value', written.length === 0 ? `${t.value} does not occur in its quote` : `${t.value}${unit} does not occur in its quote, which writes ${written.map(f => f.written).join(', ')}`)
  const number = String(Math.abs(t.value)).replace('.', '\\.')
  if (t.kind === 'growth' && t.value < 0 !== new RegExp(`(?:下降|减少|回落|降低)${number}%`).test(t.quote))
    report('value', t.value < 0 ? `a fall needs 下降/减少 before ${number}% in its quote` : `its quote writes a fall before ${number}%: make the value negative`)
  const about = new RegExp(`${number}${unit}左右`).test(t.quote)
  const atLeast = new RegExp(`(?:不低于|不少于|突破|超过)${number}${unit}|${number}${unit}以上`).test(t.quote)
  if (t.approximate === 'about' && !about)
    report('approximate', `“about”, but its quote has no ${number}${unit}左右`)
  else if (t.approximate === 'atLeast' && !atLeast)
    report('approximate', `“atLeast”, but its quote has no ${number}${unit}以上, 不低于${number}${unit} or 突破${number}${unit}`)
  else if (!t.approximate && (about || atLeast))
    report('approximate', `missing: its quote writes ${number}${unit}${about ? '左右: set approximate: "about"' : '以上 (or 不低于): set approximate: "atLeast"'}`)
}
