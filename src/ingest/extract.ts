/**
 * Finds every figure statement in a cleaned report text: a value with its unit, a growth, a
 * rank, a gap to the average, or a share, with the clause it came from quoted verbatim.
 * Pure: text in, figures out. Matching runs on forMatching(text), which has the same offsets.
 */
import { indicatorFor } from './indicators.ts'
import { forMatching, parseNumeral } from './normalize.ts'

export type RankScope = 'country' | 'province' | 'city' | 'county' | 'district' | 'districts'

export interface Rank {
  scope: RankScope
  basis: 'total' | 'growth'
  position: number
  /** the size of the group when the text gives it (四区 → 4) */
  of?: number
}

export interface Change {
  /** pct = 增长 x%, pp = 提高 x 个百分点, abs = 增加 x (in `unit`) */
  kind: 'pct' | 'pp' | 'abs'
  value: number
  unit?: string
}

export interface Figure {
  name: string
  indicator?: string
  value?: number
  unit?: string
  /** true: a lower bound (130余项, 超, 突破); near: about the figure, perhaps below it (近百场, 约) */
  approximate: boolean | 'near'
  estimate: boolean
  /** a goal set for the coming year (预期目标, 力争), not an estimate of the year's result (预计) */
  target: boolean
  change?: Change
  ranks: Rank[]
  vsAveragePp?: number
  /** whose average: 高于全市平均水平 → city, 高于全国 → country */
  vsAverageScope?: RankScope
  quote: string
  /** offset of the quote in the cleaned text */
  start: number
}

/** Longest first, so 万平方米 wins over 平方米 and 米. */
const UNITS = [
  '个百分点', '万平方米', '平方公里', '平方米', '万千瓦时', '万千瓦', '千瓦', '亿元', '万元', '元', '万人次', '人次', '万人', '万户', '万家', '万件', '万套',
  '万吨', '万辆', '万亩', '万米', '千米', '公里', '米', '亩', '吨', '个', '家', '项', '次', '场', '件', '条', '处', '栋', '套', '所', '人', '户', '名',
  '天', '座', '辆', '台', '宗', '间', '张', '篇', '批', '倍', '%',
]
const UNIT_RE = UNITS.join('|')

/** A number with its unit; an approximation marker on either side. */
const MENTION = new RegExp(
  `(近|超过|超|突破|约|逾|多达)?(\\d+(?:\\.\\d+)?|[一二三四五六七八九十两百千]+(?=余|多)|(?<=[近超逾约])[一二三四五六七八九十两百千]+)(余|多)?(${UNIT_RE})(以上|左右|余)?`,
  'g',
)
const INDEX_VALUE = /(指数|系数)(?:为|达|达到)?(\d+(?:\.\d+)?)(?![\d.%])/g

const CHANGE_BEFORE = /(?:同比|比上年|较上年|比去年|较去年|年均)?(增长|增加|净增|提高|上升|提升|增收|下降|减少|净减|回落|降低|下滑|削减)(?:了)?(?:约|近)?$/
const FALLING = /下降|减少|净减|回落|降低|下滑|削减/
/** 高于全市平均水平0.8个百分点, 高于全国0.7、全省2.3个百分点: one or more gaps, ending in 个百分点 */
const VS_SPAN = /(高于|低于|快于|慢于)((?:(?:全国|全省|全市|全县|全区)?(?:平均|均值)?(?:水平)?(?:增速)?\d+(?:\.\d+)?、?)+)个百分点/g
const VS_PART = /(全国|全省|全市|全县|全区)?[^\d、]*?(\d+(?:\.\d+)?)/g

const SCOPE = '全国|全省|全市|全县|全区|[一二三四五六七八九十两\\d]+(?:个)?(?:城区|区县|县区|县市区|区|县)'
const RANK = new RegExp(
  `(总量|增速|增幅|总额|规模)?(均|都)?(?:位居|稳居|居于|居|排名|排在|排|位列|列|位于|名列)?(${SCOPE})(?:排名|排|位列|列)?第([一二三四五六七八九十百零〇\\d]+)(?:位|名)?(?!方阵|梯队|期|届|批|次|季度|个|轮)`,
  'g',
)
/** 位居全省县级行政区首位: first place, the group named between scope and 首位 */
const RANK_TOP = /(总量|增速|增幅)?(?:位居|稳居|居于|居|位列)(全国|全省|全市|全县|全区)[^,，、\d]{0,10}?首位/g
const RANK_NO_SCOPE = /(总量|增速|增幅)?(均|都)?(?:位居|稳居|居|排名|位列|名列|排)(?:升至|上升至|提升至|跃升至|前移至|降至|下降至)?第([一二三四五六七八九十百零〇\d]+)(?:位|名)?(?!方阵|梯队|期|届|批|次|季度|个|轮)/g

