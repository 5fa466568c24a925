import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OfflineReport } from '~/build/offlineManifests'
import { offlineManifests, writeOfflineManifests } from '~/build/offlineManifests'
import { readCityFiles } from '~/utils/offlineSave'

const district = (code: string, city: [string, string], province: [string, string] = ['河南省', 'Henan']) => ({
  code,
  slug: code,
  name: { zh: code, en: code },
  province: { zh: province[0], en: province[1] },
  city: { zh: city[0], en: city[1] },
})
const XINXIANG: [string, string] = ['新乡市', 'Xinxiang']
const JIAOZUO: [string, string] = ['焦作市', 'Jiaozuo']
const reports: OfflineReport[] = [
  { id: 'weibin-2023', meta: { district: district('410703', XINXIANG) } },
  { id: 'weibin-2024', meta: { district: district('410703', XINXIANG) } },
  { id: 'hongqi-2023', meta: { district: district('410702', XINXIANG) } },
  { id: 'shanyang-2023', meta: { district: district('410811', JIAOZUO) } },
]
const files = [
  ...['410703', '410702', '410811'].flatMap(code => [`d/${code}.html`, `d/${code}/report.html`, `en/d/${code}.html`, `en/d/${code}/report.html`].map(file => ({ file, size: 1000 }))),
  { file: 'assets/weibin-2023-BwCVRaoC.js', size: 5000 },
  { file: 'assets/weibin-2024-CkXy12_a.js', size: 6000 },
  { file: 'assets/hongqi-2023-Dd3x_9Aa.js', size: 7000 },
  { file: 'assets/shanyang-2023-Ee4y_8Bb.js', size: 8000 },
  { file: 'assets/app-1Uo_q0Ru.js', size: 90000 },
  { file: 'index.html', size: 3000 },
]
const OPTIONS = { everything: false, builtAt: '2024-03-08T09:00:00.000Z' }
const parsed = (built: Array<{ fileName: string, source: string }>) => Object.fromEntries(built.map(b => [b.fileName, readCityFiles(JSON.parse(b.source))]))

describe('offlineManifests: each city\'s files for a reader to save', () => {
  it('lists a city\'s district pages in both languages and its reports\' chunks, with their sizes, and nothing of another city or of the app', () => {
    const built = parsed(offlineManifests(reports, files, OPTIONS))
    expect(Object.keys(built).sort()).toEqual(['offline/henan-jiaozuo.json', 'offline/henan-xinxiang.json'])
    const xinxiang = built['offline/henan-xinxiang.json']!
    expect(xinxiang).toMatchObject({ key: 'henan-xinxiang', city: { zh: '新乡市', en: 'Xinxiang' }, province: { zh: '河南省', en: 'Henan' }, districts: 2, everything: false })
    expect(xinxiang.files).toEqual([
      { url: 'd/410703', bytes: 1000 },
      { url: 'd/410703/report', bytes: 1000 },
      { url: 'en/d/410703', bytes: 1000 },
      { url: 'en/d/410703/report', bytes: 1000 },
      { url: 'assets/weibin-2023-BwCVRaoC.js', bytes: 5000 },
      { url: 'assets/weibin-2024-CkXy12_a.js', bytes: 6000 },
      { url: 'd/410702', bytes: 1000 },
      { url: 'd/410702/report', bytes: 1000 },
      { url: 'en/d/410702', bytes: 1000 },
      { url: 'en/d/410702/report', bytes: 1000 },
      { url: 'assets/hongqi-2023-Dd3x_9Aa.js', bytes: 7000 },
    ])
    expect(built['offline/henan-jiaozuo.json']!.files.map(f => f.url)).toEqual(['d/410811', 'd/410811/report', 'en/d/410811', 'en/d/410811/report', 'assets/shanyang-2023-Ee4y_8Bb.js'])
  })

  it('lists the chunk of the city its districts are in once, where a larger dataset has one', () => {
    const withCity = [...files, { file: 'assets/4107-DtjTe-nF.js', size: 900 }, { file: 'assets/4108-Xx1y_2Zz.js', size: 800 }]
    const built = parsed(offlineManifests(reports, withCity, { ...OPTIONS, cityChunk: code => code.slice(0, 4) }))
    const xinxiang = built['offline/henan-xinxiang.json']!.files.map(f => f.url)
    expect(xinxiang.filter(u => u.startsWith('assets/41'))).toEqual(['assets/4107-DtjTe-nF.js'])
    expect(built['offline/henan-jiaozuo.json']!.files.map(f => f.url)).toContain('assets/4108-Xx1y_2Zz.js')
  })

  it('gives each list the build\'s time and a version that changes with any of the city\'s files, and only with its own', () => {
    const before = parsed(offlineManifests(reports, files, OPTIONS))
    expect(before['offline/henan-xinxiang.json']).toMatchObject({ builtAt: OPTIONS.builtAt, version: expect.stringMatching(/^[0-9a-f]{12}$/) })
    // a page of 卫滨区 rebuilt with other content (its name has no hash: its revision says so)
    const page = files.map(f => (f.file === 'd/410703.html' ? { ...f, revision: 'b1946ac9' } : f))
    const after = parsed(offlineManifests(reports, page, OPTIONS))
    expect(after['offline/henan-xinxiang.json']!.version).not.toBe(before['offline/henan-xinxiang.json']!.version)
    expect(after['offline/henan-jiaozuo.json']!.version).toBe(before['offline/henan-jiaozuo.json']!.version)
    // a report's chunk rebuilt: a new name
    const chunk = files.map(f => (f.file === 'assets/shanyang-2023-Ee4y_8Bb.js' ? { ...f, file: 'assets/shanyang-2023-Qq7z_1Cc.js' } : f))
    expect(parsed(offlineManifests(reports, chunk, OPTIONS))['offline/henan-jiaozuo.json']!.version).not.toBe(before['offline/henan-jiaozuo.json']!.version)
  })

  it('says so, and lists nothing, when the worker keeps every district already', () => {
    const built = parsed(offlineManifests(reports, files, { ...OPTIONS, everything: true }))
    expect(built['offline/henan-xinxiang.json']).toMatchObject({ everything: true, districts: 2, files: [] })
  })

  it('refuses two cities that would share a file', () => {
    const twin = { id: 'other-2023', meta: { district: district('130105', ['新华市', 'Xinxiang'], ['河南省', 'Henan']) } }
    expect(() => offlineManifests([...reports, twin], files, OPTIONS)).toThrow(/新华市.*新乡市.*henan-xinxiang/)
  })

  it('writes each list into the build\'s folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'district-brief-offline-'))
    writeOfflineManifests(out, reports, files, OPTIONS)
    expect(readCityFiles(JSON.parse(readFileSync(join(out, 'offline', 'henan-jiaozuo.json'), 'utf8')))?.districts).toBe(1)
  })
})
