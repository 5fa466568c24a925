/**
 * The review page: the source text with every drafted figure highlighted, each figure to accept,
 * correct or drop, figures added from a selection of the text, the texts and the metadata.
 * Plain DOM: the server validates, the page only edits and places the messages it gets back.
 */
import { averageScopes, categoryIds, rankScopes, REPORT_KINDS, unitIds } from '../schemas/constants.ts'
import type { Bilingual, FigureValues, Rank, ReportData, VsAverage } from '../schemas/report.ts'

interface DataError { file: string, field: string, message: string }
interface DraftFigure { id?: string, name: string, indicator?: string, value?: number, unit?: string, approximate: boolean | 'near', change?: { kind: 'pct' | 'pp' | 'abs', value: number }, ranks: Rank[], vsAveragePp?: number, vsAverageScope?: VsAverage['scope'], quote: string }
/** A figure as the reviewer edits it: comparable (on a catalogue indicator) or report-only (its own id and name). */
type Kind = 'comparable' | 'report-only'
type EditFigure = Omit<FigureValues, 'ranks' | 'unit'> & { kind: Kind, indicator: string, id: string, name: Bilingual, unit: string, ranks: Rank[] }
type Decision = 'accepted' | 'dropped'
interface Card { key: string, name: string, state: Decision | 'proposed', m: EditFigure }
interface Draft { dir: string, isDraft: boolean, source: string, report: ReportData, figures: DraftFigure[], decisions: Record<string, Decision>, indicators: { id: string, name: string }[] }

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const { dataset, ...rest } = props
  const node = Object.assign(document.createElement(tag), rest)
  Object.assign(node.dataset, dataset ?? {})
  node.append(...children)
  return node
}

const draft = await (await fetch('/api/draft')).json() as Draft
const report = draft.report
report.figures ??= []
// the goals for the next year: drafted by ingest, kept and edited here as they are
report.targets ??= []
const source = draft.source
let cards: Card[] = []
let selected = ''

/** A drafted figure in the schema's shape: comparable when ingest found its indicator, else report-only. */
function figureOf(f: DraftFigure): EditFigure {
  return {
    kind: f.indicator ? 'comparable' : 'report-only',
    indicator: f.indicator ?? '',
    id: f.indicator ? '' : f.id ?? '',
    name: { zh: f.name, en: '' },
    value: f.value,
    unit: f.unit ?? '',
    approximate: f.approximate || undefined,
    change: f.change ? { kind: f.change.kind, value: f.change.value } : undefined,
    ranks: f.ranks,
    vsAverage: f.vsAveragePp === undefined ? undefined : { scope: f.vsAverageScope ?? 'city', pp: f.vsAveragePp },
    quote: f.quote,
  }
}

/** The figure's id in report.json: its indicator, or its own id. */
const idOf = (m: EditFigure) => (m.kind === 'comparable' ? m.indicator : m.id)

/** Figures as saved win over the drafted ones; saved figures no drafted one matches were added by hand. */
function initialCards(): Card[] {
  const saved: EditFigure[] = [
    ...report.metrics.map((m): EditFigure => ({ ...m, kind: 'comparable', id: '', name: { zh: '', en: '' }, ranks: m.ranks ?? [] })),
    ...report.figures.map(({ id, name, ...m }): EditFigure => ({ ...m, kind: 'report-only', indicator: '', id, name: { ...name }, ranks: m.ranks ?? [] })),
  ]
  const used = new Set<EditFigure>()
  const take = (ok: (m: EditFigure) => boolean) => {
    const m = saved.find(s => !used.has(s) && ok(s))
    if (m) used.add(m)
    return m
  }
  // a drafted goal for the next year is in report.targets, edited there, not a figure of the report
  const drafted = draft.figures.flatMap((f, i): Card[] => {
    if (f.id?.startsWith('target-'))
      return []
    const m = take(s => s.quote === f.quote && (idOf(s) === (f.indicator ?? f.id) || s.value === f.value))
    return [{ key: String(i), name: f.name, state: draft.decisions[String(i)] ?? 'proposed', m: m ?? figureOf(f) }]
  })
  const added = saved.filter(m => !used.has(m)).map((m, i): Card => ({ key: `added-${i}`, name: m.name.zh || idOf(m), state: 'accepted', m }))
  return [...drafted, ...added]
}

function clean<T>(v: T): T {
  const opt = (x: unknown) => (x === undefined || x === '' || (Array.isArray(x) && x.length === 0) ? undefined : x)
  return JSON.parse(JSON.stringify(v, (_k, x: unknown) => opt(x))) as T
}

