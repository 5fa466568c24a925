/** Reads data/ from disk (build time only). Missing files become errors in `validateData`. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { RawData } from './validate.ts'

/** The raw bytes: `validateData` decodes them as strict UTF-8, so a bad byte is named, not replaced. */
function read(path: string): Uint8Array {
  return existsSync(path) ? readFileSync(path) : new Uint8Array()
}

export function readDataDir(dir: string): RawData {
  const reportsDir = join(dir, 'reports')
  const dirs = existsSync(reportsDir)
    ? readdirSync(reportsDir, { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name).sort()
    : []
  return {
    indicators: read(join(dir, 'indicators.json')),
    reports: dirs.map(name => ({
      dir: name,
      json: read(join(reportsDir, name, 'report.json')),
      source: read(join(reportsDir, name, 'source.txt')),
      modifiedMs: existsSync(join(reportsDir, name, 'report.json')) ? statSync(join(reportsDir, name, 'report.json')).mtimeMs : undefined,
    })),
  }
}
