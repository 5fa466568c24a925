import { describe, expect, it } from 'vitest'
import { canonicalChoice } from '~/router'

describe('canonicalChoice: one link for one comparison', () => {
  const app = ['410811', '410702', '410703']

  it('names the districts in the app\'s order, each once', () => {
    expect(canonicalChoice('410703,410702', app)).toBe('410702,410703')
    expect(canonicalChoice(' 410703, 410811,410703,', app)).toBe('410811,410703')
    expect(canonicalChoice('410811,410702,410703', app)).toBe('410811,410702,410703')
  })

  it('keeps the codes it does not know, after the others, for the page to name', () => {
    expect(canonicalChoice('999999,410703', app)).toBe('410703,999999')
  })

  it('keeps an empty choice empty', () => {
    expect(canonicalChoice('', app)).toBe('')
    expect(canonicalChoice(',', app)).toBe('')
  })
})
