/**
 * The one synonym table: the phrases reports use for the shared, comparable indicators of
 * data/indicators.json, keyed by indicator id. A figure whose subject is not here stays a
 * report-only figure with its own name.
 */

export const INDICATOR_SYNONYMS: Record<string, readonly string[]> = {
  'gdp': ['地区生产总值', '生产总值', 'GDP', '地区GDP'],
  'general-budget-revenue': ['一般公共预算收入', '一般预算收入', '地方一般公共预算收入', '公共财政预算收入'],
  'tax-revenue': ['税收收入', '税收'],
  'tax-share': ['税收占比', '税占比', '税收收入占比', '税收收入占一般公共预算收入比重', '税收占一般公共预算收入比重'],
  'industrial-value-added': ['规模以上工业增加值', '规上工业增加值', '规模以上工业企业增加值'],
  'retail-sales': ['社会消费品零售总额', '社零总额', '社会消费品零售额'],
  'fixed-asset-investment': ['固定资产投资', '固投', '全社会固定资产投资', '固定资产投资额', '固定资产投资总额'],
  'industrial-investment': ['工业投资'],
  'goods-trade-volume': ['进出口总额', '货物贸易进出口额', '货物进出口总额', '外贸进出口总额', '进出口额'],
  'urban-disposable-income': ['城镇居民人均可支配收入'],
  'disposable-income': ['居民人均可支配收入', '全体居民人均可支配收入'],
  'market-entities': ['市场主体', '市场主体总数'],
  'new-urban-jobs': ['新增城镇就业', '城镇新增就业', '新增城镇就业人数', '城镇新增就业人数'],
  'new-skilled-workers': ['新增技能人才'],
  'new-high-skilled-workers': ['新增高技能人才'],
  'good-air-days': ['空气质量优良天数', '优良天数', '空气优良天数'],
}

function key(phrase: string): string {
  return phrase.replace(/[\s“”"'‘’《》()（）]/g, '').toUpperCase()
}

/** Phrase → id, derived once from the table above. */
const LOOKUP: ReadonlyMap<string, string> = new Map(
  Object.entries(INDICATOR_SYNONYMS).flatMap(([id, phrases]) => phrases.map(p => [key(p), id] as const)),
)

/** The shared indicator a subject phrase names, when it names one exactly. */
export function indicatorFor(subject: string): string | undefined {
  return LOOKUP.get(key(subject))
}
