/** Small builders for unit-test data: an indicator in one line instead of eight. */
import type { CategoryId, Indicator, UnitId } from '~/schemas/report'

export function indicator(id: string, zh: string, en: string, unit: UnitId, opts: { category?: CategoryId, higherIsBetter?: boolean } = {}): Indicator {
  return {
    id,
    name: { zh, en },
    unit,
    category: opts.category ?? 'economy',
    higherIsBetter: opts.higherIsBetter ?? true,
    definition: { zh: `${zh}。`, en: `${en}.` },
  }
}
