/**
 * `npm run bench:scale`: the app built on the real data and on a synthetic dataset of N districts
 * × Y years (src/synth/), side by side: what a reader loads first, what the build costs, what the
 * service worker installs, how fast home's search answers a keystroke on a slow phone.
 *
 *   npm run bench:scale                                  300 districts × 2 years
 *   npm run bench:scale -- --districts 3000 --years 5    the country (2,863 divisions) over five years
 *   npm run bench:scale -- --seed 2 --keep               another dataset; keep the builds (the path is printed)
 *
 * Serves each build on port 4180 in turn: run it under the e2e lock (`flock <lock> npm run
 * bench:scale`), or pass `--lock <lock>` to hold it only while a build is served, not while the
 * builds take their minutes.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { loadDataset } from '../../src/data/vitePlugin'
import { newestReports } from '../../src/data/buildDataset'
import { launchOptions } from '../helpers/browser'
import { firstLoad, precacheBytes, precacheFiles, total } from '../helpers/firstLoad'
import { serve, stop } from '../helpers/server'
import { searchTiming } from './searchTiming'

const { values } = parseArgs({ options: {
  districts: { type: 'string', default: '300' },
  years: { type: 'string', default: '2' },
  seed: { type: 'string', default: '1' },
  keep: { type: 'boolean', default: false },
  lock: { type: 'string' },
} })
const PORT = 4180
const KB = 1024
const work = mkdtempSync(join(tmpdir(), 'district-brief-scale-'))

interface Column {
  name: string
  reports: number
  districts: number
  page: string
  rows: Record<string, string>
}

/** Every file under a folder, with its size. */
function files(dir: string): Array<{ path: string, size: number }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(e => e.isFile())
    .map(e => ({ path: join(e.parentPath, e.name), size: statSync(join(e.parentPath, e.name)).size }))
}

/** vite-ssg's build under /usr/bin/time: wall time and the peak memory of the build process. */
function build(dataDir: string, outDir: string): { seconds: number, peakMb: number } {
  const log = join(work, 'time.txt')
  const started = performance.now()
  execFileSync('/usr/bin/time', ['-v', '-o', log, process.execPath, 'node_modules/vite-ssg/bin/vite-ssg.js', 'build'], {
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, BUILT_AT: '2024-03-08T09:00:00.000Z' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const seconds = (performance.now() - started) / 1000
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(log, 'utf8'))?.[1] ?? Number.NaN)
  return { seconds, peakMb: kb / 1024 }
}

/** Holds `flock <file>` until released: the ports are shared with the browser tests. */
async function locked<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file)
    return run()
  const holder = spawn('flock', [file, 'sh', '-c', 'echo held; read _'], { stdio: ['pipe', 'pipe', 'inherit'] })
  await new Promise(resolve => holder.stdout.once('data', resolve))
  try {
    return await run()
  }
  finally {
    holder.stdin.end()
  }
}

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`

/** First-load bytes of the home page, a district page and its report, served as `npm start` serves them. */
async function firstLoads(outDir: string, code: string): Promise<Record<string, string>> {
  const rows: Record<string, string> = {}
  const server = await serve(outDir, PORT)
  const browser = await chromium.launch(launchOptions)
  try {
    for (const [label, path, file] of [['/', '/', 'index.html'], ['district', `/d/${code}`, `d/${code}.html`], ['its report', `/d/${code}/report`, `d/${code}/report.html`]] as const) {
      const loaded = await firstLoad(browser, `http://localhost:${PORT}`, path, outDir)
      rows[`${label}: HTML gzip`] = kb(gzip(join(outDir, file)))
      rows[`${label}: JS gzip`] = kb(total(loaded, 'js'))
      rows[`${label}: CSS gzip`] = kb(total(loaded, 'css'))
    }
    rows['district, English: HTML gzip'] = kb(gzip(join(outDir, 'en', 'd', `${code}.html`)))
    const search = await searchTiming(browser, `http://localhost:${PORT}/`)
    rows['search, a keystroke at 4× CPU'] = `${search.medianMs.toFixed(1)} ms median, ${search.slowestMs.toFixed(1)} ms slowest of ${search.keystrokes} (“${search.slowestTyped}”)`
    return rows
  }
  finally {
    await browser.close()
    await stop(server)
  }
}

interface Built { name: string, dataDir: string, outDir: string, seconds: number, peakMb: number }

function buildOne(name: string, dataDir: string): Built {
  const outDir = join(work, name)
  console.log(`… building ${name} (${dataDir})`)
  return { name, dataDir, outDir, ...build(dataDir, outDir) }
}

async function measure({ name, dataDir, outDir, seconds, peakMb }: Built): Promise<Column> {
  const { dataset } = loadDataset(dataDir)
  const newest = newestReports(dataset)
  // a district of the city with the most districts: the page whose peer charts are largest
  const byCity = new Map<string, string[]>()
  for (const r of newest) byCity.set(r.meta.district.city.zh, [...(byCity.get(r.meta.district.city.zh) ?? []), r.meta.district.code])
  const largest = [...byCity.values()].sort((a, b) => b.length - a.length)[0]!
  const code = largest.sort()[0]!
  const written = files(outDir)
  const html = written.filter(f => f.path.endsWith('.html')).length
  const rows = await firstLoads(outDir, code)
  rows['build time'] = `${seconds.toFixed(0)} s`
  rows['pages per second'] = (html / seconds).toFixed(1)
  rows['peak memory'] = `${peakMb.toFixed(0)} MB`
  rows['files written'] = String(written.length)
  rows['HTML pages'] = String(html)
  rows['dist size'] = `${(written.reduce((n, f) => n + f.size, 0) / KB / KB).toFixed(1)} MB`
  rows['precache'] = `${(precacheBytes(outDir) / KB / KB).toFixed(2)} MB, ${precacheFiles(outDir).length} files`
  if (!values.keep)
    rmSync(outDir, { recursive: true, force: true })
  return { name, reports: dataset.reports.length, districts: newest.length, page: `/d/${code}`, rows }
}

const synthDir = join(work, 'synth-data')
execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/synth/cli.ts', '--districts', values.districts!, '--years', values.years!, '--seed', values.seed!, '--out', synthDir], { stdio: 'inherit' })
// both builds first: the shared ports are held only while the two are served
const builds = [buildOne('real', 'data'), buildOne('synthetic', synthDir)]
const columns = await locked(values.lock, async () => [await measure(builds[0]!), await measure(builds[1]!)])

const head = columns.map(c => `${c.name}: ${c.districts} districts, ${c.reports} reports (${c.page})`)
const lines = [`| | ${head.join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`]
for (const key of Object.keys(columns[0]!.rows)) lines.push(`| ${key} | ${columns.map(c => c.rows[key]).join(' | ')} |`)
console.log(`\n${lines.join('\n')}\n`)
mkdirSync('bench-results', { recursive: true })
writeFileSync('bench-results/scale.json', `${JSON.stringify({ districts: values.districts, years: values.years, seed: values.seed, columns }, null, 2)}\n`)
if (values.keep)
  console.log(`builds and data kept in ${work}`)
else
  rmSync(work, { recursive: true, force: true })
