/**
 * The document a figure comes from, as a reader needs it beside the figure: the year its figures
 * are for and the kind of document (2023年数据 · 政府工作报告), so that a work report and a press
 * conference, or two years, are never mixed silently.
 */
import type { ReportKind } from '~/schemas/constants'
import { REPORT_KINDS } from '~/schemas/constants'
import type { Translate } from '~/charts/options/charts'

export function documentLabel(report: { kind: ReportKind, year: number }, t: Translate): string {
  return t('doc.label', { year: report.year, kind: t(`kind.${REPORT_KINDS[report.kind]}`) })
}

/** The kinds of document a set of figures comes from, each once, in a fixed order. */
export function documentKinds(kinds: Iterable<ReportKind>, t: Translate): string[] {
  const present = new Set(kinds)
  return (Object.keys(REPORT_KINDS) as ReportKind[]).filter(k => present.has(k)).map(k => t(`kind.${REPORT_KINDS[k]}`))
}
