import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { draftedFigures, draftFiles } from '../../../src/ingest/draft'
import { extractFigures } from '../../../src/ingest/extract'
import { analyse } from '../../../src/ingest/pipeline'
import { metric, reportFigure, target } from '../../../src/schemas/report'

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

  it('drafts the goals for the next year as targets, not as the year\'s figures, and an estimate of the year (预计) as neither', () => {
    const text = '2023年,全区实现地区生产总值131.5亿元,同比增长4.1%。预计全年固定资产投资增长8%左右。\n2024年主要预期目标是:地区生产总值增长6%左右,新增城镇就业1.3万人以上。'
    const catalogue = new Map([['gdp', { id: 'gdp', unit: '亿元' }], ['new-urban-jobs', { id: 'new-urban-jobs', unit: '人' }], ['fixed-asset-investment', { id: 'fixed-asset-investment', unit: '亿元' }]])
    const drafted = draftedFigures(extractFigures(text), catalogue)
    expect(drafted.targets).toEqual([
      { indicator: 'gdp', kind: 'growth', value: 6, approximate: 'about', quote: '地区生产总值增长6%左右' },
      { indicator: 'new-urban-jobs', kind: 'value', value: 1.3, unit: '万人', approximate: 'atLeast', quote: '新增城镇就业1.3万人以上' },
    ])
    for (const t of drafted.targets) expect(target.safeParse(t).success).toBe(true)
    expect(drafted.metrics.map(m => [m.indicator, m.value ?? (m.change as { value: number }).value])).toEqual([['gdp', 131.5], ['fixed-asset-investment', 8]])
  })
})
