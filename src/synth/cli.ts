/**
 * `npm run synth -- --districts 3000 --years 5 --seed 1 --out <dir>`: writes a synthetic dataset
 * (./generate.ts) that `DATA_DIR=<dir> npm run build` builds on. Such a build labels every page
 * 合成数据 · synthetic data and refuses SITE_URL (src/build/deployChecks.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { pinyin } from 'pinyin-pro'
import type { Indicator } from '../schemas/report.ts'
import { citiesOfChina } from './divisions.ts'
import { synthesize } from './generate.ts'

const { values } = parseArgs({
  options: {
    districts: { type: 'string', default: '300' },
    years: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
})
if (!values.out) {
  console.error('usage: npm run synth -- --districts 3000 --years 5 --seed 1 --out <dir>')
  process.exit(2)
}
const catalogue = (JSON.parse(readFileSync('data/indicators.json', 'utf8')) as { indicators: Indicator[] }).indicators
const speakerName = (zh: string) => {
  const [family = '', ...given] = pinyin(zh, { toneType: 'none', type: 'array' })
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
  return `${cap(family)} ${cap(given.join(''))}`
}
const files = synthesize(citiesOfChina(), catalogue, { districts: Number(values.districts), years: Number(values.years), seed: Number(values.seed) }, speakerName)
// the folder is the tool's own: a run replaces what an earlier run wrote
rmSync(join(values.out, 'reports'), { recursive: true, force: true })
for (const f of files) {
  mkdirSync(dirname(join(values.out, f.path)), { recursive: true })
  writeFileSync(join(values.out, f.path), f.text)
}
const reports = files.filter(f => f.path.endsWith('report.json')).length
console.log(`✓ ${values.out}/: ${reports} synthetic reports (${reports / Number(values.years)} districts × ${values.years} years, seed ${values.seed})`)