const ESTIMATE = /预计|预期|力争|确保|争取|目标|左右|有望|控制在/
/** A sentence that sets the year's targets makes every figure in it an estimate. */
const TARGETS = /预期目标|主要目标|目标任务是|目标是/
/** A clause that aims at a figure (力争, 预期): a goal, unless it estimates the year's own result (预计). */
const AIMS = /力争|预期/

const LEADING = /^(?:[、,，:：\s]|同口径|按可比价格计算|按可比口径计算|可比口径|预计|预期|力争|确保|争取|已|其中|包括|包含|全年|全区|全县|全市|该区|我区|本区|该县|我县|本县|我市|本市|该市|去年一年|过去一年|去年|今年|年内|一年来|累计|共计|合计|总计|共|实现|完成|达到|为|\d{4}年(?:度)?|同比)+/
const TRAILING = /(?:控制在|保持在|稳定在|累计|完成|实现|达到|达|为|增至|增长到|突破|超过|超|约|近|逾|共|合计|总计|是|有|了|已|全部|同比)+$/
const LEAD_VERB = /^(新增|新建|新设|新签约|改建|改造)/
/** Subjects that only make sense after the figure before them: 总投资, 占比, 办结率, 完成年度目标的. */
const RELATIONAL = /^(?:总投资|投资|占比|比重|增速|惠及.*|.{0,3}率|占.*|完成.*(?:计划|目标|任务).*)$/
/** Where a noun phrase after a count ends: a verb, a preposition, an adverb. */
const NOUN_STOP = /与|由|从此|已|全部|均|完成|实现|顺利|按期|开工|建成|获|被|兑现|定向|进行|开展|签订|申请|达|成功|正在|投产|从|在|、|\d/

interface Clause { start: number, end: number }

function clausesOf(m: string, from: number, to: number): Clause[] {
  const out: Clause[] = []
  let start = from
  for (let i = from; i <= to; i++) {
    if (i === to || /[,，:：()（）]/.test(m[i]!)) {
      if (i > start) out.push({ start, end: i })
      start = i + 1
    }
  }
  return out
}

function sentencesOf(m: string): Clause[] {
  const out: Clause[] = []
  let start = 0
  for (let i = 0; i <= m.length; i++) {
    if (i === m.length || /[。！？!?；;\n]/.test(m[i]!)) {
      if (i > start) out.push({ start, end: i })
      start = i + 1
    }
  }
  return out
}

/** The noun a count is of when it comes after: 14家企业与高校… → 企业. */
function nounAfter(rest: string): string {
  if (!rest || /^(?:[,，。;；、:：()（）]|[和及与]\d|以上|以下|以内|左右)/.test(rest)) return ''
  const stop = NOUN_STOP.exec(rest)
  return (stop ? rest.slice(0, stop.index) : rest).slice(0, 20)
}

function tidySubject(s: string): string {
  let out = s.replace(/^[、,，\s]+/, '')
  // 解决用地、融资等难题: the examples before 等 are not the subject, unless nothing follows 等
  const etc = out.lastIndexOf('等')
  if (etc >= 0) out = etc === out.length - 1 ? out.slice(0, etc) : out.slice(etc + 1)
  for (let i = 0; i < 3; i++) {
    const next = out.replace(LEADING, '').replace(TRAILING, '')
    // 完成率 stays 完成率: a verb is stripped only when a name is left
    out = next.length !== 1 ? next : out.replace(TRAILING, '')
  }
  return out.replace(/的$/, '')
}

/**
 * 城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入: short
 * modifiers listed before a shared head each get the head.
 */
export function expandList(parts: string[]): string[] {
  // 城乡居民人均可支配收入分别达a和b: 城乡 stands for the urban and the rural figure
  if (parts.length === 1 && parts[0]!.includes('城乡')) return [parts[0]!.replace('城乡', '城镇'), parts[0]!.replace('城乡', '农村')]
  const last = parts[parts.length - 1] ?? ''
  const width = parts[0]?.length ?? 0
  if (parts.length < 2 || width > 3 || parts.slice(0, -1).some(p => p.length !== width) || last.length <= width + 1) return parts
  const head = last.slice(width)
  return [...parts.slice(0, -1).map(p => p + head), last]
}

function newFigure(name: string, quoteStart: number): Figure {
  return { name, approximate: false, estimate: false, target: false, ranks: [], quote: '', start: quoteStart }
}

