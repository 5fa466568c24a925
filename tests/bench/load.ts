/**
 * `npm run bench:load`: how much traffic each deployment of the build takes on this machine:
 * nginx with docs/nginx.conf and `npm start`'s server, the same requests against each, one after
 * the other, on localhost only. Serves the existing dist/ (`npm run build` first).
 *
 *   npm run bench:load    20,000 requests, 100 connections each: requests/s, p50/p99 latency, errors
 */
import { existsSync, readdirSync } from 'node:fs'
import process from 'node:process'
import autocannon from 'autocannon'
import { startNginx } from '../helpers/nginx'
import { answering, serve, stop } from '../helpers/server'

const REQUESTS = 20_000
const CONNECTIONS = 100

if (!existsSync('dist/index.html'))
  throw new Error('no build in dist/: run `npm run build` first')

/** What a reader's phone asks for: pages of each kind, both languages, compare links (each served the app's frame), a script. */
const PATHS = [
  '/',
  '/d/410703',
  '/d/410702/report',
  '/en/d/410811',
  '/compare?d=410703,410702',
  '/compare?d=410811,410702,410703:2023&m=gdp',
  '/m/gdp',
  '/about',
  `/assets/${readdirSync('dist/assets').find(f => f.endsWith('.js'))}`,
]

interface Row { server: string, rps: number, p50: number, p99: number, errors: number }

async function load(server: string, origin: string): Promise<Row> {
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    amount: REQUESTS,
    timeout: 10,
    headers: { 'accept': 'text/html,*/*', 'accept-encoding': 'gzip' },
    // each connection goes round the paths in turn
    requests: PATHS.map(path => ({ method: 'GET' as const, path })),
  })
  return {
    server,
    rps: Math.round(result.requests.total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

const rows: Row[] = []
const nginx = await answering(startNginx('dist', 4184), 'http://127.0.0.1:4184/sw.js')
try {
  rows.push(await load('nginx (docs/nginx.conf)', 'http://127.0.0.1:4184'))
}
finally {
  await stop(nginx)
}
const preview = await serve('dist', 4183)
try {
  rows.push(await load('npm start (vite preview)', 'http://localhost:4183'))
}
finally {
  await stop(preview)
}

console.log(`\n${REQUESTS} requests, ${CONNECTIONS} connections, ${PATHS.length} paths in turn\n`)
console.log(`| server | requests/s | p50 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: |`)
for (const r of rows)
  console.log(`| ${r.server} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`)
if (rows.some(r => r.errors))
  process.exitCode = 1
