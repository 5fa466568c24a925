/**
 * Open Graph preview images, drawn at build time: one 1200×630 PNG per district
 * (og/<code>.png, from its newest report) and og/site.png for every other page, and the same in
 * English for the English pages (og/en/<code>.png, og/en/site.png).
 * Each card is an SVG string rasterised by resvg with the system's CJK font, cut once per build
 * to the characters the cards draw (./cardFonts.ts); a build's cards are rasterised in worker
 * threads, a batch each.
 *
 * Loaded by vite.config.ts, where the `~` alias does not apply: relative imports only.
 */
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { Resvg } from '@resvg/resvg-js'
import type { Plugin } from 'vite'
import type { Report } from '../schemas/dataset.ts'
import type { Indicator, Metric } from '../schemas/report.ts'
import type { Locale } from '../utils/format.ts'
import { formatChange, formatDate, formatValue } from '../utils/format.ts'
import { truncate } from '../utils/fitText.ts'
import { ogImagePath } from '../utils/previewImages.ts'
import en from '../locales/en.json' with { type: 'json' }
import type { ReportKind } from '../schemas/constants.ts'
import { HEADLINE_INDICATORS, REPORT_KINDS } from '../schemas/constants.ts'
import type { ClientAsset } from '../build/clientAssets.ts'
import { clientAssetsPlugin } from '../build/clientAssets.ts'
import { newestReports } from './buildDataset.ts'
import type { Dataset } from './validate.ts'
import type { CardFontOptions } from './cardFonts.ts'
import { SYSTEM_FONTS, withCardFonts } from './cardFonts.ts'

export const OG_WIDTH = 1200
export const OG_HEIGHT = 630

const APP_NAME = '区情速览'
const APP_NAME_EN = 'District Brief'

/** What the cards say in each language; the English words are the app's own (src/locales/en.json). */
const WORDS = {
  'zh-CN': {
    name: APP_NAME,
    other: APP_NAME_EN,
    tagline: '区县政府工作报告速览',
    features: '关键数据·排名对比·离线可读·一键分享',
    kind: (kind: ReportKind) => kind,
    sep: '·',
  },
  'en': {
    name: APP_NAME_EN,
    other: APP_NAME,
    tagline: 'District work reports at a glance',
    features: 'Key figures · ranks · offline · one-tap sharing',
    kind: (kind: ReportKind) => en.kind[REPORT_KINDS[kind]],
    sep: ' · ',
  },
} satisfies Record<Locale, unknown>

const BLUE = '#1d4ed8'
const BLUE_DARK = '#1e3a8a'
const BLUE_PALE = '#eff6ff'
const INK = '#0f172a'
const TEXT = '#334155'
const MUTED = '#64748b'
const RULE = '#e2e8f0'
const DOWN = '#b45309'

const FONT = `'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`

const MARGIN = 72
const BAND = 96

/** Indicators tried, in order, for the card's headline figures (after the app's own headline pair). */
const CARD_INDICATORS = [...HEADLINE_INDICATORS, 'retail-sales', 'disposable-income', 'urban-disposable-income', 'fixed-asset-investment', 'industrial-value-added']
const MAX_FIGURES = 3

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&apos;' })[c]!)
}

/** Rough advance width in em: CJK and full-width characters are 1em, Latin digits and letters about 0.58em. */
export function textWidthEm(text: string): number {
  let w = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    w += cp >= 0x2E80 || (cp >= 0x25A0 && cp <= 0x25FF) ? 1 : ch === ' ' ? 0.3 : 0.58
  }
  return w
}

/** The largest font size up to `size` at which the text fits in `width` pixels. */
function fitSize(text: string, size: number, width: number, min = size * 0.6): number {
  const em = textWidthEm(text)
  return em * size <= width ? size : Math.max(min, Math.floor(width / em))
}

/** Cuts the text with an ellipsis so that it fits at the given size (as estimated). */
function clip(text: string, size: number, width: number): string {
  return truncate(text, width, '', t => textWidthEm(t) * size)
}

interface TextOptions {
  size: number
  fill: string
  weight?: 400 | 500 | 700
  anchor?: 'start' | 'end' | 'middle'
  spacing?: number
}

