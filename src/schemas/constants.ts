/**
 * Plain lists the schema and the pages share (no zod here, so that pages can import them
 * without pulling the schema library into the first load).
 */

/** The achievement categories, in display order. */
export const categoryIds = [
  'economy', // 经济运行
  'projects', // 项目与投资
  'industry', // 产业与创新
  'business', // 营商环境
  'urban', // 城市建设
  'livelihood', // 民生
  'environment', // 生态环境
  'governance', // 社会治理
  'honours', // 荣誉
] as const

/** The figures that stand for a district in lists, page descriptions and preview cards. */
export const HEADLINE_INDICATORS = ['gdp', 'general-budget-revenue'] as const
