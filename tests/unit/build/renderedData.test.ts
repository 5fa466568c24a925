import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { describe, expect, it } from 'vitest'
import { renderedData } from '~/build/prerenderedPage'
import { useDistrictsStore } from '~/stores/districts'

// vitest.config.ts serves the fixture dataset (tests/fixtures/data) as virtual:data
async function renderedApp(path: string) {
  const app = createApp({})
  const pinia = createPinia()
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/d/:code', component: {} },
      { path: '/compare', component: {}, meta: { dataFromQuery: true } },
    ],
  })
  app.use(pinia).use(router)
  await router.push(path)
  return { app, store: useDistrictsStore(pinia) }
}

describe('the data a prerendered page names for the boot script', () => {
  it('is every report and indicator slice its store loaded, by module name', async () => {
    const { app, store } = await renderedApp('/d/410000')
    expect(renderedData(app)).toEqual([])
    await store.loadReport('demo-2023')
    await store.loadIndicator('gdp')
    // nothing is named for a chunk that does not exist
    await store.loadReport('no-such-report')
    expect(renderedData(app).sort()).toEqual(['virtual:data/indicator/gdp', 'virtual:data/report/demo-2023'])
  })

  it('is nothing on a page whose data follows its query', async () => {
    const { app, store } = await renderedApp('/compare')
    await store.loadReport('demo-2023')
    expect(renderedData(app)).toEqual([])
  })

  it('is what a comparison\'s own page was rendered with', async () => {
    const { app, store } = await renderedApp('/compare?d=410000')
    await store.loadReport('demo-2023')
    expect(renderedData(app)).toEqual(['virtual:data/report/demo-2023'])
  })
})
