import { describe, expect, it } from 'vitest'
import indicators from '../../../data/indicators.json'
import { INDICATOR_SYNONYMS, indicatorFor } from '../../../src/ingest/indicators'

describe('indicatorFor', () => {
  it('maps synonyms onto the shared indicator ids', () => {
    expect(indicatorFor('GDP')).toBe('gdp')
    expect(indicatorFor('规上工业增加值')).toBe('industrial-value-added')
    expect(indicatorFor('社零总额')).toBe('retail-sales')
    expect(indicatorFor('固投')).toBe('fixed-asset-investment')
  })

  it('keeps urban, rural and all-resident incomes apart', () => {
    expect(indicatorFor('城镇居民人均可支配收入')).toBe('urban-disposable-income')
    expect(indicatorFor('居民人均可支配收入')).toBe('disposable-income')
    expect(indicatorFor('农村居民人均可支配收入')).toBeUndefined()
  })

  it('only names ids that exist in data/indicators.json', () => {
    const ids = new Set(indicators.indicators.map(i => i.id))
    for (const id of Object.keys(INDICATOR_SYNONYMS)) expect(ids.has(id), id).toBe(true)
  })
})
