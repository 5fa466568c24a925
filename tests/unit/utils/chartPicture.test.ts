import { describe, expect, it } from 'vitest'
import { chartPicture } from '~/utils/chartPicture'
import type { Measure } from '~/utils/fitText'

const measure: Measure = (text, font) => [...text].length * Number(/(\d+)px/.exec(font)![1]) * 0.6

const input = {
  chart: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 340 160"><text fill="currentColor">卫滨区</text></svg>',
  width: 340,
  height: 160,
  title: '地区生产总值：红旗区 261亿元，卫滨区 141.8亿元',
  source: '来源：区情速览 · http://localhost:4173/d/410703#gdp',
  background: 'rgb(255, 255, 255)',
  color: 'rgb(17, 24, 39)',
  font: 'sans-serif',
}

describe('chartPicture', () => {
  it('puts the title above the chart and the source below it, on the page\'s background', () => {
    const { svg, width, height } = chartPicture(input, measure)
    expect(width).toBe(372)
    expect(height).toBeGreaterThan(160 + 2 * 16)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="372"/)
    expect(svg).toContain('<rect width="100%" height="100%" fill="rgb(255, 255, 255)"/>')
    const title = svg.indexOf('地区生产总值')
    const chart = svg.indexOf('<svg x="16"')
    const source = svg.indexOf('来源：区情速览')
    expect(title).toBeGreaterThan(0)
    expect(chart).toBeGreaterThan(title)
    expect(source).toBeGreaterThan(chart)
  })

  it('keeps the chart\'s viewBox and its text in the page\'s colour, at the size the page gives its labels', () => {
    const { svg } = chartPicture(input, measure)
    expect(svg).toMatch(/<svg x="16" y="[\d.]+" width="340" height="160" viewBox="0 0 340 160" font-size="12" dominant-baseline="central">/)
    expect(svg).toContain('color="rgb(17, 24, 39)"')
  })

  it('breaks a long title into lines and escapes what would break the XML', () => {
    const long = chartPicture({ ...input, title: '长'.repeat(80) }, measure).svg
    expect(long.match(/font-weight="bold"/g)!.length).toBeGreaterThan(1)
    expect(chartPicture({ ...input, title: 'R&D <平台>' }, measure).svg).toContain('>R&amp;D &lt;平台&gt;</text>')
  })
})