/** The figure as report.json holds it: a metric, or a report-only figure. */
function toSaved({ kind, indicator, id, name, ...values }: EditFigure) {
  return clean(kind === 'comparable' ? { indicator, ...values } : { id, name, ...values })
}

function built(): ReportData {
  const accepted = cards.filter(c => c.state === 'accepted')
  return {
    ...report,
    metrics: accepted.filter(c => c.m.kind === 'comparable').map(c => toSaved(c.m)) as ReportData['metrics'],
    figures: accepted.filter(c => c.m.kind === 'report-only').map(c => toSaved(c.m)) as ReportData['figures'],
  }
}

// ── fields ──────────────────────────────────────────────────────────────────
const num = (s: string) => (s.trim() === '' ? undefined : Number(s))

/** One labelled input; `field` is check-data's name for it, so its messages land beside it. */
function field(label: string, fieldName: string, get: () => string, set: (v: string) => void, kind: 'text' | 'number' | 'date' | 'textarea' | string[] = 'text', wide = false): HTMLElement {
  const id = `f-${fieldName.replace(/\W/g, '-')}`
  const input = Array.isArray(kind)
    ? el('select', { id }, ...kind.map(o => el('option', { value: o, textContent: o || '—' })))
    : kind === 'textarea' ? el('textarea', { id, rows: 3 }) : el('input', { id, type: kind, ...(kind === 'number' ? { step: 'any' } : {}) })
  input.value = get()
  if (fieldName.endsWith('.indicator')) input.setAttribute('list', 'indicators')
  input.addEventListener('input', () => set(input.value))
  input.addEventListener('change', () => set(input.value))
  return el('div', { className: `field${wide ? ' wide' : ''}`, dataset: { field: fieldName } }, el('label', { htmlFor: id, textContent: label }), input)
}

/** A field at a dotted path of the report (meta.title.zh). */
function pathField(label: string, path: string, kind: 'text' | 'number' | 'date' | 'textarea' | string[] = 'text', wide = false): HTMLElement {
  const keys = path.split('.')
  const parent = () => keys.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, report as unknown as Record<string, unknown>)
  const last = keys.at(-1)!
  return field(label, path, () => String(parent()[last] ?? ''), (v) => { parent()[last] = kind === 'number' ? num(v) : v }, kind, wide)
}

function bilingualFields(label: string, path: string, kind: 'text' | 'textarea' = 'text') {
  return [pathField(`${label} 中文`, `${path}.zh`, kind, kind === 'textarea'), pathField(`${label} English`, `${path}.en`, kind, kind === 'textarea')]
}

// ── figures ─────────────────────────────────────────────────────────────────
/** The achievement a figure is listed in (its index), or ''. */
function achievementOf(id: string): string {
  const i = report.achievements.findIndex(a => a.metrics.includes(id))
  return i < 0 ? '' : String(i)
}

function moveToAchievement(id: string, to: string) {
  for (const a of report.achievements) a.metrics = a.metrics.filter(x => x !== id)
  if (to !== '' && id) report.achievements[Number(to)]?.metrics.push(id)
}

/** A figure's id changed: its achievement lists the new one. */
function renamed(before: string, after: string) {
  for (const a of report.achievements) a.metrics = a.metrics.map(x => (x === before ? after : x))
}

