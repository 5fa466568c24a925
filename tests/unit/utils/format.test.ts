import { describe, expect, it } from 'vitest'
import { clip, formatChange, formatChangeCell, formatDate, formatFigure, formatPercent, formatRank, formatRanks, formatSignedPercent, formatValue, formatVsAverage, ordinalEn, splitValue, titleUnderName } from '~/utils/format'

describe('formatValue', () => {
  it('keeps Chinese units in Chinese', () => {
    expect(formatValue(141.8, '亿元', 'zh-CN')).toBe('141.8亿元')
    expect(formatValue(4.08, '万元', 'zh-CN')).toBe('4.08万元')
    expect(formatValue(5500, '户', 'zh-CN', true)).toBe('5500余户')
    expect(formatValue(1.7, '万家', 'zh-CN', true)).toBe('1.7万余家')
    expect(formatValue(5000, '万元', 'zh-CN', true)).toBe('5000余万元')
  })
  it('converts to English figures', () => {
    expect(formatValue(141.8, '亿元', 'en')).toBe('CNY 14.18 bn')
    expect(formatValue(4.49, '亿元', 'en')).toBe('CNY 449 m')
    expect(formatValue(4.08, '万元', 'en')).toBe('CNY 40,800')
    expect(formatValue(727.6, '万元', 'en')).toBe('CNY 7.276 m')
    expect(formatValue(1.36, '万人', 'en')).toBe('13,600 people')
    expect(formatValue(3.8, '万米', 'en')).toBe('38 km')
    expect(formatValue(2.4, '万平方米', 'en')).toBe('24,000 m²')
    expect(formatValue(5500, '户', 'en', true)).toBe('over 5,500 households')
    expect(formatValue(93.9, '%', 'en')).toBe('93.9%')
  })
  it('names what a count counts where the indicator says so, in English only', () => {
    expect(formatValue(5.5, '万户', 'en', false, 'entities')).toBe('55,000 entities')
    expect(formatValue(30, '家', 'en', false, 'platforms')).toBe('30 platforms')
    expect(formatValue(5500, '户', 'en', true, undefined)).toBe('over 5,500 households')
    expect(formatValue(5.5, '万户', 'zh-CN', false, 'entities')).toBe('5.5万户')
  })
  it('writes 近百场 as nearly, not over, and 突破1.7万家 as over', () => {
    expect(formatValue(100, '场', 'zh-CN', 'near')).toBe('近100场')
    expect(formatValue(100, '场', 'en', 'near')).toBe('nearly 100 events')
    expect(formatValue(1.7, '万家', 'en', true)).toBe('over 17,000 firms')
    expect(formatValue(50, '万套', 'en', false, 'sets')).toBe('500,000 sets')
  })
  it('writes an index as a bare number: its name says it is an index', () => {
    expect(formatValue(4.71, '指数', 'zh-CN')).toBe('4.71')
    expect(formatValue(4.71, '指数', 'en')).toBe('4.71')
  })
  it('splits number and unit for large type', () => {
    expect(splitValue('141.8亿元')).toEqual({ number: '141.8', unit: '亿元' })
    expect(splitValue('CNY 14.18 bn')).toEqual({ number: 'CNY 14.18', unit: 'bn' })
  })
})

describe('formatChange', () => {
  it('reads like the reports', () => {
    expect(formatChange({ kind: 'pct', value: 2.3 }, '亿元', 'zh-CN')).toBe('同比增长2.3%')
    expect(formatChange({ kind: 'pct', value: -1.5 }, '亿元', 'zh-CN')).toBe('同比下降1.5%')
    expect(formatChange({ kind: 'abs', value: 15 }, '天', 'zh-CN')).toBe('同比增加15天')
  })
  it('reads naturally in English', () => {
    expect(formatChange({ kind: 'pct', value: 2.3 }, '亿元', 'en')).toBe('+2.3% y/y')
    expect(formatChange({ kind: 'pct', value: -1.5 }, '亿元', 'en')).toBe('−1.5% y/y')
    expect(formatChange({ kind: 'abs', value: 15 }, '天', 'en')).toBe('+15 days y/y')
  })
})

describe('formatChangeCell', () => {
  it('gives the sign and the figure, for a column headed 同比 / Year on year', () => {
    expect(formatChangeCell({ kind: 'pct', value: 4.3 }, '亿元', 'zh-CN')).toBe('+4.3%')
    expect(formatChangeCell({ kind: 'pct', value: -1.5 }, '亿元', 'zh-CN')).toBe('−1.5%')
    expect(formatChangeCell({ kind: 'abs', value: 15 }, '天', 'zh-CN')).toBe('+15天')
    expect(formatChangeCell({ kind: 'pct', value: -1.5 }, '亿元', 'en')).toBe('−1.5%')
    expect(formatChangeCell({ kind: 'abs', value: 15 }, '天', 'en')).toBe('+15 days')
    expect(formatChangeCell({ kind: 'abs', value: -0.45 }, '亿元', 'en')).toBe('−CNY 45 m')
  })
  it('gives no change no sign', () => {
    expect(formatChangeCell({ kind: 'pct', value: 0 }, '亿元', 'zh-CN')).toBe('0%')
    expect(formatChangeCell({ kind: 'pct', value: -0 }, '亿元', 'en')).toBe('0%')
    expect(formatChangeCell({ kind: 'abs', value: 0 }, '天', 'zh-CN')).toBe('0天')
  })
})

