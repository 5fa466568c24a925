/**
 * A ranking's chunk, one per indicator and year (`virtual:data/indicator/gdp_2023`): written at
 * build time from the reports, read in the browser into entries. Each district's figure carries
 * what the ranking needs of it (its city and province for the scope, its document for the
 * citation), so a ranking of any scope and its CSV are complete without the cities' chunks; each
 * city and kind of document is written once.
 */
import type { Meta, RankingChunk, RankingEntry, RankingPlace, RankingRow, Report } from '../schemas/dataset.ts'

/** The chunk of an indicator's figures in the reports of one year. */
export function packRanking(reports: readonly Report[], indicator: { id: string, definition: RankingChunk['definition'] }, year: number): RankingChunk {
  const places: RankingPlace[] = []
  const placeIndex = new Map<string, number>()
  const kinds: Array<Meta['kind']> = []
  const rows: RankingRow[] = []
  for (const r of reports) {
    const metric = r.meta.year === year ? r.metrics.find(m => m.indicator === indicator.id) : undefined
    if (!metric)
      continue
    const { district: d, kind, date, title, sourceUrl } = r.meta
    const key = `${d.province.zh}|${d.city.zh}`
    let place = placeIndex.get(key)
    if (place === undefined) {
      place = places.push([d.city.zh, d.city.en, d.province.zh, d.province.en]) - 1
      placeIndex.set(key, place)
    }
    if (!kinds.includes(kind))
      kinds.push(kind)
    const figure: Omit<typeof metric, 'indicator'> & { indicator?: string } = { ...metric }
    delete figure.indicator
    const row: RankingRow = [d.code, d.slug, d.name.zh, d.name.en, place, kinds.indexOf(kind), date, title.zh, title.en, figure]
    if (sourceUrl)
      row.push(sourceUrl)
    rows.push(row)
  }
  return { definition: indicator.definition, places, kinds, rows }
}

/** The entries of a ranking's chunk, as the app lists, charts and cites them. */
export function unpackRanking(chunk: RankingChunk, indicator: string, year: number): RankingEntry[] {
  return chunk.rows.map(([code, slug, zh, en, place, kind, date, titleZh, titleEn, figure, sourceUrl]) => {
    const [cityZh, cityEn, provinceZh, provinceEn] = chunk.places[place]!
    return {
      reportId: `${slug}-${year}`,
      district: { code, slug, name: { zh, en }, city: { zh: cityZh, en: cityEn }, province: { zh: provinceZh, en: provinceEn } },
      year,
      kind: chunk.kinds[kind]!,
      title: { zh: titleZh, en: titleEn },
      date,
      ...(sourceUrl ? { sourceUrl } : {}),
      metric: { indicator, ...figure },
    }
  })
}
