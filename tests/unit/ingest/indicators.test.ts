import { describe, expect, it } from 'vitest'
import { indicatorFor, synonymLookup } from '../../../src/ingest/indicators'
import { indicator } from '../../helpers/builders'

describe('indicatorFor', () => {
  it('maps the catalogue\'s synonyms onto its comparable indicator ids', () => {
    expect(indicatorFor('GDP')).toBe('gdp')
    expect(indicatorFor('规上工业增加值')).toBe('industrial-value-added')
    expect(indicatorFor('社零总额')).toBe('retail-sales')
    expect(indicatorFor('固投')).toBe('fixed-asset-investment')
  })

  it('keeps urban, rural and all-resident incomes apart', () => {
    expect(indicatorFor('城镇居民人均可支配收入')).toBe('urban-disposable-income')
    expect(indicatorFor('农村居民人均可支配收入')).toBe('rural-disposable-income')
    expect(indicatorFor('居民人均可支配收入')).toBe('disposable-income')
  })

  it('leaves a named project\'s figure report-only', () => {
    expect(indicatorFor('隧道设备产业园总投资')).toBeUndefined()
    expect(indicatorFor('营商环境评价')).toBeUndefined()
  })

  it('reads the synonyms of the catalogue it is given, in both languages', () => {
    const lookup = synonymLookup([{ ...indicator('grain-output', '粮食总产量', 'Grain output', '万吨'), synonyms: { zh: ['粮食产量'], en: ['grain harvest'] } }])
    expect(indicatorFor('粮食产量', lookup)).toBe('grain-output')
    expect(indicatorFor('Grain Harvest', lookup)).toBe('grain-output')
    expect(indicatorFor('GDP', lookup)).toBeUndefined()
  })
})
