import { describe, expect, it } from 'vitest'
import { figureRuns } from '~/utils/figureRuns'

const figures = (text: string) => figureRuns(text).filter(r => r.figure).map(r => r.text)

describe('figureRuns: the figures a line must not break inside', () => {
  it('finds a value with its unit, the longest unit first', () => {
    expect(figures('总投资142亿元，滚动实施项目24个')).toEqual(['142亿元', '24个'])
    expect(figures('居民人均可支配收入4.08万元，新增城镇就业1.36万人')).toEqual(['4.08万元', '1.36万人'])
    expect(figures('高于全市平均水平0.8个百分点')).toEqual(['0.8个百分点'])
    expect(figures('加装燃气安全装置11.7万户')).toEqual(['11.7万户'])
  })

  it('finds a rank and a count given as “more than”', () => {
    expect(figures('居全市第1位')).toEqual(['第1位'])
    expect(figures('等600余项国家和省、市荣誉')).toEqual(['600余项'])
  })

  it('leaves a bare number, a year and the words around them alone', () => {
    expect(figures('2023年，红旗区')).toEqual([])
    expect(figureRuns('2023年，增长4.3%。')).toEqual([
      { text: '2023年，增长', figure: false },
      { text: '4.3%', figure: true },
      { text: '。', figure: false },
    ])
  })

  it('gives back the text it was given, to the character', () => {
    const text = '2023年，卫滨区地区生产总值141.8亿元，同比增长2.3%，居全市第1位。'
    expect(figureRuns(text).map(r => r.text).join('')).toBe(text)
    expect(figureRuns('')).toEqual([])
  })
})
