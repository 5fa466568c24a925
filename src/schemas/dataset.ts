/**
 * Shapes of the dataset as the app receives it: built from the validated `data/`
 * files by `src/data/buildDataset.ts`. Composed from the schema's inferred types.
 */
import type { Indicator, Metric, ReportData, Target } from './report.ts'

export interface Report extends ReportData {
  /** folder name under data/reports, e.g. weibin-2023: stable id used in URLs and chunk names */
  id: string
  /** the cleaned, verbatim report text */
  source: string
}

export type Meta = ReportData['meta']
export type District = Meta['district']

export interface ReportSummary {
  id: string
  year: number
  /**
   * Where the dataset is listed whole (About names each report). A larger dataset's city chunk
   * leaves it out: each of its district pages would carry every year's title of every district of
   * its city, and shows only its own report's, which comes with that report.
   */
  title?: Meta['title']
  kind: Meta['kind']
  date: string
}

export interface HeadlineFigure {
  indicator: string
  /** what a list shows of it: its quote comes with the report, not with the first load of every district */
  metric: Pick<Metric, 'value' | 'unit' | 'approximate' | 'change'>
}

export interface DistrictSummary extends District {
  /** newest first */
  reports: ReportSummary[]
  /** headline figures of the newest report (GDP, budget revenue) */
  headline: HeadlineFigure[]
}

/**
 * What a card's chart and table show of another district's figure: its value, growth and ranks.
 * Its sentence is on that district's own pages: a report's chunk carries its peers' figures for
 * every card, and their quotes made up most of it (75 of 84 KB in a city of 38 districts).
 */
export type PeerFigure = Pick<Metric, 'value' | 'unit' | 'approximate' | 'change' | 'ranks'>

/** One indicator's figure of one district: a card's peers. */
export interface IndicatorEntry {
  reportId: string
  districtCode: string
  districtName: ReportData['meta']['district']['name']
  year: number
  metric: PeerFigure
}

/** A district's figure for an indicator in one of its earlier reports: a point of a card's trend. */
export interface PastFigure {
  year: number
  kind: Meta['kind']
  metric: Metric
}

/** A goal the district's previous report set for this report's year, with where it was stated. */
export interface StatedTarget {
  /** the year of the report that set it (the year before the one it is for) */
  year: number
  kind: Meta['kind']
  target: Target
}

/**
 * A report as its chunk delivers it: with the other districts' figures for its shared indicators,
 * and the district's own figures of its earlier reports (oldest first) for its trends.
 */
export interface ReportChunk extends Report {
  peers: Record<string, IndicatorEntry[]>
  /** indicator id → its figures in the district's earlier reports, oldest first (at most HISTORY_REPORTS) */
  history: Record<string, PastFigure[]>
  /** the district's report before this one, whose indicators "what's new" compares with */
  previous?: { year: number, kind: Meta['kind'] }
  /** indicator id → the goal the previous year's report set for this year, where it set one */
  goals?: Record<string, StatedTarget>
}

/** An indicator as the first load knows it: its definition comes with the indicator's own chunk. */
export type IndicatorSummary = Omit<Indicator, 'definition' | 'synonyms'>

/** A city and its province, in both languages: [city zh, city en, province zh, province en]. */
export type RankingPlace = [cityZh: string, cityEn: string, provinceZh: string, provinceEn: string]

/**
 * A kind of document and its title, in both languages, with `{}` where the district's name is
 * (`{}2024年政府工作报告`, `{}: 2024 Government Work Report`): most districts' titles are the same
 * but for the name, so a ranking's chunk writes each once.
 */
export type RankingDocument = [kind: Meta['kind'], titleZh: string, titleEn: string]

/**
 * A district's figure in a ranking's chunk, an array to keep thousands of them small: the
 * district (its report is `<slug>-<year>`), where it is (an index of the chunk's `places`), its
 * document (an index of the chunk's `documents`) and date, and the figure without its indicator
 * (the chunk's). `sourceUrl` only where the report has one.
 */
export type RankingRow = [
  code: string,
  slug: string,
  nameZh: string,
  nameEn: string,
  place: number,
  document: number,
  date: string,
  metric: Omit<Metric, 'indicator'>,
  sourceUrl?: string,
]

/**
 * One indicator's figures for one year, every district's that gives it, with what a ranking
 * shows and cites of each: the chunk of /m/:indicator for that year, complete in itself.
 */
export interface RankingChunk {
  definition: Indicator['definition']
  places: RankingPlace[]
  documents: RankingDocument[]
  rows: RankingRow[]
}

/** A district's figure for an indicator in a year, as a ranking lists, charts and cites it. */
export interface RankingEntry {
  reportId: string
  district: District
  year: number
  kind: Meta['kind']
  title: Meta['title']
  date: string
  sourceUrl?: string
  metric: Metric
}

/**
 * A city of the directory. Its districts come with its chunk, named by the first four digits of
 * their codes (4107 for 新乡市), or of its first district's where a city spans several (重庆市:
 * 5001 and 5002) or shares them (the cities a province administers directly, 4290).
 */
export interface CityEntry {
  /** the chunk its districts come with */
  chunk: string
  name: District['city']
  /** how many districts the dataset has in it */
  districts: number
}

export interface ProvinceEntry {
  name: District['province']
  cities: CityEntry[]
}

/** The districts of one city, loaded when a page or the reader needs one of them. */
export interface CityChunk {
  /** its place in the app's order (the directory's): where its districts go among those loaded */
  rank: number
  /** in the app's order (by code) */
  districts: DistrictSummary[]
}

/**
 * A district as search knows it: code, names, pinyin (`slug`), pinyin initials (卫滨区 → wbq) and
 * its city, as one array per district to keep the chunk small.
 */
export type SearchEntry = [code: string, zh: string, en: string, slug: string, initials: string, cityZh: string, cityEn: string, provinceZh: string]

export interface DataIndex {
  /** content hash of data/: changes whenever any data file changes */
  version: string
  builtAt: string
  /** how many districts the dataset has */
  districtCount: number
  /** the date of its newest report: how recent the data is */
  newestReportDate: string
  /** the four digits of a code whose districts are in another chunk (5002 → 5001), where they are */
  chunkAliases: Record<string, string>
  indicators: IndicatorSummary[]
  /** indicator id → number of districts that report it */
  coverage: Record<string, number>
}
