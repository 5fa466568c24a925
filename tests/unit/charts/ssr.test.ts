import { describe, expect, it } from 'vitest'
import { growthVsAverage } from '~/charts/options/charts'
import type { ChartContext } from '~/charts/options/charts'
import { renderSvg } from '~/charts/ssr'
import { palettes } from '~/charts/themes/palette'

const zh: ChartContext = { locale: 'zh-CN', t: (k, p) => (k === 'chart.cityAverageDerived' ? '全市平均（推算）' : k + JSON.stringify(p ?? {})) }

describe('renderSvg: the prerendered picture of a chart', () => {
  const spec = growthVsAverage({ value: 141.8, unit: '亿元', change: { kind: 'pct', value: 2.3 }, vsAverage: { scope: 'city', pp: 0.8 }, quote: '' }, '卫滨区', zh)!
  const svg = renderSvg(spec.option(palettes.neutral), 340, spec.height)

  it('draws the bars and their labels', () => {
    expect(svg).toMatch(/^<svg viewBox="0 0 340 \d+">/)
    for (const text of ['卫滨区', '全市平均（推算）', '2.3%', '1.5%'])
      expect(svg).toContain(`>${text}</text>`)
    expect(svg.match(/<path d="M\S+ \S+L/g)?.length).toBeGreaterThanOrEqual(2)
    expect(svg).toContain(`fill="${palettes.neutral.focus}"`)
  })

  it('writes its labels in the page\'s text colour, readable on a light page and a dark one', () => {
    const labels = [...svg.matchAll(/<text[^>]*>/g)].map(m => m[0])
    expect(labels.length).toBeGreaterThanOrEqual(4)
    for (const label of labels)
      expect(label).toContain('fill="currentColor"')
    expect(svg).not.toContain(`fill="${palettes.neutral.text}"`)
  })

  it('leaves out what only the interactive chart uses', () => {
    expect(svg).not.toContain('<style')
    expect(svg).not.toContain('ecmeta_')
    expect(svg).not.toContain('class=')
    expect(svg).not.toContain('xlink')
    expect(svg).not.toContain('\n')
  })

  it('says once, in the page\'s CSS, what every label shares: its font and its baseline', () => {
    expect(svg).not.toContain('font-family')
    expect(svg).not.toContain('dominant-baseline')
    // the district's own bar is labelled in bold, as in the interactive chart
    expect(svg).toMatch(/<text[^>]* font-weight="bold"[^>]*>2\.3%<\/text>/)
  })

  it('escapes text, so the picture can be set as innerHTML in the browser', () => {
    const hostile = growthVsAverage({ value: 1, unit: '亿元', change: { kind: 'pct', value: 2.3 }, vsAverage: { scope: 'city', pp: 0.8 }, quote: '' }, '<img src=x onerror=alert(1)>&区', zh)!
    const picture = renderSvg(hostile.option(palettes.neutral), 340, hostile.height)
    expect(picture).not.toContain('<img')
    expect(picture).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;区')
  })
})
