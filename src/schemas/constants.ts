/**
 * Plain lists the schema and the pages share (no zod here, so that pages can import them
 * without pulling the schema library into the first load).
 */

/**
 * Units as written in the reports (src/utils/units.ts says which convert into which, so that
 * 1.36万人 and 6955人 compare correctly).
 */
export const unitIds = [
  '亿元', '万元', '元', '%', '个百分点',
  '个', '家', '万家', '项', '次', '场', '件', '万件', '条', '处', '栋', '套', '万套', '所',
  '人', '万人', '户', '万户', '名', '村',
  '公里', '千米', '米', '万米', '平方米', '万平方米', '亩', '天',
  // an index (综合指数4.71) has no unit to convert: the word comes before the figure
  '指数',
] as const

/** city = 全市, districts = 四区 (the city's urban districts), province = 全省 */
export const rankScopes = ['city', 'districts', 'province'] as const

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

/** The kinds of report, each with the key of its name in the messages (`kind.workReport`). */
export const REPORT_KINDS = {
  政府工作报告: 'workReport',
  新闻发布会: 'pressConference',
} as const
export type ReportKind = keyof typeof REPORT_KINDS

/** The figures that stand for a district in lists, page descriptions and preview cards. */
export const HEADLINE_INDICATORS = ['gdp', 'general-budget-revenue'] as const
