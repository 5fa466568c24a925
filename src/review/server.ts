/**
 * `npm run review [-- data/reports/<slug>-<year>] [--data-dir data] [--port 4177]`: a local page to
 * review one draft report folder. It serves the page and a small JSON API on 127.0.0.1 only, and
 * writes nothing but that folder's report.json and draft.json (deleted by “Make final”).
 */
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { basename, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { rolldown } from 'rolldown'
import { checkFigure, checkMetric } from '../data/checks/metric.ts'
import { checkTarget } from '../data/checks/target.ts'
import { DRAFT_FILE, readDataDir } from '../data/readDataDir.ts'
import type { DataError } from '../data/validate.ts'
import { validateData } from '../data/validate.ts'
import { indicatorCatalogue, metric, reportData, reportFigure, target as targetSchema } from '../schemas/report.ts'

export interface ReviewTarget { dataDir: string, dir: string }

const encoder = new TextEncoder()

/**
 * check-data's verdict on data/ as it would be with this folder's report.json replaced by `json`
 * and the folder no longer a draft: the same `validateData`, so the messages are the same.
 */
export function checkAsFinal(t: ReviewTarget, json: string): DataError[] {
  const raw = readDataDir(t.dataDir)
  const folder = join(t.dataDir, 'reports', t.dir)
  const reports = raw.reports.filter(r => r.dir !== t.dir)
  reports.push({ dir: t.dir, json: encoder.encode(json), source: readFileSync(join(folder, 'source.txt')), modifiedMs: Date.now() })
  reports.sort((a, b) => a.dir.localeCompare(b.dir))
  const errors = validateData({ indicators: raw.indicators, reports }).errors
  return [...errors, ...figureProblemsWhileUnfinished(t, json)]
}

/**
 * check-data stops at a report the schema rejects (highlights still missing, say); a reviewer
 * still wants each figure's problems then, in check-data's words: its own `checkMetric` and `checkFigure`.
 */
function figureProblemsWhileUnfinished(t: ReviewTarget, json: string): DataError[] {
  const data = JSON.parse(json) as { metrics?: unknown, figures?: unknown, targets?: unknown }
  let catalogue: ReturnType<typeof indicatorCatalogue.safeParse>
  try {
    catalogue = indicatorCatalogue.safeParse(JSON.parse(readFileSync(join(t.dataDir, 'indicators.json'), 'utf8')))
  }
  catch {
    return [] // check-data names a broken indicators.json itself
  }
  if (reportData.safeParse(data).success || !catalogue.success)
    return []
  const file = `data/reports/${t.dir}/report.json`
  const source = readFileSync(join(t.dataDir, 'reports', t.dir, 'source.txt'), 'utf8')
  const errors: DataError[] = []
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
  list(data.metrics).forEach((m, i) => {
    const parsed = metric.safeParse(m)
    if (parsed.success)
      checkMetric(parsed.data, source, catalogue.data.indicators.find(ind => ind.id === parsed.data.indicator), (field, message) => errors.push({ file, field: `metrics.${i}.${field}`, message }))
  })
  list(data.figures).forEach((f, i) => {
    const parsed = reportFigure.safeParse(f)
    if (parsed.success)
      checkFigure(parsed.data, source, undefined, (field, message) => errors.push({ file, field: `figures.${i}.${field}`, message }))
  })
  list(data.targets).forEach((g, i) => {
    const parsed = targetSchema.safeParse(g)
    if (parsed.success)
      checkTarget(parsed.data, source, catalogue.data.indicators.find(ind => ind.id === parsed.data.indicator), (field, message) => errors.push({ file, field: `targets.${i}.${field}`, message }))
  })
  return errors
}

/** What the page needs: the text, the report as saved, the drafted figures and the catalogue. */
export function loadDraft(t: ReviewTarget) {
  const folder = join(t.dataDir, 'reports', t.dir)
  const draftPath = join(folder, DRAFT_FILE)
  const draft = existsSync(draftPath) ? JSON.parse(readFileSync(draftPath, 'utf8')) as Record<string, unknown> : undefined
  const catalogue = JSON.parse(readFileSync(join(t.dataDir, 'indicators.json'), 'utf8')) as { indicators: { id: string, name: { zh: string } }[] }
  return {
    dir: t.dir,
    isDraft: draft !== undefined,
    source: readFileSync(join(folder, 'source.txt'), 'utf8'),
    report: JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as unknown,
    figures: draft?.figures ?? [],
    decisions: draft?.decisions ?? {},
    indicators: catalogue.indicators.map(i => ({ id: i.id, name: i.name.zh })),
  }
}

/** Writes report.json (and the reviewer's decisions into draft.json); refuses a folder that is final. */
export function saveDraft(t: ReviewTarget, report: unknown, decisions: unknown): { saved: boolean, errors: DataError[] } {
  const folder = join(t.dataDir, 'reports', t.dir)
  const draftPath = join(folder, DRAFT_FILE)
  if (!existsSync(draftPath))
    return { saved: false, errors: [{ file: `data/reports/${t.dir}`, field: '(folder)', message: 'not a draft (no draft.json): a final report is edited by hand, not here' }] }
  if (typeof report !== 'object' || report === null || Array.isArray(report))
    return { saved: false, errors: [{ file: `data/reports/${t.dir}/report.json`, field: '(root)', message: 'not saved: the page sent no report object' }] }
  const json = `${JSON.stringify(report, null, 2)}\n`
  writeFileSync(join(folder, 'report.json'), json)
  const draft = JSON.parse(readFileSync(draftPath, 'utf8')) as Record<string, unknown>
  const kept = Object.entries(decisions ?? {}).filter(([, d]) => d === 'accepted' || d === 'dropped')
  writeFileSync(draftPath, `${JSON.stringify({ ...draft, decisions: Object.fromEntries(kept) }, null, 2)}\n`)
  return { saved: true, errors: checkAsFinal(t, json) }
}

/** Deletes draft.json when the whole of data/ then passes check-data; otherwise lists what fails. */
export function finalise(t: ReviewTarget): { final: boolean, errors: DataError[] } {
  const folder = join(t.dataDir, 'reports', t.dir)
  const draftPath = join(folder, DRAFT_FILE)
  if (!existsSync(draftPath))
    return { final: true, errors: [] }
  const errors = checkAsFinal(t, readFileSync(join(folder, 'report.json'), 'utf8'))
  if (errors.length === 0)
    unlinkSync(draftPath)
  return { final: errors.length === 0, errors }
}

/** The page's script, bundled once from page.ts when the server starts. */
async function bundlePage(): Promise<string> {
  const bundle = await rolldown({ input: fileURLToPath(new URL('./page.ts', import.meta.url)), logLevel: 'silent' })
  const { output } = await bundle.generate({ format: 'esm', minify: false })
  await bundle.close()
  return output[0].code
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')))
    req.on('error', fail)
  })
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' })
  res.end(body)
}

