/**
 * Number formatting for both interface languages. The one place that turns a figure into text:
 * 141.8亿元 ↔ CNY 14.18 bn, 4.08万元 ↔ CNY 40,800, 同比增长2.3% ↔ +2.3% y/y, 全市第1 ↔ 1st in the city.
 */
import type { Approximate, Change, FigureValues, Rank, UnitId, VsAverage } from '~/schemas/report'
import { cutAt } from './fitText.ts'

export type Locale = 'zh-CN' | 'en'

/** Removes floating-point noise (141.8 * 0.1 → 14.18, not 14.180000000000001). */
function clean(n: number): number {
  return Number(n.toPrecision(12))
}

/** The decimal places a figure was written with: 1.9 → 1, 23.6 → 1, 2 → 0. */
export function decimals(n: number): number {
  const s = String(clean(n))
  const dot = s.indexOf('.')
  return dot < 0 ? 0 : s.length - dot - 1
}

// one formatter per number of decimals, made when first needed: making one is a hundred times the
// cost of formatting with it, and a prerendered page formats hundreds of figures
const EN_NUMBER = new Map<number, Intl.NumberFormat>()

/** English digits with thousands separators, keeping every significant digit that was written. */
export function formatNumberEn(n: number): string {
  const v = clean(n)
  const places = Math.max(decimals(v), 0)
  let format = EN_NUMBER.get(places)
  if (!format)
    EN_NUMBER.set(places, format = new Intl.NumberFormat('en-US', { maximumFractionDigits: places }))
  return format.format(v)
}

const EN_WORDS: Partial<Record<UnitId, string>> = {
  家: 'firms',
  项: 'items',
  次: 'times',
  场: 'events',
  件: 'cases',
  条: 'streets',
  处: 'sites',
  栋: 'buildings',
  套: 'homes',
  所: 'institutions',
  人: 'people',
  名: 'people',
  户: 'households',
  村: 'villages',
  天: 'days',
  亩: 'mu',
  人次: 'visits',
  吨: 'tonnes',
  座: 'structures',
  辆: 'vehicles',
  台: 'units',
  宗: 'parcels',
  间: 'rooms',
  张: 'sheets',
  篇: 'articles',
  批: 'batches',
}

/**
 * A value with its unit: 141.8亿元 in Chinese, CNY 14.18 bn in English. A count's English word is
 * the unit's usual one (户 households, 家 firms) unless the indicator names what it counts
 * (`countNoun`: 5.5万户 market entities are 55,000 entities).
 */
export function formatValue(value: number, unit: UnitId, locale: Locale, approximate: Approximate = false, countNoun?: string): string {
  if (locale === 'zh-CN') {
    // an index is a bare number: its name says it is an index (综合指数4.71)
    const zhUnit = unit === '指数' ? '' : unit
    if (approximate === 'near')
      return `近${clean(value)}${zhUnit}`
    // as the reports write it: 余 after a whole number (5000余万元), after the scale of a decimal (1.3万余人)
    const scale = Number.isInteger(value) ? '' : /^[万亿](?=.)/.exec(zhUnit)?.[0] ?? ''
    return `${clean(value)}${scale}${approximate ? '余' : ''}${zhUnit.slice(scale.length)}`
  }
  const about = approximate === 'near' ? 'nearly ' : approximate ? 'over ' : ''
  const n = (v: number) => formatNumberEn(v)
  const count = (v: number, word: string | undefined) => `${about}${n(v)} ${countNoun ?? word ?? ''}`.trim()
  switch (unit) {
    case '亿元': {
      const yuan = value * 1e8
      return yuan >= 1e9 ? `${about}CNY ${n(yuan / 1e9)} bn` : `${about}CNY ${n(yuan / 1e6)} m`
    }
    case '万元': {
      const yuan = value * 1e4
      return yuan >= 1e6 ? `${about}CNY ${n(yuan / 1e6)} m` : `${about}CNY ${n(yuan)}`
    }
    case '元': return `${about}CNY ${n(value)}`
    case '%': return `${about}${n(value)}%`
    case '个百分点': return `${about}${n(value)} pp`
    case '万人': return count(value * 1e4, 'people')
    case '万户': return count(value * 1e4, 'households')
    case '万件': return count(value * 1e4, 'cases')
    case '万家': return count(value * 1e4, EN_WORDS.家)
    case '万套': return count(value * 1e4, EN_WORDS.套)
    case '公里':
    case '千米': return `${about}${n(value)} km`
    case '米': return `${about}${n(value)} m`
    case '万米': return `${about}${n(value * 10)} km`
    case '平方米': return `${about}${n(value)} m²`
    case '万平方米': return `${about}${n(value * 1e4)} m²`
    case '平方公里': return `${about}${n(value)} km²`
    case '万亩': return count(value * 1e4, EN_WORDS.亩)
    case '万人次': return count(value * 1e4, EN_WORDS.人次)
    case '万吨': return count(value * 1e4, EN_WORDS.吨)
    case '万辆': return count(value * 1e4, EN_WORDS.辆)
    case '千瓦': return `${about}${n(value)} kW`
    case '万千瓦': return `${about}${n(value * 10)} MW`
    case '万千瓦时': return `${about}${n(value * 10)} MWh`
    case '倍': return `${about}${n(value)} times`
    case '个':
    case '指数': return count(value, '')
    default: return count(value, EN_WORDS[unit])
  }
}

