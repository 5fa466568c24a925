import { describe, expect, it } from 'vitest'
import { readStored, storageKey } from '~/utils/preferences'

// what the store and the script before the first paint both read (src/utils/preferences.ts)
describe('readStored: a stored preference as the app reads it', () => {
  it.each([
    ['"dark"', 'dark'],
    ['"light"', 'light'],
    [' "dark" ', 'dark'],
    [null, 'auto'],
    ['dark', 'auto'],
    ['"DARK"', 'auto'],
    ['"sepia"', 'auto'],
    ['null', 'auto'],
    ['["dark"]', 'auto'],
    ['', 'auto'],
  ])('reads the theme %s as %s', (raw, theme) => {
    expect(readStored('theme', raw)).toBe(theme)
  })

  it.each([
    ['1.375', 1.375],
    ['0.875', 0.875],
    ['1.3750', 1.375],
    ['1e0', 1],
    [null, 1],
    ['"1.375"', 1],
    ['1.3', 1],
    ['2', 1],
    ['Infinity', 1],
    ['[1.25]', 1],
  ])('reads the reading size %s as %s', (raw, size) => {
    expect(readStored('readingSize', raw)).toBe(size)
  })

  it('keeps pins that are division codes, and drops a list with anything else', () => {
    expect(readStored('pins', '["410703","410811"]')).toEqual(['410703', '410811'])
    expect(readStored('pins', '["410703","<script>"]')).toEqual([])
    expect(readStored('pins', JSON.stringify(Array.from({ length: 101 }, () => '410703')))).toEqual([])
    expect(readStored('pins', '{broken')).toEqual([])
  })

  it('reads a language only as one of the two', () => {
    expect(readStored('locale', '"en"')).toBe('en')
    expect(readStored('locale', '"fr"')).toBeNull()
    expect(readStored('locale', null)).toBeNull()
  })

  it('keeps each under its own key', () => {
    expect(storageKey('readingSize')).toBe('district-brief:readingSize')
  })
})
