import { describe, expect, it } from 'vitest'
import type { Measure } from '~/utils/fitText'
import type { SummaryCard } from '~/utils/summaryCard'
import { CARD, layoutSummaryCard } from '~/utils/summaryCard'

/** Roughly a sans-serif: a CJK character one em wide, anything else about half an em; bold 10% wider. */
const measure: Measure = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)![1])
  const ems = [...text].reduce((n, ch) => n + (/[\u4E00-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.55), 0)
  return ems * size * (font.startsWith('bold') ? 1.1 : 1)
}

const english: SummaryCard = {
  title: 'Shanyang District',
  subtitle: 'Shanyang District Government Work Report 2024 · 6 March 2024',
  figures: [
    { label: 'GDP', value: 'CNY 21.6 bn', note: '+2.2% y/y' },
    { label: 'General public budget revenue', value: 'CNY 1.15 bn', note: '−4.3% y/y', falling: true },
    { label: 'Tax revenue', value: 'CNY 1.08 bn' },
    { label: 'Tax share of budget revenue', value: '93.9%' },
  ],
  url: 'https://brief.example.org/en/d/410811',
  footer: 'District Brief · Source: Shanyang District Government Work Report 2024',
}

const chinese: SummaryCard = {
  title: '卫滨区',
  subtitle: '卫滨区2023年经济社会发展成就 · 2024年3月6日',
  figures: [
    { label: '地区生产总值', value: '141.8亿元', note: '同比增长2.3%' },
    { label: '固定资产投资', value: '18.2%', note: '同比增长18.2%' },
    { label: '一般公共预算收入', value: '4.49亿元', note: '同比增长11.7%' },
    { label: '税占比', value: '95.3%' },
  ],
  url: 'https://brief.example.org/d/410703',
  footer: '区情速览 · 来源：卫滨区2023年经济社会发展成就',
}

const FAMILY = 'sans-serif'
const right = (t: { text: string, x: number, font: string }) => t.x + measure(t.text, t.font)

describe('layoutSummaryCard', () => {
  for (const [name, card] of [['English', english], ['Chinese', chinese]] as const) {
    it(`keeps every ${name} line inside the card's margins`, () => {
      const { texts } = layoutSummaryCard(card, measure, FAMILY)
      for (const t of texts) {
        expect(t.x, t.text).toBeGreaterThanOrEqual(CARD.margin)
        expect(right(t), t.text).toBeLessThanOrEqual(CARD.width - CARD.margin)
      }
    })

    it(`draws each ${name} change after its value ends, measured in the value's font`, () => {
      const { texts } = layoutSummaryCard(card, measure, FAMILY)
      for (const f of card.figures.filter(f => f.note)) {
        const value = texts.find(t => t.text === f.value)!
        const note = texts.find(t => t.text === f.note)!
        expect(note.y).toBe(value.y)
        expect(note.x, f.note).toBeGreaterThan(right(value))
      }
    })

    it(`keeps the ${name} text clear of the QR code`, () => {
      const { texts, qr } = layoutSummaryCard(card, measure, FAMILY)
      for (const t of texts) {
        const size = Number(/(\d+)px/.exec(t.font)![1])
        const overlapsRows = t.y > qr.y && t.y - size < qr.y + qr.size
        if (overlapsRows)
          expect(right(t), t.text).toBeLessThan(qr.x)
      }
    })
  }

  it('shows all four figures and the whole link on an ordinary card', () => {
    const { texts } = layoutSummaryCard(english, measure, FAMILY)
    for (const f of english.figures)
      expect(texts.map(t => t.text)).toContain(f.value)
    expect(texts.map(t => t.text)).toContain(english.url)
  })

  it('colours a fall amber and a rise green, from the data rather than the words', () => {
    const { texts } = layoutSummaryCard(english, measure, FAMILY)
    expect(texts.find(t => t.text === '+2.2% y/y')!.color).toBe('#0f766e')
    expect(texts.find(t => t.text === '−4.3% y/y')!.color).toBe('#b45309')
    // words that read like a fall, data that says a rise, and the other way round
    const mixed = layoutSummaryCard({ ...chinese, figures: [
      { label: '甲', value: '1亿元', note: '同比下降1%', falling: false },
      { label: '乙', value: '2亿元', note: '同比增长2%', falling: true },
    ] }, measure, FAMILY)
    expect(mixed.texts.find(t => t.text === '同比下降1%')!.color).toBe('#0f766e')
    expect(mixed.texts.find(t => t.text === '同比增长2%')!.color).toBe('#b45309')
  })

  it('puts a change under its value when the two do not fit on one line', () => {
    const card = { ...chinese, figures: [{ label: '新签约项目总投资', value: '1234567890.12亿元', note: '同比增长1234567.8%' }] }
    const { texts } = layoutSummaryCard(card, measure, FAMILY)
    const value = texts.find(t => t.text === card.figures[0]!.value)!
    const note = texts.find(t => t.text === card.figures[0]!.note)!
    expect(note.x).toBe(CARD.margin)
    expect(note.y).toBeGreaterThan(value.y)
  })

  it('wraps a long link beside the QR code without losing a character', () => {
    const url = 'https://brief.example.org/district-brief/en/compare?d=410703,410702,410811&m=gdp'
    const { texts, qr } = layoutSummaryCard({ ...english, url }, measure, FAMILY)
    const lines = texts.filter(t => url.includes(t.text) && t.font.includes('28px') && !english.footer.includes(t.text))
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.map(t => t.text).join('')).toBe(url)
    for (const t of lines)
      expect(right(t)).toBeLessThan(qr.x)
  })

  it('leaves off figures that would reach the QR code rather than draw over it', () => {
    const long = { label: 'A long indicator', value: 'CNY 12,345,678.9 bn', note: '+1,234,567.8% year on year, well above the city' }
    const { texts, qr } = layoutSummaryCard({ ...english, subtitle: english.subtitle.repeat(3), figures: [long, long, long, long] }, measure, FAMILY)
    const values = texts.filter(t => t.text === long.value)
    // the note is wider than the card: cut with an ellipsis, under its value
    const notes = texts.filter(t => t.text.startsWith('+1,234,567.8%'))
    expect(values.length).toBeGreaterThan(0)
    expect(values.length).toBeLessThan(4)
    expect(notes).toHaveLength(values.length)
    for (const t of [...values, ...notes])
      expect(t.y).toBeLessThan(qr.y)
  })
})
