/** Finding districts by name, pinyin, pinyin initials, code or city, and the nearest ones to a mistyped link. */
import type { SearchEntry } from '~/schemas/dataset'

/** An index row with its English names in lower case, worked out once per index rather than at each keystroke. */
interface Row { entry: SearchEntry, en: string, cityEn: string }
const rowsOf = new WeakMap<SearchEntry[], Row[]>()

function rows(entries: SearchEntry[]): Row[] {
  let r = rowsOf.get(entries)
  if (!r) {
    r = entries.map(entry => ({ entry, en: entry[2].toLowerCase(), cityEn: entry[6].toLowerCase() }))
    rowsOf.set(entries, r)
  }
  return r
}

/** How well a row matches: 0 its name, pinyin, initials or code begin with the query, 1 its name holds it, 2 its city or province does; undefined no match. */
function matchRank({ entry: [code, zh, , slug, initials, cityZh, , provinceZh], en, cityEn }: Row, q: string, letters: string): number | undefined {
  if (code.startsWith(q) || zh.startsWith(q) || en.startsWith(q) || (letters && (slug.startsWith(letters) || initials.startsWith(letters))))
    return 0
  if (zh.includes(q) || en.includes(q) || (letters.length > 1 && slug.includes(letters)))
    return 1
  if (cityZh.includes(q) || cityEn.includes(q) || provinceZh.includes(q))
    return 2
  return undefined
}

/**
 * The districts a query names, best matches first and otherwise in the app's order: 卫滨, weibin,
 * wei bin, wb (initials), 4107 (a code's start), 新乡 (its city). Plain string matching over an
 * index built with the data, so each keystroke costs a pass over a few thousand short rows.
 */
export function searchEntries(query: string, entries: SearchEntry[]): SearchEntry[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ')
  if (!q)
    return entries
  // pinyin typed with or without spaces between syllables
  const letters = /^[a-z ]+$/.test(q) ? q.replaceAll(' ', '') : ''
  const ranked: SearchEntry[][] = [[], [], []]
  for (const row of rows(entries)) {
    const rank = matchRank(row, q, letters)
    if (rank !== undefined)
      ranked[rank]!.push(row.entry)
  }
  return ranked.flat()
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
export function nearestDistricts<D extends { code: string, slug: string, name: { zh: string, en: string } }>(typed: string, districts: D[], limit = 3): D[] {
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

/** A search index row as the views read it. */
export interface FoundDistrict {
  code: string
  slug: string
  name: { zh: string, en: string }
  city: { zh: string, en: string }
}

export function foundDistrict([code, zh, en, slug, , cityZh, cityEn]: SearchEntry): FoundDistrict {
  return { code, slug, name: { zh, en }, city: { zh: cityZh, en: cityEn } }
}