function text(x: number, y: number, content: string, o: TextOptions): string {
  const attrs = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${o.size}"`,
    `font-weight="${o.weight ?? 400}"`,
    `fill="${o.fill}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.spacing ? `letter-spacing="${o.spacing}"` : '',
  ].filter(Boolean).join(' ')
  return `<text ${attrs}>${escapeXml(content)}</text>`
}

function svgDocument(body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n')
}

/** The blue band across the top with the app's name, and a short note on the right. */
function band(right: string, name = APP_NAME): string[] {
  return [
    `<rect width="${OG_WIDTH}" height="${BAND}" fill="${BLUE}"/>`,
    `<rect x="${MARGIN}" y="30" width="36" height="36" rx="8" fill="#ffffff"/>`,
    `<rect x="${MARGIN + 9}" y="50" width="5" height="9" fill="${BLUE}"/>`,
    `<rect x="${MARGIN + 16}" y="43" width="5" height="16" fill="${BLUE}"/>`,
    `<rect x="${MARGIN + 23}" y="37" width="5" height="22" fill="${BLUE}"/>`,
    text(MARGIN + 52, 61, name, { size: 34, weight: 700, fill: '#ffffff', spacing: name === APP_NAME ? 2 : 0 }),
    text(OG_WIDTH - MARGIN, 60, right, { size: 24, weight: 500, fill: '#dbeafe', anchor: 'end' }),
  ]
}

export interface CardFigure {
  label: string
  value: string
  change?: string
  /** the change is a rise (▲) or a fall (▼) */
  up?: boolean
}

/** The 2–3 figures the card shows: value with unit and year-on-year change, formatted as the app does. */
export function headlineFigures(report: Report, indicators: Indicator[], locale: Locale = 'zh-CN'): CardFigure[] {
  const lang = locale === 'en' ? 'en' : 'zh'
  const byId = new Map(indicators.map(i => [i.id, i]))
  const withValue = report.metrics.filter((m): m is Metric & { value: number } => m.value !== undefined)
  const preferred = CARD_INDICATORS.flatMap(id => withValue.filter(m => m.indicator === id))
  const rest = withValue.filter(m => !CARD_INDICATORS.includes(m.indicator) && m.change)
  const chosen = [...new Set([...preferred, ...rest])].slice(0, MAX_FIGURES)
  return chosen.map(m => ({
    label: byId.get(m.indicator)?.name[lang] ?? m.indicator,
    value: formatValue(m.value, m.unit, locale, m.approximate, byId.get(m.indicator)?.countNounEn),
    ...(m.change ? { change: formatChange(m.change, m.unit, locale, byId.get(m.indicator)?.countNounEn), up: m.change.value >= 0 } : {}),
  }))
}

/** The district card as SVG: district name large, where it is, the report, and its headline figures. */
export function districtCardSvg(report: Report, indicators: Indicator[], locale: Locale = 'zh-CN'): string {
  const { district, title, kind, date } = report.meta
  const lang = locale === 'en' ? 'en' : 'zh'
  const words = WORDS[locale]
  const inner = OG_WIDTH - 2 * MARGIN
  const nameSize = fitSize(district.name[lang], 104, inner)
  const titleText = clip(title[lang], 34, inner)
  const figures = headlineFigures(report, indicators, locale)

  const body = [
    ...band(`${words.kind(kind)}${words.sep}${formatDate(date, locale)}`, words.name),
    // where: province·city, with a short accent bar
    `<rect x="${MARGIN}" y="146" width="6" height="30" rx="3" fill="${BLUE}"/>`,
    text(MARGIN + 22, 172, `${district.province[lang]}${words.sep}${district.city[lang]}`, { size: 30, weight: 500, fill: MUTED, spacing: 1 }),
    text(MARGIN - 4, 292, district.name[lang], { size: nameSize, weight: 700, fill: INK, spacing: lang === 'zh' ? 4 : 0 }),
    text(MARGIN, 350, titleText, { size: 34, weight: 500, fill: TEXT }),
    `<rect x="${MARGIN}" y="392" width="${inner}" height="2" fill="${RULE}"/>`,
  ]

  const gap = 32
  const colWidth = (inner - gap * (MAX_FIGURES - 1)) / MAX_FIGURES
  figures.forEach((f, i) => {
    const x = MARGIN + i * (colWidth + gap)
    if (i > 0)
      body.push(`<rect x="${x - gap / 2}" y="424" width="2" height="130" fill="${RULE}"/>`)
    const cx = i > 0 ? x + 8 : x
    body.push(text(cx, 446, clip(f.label, 26, colWidth - 8), { size: 26, weight: 500, fill: MUTED }))
    body.push(text(cx, 512, f.value, { size: fitSize(f.value, 56, colWidth - 8), weight: 700, fill: BLUE_DARK }))
    if (f.change) {
      const arrow = f.up ? '▲ ' : '▼ '
      body.push(text(cx, 554, clip(`${arrow}${f.change}`, 26, colWidth - 8), { size: 26, weight: 500, fill: f.up ? BLUE : DOWN }))
    }
  })

  body.push(
    `<rect y="${OG_HEIGHT - 12}" width="${OG_WIDTH}" height="12" fill="${BLUE}"/>`,
  )
  return svgDocument(body)
}

export interface SiteDistrict {
  name: string
  place: string
}

/** The site card as SVG: app name, tagline and the districts covered. */
export function siteCardSvg(districts: SiteDistrict[], locale: Locale = 'zh-CN'): string {
  const inner = OG_WIDTH - 2 * MARGIN
  const words = WORDS[locale]
  const body = [
    ...band(words.other, words.name),
    text(MARGIN - 4, 268, words.name, { size: fitSize(words.name, 120, inner), weight: 700, fill: INK, spacing: locale === 'en' ? 0 : 8 }),
    `<rect x="${MARGIN}" y="310" width="96" height="8" rx="4" fill="${BLUE}"/>`,
    text(MARGIN, 384, words.tagline, { size: 44, weight: 500, fill: TEXT, spacing: locale === 'en' ? 0 : 2 }),
    text(MARGIN, 436, words.features, { size: 28, fill: MUTED }),
  ]
  // one chip per district, as many as fit on a line
  let x = MARGIN
  const y = 482
  for (const d of districts) {
    const label = d.name
    const sub = d.place
    // bold Latin runs wider than the estimate: a tenth more room before the city
    const labelWidth = textWidthEm(label) * 32 * 1.1
    const w = Math.ceil(labelWidth + textWidthEm(sub) * 22 + 64)
    if (x + w > MARGIN + inner)
      break
    body.push(
      `<rect x="${x}" y="${y}" width="${w}" height="64" rx="32" fill="${BLUE_PALE}" stroke="#bfdbfe" stroke-width="2"/>`,
      text(x + 28, y + 43, label, { size: 32, weight: 700, fill: BLUE_DARK }),
      text(x + 36 + labelWidth, y + 42, sub, { size: 22, fill: MUTED }),
    )
    x += w + 20
  }
  body.push(`<rect y="${OG_HEIGHT - 12}" width="${OG_WIDTH}" height="12" fill="${BLUE}"/>`)
  return svgDocument(body)
}

/** The card as a PNG; `fonts` from `withCardFonts`, which prepares the font once for all a build's cards. */
export function renderPng(svg: string, fonts: CardFontOptions = SYSTEM_FONTS): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: fonts })
  return resvg.render().asPng()
}

export function renderDistrictCard(report: Report, indicators: Indicator[], locale: Locale = 'zh-CN', fonts?: CardFontOptions): Buffer {
  return renderPng(districtCardSvg(report, indicators, locale), fonts)
}

function siteCard(dataset: Dataset, locale: Locale): string {
  const lang = locale === 'en' ? 'en' : 'zh'
  // "Weibin", not "Weibin District": three English names fit on the card's one line of chips
  return siteCardSvg(newestReports(dataset).map(r => ({ name: r.meta.district.name[lang].replace(/ District$/, ''), place: r.meta.district.city[lang] })), locale)
}

export function renderSiteCard(dataset: Dataset, locale: Locale = 'zh-CN', fonts?: CardFontOptions): Buffer {
  return renderPng(siteCard(dataset, locale), fonts)
}

/** Cards a worker draws before it ends. */
const BATCH = 50

/**
 * A worker's batch of cards. resvg holds each card's pixels (3 MB) until V8 collects the card,
 * which V8, not told of that memory, put off until a national build's cards held 20 GB; the
 * memory of a worker's cards is given back when the worker ends.
 */
const RASTERISE = `
const { parentPort, workerData } = require('node:worker_threads')
const { Resvg } = require(workerData.resvg)
parentPort.postMessage(workerData.svgs.map(svg => new Resvg(svg, workerData.options).render().asPng()))
`

function rasteriseInWorker(svgs: string[], fonts: CardFontOptions): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js')
    const worker = new Worker(RASTERISE, { eval: true, workerData: { svgs, resvg, options: { fitTo: { mode: 'original' }, font: fonts } } })
    let pngs: Uint8Array[] | undefined
    worker.once('message', (m: Uint8Array[]) => (pngs = m))
    worker.once('error', reject)
    worker.once('exit', code => (pngs && code === 0 ? resolve(pngs) : reject(new Error(`the preview images' worker stopped with code ${code}`))))
  })
}

