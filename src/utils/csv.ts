/**
 * CSV of figures: UTF-8 with a BOM, so spreadsheet apps open Chinese correctly. The Chinese file
 * gives each value and its unit as reported; the English one the same (a number to sort and sum),
 * then the value as the English page shows it (CNY 14.18 bn).
 */
import type { IndicatorSummary as Indicator, Report } from '~/schemas/dataset'
import type { FigureValues } from '~/schemas/report'
import type { Locale } from './format'
import { figureCards } from './figures'
import { formatChange, formatRank, formatValue, formatVsAverage } from './format'

export interface CsvFigure {
  district: string
  indicator: Indicator
  metric: FigureValues
  reportTitle: string
}

const HEAD: Record<Locale, string[]> = {
  'zh-CN': ['区县', '指标', '数值', '单位', '同比', '排名', '与全市平均比较', '原文', '报告'],
  'en': ['District', 'Indicator', 'Value', 'Unit', 'In English', 'Year on year', 'Rank', 'Against city average', 'Source quote', 'Report'],
}

function cell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v)
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

export function figuresCsv(figures: CsvFigure[], locale: Locale): string {
  const lang = locale === 'en' ? 'en' : 'zh'
  const lines = [HEAD[locale].join(',')]
  for (const f of figures) {
    const m = f.metric
    const reported = m.value === undefined ? undefined : m.approximate === 'near' ? `近${m.value}` : `${m.value}${m.approximate ? '余' : ''}`
    const noun = f.indicator.countNounEn
    lines.push([
      f.district,
      f.indicator.name[lang],
      reported,
      m.unit,
      ...(locale === 'en' ? [m.value === undefined ? undefined : formatValue(m.value, m.unit, 'en', m.approximate, noun)] : []),
      m.change ? formatChange(m.change, m.unit, locale, noun) : undefined,
      m.ranks?.map(r => formatRank(r, locale)).join(' / '),
      m.vsAverage === undefined ? undefined : formatVsAverage(m.vsAverage, locale),
      m.quote,
      f.reportTitle,
    ].map(cell).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** Every figure of a report, with its indicator, as CSV rows want them. */
export function reportFigures(report: Report, indicatorOf: (id: string) => Indicator | undefined, lang: 'zh' | 'en'): CsvFigure[] {
  // report-only figures too, under their own names
  return figureCards(report, indicatorOf).map(({ indicator, metric }) => ({ district: report.meta.district.name[lang], indicator, metric, reportTitle: report.meta.title[lang] }))
}