function cardView(c: Card, f: string): HTMLElement {
  const m = c.m
  const ranks = m.ranks.map((r, i) => el('div', { className: 'row' },
    field('范围 scope', `${f}.ranks.${i}.scope`, () => r.scope, (v) => { r.scope = v as Rank['scope'] }, [...rankScopes]),
    field('依据 basis', `${f}.ranks.${i}.basis`, () => r.basis, (v) => { r.basis = v as Rank['basis'] }, ['total', 'growth']),
    field('名次 position', `${f}.ranks.${i}.position`, () => String(r.position), (v) => { r.position = Number(v) }, 'number'),
    field('共 of', `${f}.ranks.${i}.of`, () => String(r.of ?? ''), (v) => { r.of = num(v) }, 'number'),
    el('button', { type: 'button', textContent: '删除名次 Remove rank', onclick: () => { m.ranks.splice(i, 1); render() } }),
  ))
  const setId = (key: 'indicator' | 'id', v: string) => {
    const before = idOf(m)
    m[key] = v.trim()
    renamed(before, idOf(m))
  }
  const identity = m.kind === 'comparable'
    ? [field('指标 indicator', `${f}.indicator`, () => m.indicator, v => setId('indicator', v))]
    : [
        field('编号 id', `${f}.id`, () => m.id, v => setId('id', v)),
        field('名称 name 中文', `${f}.name.zh`, () => m.name.zh, (v) => { m.name.zh = v }),
        field('名称 name English', `${f}.name.en`, () => m.name.en, (v) => { m.name.en = v }),
      ]
  const achievements = ['', ...report.achievements.map((_a, i) => String(i))]
  return el('article', { className: `card ${c.state}`, id: `card-${c.key}`, dataset: { figure: c.key, field: f } },
    el('strong', { textContent: `${c.name} · ${{ proposed: '待审 proposed', accepted: '已采纳 accepted', dropped: '已删除 dropped' }[c.state]}` }),
    el('blockquote', { textContent: m.quote, title: '在原文中 Show in the text', onclick: () => document.querySelector(`#text mark[data-card="${c.key}"]`)?.scrollIntoView({ block: 'center' }) }),
    el('div', { className: 'fields' },
      // comparable: ranked and compared on a catalogue indicator; report-only: this report's own figure
      field('类型 kind', `${f}.kind`, () => m.kind, (v) => {
        const before = idOf(m)
        m.kind = v as Kind
        renamed(before, idOf(m))
        render()
      }, ['comparable', 'report-only']),
      ...identity,
      field('数值 value', `${f}.value`, () => String(m.value ?? ''), (v) => { m.value = num(v) }, 'number'),
      field('单位 unit', `${f}.unit`, () => m.unit, (v) => { m.unit = v }, ['', ...unitIds]),
      field('约数 approximate', `${f}.approximate`, () => String(m.approximate ?? ''), (v) => { m.approximate = v === 'true' ? true : v === 'near' ? 'near' : undefined }, ['', 'true', 'near']),
      field('变化 change kind', `${f}.change.kind`, () => m.change?.kind ?? '', (v) => { m.change = v ? { kind: v as 'pct' | 'pp' | 'abs', value: m.change?.value ?? 0 } : undefined }, ['', 'pct', 'pp', 'abs']),
      field('变化值 change value', `${f}.change.value`, () => String(m.change?.value ?? ''), (v) => { if (m.change) m.change.value = Number(v) }, 'number'),
      field('平均 average', `${f}.vsAverage.scope`, () => m.vsAverage?.scope ?? '', (v) => { m.vsAverage = v ? { scope: v as VsAverage['scope'], pp: m.vsAverage?.pp ?? 0 } : undefined }, ['', ...averageScopes]),
      field('高于平均 pp', `${f}.vsAverage.pp`, () => String(m.vsAverage?.pp ?? ''), (v) => { if (m.vsAverage) m.vsAverage.pp = Number(v) }, 'number'),
      field('成就 achievement', `${f}.achievement`, () => achievementOf(idOf(m)), v => moveToAchievement(idOf(m), v), achievements),
    ),
    ...ranks,
    el('div', { className: 'row' },
      el('button', { type: 'button', textContent: '加名次 Add rank', onclick: () => { m.ranks.push({ scope: 'city', basis: 'total', position: 1 }); render() } }),
      el('button', { type: 'button', textContent: '采纳 Accept', onclick: () => { c.state = 'accepted'; render() } }),
      el('button', { type: 'button', textContent: '删除 Drop', onclick: () => { c.state = 'dropped'; render() } }),
    ),
  )
}

// ── source text ─────────────────────────────────────────────────────────────
/** The text with every figure's quote marked; a mark leads to its figure. */
function renderSource() {
  const owners: (Card | undefined)[] = Array.from({ length: source.length })
  for (const c of cards.filter(c => c.state !== 'dropped')) {
    const at = source.indexOf(c.m.quote)
    for (let i = at; at >= 0 && i < at + c.m.quote.length; i++)
      if (!owners[i] || c.state === 'accepted') owners[i] = c
  }
  const text = $('text')
  text.replaceChildren()
  let start = 0
  for (let i = 1; i <= source.length; i++) {
    if (i < source.length && owners[i] === owners[start]) continue
    const chunk = source.slice(start, i)
    const owner = owners[start]
    text.append(owner
      ? el('mark', { className: owner.state, textContent: chunk, title: owner.name, dataset: { card: owner.key }, onclick: () => $(`card-${owner.key}`).scrollIntoView({ block: 'center' }) })
      : chunk)
    start = i
  }
}

