import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanUrl, precacheManifest } from '~/build/precacheManifest'

describe('cleanUrl: a page under the URL its server answers without a redirect', () => {
  it('drops .html, and index for the folder it is the index of', () => {
    expect(cleanUrl('d/410703.html')).toBe('d/410703')
    expect(cleanUrl('en/shell.html')).toBe('en/shell')
    expect(cleanUrl('index.html')).toBe('./')
    expect(cleanUrl('assets/app-abc123.js')).toBe('assets/app-abc123.js')
  })
})

describe('precacheManifest', () => {
  it('gives every entry its file\'s hash, under the app\'s base too', async () => {
    const out = mkdtempSync(join(tmpdir(), 'district-brief-precache-'))
    mkdirSync(join(out, 'd'))
    writeFileSync(join(out, 'd', '410703.html'), '<p>卫滨区</p>')
    writeFileSync(join(out, 'index.html'), '<p>home</p>')
    const sha = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`
    const { manifest } = await precacheManifest(out, '/brief/')([
      { url: '/brief/d/410703.html', revision: 'r1', size: 1 },
      { url: '/brief/index.html', revision: 'r2', size: 1 },
    ])
    expect(manifest).toEqual([
      { url: '/brief/d/410703', revision: 'r1', size: 1, integrity: sha('<p>卫滨区</p>') },
      { url: '/brief/./', revision: 'r2', size: 1, integrity: sha('<p>home</p>') },
    ])
  })
})

describe('precacheManifest over its limit', () => {
  const out = mkdtempSync(join(tmpdir(), 'district-brief-precache-'))
  for (const dir of ['d/410703', 'en/d', 'assets'])
    mkdirSync(join(out, dir), { recursive: true })
  const files = ['index.html', 'd/410703.html', 'd/410703/report.html', 'en/d/410703.html', 'assets/weibin-2023-BwCVRaoC.js', 'assets/4107-DtjTe-nF.js', 'assets/app-1Uo_q0Ru.js', 'assets/weibo-CkXy12_a.js', 'assets/gdp_2023-Dx1_a9Zq.js']
  for (const f of files)
    writeFileSync(join(out, f), f)
  const entries = files.map(f => ({ url: `/${f}`, revision: null, size: 1000 }))

  it('keeps every file while the whole fits', async () => {
    const { manifest } = await precacheManifest(out, '/', { reportIds: ['weibin-2023'], limit: 9000 })(entries)
    expect(manifest).toHaveLength(9)
  })

  it('leaves each district\'s pages, report chunks and city chunks, and each ranking\'s year, to be kept as they are read when it does not', async () => {
    const { manifest } = await precacheManifest(out, '/', { reportIds: ['weibin-2023'], limit: 8999 })(entries)
    expect(manifest.map(e => e.url)).toEqual(['/./', '/assets/app-1Uo_q0Ru.js', '/assets/weibo-CkXy12_a.js'])
  })

  it('tells which files it could keep, and whether it keeps them all, for the cities\' offline lists', async () => {
    const seen: Array<[string[], boolean]> = []
    const decided = (all: Array<{ file: string }>, everything: boolean) => { seen.push([all.map(f => f.file), everything]) }
    await precacheManifest(out, '/', { reportIds: ['weibin-2023'], limit: 9000, decided })(entries)
    await precacheManifest(out, '/', { reportIds: ['weibin-2023'], limit: 8999, decided })(entries)
    expect(seen).toEqual([[files, true], [files, false]])
  })
})
