/**
 * `npx tsx tests/bench/ingest.ts [--runs 7]`: how long drafting a 50,000-character report takes
 * (read, clean, district, extract, draft files; nothing written), median of several runs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { performance } from 'node:perf_hooks'
import { draftFiles } from '../../src/ingest/draft'
import { analyse } from '../../src/ingest/pipeline'
import { readInput } from '../../src/ingest/read'

const args = process.argv.slice(2)
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7
const SIZE = 50_000

// the 山阳区 report repeated to the size of a long work report, as one file
const seed = readFileSync('tests/fixtures/ingest/shanyang-2024-work-report.txt', 'utf8')
let text = ''
while (text.length < SIZE) text += seed
const file = join(mkdtempSync(join(tmpdir(), 'ingest-bench-')), 'report.txt')
writeFileSync(file, text.slice(0, SIZE))

async function once(): Promise<{ ms: number, figures: number }> {
  const t0 = performance.now()
  const input = await readInput(file)
  const a = analyse(input.text, { code: '410811', year: 2023 })
  draftFiles(a, 'data', 'report.txt')
  return { ms: performance.now() - t0, figures: a.figures.length }
}

const first = await once()
const times: number[] = []
for (let i = 0; i < RUNS; i++) times.push((await once()).ms)
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]!
console.log(`${SIZE} characters, ${first.figures} figures: first run ${first.ms.toFixed(0)} ms (loads the division list and OpenCC), median of ${RUNS} ${median.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[times.length - 1]!.toFixed(0)})`)
