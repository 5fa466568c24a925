import { describe, expect, it } from 'vitest'
import type { Measure } from '~/utils/fitText'
import { fitLines, truncate } from '~/utils/fitText'

/** Roughly a sans-serif: a CJK character one em wide, anything else about half an em; bold 10% wider. */
const measure: Measure = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)![1])
  const ems = [...text].reduce((n, ch) => n + (/[\u4E00-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.55), 0)
  return ems * size * (font.startsWith('bold') ? 1.1 : 1)
}

describe('fitLines', () => {
  const font = '36px sans-serif'
  it('breaks English between words', () => {
    expect(fitLines('one two three four', measure('three four', font), font, measure, 3)).toEqual(['one two', 'three four'])
  })
  it('breaks Chinese between any two characters', () => {
    expect(fitLines('卫滨区经济社会发展成就', 36 * 4, font, measure, 3)).toEqual(['卫滨区经', '济社会发', '展成就'])
  })
  it('cuts the last line with an ellipsis when the text goes on', () => {
    const lines = fitLines('one two three four five six seven', measure('one two', font), font, measure, 2)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe('one two')
    expect(lines[1]).toMatch(/^three.*…$/)
    expect(measure(lines[1]!, font)).toBeLessThanOrEqual(measure('one two', font))
  })
  it('starts no line with closing punctuation', () => {
    const lines = fitLines('区情速览，来源：卫滨区发展成就', 36 * 4, font, measure, 6)
    expect(lines.join('')).toBe('区情速览，来源：卫滨区发展成就')
    for (const line of lines)
      expect(line).not.toMatch(/^[，：]/)
  })
  it('keeps a short text on one line, as it is', () => {
    expect(fitLines('卫滨区 Weibin', 1000, font, measure, 2)).toEqual(['卫滨区 Weibin'])
  })
})

describe('truncate', () => {
  const font = 'bold 34px sans-serif'
  it('keeps a text that fits, and cuts one that does not with an ellipsis, within the width', () => {
    expect(truncate('GDP', 200, font, measure)).toBe('GDP')
    const cut = truncate('General public budget revenue', 200, font, measure)
    expect(cut).toMatch(/^General.*…$/)
    expect(measure(cut, font)).toBeLessThanOrEqual(200)
  })
})

describe('cutting between words', () => {
  const font = '26px sans-serif'
  it('cuts an English label after a whole word, and Chinese anywhere', () => {
    expect(truncate('Retail sales of consumer goods', measure('Retail sales of consu…', font), font, measure)).toBe('Retail sales of…')
    expect(truncate('社会消费品零售总额', 26 * 5, font, measure)).toBe('社会消费…')
  })
})
