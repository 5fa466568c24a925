import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** share.ts reads the site URL and base path once, when it is loaded: load it afresh per configuration. */
async function load(site: string | undefined, base: string) {
  vi.resetModules()
  vi.stubEnv('VITE_SITE_URL', site)
  vi.stubEnv('BASE_URL', base)
  return import('~/utils/share')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('localizedPath', () => {
  let share: Awaited<ReturnType<typeof load>>
  beforeEach(async () => {
    share = await load('https://brief.example.cn', '/')
  })

  it('keeps Chinese paths as they are', () => {
    expect(share.localizedPath('/d/410703', 'zh-CN')).toBe('/d/410703')
    expect(share.localizedPath('/', 'zh-CN')).toBe('/')
  })

  it('puts English paths under /en', () => {
    expect(share.localizedPath('/d/410703', 'en')).toBe('/en/d/410703')
    expect(share.localizedPath('/m/gdp', 'en')).toBe('/en/m/gdp')
  })

  it('writes the English home page as /en, without a trailing slash', () => {
    expect(share.localizedPath('/', 'en')).toBe('/en')
  })

  it('drops a trailing slash', () => {
    expect(share.localizedPath('/d/410703/', 'zh-CN')).toBe('/d/410703')
    expect(share.localizedPath('/about/', 'en')).toBe('/en/about')
  })
})

describe('absoluteUrl', () => {
  it('prefixes the site URL', async () => {
    const share = await load('https://brief.example.cn', '/')
    expect(share.absoluteUrl('/d/410703')).toBe('https://brief.example.cn/d/410703')
    expect(share.absoluteUrl('/')).toBe('https://brief.example.cn/')
  })

  it('adds the missing leading slash', async () => {
    const share = await load('https://brief.example.cn', '/')
    expect(share.absoluteUrl('d/410703')).toBe('https://brief.example.cn/d/410703')
  })

  it('does not double the slash of a site URL ending in one', async () => {
    const share = await load('https://brief.example.cn/', '/')
    expect(share.absoluteUrl('/en/d/410702')).toBe('https://brief.example.cn/en/d/410702')
  })

  it('includes the base path the site is served under', async () => {
    const share = await load('https://example.github.io', '/district-brief/')
    expect(share.absoluteUrl('/d/410811')).toBe('https://example.github.io/district-brief/d/410811')
  })

  it('falls back to the local preview server', async () => {
    const share = await load(undefined, '/')
    expect(share.absoluteUrl('/d/410703')).toBe('http://localhost:4173/d/410703')
  })
})

describe('shareUrl', () => {
  let share: Awaited<ReturnType<typeof load>>
  beforeEach(async () => {
    share = await load('https://brief.example.cn', '/')
  })

  it('shares a plain path as an absolute URL', () => {
    expect(share.shareUrl('/en/d/410703')).toBe('https://brief.example.cn/en/d/410703')
  })

  it('keeps the compared districts and the indicator, with readable commas', () => {
    expect(share.shareUrl('/compare?d=410703,410702&m=gdp')).toBe('https://brief.example.cn/compare?d=410703,410702&m=gdp')
    expect(share.shareUrl('/compare?d=410703%2C410702')).toBe('https://brief.example.cn/compare?d=410703,410702')
  })

  it('drops ?from=… and utm_* tracking parameters', () => {
    expect(share.shareUrl('/d/410703?from=timeline&utm_source=wechat&utm_medium=social&utm_campaign=lianghui'))
      .toBe('https://brief.example.cn/d/410703')
    expect(share.shareUrl('/compare?utm_source=wechat&d=410703,410811&from=singlemessage&m=retail-sales'))
      .toBe('https://brief.example.cn/compare?d=410703,410811&m=retail-sales')
  })

  it('drops the question mark when no parameter is kept', () => {
    expect(share.shareUrl('/m/gdp?from=groupmessage')).not.toContain('?')
  })

  it('keeps the hash', () => {
    expect(share.shareUrl('/d/410703/report?from=timeline#gdp')).toBe('https://brief.example.cn/d/410703/report#gdp')
    expect(share.shareUrl('/compare?d=410703,410702&utm_source=qq#retail-sales')).toBe('https://brief.example.cn/compare?d=410703,410702#retail-sales')
  })

  it('is on the origin given, under the base path, not on the site the build names', async () => {
    expect(share.shareUrl('/d/410703?from=timeline#gdp', 'http://192.168.1.20:8080')).toBe('http://192.168.1.20:8080/d/410703#gdp')
    const under = await load('https://example.org', '/brief/')
    expect(under.shareUrl('/en/d/410702', 'https://mirror.example.cn/')).toBe('https://mirror.example.cn/brief/en/d/410702')
    expect(under.absoluteUrl('/d/410702')).toBe('https://example.org/brief/d/410702')
  })
})
