/** `npm run check-data`: validates data/ alone and prints every problem with its file and field. */
import process from 'node:process'
import { readDataDir } from '../data/readDataDir.ts'
import { formatDataError, validateData } from '../data/validate.ts'

const dir = process.argv[2] ?? 'data'
const { dataset, errors } = validateData(readDataDir(dir))
if (errors.length > 0 || !dataset) {
  console.error(`✗ ${dir}/ has ${errors.length} problem(s):`)
  errors.forEach(e => console.error(formatDataError(e)))
  process.exit(1)
}
const metrics = dataset.reports.reduce((n, r) => n + r.metrics.length, 0)
console.log(`✓ ${dir}/: ${dataset.reports.length} reports, ${metrics} metrics, ${dataset.indicators.length} indicators — every quote found verbatim, every figure found in its quote with its unit, every figure of the texts found in source.txt`)