describe('formatPercent', () => {
  it('writes a fall with the minus sign, as the tables do, and no sign for a zero', () => {
    expect(formatPercent(2.3)).toBe('2.3%')
    expect(formatPercent(-1.5)).toBe('−1.5%')
    expect(formatPercent(-0.04, 1)).toBe('0.0%')
    expect(formatPercent(-0)).toBe('0%')
    expect(formatPercent(1, 1)).toBe('1.0%')
  })
})

describe('formatSignedPercent', () => {
  it('signs a growth rate, keeping the places a derived one was given', () => {
    expect(formatSignedPercent(2.3)).toBe('+2.3%')
    expect(formatSignedPercent(-1.5)).toBe('−1.5%')
    expect(formatSignedPercent(1, 1)).toBe('+1.0%')
    expect(formatSignedPercent(0)).toBe('0%')
    expect(formatSignedPercent(-0.04, 1)).toBe('0.0%')
  })
})

describe('formatRanks', () => {
  it('gives a metric\'s ranks a line each, or a dash', () => {
    expect(formatRanks([{ scope: 'city', position: 3, basis: 'growth' }, { scope: 'districts', of: 4, position: 1, basis: 'growth' }], 'zh-CN')).toBe('增速全市第3\n增速四区第1')
    expect(formatRanks([{ scope: 'city', position: 4, basis: 'total' }], 'en')).toBe('4th in the city')
    expect(formatRanks([], 'zh-CN')).toBe('—')
    expect(formatRanks(undefined, 'en')).toBe('—')
  })
})

describe('formatFigure', () => {
  it('gives the value, or else the change, or else the ranks, or else a dash', () => {
    expect(formatFigure({ value: 141.8, unit: '亿元', change: { kind: 'pct', value: 2.3 } }, 'zh-CN')).toBe('141.8亿元')
    expect(formatFigure({ value: 141.8, unit: '亿元' }, 'en')).toBe('CNY 14.18 bn')
    expect(formatFigure({ unit: '%', change: { kind: 'pct', value: 1.9 } }, 'zh-CN')).toBe('同比增长1.9%')
    expect(formatFigure({ unit: '%', change: { kind: 'pct', value: -5.4 } }, 'en')).toBe('−5.4% y/y')
    expect(formatFigure({ unit: '指数', ranks: [{ scope: 'province', basis: 'total', position: 11 }] }, 'zh-CN')).toBe('全省第11')
    expect(formatFigure({ unit: '指数', ranks: [{ scope: 'province', basis: 'total', position: 3 }] }, 'en')).toBe('3rd in the province')
    expect(formatFigure({ unit: '个' }, 'zh-CN')).toBe('—')
  })
})

describe('formatRank', () => {
  it('names scope and basis', () => {
    expect(formatRank({ scope: 'city', basis: 'total', position: 1 }, 'zh-CN')).toBe('全市第1')
    expect(formatRank({ scope: 'districts', basis: 'total', position: 1, of: 4 }, 'zh-CN')).toBe('四区第1')
    expect(formatRank({ scope: 'city', basis: 'growth', position: 3 }, 'zh-CN')).toBe('增速全市第3')
    expect(formatRank({ scope: 'city', basis: 'total', position: 1 }, 'en')).toBe('1st in the city')
    expect(formatRank({ scope: 'districts', basis: 'total', position: 1, of: 4 }, 'en')).toBe('1st of 4 districts')
    expect(formatRank({ scope: 'province', basis: 'growth', position: 11 }, 'en')).toBe('11th in the province by growth')
  })
  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinalEn)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st'])
  })
})

describe('formatVsAverage and formatDate', () => {
  it('states the gap to the city average', () => {
    expect(formatVsAverage({ scope: 'city', pp: 0.8 }, 'zh-CN')).toBe('高于全市平均0.8个百分点')
    expect(formatVsAverage({ scope: 'city', pp: -1.2 }, 'en')).toBe('1.2 pp below the city average')
  })
  it('writes dates per language', () => {
    expect(formatDate('2024-03-06', 'zh-CN')).toBe('2024年3月6日')
    expect(formatDate('2024-03-06', 'en')).toBe('6 March 2024')
  })
})

describe('clip', () => {
  it('keeps a short text as it is', () => {
    expect(clip('卫滨区', 160)).toBe('卫滨区')
  })
  it('ends a cut text with an ellipsis, within the limit', () => {
    expect(clip('GDP CNY 14.18 bn; 0.8 percentage points above the city', 20)).toBe('GDP CNY 14.18 bn;…')
    // between words, not inside one
    expect(clip('General public budget revenue was CNY 1.15 bn', 37)).toBe('General public budget revenue was…')
    expect([...clip('卫'.repeat(200), 160)]).toHaveLength(160)
  })
})

describe('titleUnderName', () => {
  it('says the district\'s name once, under it', () => {
    expect(titleUnderName('卫滨区2023年经济社会发展成就', '卫滨区')).toBe('2023年经济社会发展成就')
    expect(titleUnderName('Weibin District: 2023 Economic and Social Achievements', 'Weibin District')).toBe('2023 Economic and Social Achievements')
    expect(titleUnderName('Shanyang District Government Work Report 2024', 'Shanyang District')).toBe('Government Work Report 2024')
  })
  it('keeps a title that does not start with the name, or is nothing but it', () => {
    expect(titleUnderName('新乡市卫滨区政府工作报告', '卫滨区')).toBe('新乡市卫滨区政府工作报告')
    expect(titleUnderName('卫滨区', '卫滨区')).toBe('卫滨区')
  })
})