/** Splits a formatted value into number and unit for large-type display (141.8 | 亿元). */
export function splitValue(text: string): { number: string, unit: string } {
  const m = /^(.*?[\d.,]+)(.*)$/.exec(text)
  return m ? { number: m[1]!, unit: m[2]!.trim() } : { number: text, unit: '' }
}

/** Year-on-year change: 同比增长2.3% / +2.3% y/y; 同比增加15天 / +15 days y/y. */
export function formatChange(change: Change, unit: UnitId, locale: Locale, countNoun?: string): string {
  const up = change.value >= 0
  const abs = Math.abs(change.value)
  if (change.kind === 'pct') {
    return locale === 'zh-CN'
      ? `同比${up ? '增长' : '下降'}${clean(abs)}%`
      : `${up ? '+' : '−'}${formatNumberEn(abs)}% y/y`
  }
  if (change.kind === 'pp') {
    return locale === 'zh-CN'
      ? `${up ? '提高' : '下降'}${clean(abs)}个百分点`
      : `${up ? '+' : '−'}${formatNumberEn(abs)} pp y/y`
  }
  return locale === 'zh-CN'
    ? `同比${up ? '增加' : '减少'}${clean(abs)}${unit}`
    : `${up ? '+' : '−'}${formatValue(abs, unit, 'en', false, countNoun)} y/y`
}

/** The sign of a change: + for a rise, − (a minus sign, not a hyphen) for a fall, none for 0. */
function sign(n: number): string {
  return n > 0 ? '+' : n < 0 ? '−' : ''
}

/** +2.3%, −1.5%, 0%: a growth rate in a table's 同比 / Year on year column; `places` as for `formatPercent`. */
export function formatSignedPercent(n: number, places?: number): string {
  // a fall has its minus sign from formatPercent
  return `${n > 0 ? '+' : ''}${formatPercent(n, places)}`
}

/**
 * A change in a table's 同比 / Year on year column, whose heading already says what it is: the
 * sign and the figure (+4.3%, −1.5%, +15天 / +15 days), so the column stays narrow enough for the
 * ranks beside it to fit on a phone.
 */
export function formatChangeCell(change: Change, unit: UnitId, locale: Locale, countNoun?: string): string {
  if (change.kind === 'pct')
    return formatSignedPercent(change.value)
  if (change.kind === 'pp')
    return `${sign(change.value)}${formatValue(Math.abs(change.value), '个百分点', locale)}`
  return `${sign(change.value)}${formatValue(Math.abs(change.value), unit, locale, false, countNoun)}`
}

