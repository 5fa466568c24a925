/** Small builders for unit-test data: an indicator in one line instead of eight. */
import type { CategoryId, Indicator, Metric, UnitId } from '~/schemas/report'

export function indicator(id: string, zh: string, en: string, unit: UnitId, opts: { category?: CategoryId, higherIsBetter?: boolean } = {}): Indicator {
  return {
    id,
    name: { zh, en },
    unit,
    category: opts.category ?? 'economy',
    higherIsBetter: opts.higherIsBetter ?? true,
    definition: { zh: `${zh}。`, en: `${en}.` },
    synonyms: { zh: [], en: [] },
  }
}

/** 卫滨区's GDP as data/ has it: a value, a growth rate and a gap to the city average. */
export const weibinGdp: Metric = {
  indicator: 'gdp',
  value: 141.8,
  unit: '亿元',
  change: { kind: 'pct', value: 2.3 },
  vsAverage: { scope: 'city', pp: 0.8 },
  quote: '全年实现地区生产总值141.8亿元，同比增长2.3%，高于全市平均水平0.8个百分点',
}
