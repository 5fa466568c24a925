/**
 * The one place that says what the data in `data/` looks like.
 * Every TypeScript type for data in the app is inferred from these schemas.
 */
import { z } from 'zod'
import type { ReportKind } from './constants.ts'
import { categoryIds, rankScopes, REPORT_KINDS, unitIds } from './constants.ts'

export { categoryIds, rankScopes }

/** Text that exists in both interface languages. */
export const bilingual = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
}).strict()
export type Bilingual = z.infer<typeof bilingual>


export const categoryId = z.enum(categoryIds)
export type CategoryId = z.infer<typeof categoryId>

export const unitId = z.enum(unitIds)
export type UnitId = z.infer<typeof unitId>

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and dashes')

export const indicator = z.object({
  id: slug,
  name: bilingual,
  /** The unit values are compared in; metrics may use a compatible unit (人 / 万人). */
  unit: unitId,
  category: categoryId,
  higherIsBetter: z.boolean(),
  definition: bilingual,
  /**
   * What is counted, in English, where the unit's usual word would misname it: 市场主体5.5万户
   * are 55,000 market entities, not households; 30家 R&D platforms are not firms.
   */
  countNounEn: z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/, 'an English plural noun in lower case').optional(),
}).strict()
export type Indicator = z.infer<typeof indicator>

export const indicatorCatalogue = z.object({
  indicators: z.array(indicator).min(1),
}).strict()

export const rank = z.object({
  /** city = 全市, districts = 四区 (the city's urban districts), province = 全省 */
  scope: z.enum(rankScopes),
  /** what was ranked: the total, or the growth rate */
  basis: z.enum(['total', 'growth']),
  position: z.number().int().positive(),
  /** the size of the group, when the report gives it (四区 → 4) */
  of: z.number().int().positive().optional(),
}).strict()
export type Rank = z.infer<typeof rank>

export const change = z.object({
  /** pct = 同比增长 x%; abs = 同比增加 x 天 (in the metric's unit) */
  kind: z.enum(['pct', 'abs']),
  value: z.number(),
}).strict()
export type Change = z.infer<typeof change>

export const approximate = z.union([z.boolean(), z.literal('near')])
export type Approximate = z.infer<typeof approximate>

export const metric = z.object({
  indicator: slug,
  /** The figure as written; absent when the report only gives the growth. */
  value: z.number().optional(),
  unit: unitId,
  /** The whole the value is a part of, in the same unit and written in the quote (已交付46栋 of 66栋楼). */
  of: z.number().positive().optional(),
  /** true: a rounded lower bound (130余项, 超, 突破); near: about the figure, perhaps below it (近百场, 约) */
  approximate: approximate.optional(),
  change: change.optional(),
  ranks: z.array(rank).optional(),
  /** 高于全市平均水平 x 个百分点 (negative when 低于) */
  vsCityAveragePp: z.number().optional(),
  /** The sentence (or clause) the figures come from, verbatim from source.txt. */
  quote: z.string().min(4),
}).strict().refine(m => m.value !== undefined || m.change !== undefined || (m.ranks?.length ?? 0) > 0, {
  // a rank-only result (营商环境评价全省第十一) is a metric with ranks and no figure
  message: 'a metric needs a value, a change or a rank',
}).refine(m => m.of === undefined || m.value !== undefined, {
  message: 'of needs a value it is the whole of',
  path: ['of'],
})
export type Metric = z.infer<typeof metric>

export const achievement = z.object({
  category: categoryId,
  title: bilingual,
  text: bilingual,
  /** indicator ids of this report's metrics that belong to the achievement */
  metrics: z.array(slug),
}).strict()
export type Achievement = z.infer<typeof achievement>

export const honour = z.object({
  name: bilingual,
  quote: z.string().min(4),
}).strict()
export type Honour = z.infer<typeof honour>

/** Whether y-m-d is a day of the calendar (2024-02-29 is, 2024-02-30 is not). */
function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number)
  const date = new Date(Date.UTC(y!, m! - 1, d!))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d
}

const isoDate = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date like 2024-03-06', abort: true })
  .refine(isCalendarDate, 'not a real date (no such day in the calendar)')

export const reportMeta = z.object({
  district: z.object({
    code: z.string().regex(/^\d{6}$/, 'a 6-digit administrative division code'),
    slug,
    name: bilingual,
    province: bilingual,
    city: bilingual,
  }).strict(),
  title: bilingual,
  kind: z.enum(Object.keys(REPORT_KINDS) as [ReportKind, ...ReportKind[]]),
  date: isoDate,
  venue: bilingual,
  speaker: z.object({ name: bilingual, role: bilingual }).strict(),
  year: z.number().int().min(2000).max(2100),
  /** Several reports may come from one event (one press conference, two districts). */
  event: z.string().optional(),
  /** Where the text came from, and what was cleaned. */
  sourceNote: bilingual,
  /** The address the report was published at, where known (never guessed). */
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
}).strict()

export const reportData = z.object({
  meta: reportMeta,
  summary: bilingual,
  highlights: z.array(bilingual).min(3).max(6),
  metrics: z.array(metric).min(1),
  achievements: z.array(achievement).min(1),
  honours: z.array(honour),
}).strict()
export type ReportData = z.infer<typeof reportData>
