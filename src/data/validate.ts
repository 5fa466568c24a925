/**
 * Validates the raw files of `data/` and turns them into the dataset the app ships.
 * Pure: it receives file contents and returns either the dataset or a list of errors,
 * each naming the file and the field. `readDataDir.ts` does the disk I/O.
 */
import type { z } from 'zod'
import type { Report } from '../schemas/dataset.ts'
import type { Indicator, ReportData } from '../schemas/report.ts'
import { indicatorCatalogue, reportData } from '../schemas/report.ts'
import type { FileText } from './checks/decode.ts'
import { decodeUtf8 } from './checks/decode.ts'
import { duplicateDistrictProblems } from './checks/districts.ts'
import { checkFigure, checkMetric } from './checks/metric.ts'
import { checkTarget } from './checks/target.ts'
import { textProblems } from './checks/texts.ts'

export interface RawReport {
  /** folder name under data/reports, e.g. weibin-2023 */
  dir: string
  /** bytes as read from disk, decoded here as strict UTF-8 */
  json: FileText
  source: FileText
  /** when report.json was last changed: of two reports that share a district code, the later repeats it */
  modifiedMs?: number
}

export interface RawData {
  indicators: FileText
  reports: RawReport[]
}

export interface DataError {
  file: string
  field: string
  message: string
}

export interface Dataset {
  indicators: Indicator[]
  reports: Report[]
}

export class DataValidationError extends Error {
  constructor(readonly errors: DataError[]) {
    super(`data/ is invalid:\n${errors.map(formatDataError).join('\n')}`)
    this.name = 'DataValidationError'
  }
}

export function formatDataError(e: DataError): string {
  return `  ${e.file} → ${e.field}: ${e.message}`
}

function zodErrors(file: string, error: z.ZodError): DataError[] {
  return error.issues.map(issue => ({
    file,
    field: issue.path.length ? issue.path.join('.') : '(root)',
    message: issue.message,
  }))
}

/** The file's text, or undefined after naming why it cannot be read. */
function readText(file: string, contents: FileText, errors: DataError[]): string | undefined {
  const decoded = decodeUtf8(contents)
  if ('problem' in decoded) {
    errors.push({ file, field: '(file)', message: decoded.problem })
    return undefined
  }
  if (decoded.text.trim() === '') {
    errors.push({ file, field: '(file)', message: 'missing or empty' })
    return undefined
  }
  return decoded.text
}

function parseJson(file: string, contents: FileText, errors: DataError[]): unknown {
  const text = readText(file, contents, errors)
  if (text === undefined)
    return undefined
  try {
    return JSON.parse(text)
  }
  catch (e) {
    errors.push({ file, field: '(root)', message: `not valid JSON: ${(e as Error).message}` })
    return undefined
  }
}

/** The fields `npm run ingest` left for a person to write: still the placeholder TODO. */
function todoFields(value: unknown, path: string): string[] {
  if (value === 'TODO')
    return [path]
  if (typeof value !== 'object' || value === null)
    return []
  return Object.entries(value).flatMap(([k, v]) => todoFields(v, path ? `${path}.${k}` : k))
}