interface Draft { figure: Figure, end: number }

/** 全市 → city; 四区, 五区 (a city's urban districts) → districts. */
function scopeOf(word: string): RankScope {
  if (word === '全国') return 'country'
  if (word === '全省') return 'province'
  if (word === '全市') return 'city'
  if (word === '全县') return 'county'
  if (word === '全区') return 'district'
  return 'districts'
}

/** The size of the group a rank is in, when the scope names it (四区 → 4). */
function ofGroup(word: string): number | undefined {
  const n = /^([一二三四五六七八九十两\d]+)/.exec(word)
  return n ? parseNumeral(n[1]!) : undefined
}

/**
 * Every figure statement of a cleaned text, in reading order. Works sentence by sentence and
 * clause by clause: numbers, ranks and gaps are found first, then read in order, each attaching to
 * the figure before it in the sentence unless it names its own subject.
 */
export function extractFigures(text: string): Figure[] {
  const m = forMatching(text)
  const drafts: Draft[] = []
  for (const sentence of sentencesOf(m)) {
    const inSentence: Draft[] = []
    // the last clause that listed several named figures, for a following 分别 a、b
    let enumeration: Draft[] = []
    let distributing = false
    // a rank without its scope (我区位列第九) takes the widest one the sentence names
    const whole = m.slice(sentence.start, sentence.end)
    const scopeHint: RankScope | undefined = /全国|国家/.test(whole) ? 'country' : /省/.test(whole) ? 'province' : /市/.test(whole) ? 'city' : undefined
    for (const clause of clausesOf(m, sentence.start, sentence.end)) {
      const c = m.slice(clause.start, clause.end)
      const current = (): Draft | undefined => inSentence[inSentence.length - 1]
      const inClause: Draft[] = []
      let cursor = 0
      const consumed: Array<[number, number]> = []
      const events: Array<{ at: number, run: () => void }> = []
      let valueCount = 0
      let lastChange: RegExpExecArray | null = null
      // names listed before 分别, handed out to the figures that follow in the clause
      let shareOut: string[] = []
      let changeTargets: Draft[] = []

      for (const r of c.matchAll(RANK)) {
        consumed.push([r.index, r.index + r[0].length])
        events.push({ at: r.index, run: () => addRank(r.index, r.index + r[0].length, r[1], Boolean(r[2]), scopeOf(r[3]!), r[4]!, ofGroup(r[3]!)) })
      }
      for (const r of c.matchAll(RANK_TOP)) {
        consumed.push([r.index, r.index + r[0].length])
        events.push({ at: r.index, run: () => addRank(r.index, r.index + r[0].length, r[1], false, scopeOf(r[2]!), '1', undefined) })
      }
      for (const r of c.matchAll(RANK_NO_SCOPE)) {
        if (consumed.some(([a, b]) => r.index < b && r.index + r[0].length > a) || !scopeHint) continue
        consumed.push([r.index, r.index + r[0].length])
        events.push({ at: r.index, run: () => addRank(r.index, r.index + r[0].length, r[1], Boolean(r[2]), scopeHint!, r[3]!, undefined) })
      }
      for (const v of c.matchAll(VS_SPAN)) {
        if (!/全国|全省|全市|全县|全区|平均|均值/.test(v[2]!)) continue
        consumed.push([v.index, v.index + v[0].length])
        events.push({ at: v.index, run: () => addGap(v, v.index + v[0].length) })
      }
      for (const v of c.matchAll(MENTION)) {
        const at = v.index
        const before = c.slice(0, at)
        // PM2.5, S309, 5G: a number glued to Latin letters or digits is a name, not a figure
        if (/[A-Za-z0-9.]$/.test(before) || /^[A-Za-z]/.test(c.slice(at + v[0].length))) continue
        if (consumed.some(([a, b]) => at < b && at + v[0].length > a)) continue
        consumed.push([at, at + v[0].length])
        if (!CHANGE_BEFORE.test(before) && v[4] !== '个百分点') valueCount++
        events.push({ at, run: () => addMention(v, at) })
      }
      for (const v of c.matchAll(INDEX_VALUE)) {
        const at = v.index + v[1]!.length
        if (consumed.some(([a, b]) => at < b && at + v[2]!.length > a)) continue
        events.push({ at, run: () => addValue(c.slice(cursor, at), Number(v[2]), '', false, at + v[2]!.length) })
      }
      events.sort((a, b) => a.at - b.at)

      function attach(d: Draft): void {
        d.end = clause.end
      }
      /** A new figure in this clause; its quote runs from quoteStart to the end of the clause. */
      function add(figure: Figure): Draft {
        const d: Draft = { figure, end: clause.end }
        inSentence.push(d)
        inClause.push(d)
        drafts.push(d)
        return d
      }
      function addRank(at: number, endAt: number, basisWord: string | undefined, all: boolean, scope: RankScope, pos: string, of: number | undefined): void {
        const position = parseNumeral(pos)
        if (!position) return
        const subject = tidySubject(c.slice(cursor, at).replace(/(?:位居|稳居|居于|居|排名|排在|排|位列|列|位于|名列|连续.{1,2}年|我区|该区|、)+$/g, '').replace(/^、/, ''))
        let target = current()
        const sameClauseRank = target && target.end === clause.end && target.figure.ranks.length > 0 && !subject
        // 煤炭消费总量…655.9万吨以内,能耗提前完成任务,居全市第一: the rank is the clause's just before
        const skipped = target && target.end !== clause.end && target.end !== clause.start - 1
        if (!target || skipped || (subject && !/^(?:总量|增速|增幅)$/.test(subject))) {
          // a rank with its own subject (交楼率全市第一), or no figure before it in the sentence
          const prefix = subject && RELATIONAL.test(subject) && current() ? current()!.figure.name : ''
          const name = subject ? prefix + subject : tidySubject(m.slice(sentence.start, clause.start).replace(/[,，]$/, '').replace(/^.*[,，]/, '').replace(/(?:中|上|里)$/, '').replace(/^.*?开展的/, ''))
          target = add(newFigure(name, clause.start + cursor + (c.slice(cursor).length - c.slice(cursor).trimStart().length)))
        }
        // 增速均居全市第一: the rank belongs to every figure of the list before it
        const last = target
        const targets = all && !subject ? inSentence.filter(d => d.end === last.end) : [target]
        for (const d of targets) {
          const f = d.figure
          const basis = basisWord
            ? (/增速|增幅/.test(basisWord) ? 'growth' : 'total')
            : sameClauseRank ? f.ranks[f.ranks.length - 1]!.basis : (f.change && f.value === undefined) || (f.change && /增长|增速/.test(c)) ? 'growth' : 'total'
          f.ranks.push(of ? { scope, basis, position, of } : { scope, basis, position })
          attach(d)
        }
        cursor = Math.max(cursor, endAt)
      }
      function addGap(v: RegExpMatchArray, end: number): void {
        const target = current()
        const sign = /低于|慢于/.test(v[1]!) ? -1 : 1
        let scope: RankScope | undefined
        const gaps = [...v[2]!.matchAll(VS_PART)].map((p) => {
          scope = p[1] ? scopeOf(p[1]) : scope
          return { scope, pp: sign * Number(p[2]) }
        })
        // the city average is the one the app compares with; otherwise the first one given
        const gap = gaps.find(g => g.scope === 'city') ?? gaps[0]
        if (target && gap) {
          target.figure.vsAveragePp = gap.pp
          if (gap.scope) target.figure.vsAverageScope = gap.scope
          attach(target)
        }
        cursor = end
      }
      function addMention(v: RegExpMatchArray, at: number): void {
        const [whole, pre, num, mid, unit, post] = v
        const value = parseNumeral(num!)
        if (value === undefined) return
        const approximate = pre === '近' || pre === '约' ? 'near' : Boolean(pre || mid || post === '以上' || post === '余')
        const before = c.slice(cursor, at)
        const end = at + whole.length
        // 3000万元以上工业项目: a threshold that qualifies a noun, not a figure
        if (post === '以上' && nounAfter(c.slice(end))) return
        const verb = CHANGE_BEFORE.exec(before)
        // 分别增长2.6%、12%、2.4%: the numbers after the first growth are growths too
        const change = verb ?? (/^[、和及]$/.test(before) && lastChange ? lastChange : null)
        if (change) {
          lastChange = change
          let subject = tidySubject(before.slice(0, change.index))
          const list = /^(.+[、和及].+?)分别$/.exec(subject)
          if (list) [subject = '', ...shareOut] = expandList(list[1]!.split(/[、和及]/))
          else if (!verb) subject = shareOut.shift() ?? ''
          else if (subject === '分别' || (!subject && (c.match(/\d(?:\.\d+)?%/g) ?? []).length >= 2)) {
            // 其中一般预算收入18.8亿元,分别增长26.7%和18.9%: growths for the figures just before
            const k = (c.match(/\d(?:\.\d+)?%/g) ?? []).length
            changeTargets = inSentence.filter(d => !d.figure.change && d.figure.value !== undefined).slice(-k)
            subject = ''
          }
          const handed = changeTargets.shift()
          const sign = FALLING.test(change[1]!) ? -1 : 1
          const kind = unit === '%' ? 'pct' : unit === '个百分点' ? 'pp' : 'abs'
          let target = handed ?? current()
          if (!target || (!handed && (subject || target.figure.change))) {
            // a growth in a list (、12%) quotes its whole clause, where its name is
            target = add(newFigure(subject, clause.start + (verb ? cursor : 0)))
          }
          target.figure.change = kind === 'abs' ? { kind, value: sign * value, unit } : { kind, value: sign * value }
          attach(target)
          cursor = end
          return
        }
        lastChange = null
        addValue(before, value, unit!, approximate, end)
      }
      function addValue(rawIn: string, value: number, unit: string, approximate: Figure['approximate'], end: number): void {
        // 28336元和13632元: a list mark is not a subject
        const raw = /^[、和及]$/.test(rawIn) ? '' : rawIn
        let subject = tidySubject(raw)
        const relational = RELATIONAL.test(subject) || RELATIONAL.test(raw.replace(/的$/, ''))
        const rest = c.slice(end)
        let next = end
        if (rest.startsWith('的')) {
          const noun = nounAfter(rest.slice(1))
          subject = noun + subject
          next = end + 1 + noun.length
        }
        else if (!/^(以上|左右)/.test(rest) && nounAfter(rest)) {
          const noun = nounAfter(rest)
          // 科瑞斯博、维可托等14家企业: with a noun after the count, a list ending in 等 only gives examples
          subject = tidySubject((raw.endsWith('等') ? '' : subject) + noun)
          next = end + noun.length
        }
        const prevInClause = inClause[inClause.length - 1]
        let quoteStart = clause.start
        const figures: Figure[] = []
        const shared = /^(.+、.+?)均为?$/.exec(subject)
        if (shared) {
          for (const part of shared[1]!.split('、')) figures.push(newFigure(part, quoteStart))
        }
        else {
          if (distribute && inClause.length < enumeration.length) {
            // 分别完成投资32.2亿元、134.8亿元: the n-th value belongs to the n-th figure listed before
            subject = enumeration[inClause.length]!.figure.name + lead
            quoteStart = enumeration[0]!.figure.start
          }
          else if (/^(?:.+[、和及].+|.*城乡.+)分别(?:为|是|达到?|完成)?$/.test(subject)) {
            [subject = '', ...shareOut] = expandList(subject.replace(/分别(?:为|是|达到?|完成)?$/, '').split(/[、和及]/))
          }
          else if (!subject && prevInClause) {
            subject = shareOut.shift() ?? prevInClause.figure.name
          }
          else if (prevInClause && subject && LEAD_VERB.test(prevInClause.figure.name) && !LEAD_VERB.test(subject)) {
            subject = LEAD_VERB.exec(prevInClause.figure.name)![1] + subject
          }
          else if (!prevInClause && relational && next === end && current()) {
            // 完成年度目标的166%: the verb is part of what the share measures
            subject = current()!.figure.name + (/^(?:完成|占)/.test(raw) ? raw.replace(/的$/, '') : subject)
          }
          figures.push(newFigure(subject, quoteStart))
        }
        for (const f of figures) add({ ...f, value, unit, approximate })
        cursor = next
      }
      const distribute: boolean = valueCount >= 2 && valueCount === enumeration.length && (/分别/.test(c) || distributing)
      // the verb stays: 分别完成投资 a、b → 省重点项目完成投资
      const lead = distribute ? c.slice(0, c.search(/\d/)).replace(/分别|[的、,，\s]/g, '') : ''
      distributing = distribute
      for (const e of events) e.run()
      const estimate = ESTIMATE.test(c) || TARGETS.test(whole)
      const goal = (TARGETS.test(whole) || AIMS.test(c)) && !/预计/.test(c)
      for (const d of inClause) {
        d.figure.estimate ||= estimate
        d.figure.target ||= goal
      }
      if (inClause.length >= 2 && inClause.every(d => d.figure.value !== undefined)) {
        if (!distribute) enumeration = inClause
      }
    }
  }
  return drafts.map(({ figure, end }) => {
    const start = figure.start
    const quote = text.slice(start, end).replace(/^[\s、,，]+|[\s,，]+$/g, '')
    const offset = start + text.slice(start, end).indexOf(quote)
    const indicator = indicatorFor(figure.name)
    return { ...figure, ...(indicator ? { indicator } : {}), quote, start: offset }
  })
}
