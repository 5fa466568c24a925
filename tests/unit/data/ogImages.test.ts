import { statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Plugin, Rollup } from 'vite'
import { withCardFonts } from '~/data/cardFonts'
import { districtCardSvg, escapeXml, headlineFigures, ogImagePlugin, OG_HEIGHT, OG_WIDTH, renderPng, renderPngs, siteCardSvg } from '~/data/ogImages'
import { SYSTEM_FONTS } from '~/data/cardFonts'
import { loadDataset } from '~/data/vitePlugin'

const { dataset } = loadDataset('data')
const weibin = dataset.reports.find(r => r.meta.district.code === '410703')!

const PNG_SIGNATURE = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

function pngSize(png: Buffer): { width: number, height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
  expect(png.toString('ascii', 12, 16)).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

type Hook = (this: unknown, ...args: unknown[]) => unknown
function hook(plugin: Plugin, name: 'configResolved' | 'generateBundle'): Hook {
  const h = plugin[name] as Hook | { handler: Hook }
  return typeof h === 'function' ? h : h.handler
}

async function emitted(ssr: boolean): Promise<Rollup.EmittedAsset[]> {
  const plugin = ogImagePlugin(dataset)
  const files: Rollup.EmittedAsset[] = []
  await hook(plugin, 'configResolved').call({}, { build: { ssr: ssr ? 'src/main.ts' : false } })
  const context = {
    emitFile(file: Rollup.EmittedAsset) {
      files.push(file)
      return file.fileName
    },
  }
  await hook(plugin, 'generateBundle').call(context, {}, {}, false)
  return files
}

describe('Open Graph images', () => {
  it('draws the district card with the formatted headline figures', () => {
    const svg = districtCardSvg(weibin, dataset.indicators)
    expect(svg).toContain(`width="${OG_WIDTH}" height="${OG_HEIGHT}"`)
    expect(svg).toContain('区情速览')
    expect(svg).toContain('卫滨区')
    expect(svg).toContain('河南省·新乡市')
    expect(svg).toContain('卫滨区2023年经济社会发展成就')
    expect(svg).toContain('141.8亿元')
    expect(svg).toContain('同比增长2.3%')
    expect(svg).toContain('4.49亿元')
  })

  it('draws the English card in English, with the app\'s English figures', () => {
    const svg = districtCardSvg(weibin, dataset.indicators, 'en')
    for (const text of ['District Brief', 'Weibin District', 'Henan · Xinxiang', 'Press conference · 6 March 2024', 'GDP', 'CNY 14.18 bn', '▲ +2.3% y/y'])
      expect(svg).toContain(`>${text}</text>`)
    expect(svg).not.toMatch(/>[^<]*[\u4E00-\u9FFF][^<]*<\/text>/)
    const site = siteCardSvg([{ name: 'Weibin District', place: 'Xinxiang' }], 'en')
    expect(site).toContain('>District work reports at a glance</text>')
    expect(site).toContain('>区情速览</text>')
  })

  it('picks GDP and budget revenue first, at most three figures', () => {
    const figures = headlineFigures(weibin, dataset.indicators)
    expect(figures.length).toBeGreaterThanOrEqual(2)
    expect(figures.length).toBeLessThanOrEqual(3)
    expect(figures[0]).toEqual({ label: '地区生产总值', value: '141.8亿元', change: '同比增长2.3%', up: true })
    expect(figures[1]).toMatchObject({ label: '一般公共预算收入', value: '4.49亿元', change: '同比增长11.7%' })
  })

  it('renders a 1200×630 PNG with the card font cut to the card\'s characters', async () => {
    const svg = districtCardSvg(weibin, dataset.indicators)
    await withCardFonts(svg, (fonts) => {
      expect(pngSize(renderPng(svg, fonts))).toEqual({ width: 1200, height: 630 })
      // where the family is installed: a small file each, not the 19 MB collections resvg would read again for every glyph
      for (const file of fonts.fontFiles ?? [])
        expect(statSync(file).size).toBeLessThan(1_000_000)
    })
  })

  it('escapes text for XML', () => {
    expect(escapeXml('A&B <c> "d" \'e\'')).toBe('A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;')
    expect(siteCardSvg([{ name: '<区>', place: 'A&B' }])).toContain('&lt;区&gt;')
  })

  // eight PNGs drawn: room for a busy two-core machine
  it('emits one image per district and the site image in each language in the client build', { timeout: 30_000 }, async () => {
    const files = await emitted(false)
    expect(files.map(f => f.fileName).sort()).toEqual(['og/410702.png', 'og/410703.png', 'og/410811.png', 'og/en/410702.png', 'og/en/410703.png', 'og/en/410811.png', 'og/en/site.png', 'og/site.png'])
    for (const f of files) {
      expect(f.type).toBe('asset')
      expect(pngSize(Buffer.from(f.source as Uint8Array))).toEqual({ width: 1200, height: 630 })
    }
  })

  it('draws a build\'s cards in workers, a batch each, and gives them back in their order', { timeout: 30_000 }, async () => {
    const svg = (width: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="10"><rect width="${width}" height="10" fill="#1d4ed8"/></svg>`
    const widths = Array.from({ length: 120 }, (_, i) => 10 + i)
    const pngs = await renderPngs(widths.map(svg), { ...SYSTEM_FONTS, loadSystemFonts: false })
    expect(pngs.map(p => pngSize(Buffer.from(p)).width)).toEqual(widths)
  })

  it('emits nothing in the SSR build', async () => {
    expect(await emitted(true)).toEqual([])
  })
})
