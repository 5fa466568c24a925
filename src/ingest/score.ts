/**
 * Compares extracted figures with a hand-made answer key: a figure counts as found when its
 * indicator (or, for report-only figures, its name), value, unit, change and ranks all agree.
 */
import type { Change, Figure, Rank } from './extract.ts'

export interface KeyFigure {
  name: string
  indicator?: string
  value?: number
  unit?: string
  approximate?: boolean
  change?: Pick<Change, 'kind' | 'value'>
  ranks?: Rank[]
  vsAveragePp?: number
}

export interface Score {
  keyCount: number
  foundCount: number
  matched: number
  precision: number
  recall: number
  missed: KeyFigure[]
  extra: Figure[]
}

function bigrams(s: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2))
  return out
}

/**
 * Names are free text, so they match when one holds the other or they share most character
 * pairs (隧道设备产业园总投资 ~ 隧道设备产业园项目总投资); values and units must agree exactly.
 */
export function sameName(a: string, b: string): boolean {
  const x = a.replace(/[“”"\s]/g, '')
  const y = b.replace(/[“”"\s]/g, '')
  if (!x || !y) return x === y
  if (x.includes(y) || y.includes(x)) return true
  const bx = bigrams(x)
  const by = new Set(bigrams(y))
  const common = bx.filter(g => by.has(g)).length
  return (2 * common) / (bx.length + by.size) >= 0.5
}

function sameRanks(a: Rank[] = [], b: Rank[] = []): boolean {
  const key = (r: Rank) => `${r.scope}/${r.basis}/${r.position}/${r.of ?? ''}`
  return a.length === b.length && a.map(key).sort().join() === b.map(key).sort().join()
}

export function matches(k: KeyFigure, f: Figure): boolean {
  const identity = k.indicator || f.indicator ? k.indicator === f.indicator : sameName(k.name, f.name)
  return identity
    && k.value === f.value
    && (k.unit ?? '') === (f.value === undefined ? '' : f.unit ?? '')
    && (k.change?.kind ?? '') === (f.change?.kind ?? '') && k.change?.value === f.change?.value
    && sameRanks(k.ranks, f.ranks)
}

export function score(key: KeyFigure[], found: Figure[]): Score {
  const used = new Set<number>()
  const missed: KeyFigure[] = []
  for (const k of key) {
    const i = found.findIndex((f, j) => !used.has(j) && matches(k, f))
    if (i < 0) missed.push(k)
    else used.add(i)
  }
  const matched = used.size
  return {
    keyCount: key.length,
    foundCount: found.length,
    matched,
    precision: found.length ? matched / found.length : 0,
    recall: key.length ? matched / key.length : 0,
    missed,
    extra: found.filter((_, j) => !used.has(j)),
  }
}
