import { describe, expect, it } from 'vitest'
import { renderKey, showsOtherChoices } from '~/utils/renderKey'

describe('renderKey: which page a prerendered HTML file was rendered for', () => {
  it('keeps the districts and indicator a link names, and an empty choice of districts', () => {
    expect(renderKey('/compare', {})).toBe('/compare')
    expect(renderKey('/compare/', { d: '410703,410702', m: 'gdp', from: 'x' })).toBe('/compare?d=410702,410703&m=gdp')
    // every district unticked is not the prerendered page, which shows them all
    expect(renderKey('/compare', { d: '' })).toBe('/compare?d=')
    expect(renderKey('/compare', { m: '' })).toBe('/compare')
  })

  it('names a choice of districts the same whatever the order, spacing or repeats of its link', () => {
    const key = renderKey('/compare', { d: '410702,410811' })
    expect(renderKey('/compare', { d: '410811,410702' })).toBe(key)
    expect(renderKey('/compare', { d: ' 410811, 410702,410702,' })).toBe(key)
    expect(renderKey('/compare', { d: '410811,410703' })).not.toBe(key)
    expect(renderKey('/compare', { d: ',' })).toBe('/compare?d=')
  })
})

describe('showsOtherChoices: whether the boot script hides a prerendered page until the app renders the link\'s', () => {
  it('is true for compare.html opened by a link that chooses districts or an indicator', () => {
    expect(showsOtherChoices('/compare', '/compare', '?d=410703,410702', '/')).toBe(true)
    expect(showsOtherChoices('/en/compare', '/en/compare', '?d=410811,410702&from=groupmessage', '/')).toBe(true)
    expect(showsOtherChoices('/compare', '/compare', '?m=gdp', '/')).toBe(true)
    expect(showsOtherChoices('/compare', '/compare', '?d=', '/')).toBe(true)
    expect(showsOtherChoices('/compare', '/brief/compare', '?d=410703,410702', '/brief/')).toBe(true)
  })

  it('is false for the page a link asks for, tracking parameters and all', () => {
    expect(showsOtherChoices('/compare', '/compare', '', '/')).toBe(false)
    expect(showsOtherChoices('/compare', '/compare/', '?from=timeline', '/')).toBe(false)
    expect(showsOtherChoices('/d/410703', '/d/410703', '?from=groupmessage', '/')).toBe(false)
    expect(showsOtherChoices('/', '/brief/', '', '/brief/')).toBe(false)
    // a comparison's own page, served for its districts named in either order
    expect(showsOtherChoices('/compare?d=410702,410703', '/compare', '?d=410703,410702&from=groupmessage', '/')).toBe(false)
  })

  it('is true for a comparison\'s own page opened with an indicator in focus', () => {
    expect(showsOtherChoices('/compare?d=410702,410703', '/compare', '?d=410703,410702&m=gdp', '/')).toBe(true)
  })

  it('is false for a placeholder served for another path, and for a page not prerendered', () => {
    expect(showsOtherChoices('/shell', '/m/gdp', '', '/')).toBe(false)
    expect(showsOtherChoices('/404', '/no/such/page', '', '/')).toBe(false)
    expect(showsOtherChoices(null, '/compare', '?d=410703', '/')).toBe(false)
    expect(showsOtherChoices('/compare', '/elsewhere/compare', '?d=410703', '/brief/')).toBe(false)
  })
})
