/**
 * A deterministic synthetic dataset in the data/ format: real divisions (./divisions.ts), made-up
 * figures that hold together (each year grows from the one before, ranks are those of the city and
 * the province in the dataset, the gap to the city average is to the mean of the city's growth),
 * and a source.txt that contains every quote verbatim, so check-data passes on it.
 */
import type { Indicator, Metric, ReportData, Target } from '../schemas/report.ts'
import { SYNTHETIC_MARKER } from '../data/readDataDir.ts'
import type { City, Division } from './divisions.ts'

export interface SynthOptions {
  districts: number
  years: number
  seed: number
  /** the year of the newest reports */
  lastYear?: number
}


/** The comparable catalogue indicators a synthetic report gives. */
export const SYNTH_INDICATORS = ['gdp', 'general-budget-revenue', 'retail-sales', 'fixed-asset-investment', 'industrial-value-added', 'disposable-income', 'new-urban-jobs', 'good-air-days'] as const
type Id = typeof SYNTH_INDICATORS[number]

const MUNICIPALITIES = new Set(['11', '12', '31', '50'])

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The cities a dataset of n districts takes: the largest city first, then whole cities in a seeded order. */
export function pickDistricts(cities: City[], n: number, rand: () => number): Array<{ city: City, district: Division }> {
  const largest = cities.reduce((a, b) => (b.districts.length > a.districts.length ? b : a))
  const rest = cities.filter(c => c !== largest).map(c => ({ c, k: rand() })).sort((a, b) => a.k - b.k).map(x => x.c)
  return [largest, ...rest].flatMap(city => city.districts.map(district => ({ city, district }))).slice(0, n)
}

interface Year {
  /** in tenths, so that sums and gaps stay exact */
  growth: Record<Id, number>
  value: Record<Id, number>
}

const tenths = (x: number) => Math.round(x * 10)
const fmt = (t: number) => String(t / 10)
const pct = (t: number) => (t < 0 ? `下降${fmt(-t)}%` : `增长${fmt(t)}%`)

/** Figures of one district over the years: each year's value grows from the last by its growth. */
function series(rand: () => number, years: number): Year[] {
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand())
  const gdp0 = Math.exp(Math.log(260) + 0.8 * normal())
  const share = { 'general-budget-revenue': 0.04 + 0.05 * rand(), 'retail-sales': 0.25 + 0.2 * rand(), 'fixed-asset-investment': 0.3 + 0.5 * rand(), 'industrial-value-added': 0.2 + 0.2 * rand() }
  let income = 22000 + 30000 * rand()
  let jobs = 2000 + 15000 * rand()
  let air = 220 + 90 * rand()
  let gdp = gdp0
  const out: Year[] = []
  for (let y = 0; y < years; y++) {
    const growth = {} as Record<Id, number>
    for (const id of SYNTH_INDICATORS) growth[id] = tenths(id === 'gdp' ? 5 + 2 * normal() : id === 'disposable-income' ? 5.5 + 1.5 * normal() : 5 + 5 * normal())
    gdp *= 1 + growth.gdp / 1000
    income *= 1 + growth['disposable-income'] / 1000
    jobs *= 0.9 + 0.2 * rand()
    const airBefore = Math.round(air)
    air = Math.min(360, Math.max(150, air + 20 * normal()))
    growth['good-air-days'] = Math.round(air) - airBefore
    out.push({
      growth,
      value: {
        'gdp': tenths(gdp),
        'general-budget-revenue': tenths(gdp * share['general-budget-revenue']),
        'retail-sales': tenths(gdp * share['retail-sales']),
        'fixed-asset-investment': tenths(gdp * share['fixed-asset-investment']),
        'industrial-value-added': tenths(gdp * share['industrial-value-added']),
        'disposable-income': Math.round(income),
        'new-urban-jobs': Math.round(jobs),
        'good-air-days': Math.round(air),
      },
    })
  }
  return out
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