/**
 * A district's figure in a few words: its value, or its change where the report gives no value,
 * or its rank where the report gives only that (全省第11); — when none.
 */
export function formatFigure(metric: Pick<FigureValues, 'value' | 'unit' | 'approximate' | 'change' | 'ranks'>, locale: Locale, countNoun?: string): string {
  if (metric.value !== undefined)
    return formatValue(metric.value, metric.unit, locale, metric.approximate, countNoun)
  if (metric.change)
    return formatChange(metric.change, metric.unit, locale, countNoun)
  return metric.ranks?.map(r => formatRank(r, locale)).join(locale === 'en' ? ', ' : '、') || '—'
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

export function ordinalEn(n: number): string {
  const s = n % 100
  const suffix = s >= 11 && s <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}

const SCOPE_ZH: Record<VsAverage['scope'], string> = { country: '全国', province: '全省', city: '全市', county: '全县', district: '全区' }
const SCOPE_EN: Record<VsAverage['scope'], string> = { country: 'country', province: 'province', city: 'city', county: 'county', district: 'district' }

/** 全市第1 / 四区第1 / 增速全市第3 — 1st in the city / 1st of 4 districts / 3rd in the city by growth. */
export function formatRank(rank: Rank, locale: Locale): string {
  if (locale === 'zh-CN') {
    const scope = rank.scope === 'districts' ? `${rank.of && rank.of <= 10 ? CN[rank.of] : ''}区` : SCOPE_ZH[rank.scope]
    return `${rank.basis === 'growth' ? '增速' : ''}${scope}第${rank.position}`
  }
  const scope = rank.scope === 'districts'
    ? rank.of ? `of ${rank.of} districts` : 'among districts'
    : `in the ${SCOPE_EN[rank.scope]}`
  return `${ordinalEn(rank.position)} ${scope}${rank.basis === 'growth' ? ' by growth' : ''}`
}

/**
 * A metric's ranks in a table cell, a line each (增速全市第3⏎增速四区第1; the cell keeps its line
 * breaks and breaks no rank of Chinese inside, main.css), or — when it has none.
 */
export function formatRanks(ranks: readonly Rank[] | undefined, locale: Locale): string {
  return ranks?.map(r => formatRank(r, locale)).join('\n') || '—'
}

/** 高于全市平均0.8个百分点 / 0.8 pp above the city average (or the province's, the country's …). */
export function formatVsAverage({ pp, scope }: VsAverage, locale: Locale): string {
  const above = pp >= 0
  return locale === 'zh-CN'
    ? `${above ? '高于' : '低于'}${SCOPE_ZH[scope]}平均${clean(Math.abs(pp))}个百分点`
    : `${formatNumberEn(Math.abs(pp))} pp ${above ? 'above' : 'below'} the ${SCOPE_EN[scope]} average`
}

/**
 * 2.3%, −1.5% (for charts' labels and cards, in either language), a fall with the minus sign its
 * table gives it; `places` keeps a derived 1.0% from reading 1%.
 */
export function formatPercent(n: number, places?: number): string {
  const figure = places === undefined ? String(clean(Math.abs(n))) : clean(Math.abs(n)).toFixed(places)
  // no sign for a fall that rounds to nothing (−0.04 to one place is 0.0%)
  return `${n < 0 && Number(figure) !== 0 ? '−' : ''}${figure}%`
}

export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (locale === 'zh-CN')
    return `${y}年${m}月${d}日`
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/**
 * A report's title under its district's name: without the name it starts with (卫滨区2023年… →
 * 2023年…, "Weibin District: 2023 …" → "2023 …"), so a phone's header says the name once.
 */
export function titleUnderName(title: string, name: string): string {
  if (!title.startsWith(name))
    return title
  const rest = title.slice(name.length).replace(/^[\s:：,，·-]+/, '')
  return rest ? rest[0]!.toUpperCase() + rest.slice(1) : title
}

/** At most `max` characters, the last an ellipsis when the text was longer (a page's description), cut between words. */
export function clip(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, cutAt(chars, max - 1)).join('').trimEnd()}…`
}