export async function startReviewServer(t: ReviewTarget, port: number) {
  const script = await bundlePage()
  const html = readFileSync(fileURLToPath(new URL('./page.html', import.meta.url)), 'utf8')
  const server = createServer((req, res) => {
    const json = (status: number, body: unknown) => send(res, status, 'application/json', JSON.stringify(body))
    const route = `${req.method} ${new URL(req.url ?? '/', 'http://127.0.0.1').pathname}`
    // only this page may call the API: no other site's page (a form's POST, a rebound DNS name)
    const self = [`127.0.0.1:${port}`, `localhost:${port}`]
    const origin = req.headers.origin
    if (!self.includes(req.headers.host ?? '') || (origin !== undefined && !self.some(h => origin === `http://${h}`)))
      return send(res, 403, 'text/plain', 'forbidden: open the page at its own address')
    const handle = async () => {
      if (route === 'GET /')
        return send(res, 200, 'text/html', html)
      if (route === 'GET /page.js')
        return send(res, 200, 'text/javascript', script)
      if (route === 'GET /api/draft')
        return json(200, loadDraft(t))
      if (route === 'PUT /api/report') {
        const body = JSON.parse(await readBody(req)) as { report: unknown, decisions: unknown }
        const result = saveDraft(t, body.report, body.decisions)
        return json(result.saved ? 200 : 409, result)
      }
      if (route === 'POST /api/finalise') {
        const result = finalise(t)
        return json(result.final ? 200 : 422, result)
      }
      send(res, 404, 'text/plain', 'not found')
    }
    handle().catch((e: unknown) => json(400, { errors: [{ file: '(request)', field: '(root)', message: (e as Error).message }] }))
  })
  await new Promise<void>(ok => server.listen(port, '127.0.0.1', ok))
  return server
}

/** The folder to review: the one named, else the only draft under data-dir/reports. */
function target(positional: string | undefined, dataDirOption: string | undefined): ReviewTarget {
  const dataDir = dataDirOption ?? (positional ? resolve(positional, '..', '..') : 'data')
  if (positional)
    return { dataDir, dir: basename(resolve(positional)) }
  const drafts = readDataDir(dataDir).drafts
  if (drafts.length !== 1)
    throw new Error(drafts.length === 0 ? `no draft folder in ${dataDir}/reports: run npm run ingest first` : `several drafts (${drafts.join(', ')}): name one, npm run review -- ${dataDir}/reports/${drafts[0]}`)
  return { dataDir, dir: drafts[0]! }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'data-dir': { type: 'string' }, 'port': { type: 'string', default: '4177' } } })
  try {
    const t = target(positionals[0], values['data-dir'])
    if (!existsSync(join(t.dataDir, 'reports', t.dir, 'source.txt')))
      throw new Error(`${join(t.dataDir, 'reports', t.dir)} is not a report folder (no source.txt)`)
    if (!readdirSync(join(t.dataDir, 'reports', t.dir)).includes(DRAFT_FILE))
      console.log(`${t.dir} is final (no draft.json): the page shows it, Save is refused`)
    await startReviewServer(t, Number(values.port))
    console.log(`reviewing ${join(t.dataDir, 'reports', t.dir)} at http://127.0.0.1:${values.port}/`)
  }
  catch (e) {
    console.error(`review: ${(e as Error).message}`)
    process.exit(1)
  }
}

