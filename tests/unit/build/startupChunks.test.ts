import { fileURLToPath } from 'node:url'
import type { ChunkingContext } from 'rolldown'
import { describe, expect, it } from 'vitest'
import { sharedChunk } from '~/build/startupChunks'

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url))
const src = (path: string) => SRC + path
const script = (component: string) => `${src(component)}?vue&type=script&setup=true&lang.ts`

/** A module graph as the bundler's chunking sees it: each module's static importers. */
function graph(importers: Record<string, string[]>): ChunkingContext {
  return { getModuleInfo: (id: string) => (id in importers ? { importers: importers[id] } : null) } as unknown as ChunkingContext
}

describe('the shared start-up chunk', () => {
  it('takes a module two pages import, directly or through a component', () => {
    const ctx = graph({
      [src('utils/format.ts')]: [script('pages/HomePage.vue'), script('components/district/MetricCard.vue')],
      [script('components/district/MetricCard.vue')]: [src('components/district/MetricCard.vue')],
      [src('components/district/MetricCard.vue')]: [script('pages/DistrictPage.vue')],
    })
    expect(sharedChunk(src('utils/format.ts'), ctx)).toBe('shared')
    // the component itself: only one page imports it
    expect(sharedChunk(src('components/district/MetricCard.vue'), ctx)).toBeNull()
  })

  it('leaves a module only one page imports, and the pages themselves, to their own chunks', () => {
    const ctx = graph({
      [src('utils/csv.ts')]: [script('pages/DistrictPage.vue')],
      [script('pages/DistrictPage.vue')]: [src('pages/DistrictPage.vue')],
      [src('pages/DistrictPage.vue')]: [src('router.ts')],
    })
    expect(sharedChunk(src('utils/csv.ts'), ctx)).toBeNull()
    expect(sharedChunk(src('pages/DistrictPage.vue'), ctx)).toBeNull()
  })

  it('leaves what pages load later (a dynamic import is no importer), and modules outside src/', () => {
    const ctx = graph({
      [src('charts/echarts.ts')]: [script('components/chart/EChartView.vue')],
      [script('components/chart/EChartView.vue')]: [src('components/chart/EChartView.vue')],
      [src('components/chart/EChartView.vue')]: [],
      '/elsewhere/src/utils/format.ts': [script('pages/HomePage.vue'), script('pages/AboutPage.vue')],
    })
    expect(sharedChunk(src('charts/echarts.ts'), ctx)).toBeNull()
    expect(sharedChunk('/elsewhere/src/utils/format.ts', ctx)).toBeNull()
  })

  it('follows an import cycle to its end', () => {
    const ctx = graph({
      [src('a.ts')]: [src('b.ts')],
      [src('b.ts')]: [src('a.ts'), script('pages/HomePage.vue'), script('pages/ComparePage.vue')],
    })
    expect(sharedChunk(src('a.ts'), ctx)).toBe('shared')
  })

  it('reads Windows paths', () => {
    const win = (path: string) => path.replaceAll('/', '\\')
    const ctx = graph({ [win(src('utils/format.ts'))]: [win(script('pages/HomePage.vue')), win(script('pages/AboutPage.vue'))] })
    expect(sharedChunk(win(src('utils/format.ts')), ctx)).toBe('shared')
  })

  it('leaves a component\'s style to follow its component', () => {
    const style = `${src('components/app/ShareSheet.vue')}?vue&type=style&index=0&scoped=abc&lang.css`
    const ctx = graph({ [style]: [script('pages/HomePage.vue'), script('pages/AboutPage.vue')] })
    expect(sharedChunk(style, ctx)).toBeNull()
  })
})