/** A figure the drafting missed: the selected text is its quote, verbatim. */
function addFromSelection() {
  const quote = selected
  const number = /(\d+(?:\.\d+)?)/.exec(quote)
  const after = number ? quote.slice(number.index + number[1]!.length) : ''
  const unit = [...unitIds].sort((a, b) => b.length - a.length).find(u => after.startsWith(u)) ?? ''
  const taken = new Set(cards.map(c => idOf(c.m)))
  let n = cards.length
  while (taken.has(`figure-${n}`)) n++
  const m: EditFigure = { kind: 'report-only', indicator: '', id: `figure-${n}`, name: { zh: quote.slice(0, 12), en: '' }, value: number ? Number(number[1]) : undefined, unit, ranks: [], quote }
  cards.push({ key: `added-${cards.length}`, name: quote.slice(0, 12), state: 'accepted', m })
  render()
  $(`card-added-${cards.length - 1}`).scrollIntoView({ block: 'center' })
}

document.addEventListener('selectionchange', () => {
  const s = document.getSelection()
  const inText = s && !s.isCollapsed && $('text').contains(s.anchorNode) && $('text').contains(s.focusNode)
  selected = inText ? s.toString() : selected
  const add = $<HTMLButtonElement>('add')
  add.disabled = !(selected.length >= 4 && source.includes(selected))
  add.textContent = add.disabled ? '添加所选为数字 Add selection as a figure' : `添加“${selected.slice(0, 16)}” Add as a figure`
})
$('add').addEventListener('click', addFromSelection)

// ── texts and metadata ──────────────────────────────────────────────────────
function listEditor<T>(title: string, path: string, items: T[], blank: () => T, view: (item: T, i: number) => HTMLElement[], min = 0): HTMLElement {
  return el('div', { dataset: { field: path } },
    el('h3', { textContent: title }),
    ...items.map((item, i) => el('div', { className: 'card fields', dataset: { field: `${path}.${i}` } }, ...view(item, i),
      el('button', { type: 'button', textContent: `删除 Remove ${i + 1}`, disabled: items.length <= min, onclick: () => { items.splice(i, 1); render() } }))),
    el('button', { type: 'button', textContent: `添加 Add (${title})`, onclick: () => { items.push(blank()); render() } }),
  )
}

function render() {
  renderSource()
  const accepted = cards.filter(c => c.state === 'accepted')
  const comparable = accepted.filter(c => c.m.kind === 'comparable')
  const reportOnly = accepted.filter(c => c.m.kind === 'report-only')
  // check-data's name for the figure (metrics.3, figures.12), so its messages land on the card
  const fieldOf = (c: Card) => (c.state !== 'accepted' ? `figure.${c.key}` : c.m.kind === 'comparable' ? `metrics.${comparable.indexOf(c)}` : `figures.${reportOnly.indexOf(c)}`)
  const listed = new Set(report.achievements.flatMap(a => a.metrics))
  const m = report.meta
  $('panel').replaceChildren(
    el('h2', { textContent: `数字 Figures (${accepted.length} accepted of ${cards.length}; only accepted figures are saved)` }),
    el('button', { type: 'button', textContent: '采纳全部待审 Accept all proposed', onclick: () => { cards.forEach((c) => { if (c.state === 'proposed') c.state = 'accepted' }); render() } }),
    ...cards.map(c => cardView(c, fieldOf(c))),
    el('h2', { textContent: '摘要与要点 Summary and highlights' }),
    el('div', { className: 'fields' }, ...bilingualFields('摘要 summary', 'summary', 'textarea')),
    listEditor('要点 highlights', 'highlights', report.highlights, () => ({ zh: '', en: '' }), (_h, i) => bilingualFields(`要点 ${i + 1}`, `highlights.${i}`)),
    listEditor('成就 achievements', 'achievements', report.achievements, (): ReportData['achievements'][number] => ({ category: 'economy', title: { zh: '', en: '' }, text: { zh: '', en: '' }, metrics: [] }), (a, i) => [
      pathField(`类别 category ${i + 1}`, `achievements.${i}.category`, [...categoryIds]),
      ...bilingualFields(`标题 title ${i + 1}`, `achievements.${i}.title`),
      ...bilingualFields(`正文 text ${i + 1}`, `achievements.${i}.text`, 'textarea'),
      field(`指标 metrics ${i + 1} (ids, comma-separated)`, `achievements.${i}.metrics`, () => a.metrics.join(', '), (v) => { a.metrics = v.split(/[,，\s]+/).filter(Boolean) }, 'text', true),
      el('button', { type: 'button', textContent: `收入未归类的数字 Take the unlisted figures (${i + 1})`, onclick: () => { a.metrics.push(...accepted.map(c => idOf(c.m)).filter(id => id && !listed.has(id))); render() } }),
    ]),
    listEditor('目标 targets for the next year', 'targets', report.targets, (): ReportData['targets'][number] => ({ indicator: '', kind: 'growth', value: 0, quote: '' }), (g, i) => [
      pathField(`指标 indicator ${i + 1}`, `targets.${i}.indicator`),
      pathField(`类型 kind ${i + 1}`, `targets.${i}.kind`, ['growth', 'value']),
      pathField(`数值 value ${i + 1}`, `targets.${i}.value`, 'number'),
      field(`单位 unit ${i + 1} (a value's; none for growth)`, `targets.${i}.unit`, () => g.unit ?? '', (v) => { g.unit = (v || undefined) as typeof g.unit }, ['', ...unitIds]),
      field(`约数 approximate ${i + 1}`, `targets.${i}.approximate`, () => g.approximate ?? '', (v) => { g.approximate = (v || undefined) as typeof g.approximate }, ['', 'about', 'atLeast']),
      pathField(`原文 quote ${i + 1}`, `targets.${i}.quote`, 'textarea', true),
    ]),
    listEditor('荣誉 honours', 'honours', report.honours, () => ({ name: { zh: '', en: '' }, quote: '' }), (_h, i) => [
      ...bilingualFields(`荣誉 honour ${i + 1}`, `honours.${i}.name`),
      pathField(`原文 quote ${i + 1}`, `honours.${i}.quote`, 'textarea', true),
    ]),
    el('h2', { textContent: '元数据 Metadata' }),
    el('div', { className: 'fields' },
      ...bilingualFields('标题 title', 'meta.title'),
      pathField('类型 kind', 'meta.kind', Object.keys(REPORT_KINDS)),
      pathField('日期 date', 'meta.date', 'date'),
      pathField('年份 year', 'meta.year', 'number'),
      ...bilingualFields('会场 venue', 'meta.venue'),
      ...bilingualFields('讲话人 speaker', 'meta.speaker.name'),
      ...bilingualFields('职务 role', 'meta.speaker.role'),
      ...bilingualFields('区 district', 'meta.district.name'),
      ...bilingualFields('市 city', 'meta.district.city'),
      ...bilingualFields('省 province', 'meta.district.province'),
      ...bilingualFields('来源说明 source note', 'meta.sourceNote', 'textarea'),
      pathField('活动 event', 'meta.event'),
    ),
  )
  if (m.event === '') delete m.event
}

