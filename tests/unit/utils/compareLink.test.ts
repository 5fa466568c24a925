import { describe, expect, it } from 'vitest'
import { canonicalChoice, choiceItem, compareLinkPage, comparedCodes, comparedItems, pageKey } from '~/utils/compareLink'

describe('canonicalChoice: one link for one comparison', () => {
  const app = ['410811', '410702', '410703']

  it('names the districts in the app\'s order', () => {
    expect(canonicalChoice(['410703', '410702'], app)).toBe('410702,410703')
    expect(canonicalChoice(['410811', '410702', '410703'], app)).toBe('410811,410702,410703')
  })

  it('keeps the codes it does not know, after the others, for the page to name', () => {
    expect(canonicalChoice(['999999', '410703'], app)).toBe('410703,999999')
  })

  it('keeps an empty choice empty', () => {
    expect(canonicalChoice([], app)).toBe('')
  })
})

describe('comparedCodes: the districts a link names', () => {
  it('reads each once, without spaces or empty names', () => {
    expect(comparedCodes(' 410703, 410811,410703,', [])).toEqual(['410703', '410811'])
    expect(comparedCodes(',', ['410703'])).toEqual([])
  })

  it('is every district when the link names none', () => {
    expect(comparedCodes(undefined, ['410811', '410702'])).toEqual(['410811', '410702'])
  })

  it('reads a link that repeats d= as naming each of them, not as naming none', () => {
    expect(comparedCodes(['410703', '410702'], ['410811', '410702', '410703'])).toEqual(['410703', '410702'])
  })
})

describe('a choice across years', () => {
  const app = ['410811', '410702', '410703']

  it('reads code:year as that year\'s report, and a bare code as the newest', () => {
    expect(choiceItem('410703:2022')).toEqual({ code: '410703', year: 2022 })
    expect(choiceItem('410703')).toEqual({ code: '410703' })
    expect(comparedItems('410703:2022,410703', [])).toEqual([{ code: '410703', year: 2022 }, { code: '410703' }])
    expect(comparedCodes('410703:2022,410703', [])).toEqual(['410703'])
  })

  it('puts a district\'s years oldest first and its newest report last, in the app\'s order of districts', () => {
    expect(canonicalChoice(['410703', '410702', '410703:2022'], app)).toBe('410702,410703:2022,410703')
    expect(canonicalChoice(['410703:2023', '410703:2021'], app)).toBe('410703:2021,410703:2023')
  })
})

describe('compareLinkPage: the file a host serves for a compare link', () => {
  it('is compare.html for a link that names no districts and no indicator, tracking parameters and all', () => {
    expect(compareLinkPage('/compare', '')).toBe('/compare.html')
    expect(compareLinkPage('/en/compare', 'from=groupmessage')).toBe('/en/compare.html')
    expect(compareLinkPage('/compare', 'm=')).toBe('/compare.html')
  })

  it('is the app\'s frame in the link\'s language for any choice: no comparison has a file', () => {
    expect(compareLinkPage('/compare', 'd=410703,410702')).toBe('/shell.html')
    expect(compareLinkPage('/compare', 'd=410703:2022,410703&from=groupmessage')).toBe('/shell.html')
    expect(compareLinkPage('/en/compare', 'd=410703,410702&m=gdp')).toBe('/en/shell.html')
    expect(compareLinkPage('/compare', 'd=')).toBe('/shell.html')
  })

  it('is nothing for a path that is no compare link', () => {
    expect(compareLinkPage('/d/410703', 'd=410703')).toBeUndefined()
    expect(compareLinkPage('/fr/compare', 'd=410703')).toBeUndefined()
    expect(compareLinkPage('/compare/410703,410702', '')).toBeUndefined()
  })
})

describe('pageKey: what a URL shows', () => {
  it('is the path, with the districts a link names in any order', () => {
    expect(pageKey('/d/410703', {})).toBe('/d/410703')
    expect(pageKey('/compare', { d: '410703,410702' })).toBe(pageKey('/compare', { d: '410702,410703' }))
    expect(pageKey('/compare', { d: ['410703', '410702'] })).toBe('/compare?d=410702,410703')
  })

  it('tells a choice from no choice, and from another choice', () => {
    expect(pageKey('/compare', {})).not.toBe(pageKey('/compare', { d: '' }))
    expect(pageKey('/compare', { d: '410703' })).not.toBe(pageKey('/compare', { d: '410703,410702' }))
  })

  it('tells a ranking\'s scope and year from its default', () => {
    expect(pageKey('/m/gdp', { d: '410703', scope: 'city' })).toBe('/m/gdp?d=410703&scope=city')
    expect(pageKey('/m/gdp', { y: '2023' })).not.toBe(pageKey('/m/gdp', {}))
  })
})
