import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../src/ingest/extract'
import { sameName, score } from '../../../src/ingest/score'

describe('score', () => {
  it('matches names loosely but values, units, changes and ranks exactly', () => {
    expect(sameName('隧道设备产业园总投资', '隧道设备产业园项目总投资')).toBe(true)
    expect(sameName('城管驿站', '老旧小区')).toBe(false)
    const found = extractFigures('启用8个城管驿站,新建林荫停车场5个。')
    const s = score([{ name: '城管驿站', value: 8, unit: '个' }, { name: '林荫停车场', value: 6, unit: '个' }], found)
    expect(s).toMatchObject({ matched: 1, precision: 0.5, recall: 0.5 })
  })
})
