// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { usePreferencesStore } from '~/stores/preferences'
import { applyAppearance, READING_SIZE_KEY, storedReadingSize, storedTheme, THEME_KEY } from '~/utils/appearance'

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

describe('the boot script\'s reading of the stored theme and reading size', () => {
  // what the preferences store reads from the same raw values (it validates them with zod)
  const themes = ['"dark"', '"light"', '"auto"', ' "dark" ', null, 'dark', '"DARK"', '"sepia"', 'null', '1', '["dark"]', '{"theme":"dark"}', '']
  it.each(themes)('agrees with the preferences store on the theme %s', (raw) => {
    if (raw !== null)
      localStorage.setItem(THEME_KEY, raw)
    expect(storedTheme(localStorage.getItem(THEME_KEY))).toBe(usePreferencesStore().theme)
  })

  const sizes = ['1.375', '0.875', '1.25', ' 1.125 ', '1.3750', '1e0', null, '"1.375"', '.875', '1.3', '2', 'Infinity', 'true', '[1.25]', '']
  it.each(sizes)('agrees with the preferences store on the reading size %s', (raw) => {
    if (raw !== null)
      localStorage.setItem(READING_SIZE_KEY, raw)
    expect(storedReadingSize(localStorage.getItem(READING_SIZE_KEY))).toBe(usePreferencesStore().readingSize)
  })

  it('reads what the store writes', async () => {
    const prefs = usePreferencesStore()
    prefs.toggleTheme()
    prefs.stepReadingSize(1)
    await new Promise(resolve => setTimeout(resolve))
    expect(storedTheme(localStorage.getItem(THEME_KEY))).toBe(prefs.theme)
    expect(storedReadingSize(localStorage.getItem(READING_SIZE_KEY))).toBe(1.125)
  })
})

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
