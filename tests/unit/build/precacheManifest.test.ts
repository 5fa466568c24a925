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
