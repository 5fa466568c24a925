/** From raw text to a district's figures: clean, pick the district and its section, extract. */
import { cleanText } from './clean.ts'
import type { District } from './district.ts'
import { districtByCode, divisions, recogniseDistrict, recogniseKind, recogniseYear, sectionFor } from './district.ts'
import { IngestError } from './errors.ts'
import type { Figure } from './extract.ts'
import { extractFigures } from './extract.ts'

export interface AnalyseOptions {
  code?: string
  year?: number
  kind?: string
  slug?: string
}

export interface Analysis {
  district: District
  year: number
  kind: string
  /** the cleaned text of the district's part of the source, verbatim otherwise */
  text: string
  removed: string[]
  rejoined: string[]
  figures: Figure[]
}

export const KINDS = ['政府工作报告', '新闻发布会'] as const

export function analyse(raw: string, options: AnalyseOptions = {}): Analysis {
  const cleaned = cleanText(raw)
  const lists = divisions()
  const found = options.code ? districtByCode(options.code, lists) : recogniseDistrict(cleaned.text, lists)
  const district = options.slug ? { ...found, slug: options.slug } : found
  const text = sectionFor(cleaned.text, district, lists)
  const figures = extractFigures(text)
  if (!figures.length)
    throw new IngestError('no-figures', 'no figure statements in the text (no number with a unit, growth or rank): check that this is the report itself and not a page around it')
  const year = options.year ?? recogniseYear(text)
  if (!year) throw new IngestError('which-year', 'cannot tell which year the report reviews: run again with --year <year>')
  const kind = options.kind ?? recogniseKind(text) ?? '政府工作报告'
  if (!(KINDS as readonly string[]).includes(kind))
    throw new IngestError('unknown-kind', `unknown report kind ${kind}: use --kind ${KINDS.join(' or ')}`)
  return { district, year, kind, text, removed: cleaned.removed, rejoined: cleaned.rejoined, figures }
}

/** The figures as --json prints them: no offsets, absent fields left out. */
export function publicFigures(figures: Figure[]): Array<Omit<Figure, 'start'>> {
  return figures.map((f) => {
    const out: Omit<Figure, 'start'> & { start?: number } = { ...f }
    delete out.start
    return out
  })
}
