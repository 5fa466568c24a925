// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '~/router'
import { usePreferencesStore } from '~/stores/preferences'
import { englishPath, LOCALE_KEY, startLocale, storedLocale } from '~/utils/startLocale'

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

describe('startLocale', () => {
  it('follows the reader\'s choice, else the browser\'s language', () => {
    expect(startLocale('en', 'zh-CN')).toBe('en')
    expect(startLocale('zh-CN', 'en-GB')).toBe('zh-CN')
    expect(startLocale(null, 'zh-TW')).toBe('zh-CN')
    expect(startLocale(null, 'ZH')).toBe('zh-CN')
    expect(startLocale(null, 'en-US')).toBe('en')
    expect(startLocale(null, 'fr')).toBe('en')
  })
})

describe('storedLocale, the boot script\'s reading of the stored choice', () => {
  // what the preferences store reads from the same raw values (it validates them with zod)
  const raws = ['"en"', '"zh-CN"', null, 'en', '"EN"', '"zh"', '"fr"', 'null', '{"lang":"en"}', '["en"]', '']
  it.each(raws)('agrees with the preferences store on %s', (raw) => {
    if (raw !== null)
      localStorage.setItem(LOCALE_KEY, raw)
    expect(storedLocale(localStorage.getItem(LOCALE_KEY))).toBe(usePreferencesStore().locale)
  })

  it('reads the choice the store writes', async () => {
    usePreferencesStore().setLocale('en')
    await new Promise(resolve => setTimeout(resolve))
    expect(storedLocale(localStorage.getItem(LOCALE_KEY))).toBe('en')
  })
})

describe('englishPath', () => {
  const router = createRouter({ history: createMemoryHistory(), routes })
  const paths = ['/', '/d/410703', '/d/410703/2023', '/d/410702/report', '/d/410702/2023/report', '/compare', '/m', '/m/gdp', '/about', '/no/such/page']
  it.each(paths)('gives %s in English, as the router names it', (path) => {
    const zh = router.resolve(path)
    const en = router.resolve(englishPath(path, '/')!)
    expect(zh.params.locale).toBeFalsy()
    expect(en.params.locale).toBe('en')
    expect(en.name).toBe(zh.name)
    expect({ ...en.params, locale: undefined }).toEqual({ ...zh.params, locale: undefined })
  })

  it('keeps the app\'s base', () => {
    expect(englishPath('/brief/d/410703', '/brief/')).toBe('/brief/en/d/410703')
    expect(englishPath('/brief/', '/brief/')).toBe('/brief/en')
    expect(englishPath('/brief', '/brief/')).toBe('/brief/en')
  })

  it('is undefined for an English path, or one outside the app', () => {
    expect(englishPath('/en', '/')).toBeUndefined()
    expect(englishPath('/en/d/410703', '/')).toBeUndefined()
    expect(englishPath('/brief/en/m/gdp', '/brief/')).toBeUndefined()
    expect(englishPath('/other/d/410703', '/brief/')).toBeUndefined()
  })

  it('sends a path that merely starts with "en" to its English page', () => {
    expect(englishPath('/enterprise', '/')).toBe('/en/enterprise')
  })
})
