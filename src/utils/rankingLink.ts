/**
 * A ranking's link, `/m/gdp?d=410703&scope=city&y=2023`: the one module that reads and writes its
 * query. `d` is the reader's district (highlighted, and the one whose city or province is the
 * scope), `scope` the group ranked (its city, its province, or all districts), `y` the year of
 * the figures (the newest when absent).
 */
import { namedCodes } from './compareLink'

type QueryValue = string | null | Array<string | null> | undefined

export const RANKING_SCOPES = ['city', 'province', 'all'] as const
export type RankingScope = (typeof RANKING_SCOPES)[number]

export interface RankingChoice {
  district?: string
  scope: RankingScope
  year?: number
}

const one = (v: QueryValue) => [v].flat().find((x): x is string => typeof x === 'string')

/** What a ranking's link asks for; a scope narrower than all needs a district to be narrowed to. */
export function rankingChoice(query: { d?: QueryValue, scope?: QueryValue, y?: QueryValue }): RankingChoice {
  const district = namedCodes(query.d)?.[0]
  const scope = RANKING_SCOPES.find(s => s === one(query.scope))
  const y = Number(one(query.y))
  return {
    district,
    scope: district && scope ? scope : 'all',
    year: Number.isInteger(y) && y >= 2000 ? y : undefined,
  }
}

/** The query of a ranking's link, without what is its default. */
export function rankingQuery(choice: RankingChoice): Record<string, string> {
  return {
    ...(choice.district ? { d: choice.district } : {}),
    ...(choice.district && choice.scope !== 'all' ? { scope: choice.scope } : {}),
    ...(choice.year !== undefined ? { y: String(choice.year) } : {}),
  }
}
