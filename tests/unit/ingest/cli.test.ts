import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'

const FIXTURES = 'tests/fixtures/ingest'
const ARTICLE = `${FIXTURES}/xinxiang-2023-press-conference.txt`

function ingest(...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/ingest/cli.ts', ...args], { encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Every file under a folder with its size and mtime, to show a failed run left it alone. */
function snapshot(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      const s = statSync(p)
      if (s.isDirectory()) walk(p)
      else out.push(`${relative(dir, p)} ${s.size} ${s.mtimeMs}`)
    }
  }
  walk(dir)
  return out.sort()
}

let dataDir: string
let tmp: string
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ingest-'))
  dataDir = join(tmp, 'data')
  mkdirSync(join(dataDir, 'reports'), { recursive: true })
  cpSync('data/indicators.json', join(dataDir, 'indicators.json'))
  cpSync('data/reports/weibin-2023', join(dataDir, 'reports/weibin-2023'), { recursive: true })
})

describe('npm run ingest, on bad input', () => {
  const big = () => {
    const path = join(tmp, 'huge.txt')
    writeFileSync(path, '全年实现地区生产总值261亿元。'.repeat(700_000))
    return path
  }
  it.each([
    ['an empty file', () => [`${FIXTURES}/bad/empty.txt`], /is empty: give the file with the report text/],
    ['a binary file', () => [`${FIXTURES}/bad/binary.txt`], /is a binary file, not text/],
    ['an image-only PDF', () => [`${FIXTURES}/bad/image-only.pdf`], /PDF without a text layer .* run OCR/],
    ['an unknown encoding', () => [`${FIXTURES}/bad/unknown-encoding.txt`], /cannot tell the text encoding .* save it as UTF-8/],
    ['a text with no figures', () => [`${FIXTURES}/bad/no-figures.txt`, '--code', '410703'], /no figure statements in the text/],
    ['a file over 10 MB', () => [big()], /over the 10 MB limit/],
    ['a text naming no district', () => [`${FIXTURES}/bad/unknown-district.txt`], /no district named in the text: run again with --code/],
    ['a code that is no district', () => [ARTICLE, '--code', '999999'], /999999 is not a county-level division code/],
    ['an article about two districts', () => [ARTICLE], /cannot tell which district .* --code/],
    ['a year that already exists', () => [ARTICLE, '--code', '410703', '--year', '2023'], /weibin-2023 already exists, nothing written/],
  ])('says what is wrong with %s in one line, exits 1 and leaves data/ alone', (_, args, message) => {
    const before = snapshot(dataDir)
    const r = ingest(...args(), '--data-dir', dataDir)
    expect(r.code).toBe(1)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^ingest: /)
    expect(lines[0]).toMatch(message)
    expect(snapshot(dataDir)).toEqual(before)
  }, 30_000)
})

describe('npm run ingest', () => {
  it('prints district, year, figures and the cleaned text with --json', () => {
    const r = ingest(ARTICLE, '--code', '410702', '--json')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { district: { name: string }, year: number, text: string, figures: Array<{ indicator?: string, value?: number, quote: string }> }
    expect(out.district.name).toBe('红旗区')
    expect(out.year).toBe(2023)
    expect(out.figures.find(f => f.indicator === 'gdp')?.value).toBe(261)
    for (const f of out.figures) expect(out.text).toContain(f.quote)
  }, 30_000)

  it('writes a draft folder, and on a second run lists what would change instead of overwriting', () => {
    const first = ingest(ARTICLE, '--code', '410702', '--data-dir', dataDir)
    expect(first.code).toBe(0)
    const folder = join(dataDir, 'reports/hongqi-2023')
    expect(readdirSync(folder).sort()).toEqual(['draft.json', 'report.json', 'source.txt'])
    expect(JSON.parse(readFileSync(join(folder, 'draft.json'), 'utf8'))).toMatchObject({ status: 'draft' })
    const report = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as { meta: { district: { slug: string } }, metrics: Array<{ quote: string }> }
    expect(report.meta.district.slug).toBe('hongqi')
    const source = readFileSync(join(folder, 'source.txt'), 'utf8')
    for (const m of report.metrics) expect(source).toContain(m.quote)

    const before = snapshot(dataDir)
    const again = ingest(ARTICLE, '--code', '410702', '--data-dir', dataDir)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/hongqi-2023 already exists, nothing written \(a new draft would be the same\)/)
    expect(snapshot(dataDir)).toEqual(before)
  }, 30_000)
})
