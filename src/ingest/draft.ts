/**
 * Writes a draft report folder (source.txt, report.json, draft.json) for the lead to review, and
 * never touches a folder that exists: it says what would change instead.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pinyin } from 'pinyin-pro'
import { IngestError } from './errors.ts'
import type { Figure } from './extract.ts'
import type { Analysis } from './pipeline.ts'
import { publicFigures } from './pipeline.ts'
// units the schema accepts; a figure in another unit stays in draft.json only
import { unitIds } from '../schemas/constants.ts'

const TODO = 'TODO'

interface CatalogueEntry { id: string, unit: string }

/** What a figure states, in the schema's shape, or undefined when the schema cannot hold it (its unit). */
function valuesOf(f: Figure, indicatorUnit: string | undefined): Record<string, unknown> | undefined {
  // an index value (综合指数4.71) has none written; a figure given only as a growth or a rank has
  // none of its own: its indicator's, else none to show (指数)
  const unit = f.value !== undefined ? f.unit || '指数' : indicatorUnit ?? f.change?.unit ?? '指数'
  if (!unit || !(unitIds as readonly string[]).includes(unit)) return undefined
  if (f.value === undefined && !f.change && f.ranks.length === 0) return undefined
  return {
    ...(f.value !== undefined ? { value: f.value } : {}),
    unit,
    ...(f.approximate ? { approximate: f.approximate } : {}),
    ...(f.change ? { change: { kind: f.change.kind, value: f.change.value } } : {}),
    ...(f.ranks.length ? { ranks: f.ranks } : {}),
    ...(f.vsAveragePp !== undefined ? { vsAverage: { scope: f.vsAverageScope ?? 'city', pp: f.vsAveragePp } } : {}),
    quote: f.quote,
  }
}

/** 新签约亿元以上项目 → xin-qian-yue-yi-yuan-yi: a slug for a report-only figure, unique in its report. */
export function figureId(name: string, taken: Set<string>): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map(s => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
  let base = syllables.slice(0, 6).join('-')
  if (!/^[a-z]/.test(base)) base = `figure${base ? `-${base}` : ''}`
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

/**
 * A goal for the next year (预期目标: 地区生产总值增长6%左右) in the schema's shape: a growth, or a
 * value in a unit the schema knows; undefined when it is neither.
 */
export function targetOf(f: Figure, indicator: string): Record<string, unknown> | undefined {
  const about = /左右/.test(f.quote)
  const atLeast = /以上|不低于|不少于|突破|超过/.test(f.quote)
  const approximate = about ? { approximate: 'about' } : atLeast ? { approximate: 'atLeast' } : {}
  if (f.value === undefined && f.change?.kind === 'pct')
    return { indicator, kind: 'growth', value: f.change.value, ...approximate, quote: f.quote }
  if (f.value !== undefined && f.unit && (unitIds as readonly string[]).includes(f.unit))
    return { indicator, kind: 'value', value: f.value, unit: f.unit, ...approximate, quote: f.quote }
  return undefined
}

/**
 * Each figure as the report holds it: a goal for the next year on a comparable indicator a
 * target; on a comparable indicator (the first statement of each,
 * the headline one) a metric, otherwise a report-only figure with its own id and name.
 */
export function draftedFigures(figures: Figure[], catalogue: Map<string, CatalogueEntry>) {
  const taken = new Set(catalogue.keys())
  const metrics: Record<string, unknown>[] = []
  const reportOnly: Record<string, unknown>[] = []
  const ids: string[] = []
  const targets: Record<string, unknown>[] = []
  for (const f of figures) {
    const entry = f.indicator ? catalogue.get(f.indicator) : undefined
    const goal = f.target && entry && !targets.some(t => t.indicator === entry.id) ? targetOf(f, entry.id) : undefined
    if (goal) {
      targets.push(goal)
      // paired with the draft by this id on the review page; not a card of the report
      ids.push(`target-${entry!.id}`)
      continue
    }
    const comparable = entry && !metrics.some(m => m.indicator === entry.id)
    const values = valuesOf(f, comparable ? entry.unit : undefined)
    if (comparable && values) {
      metrics.push({ indicator: entry.id, ...values })
      ids.push(entry.id)
      continue
    }
    const id = figureId(f.name, taken)
    ids.push(id)
    if (values) reportOnly.push({ id, name: { zh: f.name || TODO, en: TODO }, ...values })
  }
  return { metrics, figures: reportOnly, targets, ids }
}

/** The three files of a draft folder, as text. */
export function draftFiles(a: Analysis, dataDir: string, source: string): Record<string, string> {
  const catalogue = new Map<string, CatalogueEntry>()
  const path = join(dataDir, 'indicators.json')
  if (existsSync(path))
    for (const i of (JSON.parse(readFileSync(path, 'utf8')) as { indicators: CatalogueEntry[] }).indicators) catalogue.set(i.id, i)
  const { metrics, figures, targets, ids } = draftedFigures(a.figures, catalogue)
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
    figures,
    achievements: [],
    honours: [],
    targets,
  }
  const draft = {
    status: 'draft',
    source,
    removed: a.removed,
    rejoined: a.rejoined,
    // each with the id it has in report.json, so the review page pairs them
    figures: publicFigures(a.figures).map((f, i) => ({ id: ids[i], ...f })),
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
  const reviewed = () => {
    const r = JSON.parse(readFileSync(reportPath, 'utf8')) as { metrics: Figure[], figures?: Array<Omit<Figure, 'name'> & { name: { zh: string } }> }
    return [...r.metrics.map(describe), ...(r.figures ?? []).map(f => describe({ ...f, name: f.name.zh }))]
  }
  const before: string[] = existsSync(draftPath)
    ? (JSON.parse(readFileSync(draftPath, 'utf8')) as { figures: Figure[] }).figures.map(describe)
    : existsSync(reportPath) ? reviewed() : []
  const after = a.figures.map(describe)
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
