import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '~/locales/en.json'
import zh from '~/locales/zh-CN.json'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort()
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : /\.(vue|ts)$/.test(f) ? [p] : []
  })
}

describe('messages', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(en)).toEqual(keys(zh))
  })

  it('every message key used in src/ exists in both languages', () => {
    const known = new Set(keys(zh))
    const used = new Set<string>()
    for (const file of files('src')) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\bt\('([\w.]+)'/g)) used.add(m[1]!)
      // keys built from a prefix and a value: t(`category.${c}`), t(`about.offlineStatus.${s}`)
      for (const m of text.matchAll(/\bt\(`([\w.]+)\.\$\{/g)) expect([...known].some(k => k.startsWith(`${m[1]}.`)), `${file}: ${m[1]}.*`).toBe(true)
    }
    expect(used.size).toBeGreaterThan(50)
    expect([...used].filter(k => !known.has(k))).toEqual([])
  })

  it('every category has a name in both languages', async () => {
    const { categoryIds } = await import('~/schemas/report')
    for (const c of categoryIds) {
      expect(zh.category).toHaveProperty(c)
      expect(en.category).toHaveProperty(c)
    }
  })
})
