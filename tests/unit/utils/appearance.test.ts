// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { applyAppearance } from '~/utils/appearance'

describe('applyAppearance', () => {
  it('sets the theme\'s class and the reading scale on the page, and takes them back', () => {
    const root = document.createElement('html')
    applyAppearance(root, 'dark', 1.375)
    expect([...root.classList]).toEqual(['dark'])
    expect(root.style.getPropertyValue('--reading-scale')).toBe('1.375')
    // a chart's drawing width as a plain number, for the boxes' aspect-ratio
    expect(root.style.getPropertyValue('--chart-width')).toBe('247')
    applyAppearance(root, 'auto', 1)
    expect([...root.classList]).toEqual([])
    expect(root.style.getPropertyValue('--reading-scale')).toBe('1')
    expect(root.style.getPropertyValue('--chart-width')).toBe('340')
  })
})
