/** Reads the ranks a quote states — 居全市第1位, 增速居全市第3位、四区第1位, 全市排名第二 — with the words attached to each. */
import type { Rank } from '../../schemas/report.ts'
import { ordinals, parseNumeral } from './numbers.ts'

export interface RankMention {
  /** as written: 全市第3, 四区第1 */
  written: string
  /** undefined for a group the schema has no name for */
  scope?: Rank['scope']
  position: number
  /** the size of the group, when the words give it (四区 → 4) */
  of?: number
  basis: Rank['basis']
}

// the group comes right before 第, with at most a verb between: 居全市第1位, 全市排名第二, 四区第1位;
// or it names a ranking the district then takes a place in: 河南省县域城市治理排名中,我区位列第九
const MENTION = /(全市|全省|全国|全县|全区|[\u4E00-\u9FA5]{2}(?<!全)省|([\d一二三四五六七八九十两]+)个?区)(?:[^,，。;；第]{0,12}?排名中[,，]我区)?(?:排名|排|位居|居|位列|列)?第([\d一二三四五六七八九十两]+)/g
// 规模以上 (above designated size) names a class of firms; it says nothing about what is ranked
const BASIS_WORD = /增速|增幅|增长|总量|规模(?!以上)/g

/**
 * What a rank is about, from the nearest basis word before it: 增速/增幅/增长 → growth, 总量/规模 → total.
 * With no such word, a rank ranks the figure itself (税占比95.3%,居全市第1位).
 */
function basisBefore(text: string): Rank['basis'] {
  const words = [...text.matchAll(BASIS_WORD)]
  const last = words.at(-1)?.[0]
  return last && last.startsWith('增') ? 'growth' : 'total'
}

const GROUPS: Record<string, Rank['scope']> = { 全国: 'country', 全市: 'city', 全县: 'county', 全区: 'district' }

function scopeOf(group: string): Rank['scope'] | undefined {
  if (GROUPS[group])
    return GROUPS[group]
  if (group.endsWith('省'))
    return 'province'
  return group.endsWith('区') ? 'districts' : undefined
}

export function rankMentions(quote: string): RankMention[] {
  return [...quote.matchAll(MENTION)].flatMap((m) => {
    const position = parseNumeral(m[3]!)
    if (position === undefined)
      return []
    const of = m[2] === undefined ? undefined : parseNumeral(m[2])
    return [{
      written: `${m[1]}第${m[3]}`,
      scope: scopeOf(m[1]!),
      position,
      ...(of === undefined ? {} : { of }),
      basis: basisBefore(quote.slice(0, m.index)),
    }]
  })
}

const BASIS_WORDS: Record<Rank['basis'], string> = { growth: 'the growth (增速/增长)', total: 'the total (总量/规模, or the figure itself)' }

/** Problems with one rank of a metric, by field (position, scope, basis, of). */
export function rankProblems(rank: Rank, quote: string): Array<{ field: keyof Rank, message: string }> {
  const atPosition = rankMentions(quote).filter(m => m.position === rank.position)
  if (atPosition.length === 0) {
    return ordinals(quote).some(o => o.value === rank.position)
      ? [{ field: 'scope', message: `“${rank.scope}” is not in its quote: 第${rank.position} there has no group (全国, 全省, 全市, 全县, 全区, 四区) before it` }]
      : [{ field: 'position', message: `第${rank.position} does not occur in its quote` }]
  }
  const match = atPosition.find(m => m.scope === rank.scope)
  if (!match) {
    const said = atPosition.map(m => `${m.written} (${m.scope ?? 'no scope'})`).join(', ')
    return [{ field: 'scope', message: `“${rank.scope}” does not match its quote, which ranks it ${said}` }]
  }
  const problems: Array<{ field: keyof Rank, message: string }> = []
  if (match.basis !== rank.basis)
    problems.push({ field: 'basis', message: `“${rank.basis}” does not match its quote: ${match.written} ranks ${BASIS_WORDS[match.basis]}` })
  if (match.of !== rank.of) {
    problems.push({
      field: 'of',
      message: match.of === undefined
        ? `${rank.of} is not in its quote: ${match.written} does not give the size of the group`
        : `${rank.of ?? 'missing'} does not match its quote: ${match.written} ranks among ${match.of}, so of is ${match.of}`,
    })
  }
  return problems
}
