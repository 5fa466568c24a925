/**
 * A report's figures as a tidy table, the one shape behind the CSV download and the report's JSON
 * file (/data/<report-id>.json): a row per figure and rank, with where it came from, how to cite
 * it and its licence. Codes (scope, basis, kind) are the data's own, the same in both languages.
 */
import type { IndicatorSummary, Meta, Report } from '../schemas/dataset.ts'
import type { FigureValues, Rank, VsAverage } from '../schemas/report.ts'
import { figureCards } from './figures.ts'
import { cityAverageGrowth } from './derive.ts'
import { DATA_LICENCE } from './licence.ts'

export type Lang = 'zh' | 'en'

/** What a row and a citation need to know of a report: the index knows it too (a ranking's rows). */
export interface CitedReport {
  id: string
  meta: Pick<Meta, 'district' | 'year' | 'kind' | 'title' | 'date' | 'sourceUrl'>
}

export interface FigureRow {
  report_id: string
  code: string
  district: string
  city: string
  province: string
  /** the year under review */
  year: number
  /** the kind of document, as the data names it: 政府工作报告 or 新闻发布会 */
  document_kind: string
  document_title: string
  document_date: string
  /** a comparable indicator's catalogue id, or a report-only figure's id in its report */
  indicator_id: string
  indicator_name: string
  /** comparable: on an indicator of the catalogue, ranked and compared; report-only: a fact of this report */
  kind: 'comparable' | 'report-only'
  /** whose figure: the district's, or the city average derived from the district's figures */
  subject: 'district' | 'city-average'
  value?: number
  unit: string
  /** the whole the value is part of (46 of 66 栋), in the same unit */
  part_of?: number
  /** over: a lower bound (130余项, 突破); near: about the figure, perhaps below it (近百场) */
  approximate?: 'over' | 'near'
  /** pct: 同比增长 x%; pp: 提高 x 个百分点; abs: 同比增加 x in the figure's unit */
  change_kind?: 'pct' | 'pp' | 'abs'
  change_value?: number
  rank_position?: number
  rank_scope?: Rank['scope']
  rank_basis?: 'total' | 'growth'
  /** the size of the ranked group, where the report gives it (四区 → 4) */
  rank_of?: number
  /** percentage points above (negative: below) an average: the gap_scope's (city: 全市平均) */
  gap_to_average_pp?: number
  gap_scope?: VsAverage['scope']
  /** stated: as the report writes it; derived: computed from stated figures */
  derived: 'stated' | 'derived'
  quote: string
  /** where the report was published, where known */
  source_url?: string
}

/** The columns of the CSV, in order: every field of a row, then the citation and the licence. */
export const FIGURE_COLUMNS = [
  'report_id', 'code', 'district', 'city', 'province', 'year', 'document_kind', 'document_title', 'document_date',
  'indicator_id', 'indicator_name', 'kind', 'subject', 'value', 'unit', 'part_of', 'approximate', 'change_kind', 'change_value',
  'rank_position', 'rank_scope', 'rank_basis', 'rank_of', 'gap_to_average_pp', 'gap_scope', 'derived', 'quote', 'source_url',
] as const satisfies ReadonlyArray<keyof FigureRow>

/**
 * How to cite a report's figures: the district, the document and its date, the app and the
 * report's address in it (`url`), the data version.
 */
export function citation(report: Pick<CitedReport, 'meta'>, lang: Lang, url: string, version?: string): string {
  const m = report.meta
  const d = m.district
  if (lang === 'en')
    return `${d.name.en}, ${d.city.en}, ${d.province.en}: ${m.title.en} (${m.kind}, ${m.date}). 区情速览 District Brief, ${url}${version ? `, data version ${version}` : ''}. Licence ${DATA_LICENCE.name}.`
  return `${d.province.zh}${d.city.zh}${d.name.zh}：${m.title.zh}（${m.kind}，${m.date}）。区情速览 District Brief，${url}${version ? `，数据版本 ${version}` : ''}。许可协议 ${DATA_LICENCE.name}。`
}

/**
 * A figure's rows: one per rank (a figure with none has one), then the city average derived from
 * it, if any. `indicator` is the catalogue's entry of a comparable figure, or a report-only
 * figure's own id and name in its shape (src/utils/figures.ts).
 */
export function figureRows(report: CitedReport, metric: FigureValues, indicator: IndicatorSummary, lang: Lang, comparable = true): FigureRow[] {
  const m = report.meta
  const base: FigureRow = {
    report_id: report.id,
    code: m.district.code,
    district: m.district.name[lang],
    city: m.district.city[lang],
    province: m.district.province[lang],
    year: m.year,
    document_kind: m.kind,
    document_title: m.title[lang],
    document_date: m.date,
    indicator_id: indicator.id,
    indicator_name: indicator.name[lang],
    kind: comparable ? 'comparable' : 'report-only',
    subject: 'district',
    value: metric.value,
    unit: metric.unit,
    part_of: metric.of,
    approximate: metric.approximate === 'near' ? 'near' : metric.approximate ? 'over' : undefined,
    change_kind: metric.change?.kind,
    change_value: metric.change?.value,
    gap_to_average_pp: metric.vsAverage?.pp,
    gap_scope: metric.vsAverage?.scope,
    derived: 'stated',
    quote: metric.quote,
    source_url: m.sourceUrl,
  }
  const ranked = metric.ranks?.length
    ? metric.ranks.map(r => ({ ...base, rank_position: r.position, rank_scope: r.scope, rank_basis: r.basis, rank_of: r.of }))
    : [base]
  const average = cityAverageGrowth(metric)
  if (!average)
    return ranked
  return [...ranked, {
    ...base,
    subject: 'city-average',
    value: undefined,
    unit: '%',
    part_of: undefined,
    approximate: undefined,
    change_kind: 'pct',
    change_value: average.value,
    gap_to_average_pp: undefined,
    gap_scope: undefined,
    derived: 'derived',
  }]
}

/** Every figure of a report, comparable and report-only, in the order of its achievements. */
export function reportRows(report: CitedReport & Pick<Report, 'metrics' | 'figures' | 'achievements'>, indicatorOf: (id: string) => IndicatorSummary | undefined, lang: Lang): FigureRow[] {
  return figureCards(report, indicatorOf).flatMap(card => figureRows(report, card.metric, card.indicator, lang, card.comparable))
}

/** The JSON file of a report: what it is, how to cite it, its licence, and its rows in Chinese (names in English beside). */
export function reportJson(report: Report, indicators: readonly IndicatorSummary[], url: { zh: string, en: string }, version?: string) {
  const byId = new Map(indicators.map(i => [i.id, i]))
  const m = report.meta
  return {
    report: {
      id: report.id,
      code: m.district.code,
      district: m.district.name,
      city: m.district.city,
      province: m.district.province,
      year: m.year,
      document: { kind: m.kind, title: m.title, date: m.date, venue: m.venue, speaker: m.speaker },
      source_url: m.sourceUrl ?? null,
      source_note: m.sourceNote,
      page: url,
    },
    citation: { zh: citation(report, 'zh', url.zh, version), en: citation(report, 'en', url.en, version) },
    licence: DATA_LICENCE,
    data_version: version ?? null,
    indicators: report.metrics.flatMap(metric => byId.get(metric.indicator) ?? []).map(i => ({ id: i.id, name: i.name, unit: i.unit })),
    figures: reportRows(report, id => byId.get(id), 'zh'),
  }
}
