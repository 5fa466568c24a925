/**
 * `npm run ingest -- <file> [--code 410703] [--year 2023] [--kind 政府工作报告] [--json]
 *   [--data-dir data] [--slug weibin] [--encoding gb18030]`
 * Drafts data/reports/<slug>-<year>/ from a report file, or prints the figures as JSON.
 */
import { basename } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { writeDraft } from './draft.ts'
import { IngestError } from './errors.ts'
import { analyse, publicFigures } from './pipeline.ts'
import { readInput } from './read.ts'

const USAGE = 'usage: npm run ingest -- <file> [--code 410703] [--year 2023] [--kind 政府工作报告] [--json] [--data-dir data]'

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'code': { type: 'string' },
      'year': { type: 'string' },
      'kind': { type: 'string' },
      'slug': { type: 'string' },
      'json': { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: 'data' },
      'encoding': { type: 'string' },
    },
  })
  const file = positionals[0]
  if (!file || positionals.length > 1) throw new IngestError('usage', USAGE)
  if (values.code !== undefined && !/^\d{6}$/.test(values.code))
    throw new IngestError('unknown-district', `--code ${values.code} is not a 6-digit division code: give one like 410703`)
  const year = values.year === undefined ? undefined : Number(values.year)
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100))
    throw new IngestError('which-year', `--year ${values.year} is not a year: give one like 2023`)

  const input = await readInput(file, { encoding: values.encoding })
  const a = analyse(input.text, { code: values.code, year, kind: values.kind, slug: values.slug })
  if (values.json) {
    const { district, kind, text, removed, rejoined } = a
    process.stdout.write(`${JSON.stringify({ district, year: a.year, kind, figures: publicFigures(a.figures), text, removed, rejoined, encoding: input.encoding }, null, 2)}\n`)
    return 0
  }
  for (const line of a.removed) console.log(`removed: ${line.slice(0, 60)}`)
  for (const join of a.rejoined) console.log(`rejoined: ${join}`)
  const folder = writeDraft(a, values['data-dir'], basename(file))
  const mapped = a.figures.filter(f => f.indicator).length
  console.log(`${a.district.name} (${a.district.code}) ${a.year}: ${a.figures.length} figures, ${mapped} on shared indicators; draft written to ${folder}`)
  return 0
}

// Entry point: every expected failure is one line on stderr and exit code 1.
main(process.argv.slice(2)).then(code => process.exit(code), (error: unknown) => {
  if (error instanceof IngestError) {
    for (const line of error.details) console.log(line)
    console.error(`ingest: ${error.message}`)
  }
  else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`ingest: ${error.message}; ${USAGE}`)
  }
  else {
    console.error('ingest: unexpected failure, please report it with the file:', error)
  }
  process.exit(1)
})
