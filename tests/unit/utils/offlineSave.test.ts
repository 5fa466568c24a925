import { describe, expect, it } from 'vitest'
import type { SavedCity } from '~/utils/offlineSave'
import { cityKey, filesReplaced, filesToRemove, formatBytes, looksRight, needsSavingAgain, readCityFiles, readSavedCities } from '~/utils/offlineSave'

const city = (key: string, urls: string[]): SavedCity => ({ key, city: { zh: key, en: key }, districts: 1, bytes: 10, savedAt: '2026-12-06T05:00:00.000Z', urls })

describe('cityKey', () => {
  it('names a city by its province\'s and its own English names', () => {
    expect(cityKey({ province: { zh: '河南省', en: 'Henan' }, city: { zh: '新乡市', en: 'Xinxiang' } })).toBe('henan-xinxiang')
    expect(cityKey({ province: { zh: '陕西省', en: 'Shaanxi' }, city: { zh: '西安市', en: 'Xi\'an' } })).toBe('shaanxi-xi-an')
  })
})

describe('readSavedCities: the stored list, checked on read', () => {
  it('keeps the cities that pass, and drops a broken one or a broken list', () => {
    const good = city('henan-xinxiang', ['d/410703', 'assets/weibin-2023-BwCVRaoC.js'])
    expect(readSavedCities(JSON.stringify([good, { ...good, savedAt: 'yesterday' }, { ...good, urls: ['https://evil.example/x.js'] }]))).toEqual([good])
    // saved with its list's version, or before lists had one
    expect(readSavedCities(JSON.stringify([{ ...good, version: 'a1b2c3d4e5f6' }, { ...good, version: 7 }]))).toEqual([{ ...good, version: 'a1b2c3d4e5f6' }])
    expect(readSavedCities('{not json')).toEqual([])
    expect(readSavedCities(null)).toEqual([])
    expect(readSavedCities('{"key":"x"}')).toEqual([])
  })
})

describe('readCityFiles', () => {
  it('refuses a list naming a file outside the app', () => {
    const list = { key: 'k', city: { zh: '新乡市', en: 'Xinxiang' }, province: { zh: '河南省', en: 'Henan' }, districts: 1, everything: false, version: 'a1b2c3d4e5f6', builtAt: '2024-03-08T09:00:00.000Z', files: [{ url: 'd/410703', bytes: 10 }] }
    expect(readCityFiles(list)).toEqual(list)
    expect(readCityFiles({ ...list, version: undefined })).toBeUndefined()
    expect(readCityFiles({ ...list, files: [{ url: '//evil.example/x', bytes: 10 }] })).toBeUndefined()
    expect(readCityFiles({ ...list, files: [{ url: '../x', bytes: 10 }] })).toBeUndefined()
    expect(readCityFiles({ ...list, districts: -1 })).toBeUndefined()
  })
})

describe('filesToRemove', () => {
  it('removes a city\'s files except those another saved city needs', () => {
    const saved = [city('a', ['d/1', 'assets/shared-12345678.js']), city('b', ['d/2', 'assets/shared-12345678.js'])]
    expect(filesToRemove(saved, 'a')).toEqual(['d/1'])
    expect(filesToRemove(saved, 'none')).toEqual([])
  })
})

describe('saving a city again after a new build', () => {
  const BUILT = '2024-03-08T09:00:00.000Z'
  const list = { key: 'a', city: { zh: 'a', en: 'a' }, province: { zh: 'p', en: 'p' }, districts: 1, everything: false, version: 'new000000000', builtAt: BUILT, files: [] }
  it('saves again a city whose list changed, by a page of the build that published it', () => {
    expect(needsSavingAgain({ ...city('a', []), version: 'old000000000' }, list, BUILT)).toBe(true)
    // saved before lists had a version
    expect(needsSavingAgain(city('a', []), list, BUILT)).toBe(true)
    expect(needsSavingAgain({ ...city('a', []), version: 'new000000000' }, list, BUILT)).toBe(false)
    // a page of an older build than the server's: its worker does not keep the code the new pages name
    expect(needsSavingAgain({ ...city('a', []), version: 'old000000000' }, list, '2024-03-01T09:00:00.000Z')).toBe(false)
    // nothing to save where the worker keeps everything
    expect(needsSavingAgain({ ...city('a', []), version: 'old000000000' }, { ...list, everything: true }, BUILT)).toBe(false)
  })
  it('then drops the files of its old list that no saved city has now', () => {
    const now = [city('a', ['d/1', 'assets/a-NEW12345.js', 'assets/shared-12345678.js']), city('b', ['d/2', 'assets/b-OLD12345.js'])]
    expect(filesReplaced(['d/1', 'assets/a-OLD12345.js', 'assets/shared-12345678.js', 'assets/b-OLD12345.js'], now)).toEqual(['assets/a-OLD12345.js'])
  })
})

describe('formatBytes', () => {
  it('reads as a reader reads a size', () => {
    expect(formatBytes(300)).toBe('1 KB')
    expect(formatBytes(860 * 1024)).toBe('860 KB')
    expect(formatBytes(1.4 * 1024 * 1024)).toBe('1.4 MB')
    expect(formatBytes(2.3 * 1024 ** 3)).toBe('2.3 GB')
  })
})

describe('looksRight', () => {
  const response = (type: string, status = 200) => new Response('x', { status, headers: { 'content-type': type } })
  it('takes a page as HTML and a chunk as JavaScript, never a host\'s fallback page under a chunk\'s name', () => {
    expect(looksRight('http://h/d/410703', response('text/html'))).toBe(true)
    expect(looksRight('http://h/assets/a-12345678.js', response('text/javascript'))).toBe(true)
    expect(looksRight('http://h/assets/a-12345678.js', response('text/html'))).toBe(false)
    expect(looksRight('http://h/d/410703', response('text/html', 404))).toBe(false)
  })
})
