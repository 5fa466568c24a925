import { describe, expect, it } from 'vitest'
import { canonicalChoice, compareChoicePage, compareChoices, comparedCodes, isCompareChoiceFile, pageKey, prerenderedFileName } from '~/utils/compareLink'

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

describe('compare links with a page of their own', () => {
  it('are each district alone, each pair in either order, and all of them in the app\'s order', () => {
    expect(compareChoices(['410811', '410702', '410703'])).toEqual([
      '410811', '410811,410702', '410811,410703',
      '410702', '410702,410811', '410702,410703',
      '410703', '410703,410811', '410703,410702',
      '410811,410702,410703',
    ])
    // with two districts, all of them is a pair already
    expect(compareChoices(['410702', '410703'])).toEqual(['410702', '410702,410703', '410703', '410703,410702'])
  })

  it('are written beside compare.html, in a folder of its name', () => {
    expect(prerenderedFileName('compare?d=410703,410702.html')).toBe('compare/410703,410702.html')
    expect(prerenderedFileName('en/compare?d=410703.html')).toBe('en/compare/410703.html')
    expect(prerenderedFileName('d/410703/report.html')).toBe('d/410703/report.html')
    expect(prerenderedFileName('compare.html')).toBe('compare.html')
  })

  it('are served for a link naming districts, tracking parameters and all', () => {
    expect(compareChoicePage('/compare', '?d=410703,410702')).toBe('/compare/410703,410702.html')
    expect(compareChoicePage('/en/compare', '?from=groupmessage&d=410703%2C410702')).toBe('/en/compare/410703,410702.html')
    expect(compareChoicePage('/compare', '?d=410703&m=')).toBe('/compare/410703.html')
  })

  it('are not served for a link with an indicator in focus, no choice, or a choice no file can be named for', () => {
    expect(compareChoicePage('/compare', '?d=410703,410702&m=gdp')).toBeUndefined()
    expect(compareChoicePage('/compare', '')).toBeUndefined()
    expect(compareChoicePage('/compare', '?d=')).toBeUndefined()
    expect(compareChoicePage('/compare', '?d=../../etc/passwd')).toBeUndefined()
    expect(compareChoicePage('/compare', '?d=410703, 410702')).toBeUndefined()
    expect(compareChoicePage('/d/410703', '?d=410703')).toBeUndefined()
    expect(compareChoicePage('/fr/compare', '?d=410703')).toBeUndefined()
    // the app reads a repeated d as no choice
    expect(compareChoicePage('/compare', '?d=410703&d=410702')).toBeUndefined()
  })

  it('have no address of their own', () => {
    expect(isCompareChoiceFile('/compare/410703,410702')).toBe(true)
    expect(isCompareChoiceFile('/en/compare/410703.html')).toBe(true)
    expect(isCompareChoiceFile('/compare')).toBe(false)
    expect(isCompareChoiceFile('/compare.html')).toBe(false)
    expect(isCompareChoiceFile('/d/410703')).toBe(false)
  })
})

describe('pageKey: what a URL shows', () => {
  it('is the path, with the districts a compare link names in any order', () => {
    expect(pageKey('/d/410703', undefined)).toBe('/d/410703')
    expect(pageKey('/compare', '410703,410702')).toBe(pageKey('/compare', '410702,410703'))
    expect(pageKey('/compare', ['410703', '410702'])).toBe('/compare?d=410702,410703')
  })

  it('tells a choice from no choice, and from another choice', () => {
    expect(pageKey('/compare', undefined)).not.toBe(pageKey('/compare', ''))
    expect(pageKey('/compare', '410703')).not.toBe(pageKey('/compare', '410703,410702'))
  })
})
