// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '~/router'
import { usePreferencesStore } from '~/stores/preferences'
import type { Arrival } from '~/utils/startLocale'
import { englishPath, englishRedirect, followsReader, linkLocale, LOCALE_KEY, startLocale, storedLocale } from '~/utils/startLocale'

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
  const raws = ['"en"', '"zh-CN"', ' "en" ', null, 'en', '"EN"', '"zh"', '"fr"', 'null', '{"lang":"en"}', '["en"]', '']
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

  it('takes /EN/ for English, as the router does', () => {
    expect(englishPath('/EN/d/410703', '/')).toBeUndefined()
    expect(createRouter({ history: createMemoryHistory(), routes }).resolve('/EN/d/410703').params.locale).toBe('EN')
  })
})

describe('linkLocale', () => {
  it('is the one language a link names', () => {
    expect(linkLocale(['en'])).toBe('en')
    expect(linkLocale(['EN-gb'])).toBe('en')
    expect(linkLocale(['zh'])).toBe('zh-CN')
    expect(linkLocale(['zh-CN'])).toBe('zh-CN')
  })

  it('is none for no value, an empty one, two, or a language the app does not have', () => {
    expect(linkLocale(['fr'])).toBeUndefined()
    expect(linkLocale([])).toBeUndefined()
    expect(linkLocale([''])).toBeUndefined()
    expect(linkLocale([null])).toBeUndefined()
    expect(linkLocale(['en', 'zh'])).toBeUndefined()
  })
})

describe('followsReader', () => {
  it('is false for search engines, link unfurlers and page testers', () => {
    for (const ua of [
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/130.0.0.0 Safari/537.36',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
      'Mozilla/5.0 (compatible; Google-InspectionTool/1.0)',
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    ])
      expect(followsReader(ua), ua).toBe(false)
  })

  it('is true for a phone\'s browser and a headless one', () => {
    expect(followsReader('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1')).toBe(true)
    expect(followsReader('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.50')).toBe(true)
    expect(followsReader('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36')).toBe(true)
    expect(followsReader('Mozilla/5.0 (Linux; Android 12; CUBOT X50) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36')).toBe(true)
  })
})

describe('englishRedirect', () => {
  const PHONE = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
  function arrival(over: Partial<Arrival> & { path?: string } = {}): Arrival {
    const { path = '/d/410703', ...rest } = over
    const url = new URL(path, 'https://example.org')
    return {
      base: '/',
      location: { pathname: url.pathname, search: url.search, hash: url.hash },
      htmlLang: 'zh-CN',
      renderedFor: url.pathname,
      stored: null,
      browserLanguage: 'en-GB',
      userAgent: PHONE,
      ...rest,
    }
  }

  it('sends a reader whose language is not Chinese to the English page, with its query and hash', () => {
    expect(englishRedirect(arrival({ path: '/d/410703?from=chat#gdp' }))).toBe('/en/d/410703?from=chat#gdp')
    expect(englishRedirect(arrival({ path: '/compare?d=410703,410702', renderedFor: '/compare', browserLanguage: 'fr' }))).toBe('/en/compare?d=410703,410702')
    expect(englishRedirect(arrival({ base: '/brief/', path: '/brief/' }))).toBe('/brief/en')
  })

  it('follows a stored choice over the browser\'s language', () => {
    expect(englishRedirect(arrival({ stored: '"en"', browserLanguage: 'zh-CN' }))).toBe('/en/d/410703')
    expect(englishRedirect(arrival({ stored: '"zh-CN"' }))).toBeUndefined()
    // a corrupted choice is no choice
    expect(englishRedirect(arrival({ stored: '"fr"' }))).toBe('/en/d/410703')
  })

  it('leaves a Chinese reader, an English page and a crawler where they are', () => {
    expect(englishRedirect(arrival({ browserLanguage: 'zh-TW' }))).toBeUndefined()
    expect(englishRedirect(arrival({ path: '/en/d/410703', htmlLang: 'en' }))).toBeUndefined()
    expect(englishRedirect(arrival({ userAgent: 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' }))).toBeUndefined()
  })

  it('leaves a link that names its language to the app', () => {
    expect(englishRedirect(arrival({ path: '/d/410703?lang=zh' }))).toBeUndefined()
    expect(englishRedirect(arrival({ path: '/d/410703?lang=en' }))).toBeUndefined()
    // no language named: the rule applies
    expect(englishRedirect(arrival({ path: '/d/410703?lang=' }))).toBe('/en/d/410703?lang=')
  })

  it('leaves the not-found page given for another link to the app, but not the not-found page itself', () => {
    expect(englishRedirect(arrival({ path: '/no/such/page', renderedFor: '/404' }))).toBeUndefined()
    expect(englishRedirect(arrival({ path: '/en/no/such/page', renderedFor: '/404' }))).toBeUndefined()
    expect(englishRedirect(arrival({ path: '/404', renderedFor: '/404' }))).toBe('/en/404')
    expect(englishRedirect(arrival({ base: '/brief/', path: '/brief/404', renderedFor: '/404' }))).toBe('/brief/en/404')
    // the app's frame, which the service worker gives for the links it keeps no HTML for
    expect(englishRedirect(arrival({ path: '/m/gdp', renderedFor: '/shell' }))).toBeUndefined()
    expect(englishRedirect(arrival({ base: '/brief/', path: '/brief/m/gdp', renderedFor: '/shell' }))).toBeUndefined()
    // a page prerendered for the URL it redirects to (/d/weibin → /d/410703) is the English one's twin
    expect(englishRedirect(arrival({ path: '/d/weibin', renderedFor: '/d/410703' }))).toBe('/en/d/weibin')
  })
})
