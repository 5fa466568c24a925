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
  '公里', '千米', '米', '万米', '平方米', '万平方米', '平方公里', '亩', '万亩', '天',
  '人次', '万人次', '吨', '万吨', '千瓦', '万千瓦', '万千瓦时', '座', '辆', '万辆', '台', '宗', '间', '张', '篇', '批', '倍',
  // an index (综合指数4.71) has no unit to convert: the word comes before the figure
  '指数',
] as const

/**
 * The group a rank is within: country = 全国, province = 全省, city = 全市, county = 全县,
 * district = 全区 (the district's own units), districts = 四区 (the city's urban districts).
 */
export const rankScopes = ['country', 'province', 'city', 'county', 'district', 'districts'] as const

/** Whose average a gap is to: 高于全国 / 全省 / 全市 / 全县 / 全区平均水平. */
export const averageScopes = ['country', 'province', 'city', 'county', 'district'] as const

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

/**
 * A dataset of at most this many districts is listed whole (home, about, compare's picker) and
 * comes with the first load, as one piece; a larger one is browsed by province and city, found by
 * search, and each city's districts are a chunk of their own.
 */
export const LIST_UP_TO = 24
