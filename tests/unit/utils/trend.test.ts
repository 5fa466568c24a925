import { describe, expect, it } from 'vitest'
import type { PastFigure } from '~/schemas/dataset'
import type { Metric } from '~/schemas/report'
import { changeSincePrevious, trendPoints, whatsNew } from '~/utils/trend'

const m = (indicator: string, value: number | undefined, unit: Metric['unit'] = '亿元'): Metric =>
  ({ indicator, unit, quote: '……', ...(value === undefined ? { change: { kind: 'pct', value: 1 } } : { value }) })
const at = (year: number, metric: Metric, kind: PastFigure['kind'] = '政府工作报告'): PastFigure => ({ year, kind, metric })

describe('trendPoints', () => {
  it('puts the earlier reports\' figures before this one\'s, in the indicator\'s unit, with year and kind', () => {
    const points = trendPoints([at(2022, m('new-urban-jobs', 1.2, '万人'))], at(2023, m('new-urban-jobs', 13600, '人'), '新闻发布会'), '人')
    expect(points).toEqual([
      { year: 2022, kind: '政府工作报告', value: 12000, approximate: false },
      { year: 2023, kind: '新闻发布会', value: 13600, approximate: false },
    ])
  })

  it('leaves out a report that gives only the growth', () => {
    expect(trendPoints([at(2021, m('gdp', 120)), at(2022, m('gdp', undefined))], at(2023, m('gdp', 141.8)), '亿元').map(p => p.year)).toEqual([2021, 2023])
  })

  it('marks an approximate figure (130余项, 近百场)', () => {
    const approx = { ...m('projects', 130, '项'), approximate: true }
    expect(trendPoints([at(2022, approx)], at(2023, m('projects', 140, '项')), '项')[0]!.approximate).toBe(true)
  })
})

describe('changeSincePrevious', () => {
  it('is the last point against the one before it, absolute and relative', () => {
    const points = trendPoints([at(2021, m('gdp', 120)), at(2022, m('gdp', 131.5))], at(2023, m('gdp', 141.8)), '亿元')
    expect(changeSincePrevious(points)).toEqual({ from: points[1], abs: 10.3, pct: 7.8 })
  })

  it('gives a fall as negative, and no percentage from 0', () => {
    const fall = trendPoints([at(2022, m('gdp', 141.8))], at(2023, m('gdp', 131.5)), '亿元')
    expect(changeSincePrevious(fall)).toMatchObject({ abs: -10.3, pct: -7.3 })
    const zero = trendPoints([at(2022, m('gdp', 0))], at(2023, m('gdp', 5)), '亿元')
    expect(changeSincePrevious(zero)).toEqual({ from: zero[0], abs: 5 })
  })

  it('is undefined with one point', () => {
    expect(changeSincePrevious(trendPoints([], at(2023, m('gdp', 1)), '亿元'))).toBeUndefined()
  })
})

describe('whatsNew', () => {
  const unitOf = (id: string) => (id === 'jobs' ? '人' : '亿元') as Metric['unit']
  const report = {
    metrics: [m('gdp', 141.8), m('jobs', 1.36, '万人'), m('fresh', 3), m('flat', 2)],
    history: {
      gdp: [at(2021, m('gdp', 100)), at(2022, m('gdp', 131.5))],
      jobs: [at(2022, m('jobs', 12000, '人'))],
      gone: [at(2022, m('gone', 4))],
      flat: [at(2022, m('flat', 2))],
      // given in 2021 only: not in the previous report, so it "appears" again
      old: [at(2021, m('old', 4))],
    },
    previous: { year: 2022, kind: '政府工作报告' as const },
  }

  it('lists what appeared and vanished since the previous report, and what moved most, largest first', () => {
    expect(whatsNew({ ...report, metrics: [...report.metrics, m('old', 5)] }, unitOf)).toEqual({
      since: 2022,
      appeared: ['fresh', 'old'],
      vanished: ['gone'],
      moved: [{ indicator: 'jobs', pct: 13.3 }, { indicator: 'gdp', pct: 7.8 }],
    })
  })

  it('keeps the `most` largest moves', () => {
    expect(whatsNew(report, unitOf, 1)!.moved).toEqual([{ indicator: 'jobs', pct: 13.3 }])
  })

  it('is undefined for a district\'s first report', () => {
    expect(whatsNew({ metrics: report.metrics, history: {} }, unitOf)).toBeUndefined()
  })
})
