import { describe, expect, it } from 'vitest'
import { canonicalChoice, comparedCodes } from '~/router'

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
    expect(comparedCodes({ query: { d: ' 410703, 410811,410703,' } }, [])).toEqual(['410703', '410811'])
    expect(comparedCodes({ query: { d: ',' } }, ['410703'])).toEqual([])
  })

  it('is every district when the link names none', () => {
    expect(comparedCodes({ query: {} }, ['410811', '410702'])).toEqual(['410811', '410702'])
  })
})
