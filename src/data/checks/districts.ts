/**
 * A district code or slug used twice. The report that repeats it is blamed, not the one that had
 * it first: reports are taken oldest file first (folder order when the age is unknown or equal).
 */
import type { ReportData } from '../../schemas/report.ts'

export interface DistrictEntry {
  file: string
  meta: ReportData['meta']
  /** when the report.json was last changed, if known */
  modifiedMs?: number
}

export function duplicateDistrictProblems(entries: DistrictEntry[]): Array<{ file: string, field: string, message: string }> {
  const ordered = entries.map((e, i) => ({ ...e, i })).sort((a, b) => (a.modifiedMs ?? 0) - (b.modifiedMs ?? 0) || a.i - b.i)
  const byCodeYear = new Map<string, DistrictEntry>()
  const byCode = new Map<string, DistrictEntry>()
  const bySlug = new Map<string, DistrictEntry>()
  const problems: Array<{ file: string, field: string, message: string }> = []
  for (const e of ordered) {
    const { code, slug } = e.meta.district
    const sameYear = byCodeYear.get(`${code}/${e.meta.year}`)
    const sameCode = byCode.get(code)
    const sameSlug = bySlug.get(slug)
    if (sameYear)
      problems.push({ file: e.file, field: 'meta.district.code', message: `${code} is already used for ${e.meta.year} by ${sameYear.file}` })
    else if (sameCode && sameCode.meta.district.slug !== slug)
      problems.push({ file: e.file, field: 'meta.district.code', message: `${code} is already used by “${sameCode.meta.district.slug}” in ${sameCode.file}` })
    if (sameSlug && sameSlug.meta.district.code !== code)
      problems.push({ file: e.file, field: 'meta.district.slug', message: `“${slug}” is already used by district ${sameSlug.meta.district.code} in ${sameSlug.file}` })
    byCodeYear.set(`${code}/${e.meta.year}`, sameYear ?? e)
    byCode.set(code, sameCode ?? e)
    bySlug.set(slug, sameSlug ?? e)
  }
  return problems
}
