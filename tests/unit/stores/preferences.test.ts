// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import type { Pinia } from 'pinia'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { usePreferencesStore } from '~/stores/preferences'
import { READING_SIZES } from '~/utils/preferences'

const KEYS = {
  pins: 'district-brief:pins',
  theme: 'district-brief:theme',
  readingSize: 'district-brief:readingSize',
  locale: 'district-brief:locale',
}

let pinia: Pinia

beforeEach(() => {
  localStorage.clear()
  pinia = createPinia()
  setActivePinia(pinia)
})

/**
 * The store as the app uses it: first used inside a mounted component. Its localStorage refs
 * are created with initOnMounted, so they read storage when that component mounts.
 */
async function mountedStore() {
  let store: ReturnType<typeof usePreferencesStore> | undefined
  const Probe = defineComponent({
    setup() {
      store = usePreferencesStore()
      return () => h('p', store!.theme)
    },
  })
  const wrapper = mount(Probe, { global: { plugins: [pinia] } })
  await nextTick()
  return { store: store!, wrapper }
}

function values(store: ReturnType<typeof usePreferencesStore>) {
  return { pins: store.pins, theme: store.theme, readingSize: store.readingSize, locale: store.locale }
}

const DEFAULTS = { pins: [], theme: 'auto', readingSize: 1, locale: null }

