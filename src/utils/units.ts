import type { UnitId } from '../schemas/report.ts'

/** Units that measure the same thing, with their size in the group's smallest unit. */
const groups: Array<Partial<Record<UnitId, number>>> = [
  { 元: 1, 万元: 1e4, 亿元: 1e8 },
  { 人: 1, 名: 1, 万人: 1e4 },
  { 户: 1, 万户: 1e4 },
  { 件: 1, 万件: 1e4 },
  { 家: 1, 万家: 1e4 },
  { 套: 1, 万套: 1e4 },
  { 米: 1, 千米: 1e3, 公里: 1e3, 万米: 1e4 },
  { 平方米: 1, 万平方米: 1e4, 平方公里: 1e6 },
  { 亩: 1, 万亩: 1e4 },
  { 人次: 1, 万人次: 1e4 },
  { 吨: 1, 万吨: 1e4 },
  { 辆: 1, 万辆: 1e4 },
  { 千瓦: 1, 万千瓦: 1e4 },
]

/**
 * The factor that converts a value in `from` into `to` (万人 → 人: 10000),
 * or undefined when the two units measure different things.
 */
export function unitFactor(from: UnitId, to: UnitId): number | undefined {
  if (from === to)
    return 1
  for (const g of groups) {
    const a = g[from]
    const b = g[to]
    if (a !== undefined && b !== undefined)
      return a / b
  }
  return undefined
}

/** The size of a unit in its group's smallest unit (亿元 → 1e8, 公里 → 1000); 1 for a unit with no group. */
export function sizeInSmallestUnit(unit: UnitId): number {
  return groups.find(g => g[unit] !== undefined)?.[unit] ?? 1
}

/** Converts a value between compatible units, rounding away floating-point noise. */
export function convert(value: number, from: UnitId, to: UnitId): number | undefined {
  const f = unitFactor(from, to)
  return f === undefined ? undefined : Number((value * f).toPrecision(12))
}
