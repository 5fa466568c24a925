import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { describe, expect, it } from 'vitest'
import { renderedDataModules } from '~/data/vitePlugin'
import { useDistrictsStore } from '~/stores/districts'

describe('the data a page was rendered with', () => {
  it('is every report and indicator slice the store loaded, by module name', async () => {
    const app = createApp({})
    const pinia = createPinia()
    app.use(pinia)
    expect(renderedDataModules(app)).toEqual([])
    const store = useDistrictsStore(pinia)
    await store.loadReport('weibin-2023')
    await store.loadIndicator('gdp')
    // a chunk that does not exist is not named
    await store.loadReport('no-such-report')
    expect(renderedDataModules(app).sort()).toEqual(['virtual:data/indicator/gdp', 'virtual:data/report/weibin-2023'])
  })
})
