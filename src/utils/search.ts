/** Finding districts by name, city, pinyin or code, and the nearest ones to a mistyped link. */
import type { DistrictSummary } from '~/schemas/dataset'

function keys(d: DistrictSummary): string[] {
  return [d.name.zh, d.name.en, d.city.zh, d.city.en, d.province.zh, d.slug, d.code].map(s => s.toLowerCase())
}

export function searchDistricts(query: string, districts: DistrictSummary[]): DistrictSummary[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ')
  if (!q)
    return districts
  return districts.filter(d => keys(d).some(k => k.includes(q)))
}

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = tmp
    }
  }
  return prev[b.length]!
}

/** Districts whose slug, code or name is close to what was typed (at most `limit`). */
export function nearestDistricts(typed: string, districts: DistrictSummary[], limit = 3): DistrictSummary[] {
  let q = typed
  try {
    q = decodeURIComponent(typed)
  }
  catch {
    // a malformed escape (“/d/50%”) is matched as typed
  }
  q = q.trim().toLowerCase()
  if (!q)
    return []
  return districts
    .map(d => ({ d, score: Math.min(...[d.slug, d.code, d.name.zh, d.name.en.toLowerCase()].map(k => editDistance(q, k) / Math.max(k.length, 1))) }))
    .filter(x => x.score <= 0.5)
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(x => x.d)
}