/** The cards as PNGs, in their order, drawn by as many workers at once as the machine has cores. */
export async function renderPngs(svgs: string[], fonts: CardFontOptions): Promise<Uint8Array[]> {
  const batches = Array.from({ length: Math.ceil(svgs.length / BATCH) }, (_, i) => svgs.slice(i * BATCH, (i + 1) * BATCH))
  const drawn: Uint8Array[][] = []
  let next = 0
  const worker = async () => {
    while (next < batches.length) {
      const i = next++
      drawn[i] = await rasteriseInWorker(batches[i]!, fonts)
    }
  }
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), batches.length) }, worker))
  return drawn.flat()
}

/** Every preview image of the site, in both languages: og/<code>.png per district, and og/site.png. */
export async function ogImageFiles(dataset: Dataset): Promise<ClientAsset[]> {
  const cards = (['zh-CN', 'en'] as const).flatMap(locale => [
    ...newestReports(dataset).map(r => ({ fileName: ogImagePath(r.meta.district.code, locale).slice(1), svg: districtCardSvg(r, dataset.indicators, locale) })),
    { fileName: ogImagePath('site', locale).slice(1), svg: siteCard(dataset, locale) },
  ])
  // the font is cut once to every character the cards draw (their markup's too: a few Latin letters)
  const pngs = await withCardFonts(cards.map(c => c.svg).join(''), fonts => renderPngs(cards.map(c => c.svg), fonts))
  return cards.map((c, i) => ({ fileName: c.fileName, source: pngs[i]! }))
}

/** Emits the preview images into the client build. */
export function ogImagePlugin(dataset: Dataset): Plugin {
  return clientAssetsPlugin('og-images', () => ogImageFiles(dataset))
}
