/** The tiny fixture dataset, and broken copies of it, for data validation tests. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { RawData } from '~/data/validate'
import { readDataDir } from '~/data/readDataDir'

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/data', import.meta.url))

/** The fixture as text, so that a test can edit it. */
export interface TextData extends RawData {
  indicators: string
  reports: Array<{ dir: string, json: string, source: string, modifiedMs?: number }>
}

const text = (bytes: Uint8Array | string) => typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes)

export function fixture(): TextData {
  const raw = readDataDir(FIXTURE_DIR)
  return {
    indicators: text(raw.indicators),
    reports: raw.reports.map(r => ({ ...r, json: text(r.json), source: text(r.source) })),
  }
}

function broken(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../fixtures/broken/${name}`, import.meta.url)))
}

/**
 * The fixture with its report replaced by one of tests/fixtures/broken/*.json, read as bytes,
 * and its source by one of tests/fixtures/broken/*.txt when the report needs other sentences.
 */
export function brokenFixture(name: string, source?: string): RawData {
  const raw = fixture()
  return { ...raw, reports: raw.reports.map(r => ({ ...r, json: broken(name), source: source ? broken(source) : r.source })) }
}

/** The fixture with its indicator catalogue replaced by one of tests/fixtures/broken/*.json. */
export function brokenCatalogue(name: string): RawData {
  return { ...fixture(), indicators: broken(name) }
}
