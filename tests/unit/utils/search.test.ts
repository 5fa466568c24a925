import { describe, expect, it } from 'vitest'
import type { DistrictSummary } from '~/schemas/dataset'
import { searchEntries as searchEntriesOf } from '~/data/buildDataset'
import { editDistance, foundDistrict, nearestDistricts, searchEntries } from '~/utils/search'

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

const entries = searchEntriesOf(all)
const searchDistricts = (q: string) => searchEntries(q, entries).map(foundDistrict).map(d => d.slug)

describe('searchEntries', () => {
  it('finds a district by its Chinese name, whole or in part', () => {
    expect(searchDistricts('卫滨区')).toEqual(['weibin'])
    expect(searchDistricts('山阳')).toEqual(['shanyang'])
  })

  it('finds every district of a city, in Chinese or English', () => {
    expect(searchDistricts('新乡')).toEqual(['hongqi', 'weibin'])
    expect(searchDistricts('jiaozuo')).toEqual(['shanyang'])
  })

  it('finds a district by its pinyin, with or without spaces, ignoring case', () => {
    expect(searchDistricts('hongqi')).toEqual(['hongqi'])
    expect(searchDistricts('  HongQi ')).toEqual(['hongqi'])
    expect(searchDistricts('wei bin')).toEqual(['weibin'])
    expect(searchDistricts('wei')).toEqual(['weibin'])
  })

  it('finds a district by its pinyin initials: wb is 卫滨区', () => {
    expect(searchDistricts('wb')).toEqual(['weibin'])
    expect(searchDistricts('WBQ')).toEqual(['weibin'])
    expect(searchDistricts('syq')).toEqual(['shanyang'])
  })

  it('finds a district by its code, or districts by a code prefix', () => {
    expect(searchDistricts('410811')).toEqual(['shanyang'])
    expect(searchDistricts('4107')).toEqual(['hongqi', 'weibin'])
  })

  it('finds a district by its English name, collapsing repeated spaces', () => {
    expect(searchDistricts('Weibin District')).toEqual(['weibin'])
    expect(searchDistricts('weibin   district')).toEqual(['weibin'])
  })

  it('finds all districts of a province', () => {
    expect(searchDistricts('河南')).toEqual(['hongqi', 'weibin', 'shanyang'])
  })

  it('puts the districts a query names before those of a city it names', () => {
    const xinxiangDistrict = district('410704', 'xinxiang', '新乡区', 'Xinxiang District', JIAOZUO)
    expect(searchEntries('新乡', searchEntriesOf([...all, xinxiangDistrict])).map(e => e[3])).toEqual(['xinxiang', 'hongqi', 'weibin'])
  })

  it('returns every district for an empty or blank query', () => {
    expect(searchEntries('', entries)).toEqual(entries)
    expect(searchEntries('   ', entries)).toEqual(entries)
  })

  it('returns nothing when nothing matches', () => {
    expect(searchDistricts('郑州')).toEqual([])
    expect(searchDistricts('410799')).toEqual([])
  })

  it('answers a keystroke over 3,000 districts in a few milliseconds', () => {
    const many = searchEntriesOf(Array.from({ length: 3000 }, (_, i) => district(String(410000 + i), `d${i}`, `区${i}`, `D ${i}`, XINXIANG)))
    const round = () => {
      const started = performance.now()
      for (const q of ['w', 'wb', '41', '新乡', 'xinx'])
        searchEntries(q, many)
      return (performance.now() - started) / 5
    }
    // the best of a few rounds, once the code is warm, as a reader's keystrokes after the first
    expect(Math.min(...Array.from({ length: 5 }, round))).toBeLessThan(10)
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
