import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cityAverageGrowth } from '~/utils/derive'
import { citiesOfChina } from '~/synth/divisions'
import { SYNTH_INDICATORS, synthesize } from '~/synth/generate'
import type { RawData } from '~/data/validate'
import { validateData } from '~/data/validate'
import type { Indicator } from '~/schemas/report'

const catalogue = (JSON.parse(readFileSync('data/indicators.json', 'utf8')) as { indicators: Indicator[] }).indicators
const cities = citiesOfChina()
const run = (seed = 1) => synthesize(cities, catalogue, { districts: 40, years: 2, seed }, zh => `Name ${zh.length}`)

function asRaw(files: ReturnType<typeof run>): RawData {
  const bytes = (path: string) => new TextEncoder().encode(files.find(f => f.path === path)!.text)
  const dirs = [...new Set(files.filter(f => f.path.startsWith('reports/')).map(f => f.path.split('/')[1]!))]
  return { indicators: bytes('indicators.json'), reports: dirs.map(dir => ({ dir, json: bytes(`reports/${dir}/report.json`), source: bytes(`reports/${dir}/source.txt`) })) }
}

describe('synthesize', () => {
  it('takes real divisions: 卫滨区 is 410703 of 新乡市, 河南省, and the largest city is 重庆市', () => {
    const xinxiang = cities.find(c => c.name.zh === '新乡市')!
    expect(xinxiang.province.zh).toBe('河南省')
    expect(xinxiang.districts.find(d => d.code === '410703')).toMatchObject({ slug: 'weibin', name: { zh: '卫滨区', en: 'Weibin District' } })
    expect(cities.reduce((a, b) => (b.districts.length > a.districts.length ? b : a)).name.zh).toBe('重庆市')
  })

  it('writes the same files for the same seed, and other figures for another', () => {
    expect(run(1)).toEqual(run(1))
    expect(run(2)).not.toEqual(run(1))
  })

  it('passes check-data: every quote verbatim, every figure in its quote, every rank and gap stated', () => {
    const { dataset, errors } = validateData(asRaw(run()))
    expect(errors).toEqual([])
    expect(dataset!.reports).toHaveLength(80)
    expect(dataset!.indicators.map(i => i.id).sort()).toEqual([...SYNTH_INDICATORS].sort())
  })

  it('ranks each city as a city: 1 … n once a year, and every gap implies the same city average', () => {
    const { dataset } = validateData(asRaw(run()))
    const chongqing = dataset!.reports.filter(r => r.meta.district.city.zh === '重庆市' && r.meta.year === 2023)
    const gdp = chongqing.map(r => r.metrics.find(m => m.indicator === 'gdp')!)
    expect(gdp.map(m => m.ranks![0]!.position).sort((a, b) => a - b)).toEqual(chongqing.map((_, i) => i + 1))
    const averages = new Set(gdp.flatMap(m => (m.vsAverage === undefined ? [] : [cityAverageGrowth(m)!.value])))
    expect(averages.size).toBe(1)
  })
})
