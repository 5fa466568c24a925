/**
 * The one place that says what the data in `data/` looks like.
 * Every TypeScript type for data in the app is inferred from these schemas.
 */
import { z } from 'zod'
import type { ReportKind } from './constants.ts'
import { averageScopes, categoryIds, rankScopes, REPORT_KINDS, unitIds } from './constants.ts'

export { averageScopes, categoryIds, rankScopes }

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

const countNounEn = z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/, 'an English plural noun in lower case')

/**
 * A comparable indicator: a fixed definition that statistics bureaus and reports share, so that
 * districts can be ranked and compared on it. Figures that belong to one report's achievements
 * (a named project's investment) are report-only figures, in that report.
 */
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
  countNounEn: countNounEn.optional(),
  /** Other names reports give it (生产总值, 规上工业增加值, GDP): how ingest recognises it. */
  synonyms: z.object({
    zh: z.array(z.string().min(1)),
    en: z.array(z.string().min(1)),
  }).strict(),
}).strict()
export type Indicator = z.infer<typeof indicator>

export const indicatorCatalogue = z.object({
  indicators: z.array(indicator).min(1),
}).strict()

export const rank = z.object({
  /** the group: 全国, 全省, 全市, 全县, 全区, or 四区 (the city's urban districts) */
  scope: z.enum(rankScopes),
  /** what was ranked: the total, or the growth rate */
  basis: z.enum(['total', 'growth']),
  position: z.number().int().positive(),
  /** the size of the group, when the report gives it (四区 → 4) */
  of: z.number().int().positive().optional(),
}).strict()
export type Rank = z.infer<typeof rank>

export const change = z.object({
  /** pct = 同比增长 x%; pp = 提高 x 个百分点 (of a rate in %); abs = 同比增加 x 天 (in the figure's unit) */
  kind: z.enum(['pct', 'pp', 'abs']),
  value: z.number(),
}).strict()
export type Change = z.infer<typeof change>

export const approximate = z.union([z.boolean(), z.literal('near')])
export type Approximate = z.infer<typeof approximate>

/** 高于全市平均水平 x 个百分点: whose average, and the gap (negative when 低于) */
export const vsAverage = z.object({
  scope: z.enum(averageScopes),
  pp: z.number(),
}).strict()
export type VsAverage = z.infer<typeof vsAverage>

/** What every figure states, comparable or report-only: its value, change, ranks and quote. */
const figureFields = {
  /** The figure as written; absent when the report only gives the growth. */
  value: z.number().optional(),
  unit: unitId,
  /** The whole the value is a part of, in the same unit and written in the quote (已交付46栋 of 66栋楼). */
  of: z.number().positive().optional(),
  /** true: a rounded lower bound (130余项, 超, 突破); near: about the figure, perhaps below it (近百场, 约) */
  approximate: approximate.optional(),
  change: change.optional(),
  ranks: z.array(rank).optional(),
  vsAverage: vsAverage.optional(),
  /** The sentence (or clause) the figures come from, verbatim from source.txt. */
  quote: z.string().min(4),
}

type FigureShape = z.infer<z.ZodObject<typeof figureFields>>

function statesSomething<T extends z.ZodType<FigureShape>>(schema: T) {
  return schema.refine(m => m.value !== undefined || m.change !== undefined || (m.ranks?.length ?? 0) > 0, {
    // a rank-only result (营商环境评价全省第十一) is a figure with ranks and no value
    message: 'a figure needs a value, a change or a rank',
  }).refine(m => m.of === undefined || m.value !== undefined, {
    message: 'of needs a value it is the whole of',
    path: ['of'],
  })
}

/** A figure on a comparable indicator of the catalogue: ranked and compared across districts. */
export const metric = statesSomething(z.object({
  indicator: slug,
  ...figureFields,
}).strict())
export type Metric = z.infer<typeof metric>

/**
 * A report-only figure: a quoted fact of one achievement (a named project's investment, 23
 * promotion events), named in the report itself. Shown on its card and in the report, never
 * ranked or compared.
 */
export const reportFigure = statesSomething(z.object({
  /** unique in its report, and no catalogue indicator's id: the card's anchor (#id) */
  id: slug,
  name: bilingual,
  /** what is counted, in English, where the unit's word would misname it (see the indicator's) */
  countNounEn: countNounEn.optional(),
  ...figureFields,
}).strict())
export type ReportFigure = z.infer<typeof reportFigure>

/** The values a figure states, whichever kind it is: what cards, charts and formats read. */
export type FigureValues = FigureShape

/**
 * A goal the report sets for the next year (预期目标: 地区生产总值增长6%左右) on a comparable
 * indicator: the next year's report gives the result it is held against.
 */
export const target = z.object({
  indicator: slug,
  /** growth: a growth rate in % (增长6%); value: a value with its unit (达到500亿元), a rate being a value in % (60%) */
  kind: z.enum(['growth', 'value']),
  value: z.number(),
  /** the value's unit; a growth is in % */
  unit: unitId.optional(),
  /** about: 左右; atLeast: 以上, 不低于, 突破 */
  approximate: z.enum(['about', 'atLeast']).optional(),
  /** The sentence (or clause) the target comes from, verbatim from source.txt. */
  quote: z.string().min(4),
}).strict().refine(t => (t.kind === 'value') === (t.unit !== undefined), {
  message: 'a value target needs its unit, a growth target has none (it is in %)',
  path: ['unit'],
})
export type Target = z.infer<typeof target>

export const achievement = z.object({
  category: categoryId,
  title: bilingual,
  text: bilingual,
  /** the figures that belong to the achievement: indicator ids of metrics, ids of report-only figures */
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
  /** figures on comparable indicators */
  metrics: z.array(metric),
  /** report-only figures */
  figures: z.array(reportFigure).default([]),
  achievements: z.array(achievement).min(1),
  honours: z.array(honour),
  /** the goals the report sets for the next year (year + 1), on comparable indicators */
  targets: z.array(target).default([]),
}).strict()
export type ReportData = z.infer<typeof reportData>