function checkReport(dir: string, source: string, data: ReportData, indicators: Map<string, Indicator>, errors: DataError[]) {
  const file = `data/reports/${dir}/report.json`
  const err = (field: string, message: string) => errors.push({ file, field, message })
  // comparable figures by indicator id and report-only ones by their own id: one name space, the cards' anchors
  const seen = new Map<string, string>()
  data.metrics.forEach((m, i) => {
    if (seen.has(m.indicator))
      err(`metrics.${i}.indicator`, `“${m.indicator}” appears twice in this report`)
    seen.set(m.indicator, `metrics.${i}.indicator`)
    checkMetric(m, source, indicators.get(m.indicator), (field, message) => err(`metrics.${i}.${field}`, message))
  })
  data.figures.forEach((f, i) => {
    if (indicators.has(f.id))
      err(`figures.${i}.id`, `“${f.id}” is a comparable indicator of data/indicators.json: give the figure as a metric, or another id`)
    else if (seen.has(f.id))
      err(`figures.${i}.id`, `“${f.id}” appears twice in this report`)
    seen.set(f.id, `figures.${i}.id`)
    checkFigure(f, source, undefined, (field, message) => err(`figures.${i}.${field}`, message))
  })
  if (seen.size === 0)
    err('metrics', 'the report has no figure (metrics or figures)')
  const achievementOf = new Map<string, string>()
  data.achievements.forEach((a, i) => a.metrics.forEach((id, j) => {
    if (!seen.has(id))
      err(`achievements.${i}.metrics.${j}`, `no figure with id “${id}” in this report (metrics by indicator, figures by id)`)
    else if (achievementOf.has(id))
      err(`achievements.${i}.metrics.${j}`, `“${id}” is already in ${achievementOf.get(id)}: a figure belongs to exactly one achievement`)
    else
      achievementOf.set(id, `achievements.${i}`)
  }))
  for (const [id, field] of seen) {
    if (!achievementOf.has(id))
      err(field, `“${id}” is in no achievement: list it in the one it belongs to`)
  }
  const targeted = new Set<string>()
  data.targets.forEach((t, i) => {
    if (targeted.has(t.indicator))
      err(`targets.${i}.indicator`, `“${t.indicator}” has two targets in this report`)
    targeted.add(t.indicator)
    checkTarget(t, source, indicators.get(t.indicator), (field, message) => err(`targets.${i}.${field}`, message))
  })
  data.honours.forEach((h, i) => {
    if (!source.includes(h.quote))
      err(`honours.${i}.quote`, `does not occur verbatim in source.txt: “${h.quote}”`)
  })
  todoFields(data, '').forEach(field => err(field, 'still TODO: write it'))
  textProblems(data, source).forEach(p => err(p.field, p.message))
  const expectedDir = `${data.meta.district.slug}-${data.meta.year}`
  if (dir !== expectedDir)
    err('meta.district.slug', `folder should be named ${expectedDir}`)
}

export function validateData(raw: RawData): { dataset?: Dataset, errors: DataError[] } {
  const errors: DataError[] = []
  const indicatorFile = 'data/indicators.json'
  const catalogue = indicatorCatalogue.safeParse(parseJson(indicatorFile, raw.indicators, errors))
  if (!catalogue.success && errors.length === 0)
    errors.push(...zodErrors(indicatorFile, catalogue.error))
  const indicators = new Map<string, Indicator>()
  catalogue.data?.indicators.forEach((ind, i) => {
    if (indicators.has(ind.id))
      errors.push({ file: indicatorFile, field: `indicators.${i}.id`, message: `“${ind.id}” is defined twice` })
    indicators.set(ind.id, ind)
  })

  const reports: Report[] = []
  const districts: Parameters<typeof duplicateDistrictProblems>[0] = []
  for (const r of raw.reports) {
    const file = `data/reports/${r.dir}/report.json`
    const source = readText(`data/reports/${r.dir}/source.txt`, r.source, errors)
    const before = errors.length
    const json = parseJson(file, r.json, errors)
    if (errors.length > before)
      continue
    const parsed = reportData.safeParse(json)
    if (!parsed.success) {
      errors.push(...zodErrors(file, parsed.error))
      continue
    }
    districts.push({ file, meta: parsed.data.meta, modifiedMs: r.modifiedMs })
    if (source === undefined)
      continue
    if (catalogue.success)
      checkReport(r.dir, source, parsed.data, indicators, errors)
    reports.push({ ...parsed.data, id: r.dir, source })
  }
  errors.push(...duplicateDistrictProblems(districts))
  if (raw.reports.length === 0)
    errors.push({ file: 'data/reports', field: '(folder)', message: 'no reports found' })
  if (errors.length > 0 || !catalogue.success)
    return { errors }
  // the catalogue holds every comparable indicator a report may give; the app ships those some report gives
  const used = new Set(reports.flatMap(r => r.metrics.map(m => m.indicator)))
  return { dataset: { indicators: catalogue.data.indicators.filter(i => used.has(i.id)), reports }, errors }
}
