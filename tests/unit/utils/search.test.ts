import { describe, expect, it } from 'vitest'
import type { DistrictSummary } from '~/schemas/dataset'
import { editDistance, nearestDistricts, searchDistricts } from '~/utils/search'

function district(code: string, slug: string, zh: string, en: string, city: { zh: string, en: string }): DistrictSummary {
  return {
    code,
    slug,
    name: { zh, en },
    province: { zh: '河南省', en: 'Henan' },
    city,
    reports: [{
      id: `${slug}-2023`,
      year: 2023,
      title: { zh: `${zh}2023年政府工作报告`, en: `${en}: 2023 government work report` },
      kind: '政府工作报告',
      date: '2024-01-10',
    }],
    headline: [],
  }
}

const XINXIANG = { zh: '新乡市', en: 'Xinxiang' }
const JIAOZUO = { zh: '焦作市', en: 'Jiaozuo' }
const hongqi = district('410702', 'hongqi', '红旗区', 'Hongqi District', XINXIANG)
const weibin = district('410703', 'weibin', '卫滨区', 'Weibin District', XINXIANG)
const shanyang = district('410811', 'shanyang', '山阳区', 'Shanyang District', JIAOZUO)
const all = [hongqi, weibin, shanyang]

const slugs = (ds: DistrictSummary[]) => ds.map(d => d.slug)

describe('searchDistricts', () => {
  it('finds a district by its Chinese name, whole or in part', () => {
    expect(slugs(searchDistricts('卫滨区', all))).toEqual(['weibin'])
    expect(slugs(searchDistricts('山阳', all))).toEqual(['shanyang'])
  })

  it('finds every district of a city, in Chinese or English', () => {
    expect(slugs(searchDistricts('新乡', all))).toEqual(['hongqi', 'weibin'])
    expect(slugs(searchDistricts('jiaozuo', all))).toEqual(['shanyang'])
  })

  it('finds a district by its pinyin slug, ignoring case and surrounding spaces', () => {
    expect(slugs(searchDistricts('hongqi', all))).toEqual(['hongqi'])
    expect(slugs(searchDistricts('  HongQi ', all))).toEqual(['hongqi'])
  })

  it('finds a district by its code, or districts by a code prefix', () => {
    expect(slugs(searchDistricts('410811', all))).toEqual(['shanyang'])
    expect(slugs(searchDistricts('4107', all))).toEqual(['hongqi', 'weibin'])
  })

  it('finds a district by its English name, collapsing repeated spaces', () => {
    expect(slugs(searchDistricts('Weibin District', all))).toEqual(['weibin'])
    expect(slugs(searchDistricts('weibin   district', all))).toEqual(['weibin'])
  })

  it('finds all districts of a province', () => {
    expect(slugs(searchDistricts('河南', all))).toEqual(['hongqi', 'weibin', 'shanyang'])
  })

  it('returns every district for an empty or blank query', () => {
    expect(searchDistricts('', all)).toEqual(all)
    expect(searchDistricts('   ', all)).toEqual(all)
  })

  it('returns nothing when nothing matches', () => {
    expect(searchDistricts('郑州', all)).toEqual([])
    expect(searchDistricts('410799', all)).toEqual([])
  })
})

describe('nearestDistricts', () => {
  it('suggests the district for a mistyped slug', () => {
    expect(slugs(nearestDistricts('weibn', all))).toEqual(['weibin'])
    expect(slugs(nearestDistricts('shanyan', all))).toEqual(['shanyang'])
  })

  it('ignores case in the slug', () => {
    expect(slugs(nearestDistricts('WeiBin', all))).toEqual(['weibin'])
  })

  it('suggests the closest codes first for a code missing a digit', () => {
    const found = slugs(nearestDistricts('41070', all))
    expect(found.slice(0, 2)).toEqual(['hongqi', 'weibin'])
    expect(found).toHaveLength(3)
  })

  it('returns at most `limit` districts', () => {
    expect(slugs(nearestDistricts('41070', all, 2))).toEqual(['hongqi', 'weibin'])
    expect(nearestDistricts('41070', all, 1)).toHaveLength(1)
  })

  it('suggests the district for a Chinese name without 区', () => {
    expect(slugs(nearestDistricts('卫滨', all))).toEqual(['weibin'])
  })

  it('decodes a percent-encoded path segment first', () => {
    expect(slugs(nearestDistricts(encodeURIComponent('卫滨'), all))).toEqual(['weibin'])
  })

  it('suggests nothing for text close to no district', () => {
    expect(nearestDistricts('zzzzzz', all)).toEqual([])
    expect(nearestDistricts('about', all)).toEqual([])
  })

  it('suggests nothing for an empty segment', () => {
    expect(nearestDistricts('', all)).toEqual([])
    expect(nearestDistricts('  ', all)).toEqual([])
  })
})

describe('editDistance', () => {
  it('is zero for equal strings', () => {
    expect(editDistance('weibin', 'weibin')).toBe(0)
    expect(editDistance('', '')).toBe(0)
  })

  it('counts one insertion, deletion or substitution each', () => {
    expect(editDistance('weibn', 'weibin')).toBe(1)
    expect(editDistance('weibin', 'weibn')).toBe(1)
    expect(editDistance('410702', '410703')).toBe(1)
    expect(editDistance('卫滨', '卫滨区')).toBe(1)
  })

  it('is the length of the other string when one is empty', () => {
    expect(editDistance('', 'hongqi')).toBe(6)
    expect(editDistance('山阳区', '')).toBe(3)
  })

  it('gives the classic distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('hongqi', 'shanyang')).toBe(editDistance('shanyang', 'hongqi'))
    expect(editDistance('41070', '410811')).toBe(3)
  })
})

describe('nearestDistricts with a malformed link', () => {
  it('does not throw on a broken percent escape', () => {
    expect(() => nearestDistricts('50%', [])).not.toThrow()
    expect(() => nearestDistricts('%E5', [])).not.toThrow()
  })
})
