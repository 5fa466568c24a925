/**
 * A ranking's chunk, one per indicator and year (`virtual:data/indicator/gdp_2023`): written at
 * build time from the reports, read in the browser into entries. Each district's figure carries
 * what the ranking needs of it (its city and province for the scope, its document for the
 * citation), so a ranking of any scope and its CSV are complete without the cities' chunks; each
 * city and each document's title but for the district's name is written once.
 */
import type { District, Meta, RankingChunk, RankingDocument, RankingEntry, RankingPlace, RankingRow, Report } from '../schemas/dataset.ts'

/** Where a title names its district. */
const NAME = '{}'

/** A title with its district's name as `{}`, where it has the name once (and no `{}` of its own). */
function titleTemplate(title: string, name: string): string {
  return !title.includes(NAME) && title.split(name).length === 2 ? title.replace(name, NAME) : title
}

/** Gives each distinct value an index, in the order first met. */
function table<T>(key: (v: T) => string) {
  const list: T[] = []
  const at = new Map<string, number>()
  return {
    list,
    index(v: T): number {
      const k = key(v)
      let i = at.get(k)
      if (i === undefined) {
        i = list.push(v) - 1
        at.set(k, i)
      }
      return i
    },
  }
}

/** The chunk of an indicator's figures in the reports of one year. */
export function packRanking(reports: readonly Report[], indicator: { id: string, definition: RankingChunk['definition'] }, year: number): RankingChunk {
  const places = table<RankingPlace>(p => p.join('|'))
  const documents = table<RankingDocument>(d => d.join('|'))
  const rows: RankingRow[] = []
  for (const r of reports) {
    const metric = r.meta.year === year ? r.metrics.find(m => m.indicator === indicator.id) : undefined
    if (!metric)
      continue
    const { district: d, kind, date, title, sourceUrl } = r.meta
    const figure: Omit<typeof metric, 'indicator'> & { indicator?: string } = { ...metric }
    delete figure.indicator
    const row: RankingRow = [
      d.code,
      d.slug,
      d.name.zh,
      d.name.en,
      places.index([d.city.zh, d.city.en, d.province.zh, d.province.en]),
      documents.index([kind, titleTemplate(title.zh, d.name.zh), titleTemplate(title.en, d.name.en)]),
      date,
      figure,
    ]
    if (sourceUrl)
      row.push(sourceUrl)
    rows.push(row)
  }
  return { definition: indicator.definition, places: places.list, documents: documents.list, rows }
}

/** The entries of a ranking's chunk, as the app lists, charts and cites them. */
export function unpackRanking(chunk: RankingChunk, indicator: string, year: number): RankingEntry[] {
  return chunk.rows.map(([code, slug, zh, en, place, document, date, figure, sourceUrl]) => {
    const [cityZh, cityEn, provinceZh, provinceEn] = chunk.places[place]!
    const [kind, titleZh, titleEn]: [Meta['kind'], string, string] = chunk.documents[document]!
    const district: District = { code, slug, name: { zh, en }, city: { zh: cityZh, en: cityEn }, province: { zh: provinceZh, en: provinceEn } }
    return {
      reportId: `${slug}-${year}`,
      district,
      year,
      kind,
      title: { zh: titleZh.replace(NAME, zh), en: titleEn.replace(NAME, en) },
      date,
      ...(sourceUrl ? { sourceUrl } : {}),
      metric: { indicator, ...figure },
    }
  })
}