describe('usePreferencesStore', () => {
  it('starts with the defaults on a new device', async () => {
    const { store } = await mountedStore()
    expect(values(store)).toEqual(DEFAULTS)
    expect(store.pinned.size).toBe(0)
  })

  it('reads valid stored values', async () => {
    localStorage.setItem(KEYS.pins, '["410703","410811"]')
    localStorage.setItem(KEYS.theme, '"dark"')
    localStorage.setItem(KEYS.readingSize, '1.25')
    localStorage.setItem(KEYS.locale, '"en"')
    const { store, wrapper } = await mountedStore()
    expect(values(store)).toEqual({ pins: ['410703', '410811'], theme: 'dark', readingSize: 1.25, locale: 'en' })
    expect(store.pinned.has('410811')).toBe(true)
    expect(store.isDark).toBe(true)
    expect(wrapper.text()).toBe('dark')
  })

  it('reads stored values also when first used outside a component', () => {
    localStorage.setItem(KEYS.theme, '"light"')
    localStorage.setItem(KEYS.locale, '"zh-CN"')
    const store = usePreferencesStore()
    expect(store.theme).toBe('light')
    expect(store.locale).toBe('zh-CN')
  })

  const corrupted: Array<[what: string, stored: Record<keyof typeof KEYS, string>]> = [
    ['invalid JSON', { pins: '["410703"', theme: 'dark', readingSize: '1,25', locale: 'en' }],
    ['values of the wrong type', { pins: '"410703"', theme: '1', readingSize: '"1.125"', locale: '{"lang":"en"}' }],
    ['unknown choices', { pins: '["weibin"]', theme: '"sepia"', readingSize: '2', locale: '"fr"' }],
    ['near misses', { pins: '[410703]', theme: '"Dark"', readingSize: '1.1', locale: '"zh"' }],
    ['pins with one bad code among good ones', { pins: '["410703","41070","410702"]', theme: '""', readingSize: '0', locale: '"EN"' }],
    ['JSON null', { pins: 'null', theme: 'null', readingSize: 'null', locale: '[]' }],
  ]
  it.each(corrupted)('reads %s as the defaults without throwing', async (_what, stored) => {
    for (const [key, raw] of Object.entries(stored))
      localStorage.setItem(KEYS[key as keyof typeof KEYS], raw)
    const { store } = await mountedStore()
    expect(values(store)).toEqual(DEFAULTS)
    expect(store.isDark).toBe(false)
  })

  it('works for the visit where reading localStorage throws (storage blocked)', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('access denied', 'SecurityError') } })
    try {
      const { store } = await mountedStore()
      expect(values(store)).toEqual(DEFAULTS)
      store.togglePin('410703')
      store.setLocale('en')
      await nextTick()
      expect(store.pins).toEqual(['410703'])
      expect(store.locale).toBe('en')
    }
    finally {
      Object.defineProperty(window, 'localStorage', original)
    }
  })

  it('keeps a valid value when another key is corrupted', async () => {
    localStorage.setItem(KEYS.pins, '{broken')
    localStorage.setItem(KEYS.theme, '"dark"')
    localStorage.setItem(KEYS.readingSize, '0.875')
    const { store } = await mountedStore()
    expect(values(store)).toEqual({ pins: [], theme: 'dark', readingSize: 0.875, locale: null })
  })

  it('togglePin adds a district, then removes it, and stores the list', async () => {
    localStorage.setItem(KEYS.pins, '["410702"]')
    const { store } = await mountedStore()
    store.togglePin('410703')
    expect(store.pins).toEqual(['410702', '410703'])
    expect(store.pinned.has('410703')).toBe(true)
    await nextTick()
    expect(JSON.parse(localStorage.getItem(KEYS.pins)!)).toEqual(['410702', '410703'])

    store.togglePin('410702')
    expect(store.pins).toEqual(['410703'])
    expect(store.pinned.has('410702')).toBe(false)
    await nextTick()
    expect(JSON.parse(localStorage.getItem(KEYS.pins)!)).toEqual(['410703'])
  })

  it('togglePin starts a fresh list over a corrupted one', async () => {
    localStorage.setItem(KEYS.pins, '["410703","<script>"]')
    const { store } = await mountedStore()
    store.togglePin('410811')
    await nextTick()
    expect(store.pins).toEqual(['410811'])
    expect(localStorage.getItem(KEYS.pins)).toBe('["410811"]')
  })

  it('stepReadingSize walks through the sizes and stops at 1.375', async () => {
    const { store } = await mountedStore()
    const seen: Array<[number, boolean]> = []
    for (let i = 0; i < 6; i++) {
      store.stepReadingSize(1)
      seen.push([store.readingSize, store.atLargestSize])
    }
    expect(seen).toEqual([[1.125, false], [1.25, false], [1.375, true], [1.375, true], [1.375, true], [1.375, true]])
    expect(store.atSmallestSize).toBe(false)
    await nextTick()
    expect(localStorage.getItem(KEYS.readingSize)).toBe('1.375')
  })

  it('stepReadingSize stops at 0.875 going down', async () => {
    localStorage.setItem(KEYS.readingSize, '1.125')
    const { store } = await mountedStore()
    const seen: Array<[number, boolean]> = []
    for (let i = 0; i < 4; i++) {
      store.stepReadingSize(-1)
      seen.push([store.readingSize, store.atSmallestSize])
    }
    expect(seen).toEqual([[1, false], [0.875, true], [0.875, true], [0.875, true]])
    expect(store.atLargestSize).toBe(false)
    expect(READING_SIZES[0]).toBe(0.875)
  })

  it('stepReadingSize steps from the default after a corrupted size', async () => {
    localStorage.setItem(KEYS.readingSize, '3')
    const { store } = await mountedStore()
    store.stepReadingSize(-1)
    expect(store.readingSize).toBe(0.875)
  })

  it('setLocale stores the language', async () => {
    const { store } = await mountedStore()
    store.setLocale('en')
    expect(store.locale).toBe('en')
    await nextTick()
    expect(localStorage.getItem(KEYS.locale)).toBe('"en"')
  })

  it('toggleTheme switches from following a light system to dark, then to light', async () => {
    expect(window.matchMedia('(prefers-color-scheme: dark)').matches).toBe(false)
    const { store } = await mountedStore()
    store.toggleTheme()
    expect(store.theme).toBe('dark')
    expect(store.isDark).toBe(true)
    store.toggleTheme()
    expect(store.theme).toBe('light')
    expect(store.isDark).toBe(false)
    await nextTick()
    expect(localStorage.getItem(KEYS.theme)).toBe('"light"')
  })
})
