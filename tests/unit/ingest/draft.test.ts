import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { draftFiles } from '../../../src/ingest/draft'
import { analyse } from '../../../src/ingest/pipeline'
import { metric, reportFigure } from '../../../src/schemas/report'

describe('draftFiles', () => {
  const a = analyse(readFileSync('tests/fixtures/ingest/xinxiang-2023-press-conference.txt', 'utf8'), { code: '410703' })
  const files = draftFiles(a, 'data', 'xinxiang-2023-press-conference.txt')
  const report = JSON.parse(files['report.json']!) as { meta: { district: { slug: string }, year: number }, metrics: Array<{ indicator: string, quote: string }>, figures: Array<{ id: string, name: { zh: string }, quote: string }> }

  it('drafts schema-valid metrics, one per shared indicator, quoting source.txt', () => {
    expect(report.meta.district.slug).toBe('weibin')
    expect(report.metrics.map(m => m.indicator)).toContain('gdp')
    for (const m of report.metrics) {
      expect(metric.safeParse(m).success, m.indicator).toBe(true)
      expect(files['source.txt']).toContain(m.quote)
    }
    expect(new Set(report.metrics.map(m => m.indicator)).size).toBe(report.metrics.length)
  })

  it('drafts every other figure as report-only, named as the text names it, with an id of its own', () => {
    expect(report.figures.find(f => f.name.zh === '新建小微绿地')).toMatchObject({ id: 'xin-jian-xiao-wei-lv-di', value: 2.4, unit: '万平方米' })
    for (const f of report.figures) {
      expect(reportFigure.safeParse(f).success, f.id).toBe(true)
      expect(files['source.txt']).toContain(f.quote)
    }
    const ids = [...report.metrics.map(m => m.indicator), ...report.figures.map(f => f.id)]
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBe(a.figures.length)
    // draft.json pairs each drafted figure with its id in report.json
    const draft = JSON.parse(files['draft.json']!) as { figures: Array<{ id: string }> }
    expect(draft.figures.map(f => f.id).sort()).toEqual([...ids].sort())
  })

  it('keeps only the chosen district\'s part in source.txt, and every figure in draft.json', () => {
    expect(files['source.txt']).toContain('卫滨区:')
    expect(files['source.txt']).not.toContain('红旗区:')
    const draft = JSON.parse(files['draft.json']!) as { status: string, figures: unknown[] }
    expect(draft.status).toBe('draft')
    expect(draft.figures).toHaveLength(a.figures.length)
  })
})
