/**
 * `npm run ingest:eval [-- --verbose]`: precision and recall of the extraction against the
 * hand-made answer keys in tests/fixtures/ingest/key/, per report and overall.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { analyse } from './pipeline.ts'
import type { KeyFigure } from './score.ts'
import { score } from './score.ts'

const DIR = 'tests/fixtures/ingest'

interface Key { source: string, code: string, year: number, figures: KeyFigure[] }

const verbose = process.argv.includes('--verbose')
const pct = (x: number) => x.toFixed(3)
const rows: string[] = ['report           key  found  matched  precision  recall']
let keyTotal = 0
let foundTotal = 0
let matchedTotal = 0
for (const file of readdirSync(join(DIR, 'key')).filter(f => f.endsWith('.json')).sort()) {
  const key = JSON.parse(readFileSync(join(DIR, 'key', file), 'utf8')) as Key
  const a = analyse(readFileSync(join(DIR, key.source), 'utf8'), { code: key.code, year: key.year })
  const s = score(key.figures, a.figures)
  keyTotal += s.keyCount
  foundTotal += s.foundCount
  matchedTotal += s.matched
  rows.push(`${file.replace('.json', '').padEnd(15)} ${String(s.keyCount).padStart(4)} ${String(s.foundCount).padStart(6)} ${String(s.matched).padStart(8)} ${pct(s.precision).padStart(10)} ${pct(s.recall).padStart(7)}`)
  if (verbose) {
    for (const m of s.missed) rows.push(`  missed: ${JSON.stringify(m)}`)
    for (const e of s.extra) rows.push(`  extra:  ${JSON.stringify({ ...e, quote: undefined, start: undefined })}`)
  }
}
rows.push(`${'overall'.padEnd(15)} ${String(keyTotal).padStart(4)} ${String(foundTotal).padStart(6)} ${String(matchedTotal).padStart(8)} ${pct(matchedTotal / foundTotal).padStart(10)} ${pct(matchedTotal / keyTotal).padStart(7)}`)
console.log(rows.join('\n'))
