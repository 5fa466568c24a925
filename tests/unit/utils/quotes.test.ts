import { describe, expect, it } from 'vitest'
import type { Segment } from '~/utils/quotes'
import { paragraphs, segmentText } from '~/utils/quotes'

const TEXT = '一年来，全区经济运行稳中向好。全年实现地区生产总值141.8亿元，同比增长2.3%，高于全市平均水平0.8个百分点；社会消费品零售总额138.9亿元，居全市第2位。'
const GDP = '全年实现地区生产总值141.8亿元，同比增长2.3%，高于全市平均水平0.8个百分点'
const RETAIL = '社会消费品零售总额138.9亿元，居全市第2位'

/** The segments glued back together: no character may be lost or repeated. */
function joined(segments: Segment[]): string {
  return segments.map(s => s.text).join('')
}

describe('segmentText', () => {
  it('returns text without quotes as one plain run', () => {
    expect(segmentText(TEXT, [])).toEqual([{ kind: 'text', text: TEXT }])
  })

  it('returns nothing for an empty paragraph', () => {
    expect(segmentText('', [{ quote: GDP, id: 'gdp' }])).toEqual([])
  })

  it('highlights one quote between the plain text around it', () => {
    expect(segmentText(TEXT, [{ quote: GDP, id: 'gdp' }])).toEqual([
      { kind: 'text', text: '一年来，全区经济运行稳中向好。' },
      { kind: 'quote', text: GDP, ids: ['gdp'] },
      { kind: 'text', text: '；社会消费品零售总额138.9亿元，居全市第2位。' },
    ])
  })

  it('starts with the quote when the paragraph does', () => {
    const segments = segmentText('新增城镇就业6955人。', [{ quote: '新增城镇就业6955人', id: 'new-urban-jobs' }])
    expect(segments).toEqual([
      { kind: 'quote', text: '新增城镇就业6955人', ids: ['new-urban-jobs'] },
      { kind: 'text', text: '。' },
    ])
  })

  it('highlights two quotes in the order they appear in the text, whatever order the metrics come in', () => {
    const segments = segmentText(TEXT, [{ quote: RETAIL, id: 'retail-sales' }, { quote: GDP, id: 'gdp' }])
    expect(segments).toEqual([
      { kind: 'text', text: '一年来，全区经济运行稳中向好。' },
      { kind: 'quote', text: GDP, ids: ['gdp'] },
      { kind: 'text', text: '；' },
      { kind: 'quote', text: RETAIL, ids: ['retail-sales'] },
      { kind: 'text', text: '。' },
    ])
    expect(joined(segments)).toBe(TEXT)
  })

  it('merges two metrics quoting the same clause into one highlight naming both', () => {
    const text = '新签约亿元以上项目27个，总投资142亿元，同比增长21.26%。'
    const quote = '新签约亿元以上项目27个，总投资142亿元，同比增长21.26%'
    const segments = segmentText(text, [
      { quote, id: 'new-signed-major-projects' },
      { quote, id: 'new-signed-major-projects-investment' },
    ])
    expect(segments).toEqual([
      { kind: 'quote', text: quote, ids: ['new-signed-major-projects', 'new-signed-major-projects-investment'] },
      { kind: 'text', text: '。' },
    ])
  })

  it('merges a quote that overlaps an earlier one into one highlight covering both, keeping all the text', () => {
    const first = '全年实现地区生产总值141.8亿元，同比增长2.3%'
    const second = '同比增长2.3%，高于全市平均水平0.8个百分点'
    const segments = segmentText(TEXT, [{ quote: second, id: 'gdp-vs-city' }, { quote: first, id: 'gdp' }])
    expect(segments.filter(s => s.kind === 'quote')).toEqual([{ kind: 'quote', text: '全年实现地区生产总值141.8亿元，同比增长2.3%，高于全市平均水平0.8个百分点', ids: ['gdp', 'gdp-vs-city'] }])
    expect(segments[2]).toEqual({ kind: 'text', text: '；社会消费品零售总额138.9亿元，居全市第2位。' })
    expect(joined(segments)).toBe(TEXT)
  })

  it('keeps the longer of two quotes starting at the same place, naming both metrics', () => {
    const short = '全年实现地区生产总值141.8亿元'
    const segments = segmentText(TEXT, [{ quote: short, id: 'gdp-value' }, { quote: GDP, id: 'gdp' }])
    expect(segments[1]).toEqual({ kind: 'quote', text: GDP, ids: ['gdp', 'gdp-value'] })
    expect(segments.filter(s => s.kind === 'quote')).toHaveLength(1)
    expect(joined(segments)).toBe(TEXT)
  })

  it('attaches a quote inside another to the enclosing highlight', () => {
    const segments = segmentText(TEXT, [{ quote: GDP, id: 'gdp' }, { quote: '同比增长2.3%', id: 'gdp-growth' }])
    expect(segments.filter(s => s.kind === 'quote')).toEqual([{ kind: 'quote', text: GDP, ids: ['gdp', 'gdp-growth'] }])
    expect(joined(segments)).toBe(TEXT)
  })

  it('ignores a quote that is not in the paragraph', () => {
    const segments = segmentText(TEXT, [{ quote: '新增城镇就业1.36万人', id: 'new-urban-jobs' }, { quote: RETAIL, id: 'retail-sales' }])
    expect(segments.filter(s => s.kind === 'quote')).toEqual([{ kind: 'quote', text: RETAIL, ids: ['retail-sales'] }])
    expect(joined(segments)).toBe(TEXT)
  })
})

describe('paragraphs', () => {
  it('splits on blank lines and trims each paragraph', () => {
    const source = '  各位代表：\n\n现在，我代表区人民政府向大会报告工作。\n  \n一、2023年工作回顾  \n\n\n'
    expect(paragraphs(source)).toEqual(['各位代表：', '现在，我代表区人民政府向大会报告工作。', '一、2023年工作回顾'])
  })

  it('keeps single line breaks inside a paragraph', () => {
    expect(paragraphs('一是稳增长。\n二是促投资。\n\n三是惠民生。')).toEqual(['一是稳增长。\n二是促投资。', '三是惠民生。'])
  })

  it('handles Windows line endings', () => {
    expect(paragraphs('第一段。\r\n\r\n第二段。')).toEqual(['第一段。', '第二段。'])
  })

  it('returns no paragraphs for blank text', () => {
    expect(paragraphs('')).toEqual([])
    expect(paragraphs(' \n\n \n')).toEqual([])
  })
})
