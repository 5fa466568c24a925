import { describe, expect, it } from 'vitest'
import { dataChunks, evaluationOrder, isAppEntry, messageChunks, pageChunks } from '~/build/bootScript'
import { startupChunks } from '~/build/compileHints'

/** The shape of a client build: an entry, shared chunks, pages, and chunks loaded on demand. */
const BUNDLE = {
  'assets/app.js': { type: 'chunk', isEntry: true, imports: ['assets/vue.js', 'assets/router.js'], facadeModuleId: '/repo/index.html' },
  'assets/vue.js': { type: 'chunk', imports: ['assets/runtime.js'] },
  'assets/router.js': { type: 'chunk', imports: ['assets/vue.js', 'assets/runtime.js'] },
  'assets/runtime.js': { type: 'chunk', imports: [] },
  'assets/DistrictPage.js': { type: 'chunk', imports: ['assets/vue.js', 'assets/format.js'], facadeModuleId: '/repo/src/pages/DistrictPage.vue' },
  'assets/format.js': { type: 'chunk', imports: [] },
  'assets/echarts.js': { type: 'chunk', imports: ['assets/vue.js'], facadeModuleId: '/repo/node_modules/echarts/index.js' },
  // the module the chart worker imports, emitted as an entry of its own (src/build/echartsChunk.ts)
  'assets/echarts-entry.js': { type: 'chunk', isEntry: true, imports: ['assets/echarts.js'], facadeModuleId: '/repo/src/charts/echarts.ts' },
  'assets/echarts-entry-windows.js': { type: 'chunk', isEntry: true, imports: ['assets/echarts.js'], facadeModuleId: 'C:\\repo\\src\\charts\\echarts.ts' },
  'assets/EChartView.js': { type: 'chunk', imports: ['assets/echarts.js'], facadeModuleId: '/repo/src/components/chart/EChartView.vue' },
  'assets/weibin-2023.js': { type: 'chunk', imports: [], facadeModuleId: '\0virtual:data/report/weibin-2023' },
  'assets/gdp.js': { type: 'chunk', imports: [], facadeModuleId: '\0virtual:data/indicator/gdp' },
  'assets/en.js': { type: 'chunk', imports: [], facadeModuleId: '/repo/src/locales/en.json' },
  'assets/app.css': { type: 'asset' },
}

describe('the boot script evaluates the app chunk by chunk', () => {
  it('starts from the app\'s entry, not from the ECharts chunk the chart worker imports', () => {
    expect(Object.entries(BUNDLE).filter(([, chunk]) => isAppEntry(chunk)).map(([file]) => file)).toEqual(['assets/app.js'])
  })

  it('lists each chunk after the chunks it imports, once, with the entry last', () => {
    expect(evaluationOrder(BUNDLE, 'assets/app.js')).toEqual(['assets/runtime.js', 'assets/vue.js', 'assets/router.js', 'assets/app.js'])
  })

  it('leaves out chunks that load on demand', () => {
    const order = evaluationOrder(BUNDLE, 'assets/app.js')
    expect(order).not.toContain('assets/DistrictPage.js')
    expect(order).not.toContain('assets/echarts.js')
  })
})

describe('the boot script fetches a page\'s own chunks with the app\'s', () => {
  it('lists, for each page component, its chunk and what it imports that the entry does not', () => {
    expect(pageChunks(BUNDLE, 'assets/app.js')).toEqual({ 'assets/DistrictPage.js': ['assets/format.js', 'assets/DistrictPage.js'] })
  })
})

describe('the boot script fetches the data and messages a page was rendered with', () => {
  it('lists each report\'s and indicator slice\'s chunk by its module name', () => {
    expect(dataChunks(BUNDLE, 'assets/app.js')).toEqual({
      'virtual:data/report/weibin-2023': ['assets/weibin-2023.js'],
      'virtual:data/indicator/gdp': ['assets/gdp.js'],
    })
  })

  it('lists the messages that load on demand by their locale', () => {
    expect(messageChunks(BUNDLE, 'assets/app.js')).toEqual({ en: ['assets/en.js'] })
  })
})

describe('compile hints', () => {
  it('mark the entry, the page components and what they import, and nothing loaded on demand', () => {
    expect([...startupChunks(BUNDLE)].sort()).toEqual([
      'assets/DistrictPage.js',
      'assets/app.js',
      'assets/format.js',
      'assets/router.js',
      'assets/runtime.js',
      'assets/vue.js',
    ])
  })
})
