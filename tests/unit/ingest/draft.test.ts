import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { draftFiles } from '../../../src/ingest/draft'
import { analyse } from '../../../src/ingest/pipeline'
import { metric } from '../../../src/schemas/report'

describe('draftFiles', () => {
  const a = analyse(readFileSync('tests/fixtures/ingest/xinxiang-2023-press-conference.txt', 'utf8'), { code: '410703' })
  const files = draftFiles(a, 'data', 'xinxiang-2023-press-conference.txt')
  const report = JSON.parse(files['report.json']!) as { meta: { district: { slug: string }, year: number }, metrics: Array<{ indicator: string, quote: string }> }

  it('drafts schema-valid metrics, one per shared indicator, quoting source.txt', () => {
    expect(report.meta.district.slug).toBe('weibin')
    expect(report.metrics.map(m => m.indicator)).toContain('gdp')
    for (const m of report.metrics) {
      expect(metric.safeParse(m).success, m.indicator).toBe(true)
      expect(files['source.txt']).toContain(m.quote)
    }
    expect(new Set(report.metrics.map(m => m.indicator)).size).toBe(report.metrics.length)
  })

  it('keeps only the chosen district\'s part in source.txt, and every figure in draft.json', () => {
    expect(files['source.txt']).toContain('卫滨区:')
    expect(files['source.txt']).not.toContain('红旗区:')
    const draft = JSON.parse(files['draft.json']!) as { status: string, figures: unknown[] }
    expect(draft.status).toBe('draft')
    expect(draft.figures).toHaveLength(a.figures.length)
  })
})
