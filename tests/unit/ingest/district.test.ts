import { describe, expect, it } from 'vitest'
import { districtByCode, recogniseDistrict, recogniseKind, recogniseYear, sectionFor, slugOf } from '../../../src/ingest/district'

const ARTICLE = '2023年新乡市经济社会发展成就新闻发布会\n\n卫滨区:\n\n卫滨区全年实现地区生产总值141.8亿元。\n\n红旗区:\n\n红旗区全年实现地区生产总值261亿元。'

describe('district', () => {
  it('looks a code up in the GB/T 2260 list', () => {
    expect(districtByCode('410703')).toEqual({ code: '410703', name: '卫滨区', city: '新乡市', province: '河南省', slug: 'weibin' })
    expect(() => districtByCode('999999')).toThrow(/not a county-level division code/)
  })

  it('recognises the district a text keeps naming', () => {
    expect(recogniseDistrict('——在山阳区第十一届人民代表大会上\n\n山阳区人民政府区长').code).toBe('410811')
  })

  it('asks, listing the candidates, when two districts are named as often', () => {
    expect(() => recogniseDistrict(ARTICLE)).toThrow(/410703 新乡市卫滨区.*--code/)
  })

  it('keeps the chosen district\'s part of a multi-district article, under its title', () => {
    expect(sectionFor(ARTICLE, districtByCode('410702'))).toBe('2023年新乡市经济社会发展成就新闻发布会\n\n红旗区:\n\n红旗区全年实现地区生产总值261亿元。')
  })

  it('tells the year under review and the kind of report', () => {
    expect(recogniseYear('2024年3月6日在大会上\n\n一、2023年工作回顾\n\n2023年是开局之年')).toBe(2023)
    expect(recogniseKind('现在,我代表区人民政府,向大会报告工作')).toBe('政府工作报告')
    expect(slugOf('红旗区')).toBe('hongqi')
  })
})