/** 1-based rank of each key by score, highest first (ties by key, so every rank is stated once). */
function ranks<K extends string>(scores: Array<[K, number]>): Map<K, number> {
  return new Map([...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k], i) => [k, i + 1]))
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲斌辉建国海波宁鹏飞宏志'

export interface SynthFile { path: string, text: string }

/** The whole dataset as files (paths relative to the output folder), in a fixed order. */
export function synthesize(cities: City[], catalogue: Indicator[], options: SynthOptions, pinyinName: (zh: string) => string): SynthFile[] {
  const rand = random(options.seed)
  const lastYear = options.lastYear ?? 2023
  const years = Array.from({ length: options.years }, (_, i) => lastYear - options.years + 1 + i)
  const picked = pickDistricts(cities, options.districts, rand)
  const figures = new Map(picked.map(p => [p.district.code, series(rand, years.length)]))
  const files: SynthFile[] = []

  years.forEach((year, y) => {
    const at = (code: string) => figures.get(code)![y]!
    // ranks and averages among the districts of the dataset, per city and per province
    const byCity = groupBy(picked, p => p.city.name.zh)
    const byProvince = groupBy(picked, p => p.city.provinceCode)
    const cityRanks = new Map<string, { gdp: number, budget: number, retail: number, average: number }>()
    for (const members of byCity.values()) {
      const gdp = ranks(members.map(m => [m.district.code, at(m.district.code).value.gdp]))
      const budget = ranks(members.map(m => [m.district.code, at(m.district.code).value['general-budget-revenue']]))
      const retail = ranks(members.map(m => [m.district.code, at(m.district.code).growth['retail-sales']]))
      const average = Math.round(members.reduce((s, m) => s + at(m.district.code).growth.gdp, 0) / members.length)
      for (const m of members) cityRanks.set(m.district.code, { gdp: gdp.get(m.district.code)!, budget: budget.get(m.district.code)!, retail: retail.get(m.district.code)!, average })
    }
    const provinceRanks = new Map<string, number>()
    for (const members of byProvince.values()) {
      for (const [code, r] of ranks(members.map(m => [m.district.code, at(m.district.code).value.gdp]))) provinceRanks.set(code, r)
    }

    for (const { city, district } of picked) {
      const f = at(district.code)
      const r = cityRanks.get(district.code)!
      const municipality = MUNICIPALITIES.has(city.provinceCode)
      const pp = f.growth.gdp - r.average
      const gdpQuote = `全年实现地区生产总值${fmt(f.value.gdp)}亿元,同比${pct(f.growth.gdp)}`
        + (pp === 0 ? '' : `,增速${pp > 0 ? '高于' : '低于'}全市平均水平${fmt(Math.abs(pp))}个百分点`)
        + `,总量位居全市第${r.gdp}位${municipality ? '' : `、全省第${provinceRanks.get(district.code)}位`}`
      const air = f.growth['good-air-days']
      const quotes: Record<Id, string> = {
        'gdp': gdpQuote,
        'general-budget-revenue': `完成一般公共预算收入${fmt(f.value['general-budget-revenue'])}亿元,同比${pct(f.growth['general-budget-revenue'])},总量位居全市第${r.budget}位`,
        'retail-sales': `社会消费品零售总额${fmt(f.value['retail-sales'])}亿元,同比${pct(f.growth['retail-sales'])},增速位居全市第${r.retail}位`,
        'fixed-asset-investment': `固定资产投资完成${fmt(f.value['fixed-asset-investment'])}亿元,同比${pct(f.growth['fixed-asset-investment'])}`,
        'industrial-value-added': `规模以上工业增加值同比${pct(f.growth['industrial-value-added'])}`,
        'disposable-income': `居民人均可支配收入${f.value['disposable-income']}元,同比${pct(f.growth['disposable-income'])}`,
        'new-urban-jobs': `新增城镇就业${f.value['new-urban-jobs']}人`,
        'good-air-days': `空气质量优良天数${f.value['good-air-days']}天${air === 0 ? '' : `,同比${air > 0 ? '增加' : '减少'}${Math.abs(air)}天`}`,
      }
      const change = (id: Id): Pick<Metric, 'change'> => ({ change: { kind: 'pct', value: f.growth[id] / 10 } })
      const metrics: Metric[] = [
        { indicator: 'gdp', value: f.value.gdp / 10, unit: '亿元', ...change('gdp'), ranks: [{ scope: 'city', basis: 'total', position: r.gdp }, ...(municipality ? [] : [{ scope: 'province' as const, basis: 'total' as const, position: provinceRanks.get(district.code)! }])], ...(pp === 0 ? {} : { vsAverage: { scope: 'city' as const, pp: pp / 10 } }), quote: quotes.gdp },
        { indicator: 'general-budget-revenue', value: f.value['general-budget-revenue'] / 10, unit: '亿元', ...change('general-budget-revenue'), ranks: [{ scope: 'city', basis: 'total', position: r.budget }], quote: quotes['general-budget-revenue'] },
        { indicator: 'retail-sales', value: f.value['retail-sales'] / 10, unit: '亿元', ...change('retail-sales'), ranks: [{ scope: 'city', basis: 'growth', position: r.retail }], quote: quotes['retail-sales'] },
        { indicator: 'fixed-asset-investment', value: f.value['fixed-asset-investment'] / 10, unit: '亿元', ...change('fixed-asset-investment'), quote: quotes['fixed-asset-investment'] },
        { indicator: 'industrial-value-added', unit: '亿元', ...change('industrial-value-added'), quote: quotes['industrial-value-added'] },
        { indicator: 'disposable-income', value: f.value['disposable-income'], unit: '元', ...change('disposable-income'), quote: quotes['disposable-income'] },
        { indicator: 'new-urban-jobs', value: f.value['new-urban-jobs'], unit: '人', quote: quotes['new-urban-jobs'] },
        { indicator: 'good-air-days', value: f.value['good-air-days'], unit: '天', ...(air === 0 ? {} : { change: { kind: 'abs' as const, value: air } }), quote: quotes['good-air-days'] },
      ]
      // next year's goals, set near this year's growth (no draw of their own, so the figures of a seed stay as they were)
      const gdpGoal = Math.min(80, Math.max(40, Math.round(f.growth.gdp / 5) * 5))
      const incomeGoal = Math.min(80, Math.max(40, Math.round(f.growth['disposable-income'] / 10) * 10))
      const goals = {
        gdp: `地区生产总值增长${fmt(gdpGoal)}%左右`,
        income: `居民人均可支配收入增长${fmt(incomeGoal)}%以上`,
      }
      const targets: Target[] = [
        { indicator: 'gdp', kind: 'growth', value: gdpGoal / 10, approximate: 'about', quote: goals.gdp },
        { indicator: 'disposable-income', kind: 'growth', value: incomeGoal / 10, approximate: 'atLeast', quote: goals.income },
      ]
      const name = district.name.zh
      const head = name.endsWith('县') ? '县长' : name.endsWith('旗') ? '旗长' : name.endsWith('市') ? '市长' : '区长'
      const speaker = SURNAMES[Math.floor(rand() * SURNAMES.length)]! + GIVEN[Math.floor(rand() * GIVEN.length)]! + GIVEN[Math.floor(rand() * GIVEN.length)]!
      const date = `${year + 1}-0${1 + Math.floor(rand() * 3)}-${10 + Math.floor(rand() * 18)}`
      const g = (id: Id) => `${f.growth[id] < 0 ? 'down' : 'up'} ${fmt(Math.abs(f.growth[id]))}%`
      const report: ReportData = {
        meta: {
          district: { code: district.code, slug: district.slug, name: district.name, province: city.province, city: city.name },
          title: { zh: `${name}${year + 1}年政府工作报告`, en: `${district.name.en}: ${year + 1} Government Work Report` },
          kind: '政府工作报告',
          date,
          venue: { zh: `${name}人民代表大会`, en: `${district.name.en} People's Congress` },
          speaker: { name: { zh: speaker, en: pinyinName(speaker) }, role: { zh: `${name}人民政府${head}`, en: `Head of the ${district.name.en} People's Government` } },
          year,
          sourceNote: { zh: '合成数据：由 npm run synth 生成的测试数据，区划为真实区划，数字均为随机生成，不是该地的真实数据。', en: 'Synthetic data made by npm run synth for testing: the division is real, every figure is random and is not the district\'s own.' },
        },
        summary: {
          zh: `${year}年，${name}地区生产总值${fmt(f.value.gdp)}亿元，同比${pct(f.growth.gdp)}；一般公共预算收入${fmt(f.value['general-budget-revenue'])}亿元；居民人均可支配收入${f.value['disposable-income']}元。`,
          en: `In ${year} the GDP of ${district.name.en} was ${g('gdp')}, budget revenue ${g('general-budget-revenue')} and per-capita disposable income ${g('disposable-income')}.`,
        },
        highlights: [
          { zh: `地区生产总值${fmt(f.value.gdp)}亿元，总量全市第${r.gdp}位`, en: `GDP ${g('gdp')}` },
          { zh: `一般公共预算收入${fmt(f.value['general-budget-revenue'])}亿元`, en: `Budget revenue ${g('general-budget-revenue')}` },
          { zh: `新增城镇就业${f.value['new-urban-jobs']}人`, en: 'New urban jobs created' },
        ],
        metrics,
        achievements: [
          { category: 'economy', title: { zh: '经济运行', en: 'The economy' }, text: { zh: `地区生产总值${fmt(f.value.gdp)}亿元，社会消费品零售总额${fmt(f.value['retail-sales'])}亿元。`, en: `GDP ${g('gdp')}, retail sales ${g('retail-sales')}.` }, metrics: ['gdp', 'general-budget-revenue', 'retail-sales', 'fixed-asset-investment', 'industrial-value-added'] },
          { category: 'livelihood', title: { zh: '民生保障', en: 'Livelihoods' }, text: { zh: `居民人均可支配收入${f.value['disposable-income']}元。`, en: `Per-capita disposable income ${g('disposable-income')}.` }, metrics: ['disposable-income', 'new-urban-jobs'] },
          { category: 'environment', title: { zh: '生态环境', en: 'Environment' }, text: { zh: `空气质量优良天数${f.value['good-air-days']}天。`, en: 'Days of good air.' }, metrics: ['good-air-days'] },
        ],
        figures: [],
        honours: [],
        targets,
      }
      const source = [
        `${name}${year + 1}年政府工作报告`,
        `${speaker}`,
        '各位代表:',
        `${year}年,${name}坚持稳中求进工作总基调。${quotes.gdp}。${quotes['general-budget-revenue']}。${quotes['industrial-value-added']}。${quotes['fixed-asset-investment']}。${quotes['retail-sales']}。`,
        `民生保障有力。${quotes['disposable-income']}。${quotes['new-urban-jobs']}。`,
        `生态环境持续改善。${quotes['good-air-days']}。`,
        `${year + 1}年主要预期目标是:${goals.gdp},${goals.income}。`,
        '(本文为合成数据,数字为随机生成。)',
        '',
      ].join('\n')
      const dir = `reports/${district.slug}-${year}`
      files.push({ path: `${dir}/report.json`, text: `${JSON.stringify(report, null, 2)}\n` }, { path: `${dir}/source.txt`, text: source })
    }
  })
  const indicators = catalogue.filter(i => (SYNTH_INDICATORS as readonly string[]).includes(i.id))
  files.unshift(
    { path: 'indicators.json', text: `${JSON.stringify({ indicators }, null, 2)}\n` },
    { path: SYNTHETIC_MARKER, text: `${JSON.stringify({ ...options, districts: picked.length, lastYear }, null, 2)}\n` },
  )
  return files
}
