/**
 * Writes a draft report folder (source.txt, report.json, draft.json) for the lead to review, and
 * never touches a folder that exists: it says what would change instead.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { IngestError } from './errors.ts'
import type { Figure } from './extract.ts'
import type { Analysis } from './pipeline.ts'
import { publicFigures } from './pipeline.ts'
// units the schema accepts; a figure in another unit stays in draft.json only
import { unitIds } from '../schemas/constants.ts'

const TODO = 'TODO'

interface CatalogueEntry { id: string, unit: string }

function metricOf(f: Figure, catalogue: Map<string, CatalogueEntry>): Record<string, unknown> | undefined {
  const entry = f.indicator ? catalogue.get(f.indicator) : undefined
  if (!entry) return undefined
  const unit = f.value !== undefined ? f.unit : entry.unit
  if (!unit || !(unitIds as readonly string[]).includes(unit)) return undefined
  if (f.value === undefined && !(f.change && f.change.kind !== 'pp')) return undefined
  // the schema ranks within the city, its districts or the province only
  const ranks = f.ranks.filter(r => r.scope === 'city' || r.scope === 'districts' || r.scope === 'province')
  return {
    indicator: f.indicator,
    ...(f.value !== undefined ? { value: f.value } : {}),
    unit,
    ...(f.approximate ? { approximate: true } : {}),
    ...(f.change && f.change.kind !== 'pp' ? { change: { kind: f.change.kind, value: f.change.value } } : {}),
    ...(ranks.length ? { ranks } : {}),
    ...(f.vsAveragePp !== undefined && f.vsAverageScope === 'city' ? { vsCityAveragePp: f.vsAveragePp } : {}),
    quote: f.quote,
  }
}

/** The three files of a draft folder, as text. */
export function draftFiles(a: Analysis, dataDir: string, source: string): Record<string, string> {
  const catalogue = new Map<string, CatalogueEntry>()
  const path = join(dataDir, 'indicators.json')
  if (existsSync(path))
    for (const i of (JSON.parse(readFileSync(path, 'utf8')) as { indicators: CatalogueEntry[] }).indicators) catalogue.set(i.id, i)
  const seen = new Set<string>()
  const metrics = a.figures.flatMap((f) => {
    const metric = metricOf(f, catalogue)
    // an indicator appears once per report; the first statement is the headline one
    if (!metric || seen.has(f.indicator!)) return []
    seen.add(f.indicator!)
    return [metric]
  })
  const bi = (zh: string) => ({ zh, en: TODO })
  const report = {
    meta: {
      district: { code: a.district.code, slug: a.district.slug, name: bi(a.district.name), province: bi(a.district.province), city: bi(a.district.city) },
      title: bi(`${a.district.name}${a.year}年${a.kind}`),
      kind: a.kind,
      date: `${a.year + 1}-01-01`,
      venue: bi(TODO),
      speaker: { name: bi(TODO), role: bi(TODO) },
      year: a.year,
      sourceNote: bi(`由 npm run ingest 从 ${source} 生成的草稿。`),
    },
    summary: bi(TODO),
    highlights: [],
    metrics,
    achievements: [],
    honours: [],
  }
  const draft = {
    status: 'draft',
    source,
    removed: a.removed,
    rejoined: a.rejoined,
    figures: publicFigures(a.figures),
  }
  return {
    'source.txt': `${a.text}\n`,
    'report.json': `${JSON.stringify(report, null, 2)}\n`,
    'draft.json': `${JSON.stringify(draft, null, 2)}\n`,
  }
}

function describe(f: { name?: string, indicator?: string, value?: number, unit?: string, change?: { value: number } }): string {
  const what = f.indicator ?? f.name ?? '?'
  const value = f.value !== undefined ? ` ${f.value}${f.unit ?? ''}` : ''
  const change = f.change ? ` (${f.change.value > 0 ? '+' : ''}${f.change.value})` : ''
  return `${what}${value}${change}`
}

/** What a new run would change against a folder that exists: lines starting + or -. */
export function changesAgainst(folder: string, a: Analysis): string[] {
  const draftPath = join(folder, 'draft.json')
  const reportPath = join(folder, 'report.json')
  const before: string[] = existsSync(draftPath)
    ? (JSON.parse(readFileSync(draftPath, 'utf8')) as { figures: Figure[] }).figures.map(describe)
    : existsSync(reportPath)
      ? (JSON.parse(readFileSync(reportPath, 'utf8')) as { metrics: Figure[] }).metrics.map(describe)
      : []
  const after = existsSync(draftPath) ? a.figures.map(describe) : a.figures.filter(f => f.indicator).map(describe)
  const left = new Set(before)
  const right = new Set(after)
  return [...after.filter(x => !left.has(x)).map(x => `+ ${x}`), ...before.filter(x => !right.has(x)).map(x => `- ${x}`)]
}

/** Writes the draft folder and returns its path; throws, listing the changes, when it exists. */
export function writeDraft(a: Analysis, dataDir: string, source: string): string {
  const folder = join(dataDir, 'reports', `${a.district.slug}-${a.year}`)
  if (existsSync(folder)) {
    const changes = changesAgainst(folder, a)
    const what = changes.length ? `${changes.length} figure line${changes.length === 1 ? '' : 's'} would change, listed above` : 'a new draft would be the same'
    throw new IngestError('exists', `${folder} already exists, nothing written (${what}): edit it by hand, or remove the folder for a fresh draft`, changes)
  }
  mkdirSync(folder, { recursive: true })
  for (const [name, body] of Object.entries(draftFiles(a, dataDir, source))) writeFileSync(join(folder, name), body)
  return folder
}
