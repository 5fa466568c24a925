/**
 * Every figure of a report's own words (summary, highlights, achievements) must come from its
 * source text: 141.8亿元 as written there, and in English after unit conversion (14.18 bn yuan,
 * 1.36万人 = 13,600). Ranks and ordinals (第2, 2nd) must be ranks of the source; years may be the
 * report's year, the year before it (同比) and the year it was given.
 */
import type { ReportData, UnitId } from '../../schemas/report.ts'
import { sizeInSmallestUnit } from '../../utils/units.ts'
import { containsNumber, ordinals, writtenFigures } from './numbers.ts'

interface SourceFigures {
  text: string
  /** value and unit as written: '141.8亿元' */
  written: Set<string>
  /** each figure's size in its unit group's smallest unit (1.36万人 → 13600), money apart */
  sizes: number[]
  yuan: number[]
  ranks: Set<number>
  years: Set<number>
}

const key = (value: number, unit: UnitId) => `${value}${unit}`
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))

export function sourceFigures(source: string, meta: ReportData['meta']): SourceFigures {
  const figures = writtenFigures(source).filter(f => f.unit && !f.ordinal)
  // 亿元以上项目: a bare 亿元 is one 亿元 (CNY 100 m)
  const bare = [...source.matchAll(/(?<![\d余多])(亿元|万元)/g)].map(m => ({ value: 1, unit: m[1] as UnitId }))
  const quantities = [...figures.map(f => ({ value: f.value, unit: f.unit! })), ...bare]
  return {
    text: source,
    written: new Set(quantities.map(q => key(q.value, q.unit))),
    sizes: quantities.map(q => q.value * sizeInSmallestUnit(q.unit)),
    yuan: quantities.filter(q => q.unit.endsWith('元')).map(q => q.value * sizeInSmallestUnit(q.unit)),
    ranks: new Set(ordinals(source).map(o => o.value)),
    years: new Set([meta.year, meta.year - 1, Number(meta.date.slice(0, 4))]),
  }
}

/** The figures of a Chinese text that the source does not give. */
function untracedZh(text: string, src: SourceFigures): string[] {
  const ranks = ordinals(text).filter(o => !src.ranks.has(o.value)).map(o => o.written)
  const figures = writtenFigures(text).filter((f) => {
    if (f.ordinal)
      return false // checked with the ranks above
    if (f.unit)
      return !src.written.has(key(f.value, f.unit))
    return !(containsNumber(src.text, f.value) || (f.year && src.years.has(f.value)))
  }).map(f => f.written)
  return [...ranks, ...figures]
}

// CNY 14.18 bn, 13,600, 2.3%, 0.8 pp, 2nd, 38 km, 31,000 m²
const EN_FIGURE = /(CNY\s?)?(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:bn|billion|million|m(?![²\w])|km)\b|%|\s?(?:pp|percentage points?)\b|st\b|nd\b|rd\b|th\b)?/g
const SCALE: Record<string, number> = { bn: 1e9, billion: 1e9, million: 1e6, m: 1e6, km: 1e3 }

/** The figures of an English text that the source does not give, in any of its units. */
function untracedEn(text: string, src: SourceFigures): string[] {
  return [...text.matchAll(EN_FIGURE)].filter((m) => {
    const [, cny, whole, fraction = '', suffix = ''] = m
    const n = Number(whole!.replaceAll(',', '') + fraction)
    const word = suffix.trim()
    if (/^(?:st|nd|rd|th)$/.test(word))
      return !src.ranks.has(n)
    if (word === '%')
      return !src.written.has(key(n, '%'))
    if (word.startsWith('p'))
      return !src.written.has(key(n, '个百分点'))
    // m is millions of yuan after CNY, and metres otherwise
    const size = n * (word === 'm' && !cny ? 1 : SCALE[word] ?? 1)
    if (cny)
      return !src.yuan.some(y => same(y, size))
    const asWritten = !word && containsNumber(src.text, n)
    const year = !word && !fraction && src.years.has(n)
    return !(src.sizes.some(s => same(s, size)) || asWritten || year)
  }).map(m => m[0].trim())
}

/** Problems with the figures of the summary, highlights and achievements, by field. */
export function textProblems(data: ReportData, source: string): Array<{ field: string, message: string }> {
  const src = sourceFigures(source, data.meta)
  const texts: Array<[string, ReportData['summary']]> = [
    ['summary', data.summary],
    ...data.highlights.map((h, i): [string, ReportData['summary']] => [`highlights.${i}`, h]),
    ...data.achievements.flatMap((a, i): Array<[string, ReportData['summary']]> => [[`achievements.${i}.title`, a.title], [`achievements.${i}.text`, a.text]]),
  ]
  return texts.flatMap(([field, text]) => [
    ...untracedZh(text.zh, src).map(w => ({ field: `${field}.zh`, message: `${w} is not a figure of source.txt` })),
    ...untracedEn(text.en, src).map(w => ({ field: `${field}.en`, message: `${w} matches no figure of source.txt, in any unit` })),
  ])
}
