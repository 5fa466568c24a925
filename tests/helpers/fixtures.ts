/** The tiny fixture dataset, and broken copies of it, for data validation tests. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { RawData } from '~/data/validate'
import { readDataDir } from '~/data/readDataDir'

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/data', import.meta.url))

export function fixture(): RawData {
  return readDataDir(FIXTURE_DIR)
}

/** The fixture with its report replaced by one of tests/fixtures/broken/*.json. */
export function brokenFixture(name: string): RawData {
  const raw = fixture()
  const json = readFileSync(fileURLToPath(new URL(`../fixtures/broken/${name}`, import.meta.url)), 'utf8')
  return { ...raw, reports: raw.reports.map(r => ({ ...r, json })) }
}
