/** `npm run check-data`: validates data/ alone and prints every problem with its file and field. */
import process from 'node:process'
import { readDataDir } from '../data/readDataDir.ts'
import { formatDataError, validateData } from '../data/validate.ts'

const dir = process.argv[2] ?? 'data'
const raw = readDataDir(dir)
// a draft is checked once its reviewer deletes its draft.json; until then it is not part of the app
for (const draft of raw.drafts)
  console.log(`… ${dir}/reports/${draft}/ is a draft (draft.json): left out of the app until reviewed`)
const { dataset, errors } = validateData(raw)
if (errors.length > 0 || !dataset) {
  console.error(`✗ ${dir}/ has ${errors.length} problem(s):`)
  errors.forEach(e => console.error(formatDataError(e)))
  process.exit(1)
}
const metrics = dataset.reports.reduce((n, r) => n + r.metrics.length, 0)
const figures = dataset.reports.reduce((n, r) => n + r.figures.length, 0)
console.log(`✓ ${dir}/: ${dataset.reports.length} reports, ${metrics} figures on ${dataset.indicators.length} comparable indicators, ${figures} report-only figures — every quote found verbatim, every figure found in its quote with its unit, every figure of the texts found in source.txt`)