// ── save and make final ─────────────────────────────────────────────────────
/** Each message beside the field it names (or the nearest enclosing one); the rest at the top. */
function showErrors(errors: DataError[]) {
  document.querySelectorAll('#panel .error').forEach(e => e.remove())
  const general = $('general')
  general.replaceChildren()
  const mine = `data/reports/${draft.dir}/report.json`
  for (const e of errors) {
    let path = e.field.split('.')
    let target: Element | null = null
    while (e.file === mine && path.length && !(target = document.querySelector(`#panel [data-field="${path.join('.')}"]`)))
      path = path.slice(0, -1)
    const text = `${e.field}: ${e.message}`
    if (target) target.append(el('p', { className: 'error', role: 'alert', textContent: text }))
    else general.append(el('li', { textContent: `${e.file} → ${text}` }))
  }
}

async function save(): Promise<boolean> {
  const decisions = Object.fromEntries(cards.filter(c => c.state !== 'proposed' && !c.key.startsWith('added-')).map(c => [c.key, c.state]))
  if (report.meta.event === '') delete report.meta.event
  const res = await fetch('/api/report', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ report: built(), decisions }) })
  const body = await res.json() as { saved?: boolean, errors: DataError[] }
  render()
  showErrors(body.errors)
  $('status').textContent = !body.saved
    ? '未保存 Not saved'
    : body.errors.length ? `已保存 Saved; ${body.errors.length} problem(s) before it can be final` : '已保存 Saved; passes check-data'
  return body.saved === true
}

async function makeFinal() {
  if (!await save()) return
  const res = await fetch('/api/finalise', { method: 'POST' })
  const body = await res.json() as { final: boolean, errors: DataError[] }
  showErrors(body.errors)
  $('status').textContent = body.final
    ? '已定稿 Final: draft.json deleted, the report is part of the app'
    : `未定稿 Not final: ${body.errors.length} problem(s) in data/`
  if (body.final) for (const id of ['save', 'final']) $<HTMLButtonElement>(id).disabled = true
}

// the catalogue's ids to choose from; any other name is a report-only figure that check-data will name
document.body.append(el('datalist', { id: 'indicators' }, ...draft.indicators.map(i => el('option', { value: i.id, label: i.name }))))
$('title').textContent = `审阅 Review ${draft.dir}${draft.isDraft ? '' : ' (final: read only)'}`
$('save').addEventListener('click', () => void save())
$('final').addEventListener('click', () => void makeFinal())
cards = initialCards()
render()
