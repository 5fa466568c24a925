import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeAlias } from '~/build/prerenderedHtml'
import { aliasPaths, prerenderPaths } from '~/data/prerenderPaths'
import { readDataDir } from '~/data/readDataDir'
import { validateData } from '~/data/validate'

const { dataset } = validateData(readDataDir('data'))

describe('prerenderPaths', () => {
  it('renders each district by code, its reports by year, in both languages', () => {
    const paths = prerenderPaths(dataset!)
    for (const path of ['/d/410703', '/d/410703/report', '/d/410703/2023', '/d/410703/2023/report', '/en/d/410703', '/en/d/410703/2023/report', '/shell', '/en'])
      expect(paths, path).toContain(path)
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('renders no page a second time under its pinyin name', () => {
    const paths = prerenderPaths(dataset!)
    expect(paths).not.toContain('/d/weibin')
    expect(paths).not.toContain('/en/d/weibin')
  })
})

describe('aliasPaths', () => {
  it('names each district page\'s pinyin alias, in both languages, for every district', () => {
    const aliases = aliasPaths(dataset!)
    expect(aliases.get('/d/410703')).toBe('/d/weibin')
    expect(aliases.get('/en/d/410703')).toBe('/en/d/weibin')
    const codes = new Set(dataset!.reports.map(r => r.meta.district.code))
    expect(aliases.size).toBe(codes.size * 2)
    // every page an alias copies is one the build renders
    const rendered = new Set(prerenderPaths(dataset!))
    for (const page of aliases.keys())
      expect(rendered.has(page), page).toBe(true)
  })
})

describe('writeAlias', () => {
  it('writes the page under the alias\'s flat file name, making its folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'alias-'))
    writeAlias(out, '/en/d/weibin', '<!DOCTYPE html><title>Weibin</title>')
    expect(readFileSync(join(out, 'en/d/weibin.html'), 'utf8')).toBe('<!DOCTYPE html><title>Weibin</title>')
  })
})
