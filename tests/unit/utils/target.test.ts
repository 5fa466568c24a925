import { describe, expect, it } from 'vitest'
import type { FigureValues, Target } from '~/schemas/report'
import { formatActual, formatTarget, targetOutcome } from '~/utils/target'

const gdpGoal: Target = { indicator: 'gdp', kind: 'growth', value: 6, approximate: 'about', quote: '地区生产总值增长6%左右' }
const jobsGoal: Target = { indicator: 'new-urban-jobs', kind: 'value', value: 1.3, unit: '万人', approximate: 'atLeast', quote: '新增城镇就业1.3万人以上' }
const gdp: FigureValues = { value: 141.8, unit: '亿元', change: { kind: 'pct', value: 2.3 }, quote: '地区生产总值141.8亿元,同比增长2.3%' }

describe('targetOutcome', () => {
  it('holds a growth against a growth goal: 2.3% misses 6%左右', () => {
    expect(targetOutcome(gdpGoal, gdp, true)).toEqual({ actual: 2.3, met: false })
    expect(targetOutcome(gdpGoal, { ...gdp, change: { kind: 'pct', value: 6 } }, true)).toEqual({ actual: 6, met: true })
  })

  it('holds a value against a value goal in the goal\'s unit: 13,600 people meet 1.3万人以上', () => {
    expect(targetOutcome(jobsGoal, { value: 13600, unit: '人', quote: '新增城镇就业13600人' }, true)).toEqual({ actual: 1.36, met: true })
    expect(targetOutcome(jobsGoal, { value: 1.2, unit: '万人', quote: '新增城镇就业1.2万人' }, true)).toEqual({ actual: 1.2, met: false })
  })

  it('meets a goal of a figure where lower is better by staying at or under it', () => {
    expect(targetOutcome({ ...jobsGoal, unit: '万人' }, { value: 1.2, unit: '万人', quote: 'x' }, false)?.met).toBe(true)
  })

  it('says nothing when the result does not state the figure the goal is in', () => {
    expect(targetOutcome(gdpGoal, { value: 141.8, unit: '亿元', quote: '地区生产总值141.8亿元' }, true)).toBeUndefined()
    expect(targetOutcome(jobsGoal, { change: { kind: 'pct', value: 3 }, unit: '万人', quote: 'x' }, true)).toBeUndefined()
  })
})

describe('formatTarget', () => {
  it('words a goal as the report does, and in English', () => {
    expect(formatTarget(gdpGoal, 'zh-CN')).toBe('增长6%左右')
    expect(formatTarget(gdpGoal, 'en')).toBe('~6%')
    expect(formatTarget(jobsGoal, 'zh-CN')).toBe('1.3万人以上')
    expect(formatTarget(jobsGoal, 'en')).toBe('≥13,000 people')
    expect(formatActual(gdpGoal, 2.3, 'zh-CN')).toBe('增长2.3%')
    expect(formatActual(gdpGoal, -1.5, 'en')).toBe('−1.5%')
  })
})
