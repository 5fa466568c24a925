/** Reads data/ from disk (build time only). Missing files become errors in `validateData`. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { RawData } from './validate.ts'

/** The raw bytes: `validateData` decodes them as strict UTF-8, so a bad byte is named, not replaced. */
function read(path: string): Uint8Array {
  return existsSync(path) ? readFileSync(path) : new Uint8Array()
}

/** A report folder `npm run ingest` drafted and nobody has reviewed yet (it holds `draft.json`). */
export const DRAFT_FILE = 'draft.json'

/** The file `npm run synth` leaves in a data folder it wrote (src/synth/generate.ts). */
export const SYNTHETIC_MARKER = 'synthetic.json'

/** Whether a data folder holds synthetic data: a build on it is labelled so and never deployed. */
export function isSyntheticData(dir: string): boolean {
  return existsSync(join(dir, SYNTHETIC_MARKER))
}

/** data/ as the app ships it: every report folder but the drafts, which are named in `drafts`. */
export function readDataDir(dir: string): RawData & { drafts: string[] } {
  const reportsDir = join(dir, 'reports')
  const all = existsSync(reportsDir)
    ? readdirSync(reportsDir, { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name).sort()
    : []
  const isDraft = (name: string) => existsSync(join(reportsDir, name, DRAFT_FILE))
  const dirs = all.filter(name => !isDraft(name))
  return {
    drafts: all.filter(isDraft),
    indicators: read(join(dir, 'indicators.json')),
    reports: dirs.map(name => ({
      dir: name,
      json: read(join(reportsDir, name, 'report.json')),
      source: read(join(reportsDir, name, 'source.txt')),
      modifiedMs: existsSync(join(reportsDir, name, 'report.json')) ? statSync(join(reportsDir, name, 'report.json')).mtimeMs : undefined,
    })),
  }
}
