/**
 * The CSV download: the tidy rows of src/utils/figureTable.ts, UTF-8 with a BOM (so spreadsheet
 * apps open Chinese correctly), CRLF line ends. Every row ends with how to cite its report and the
 * data's licence, so a row copied elsewhere still says where it came from.
 */
import type { FigureRow } from './figureTable.ts'
import { FIGURE_COLUMNS } from './figureTable.ts'
import { DATA_LICENCE } from './licence.ts'

/** A report's rows with its citation line. */
export interface CsvTable {
  rows: FigureRow[]
  citation: string
}

export const CSV_COLUMNS = [...FIGURE_COLUMNS, 'citation', 'licence'] as const

function cell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v)
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

export function figuresCsv(tables: CsvTable[]): string {
  const licence = `${DATA_LICENCE.name} ${DATA_LICENCE.url}`
  const lines = [CSV_COLUMNS.join(',')]
  for (const { rows, citation } of tables) {
    for (const row of rows)
      lines.push([...FIGURE_COLUMNS.map(c => row[c]), citation, licence].map(cell).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
