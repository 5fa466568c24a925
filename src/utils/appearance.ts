/**
 * The reader's theme and reading size, as kept on this device and as applied to the page. The
 * preferences store (src/stores/preferences.ts) keeps them; the boot script (src/boot.ts) applies
 * the stored choice as the page loads, before the app, so a page opens in the reader's colours
 * and size instead of changing once the app has started.
 * It imports only ./stored.ts: the boot script is bundled with it.
 */
import { storedJson } from './stored'

export const THEMES = ['auto', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export const READING_SIZES = [0.875, 1, 1.125, 1.25, 1.375] as const

/** Where the preferences store keeps them (`district-brief:<key>`, JSON). */
export const THEME_KEY = 'district-brief:theme'
export const READING_SIZE_KEY = 'district-brief:readingSize'

/** The stored theme, as the store reads it: 'auto' when there is none or it is not one of the three. */
export function storedTheme(raw: string | null): Theme {
  const value = storedJson(raw)
  return THEMES.find(t => t === value) ?? 'auto'
}

/** The stored reading size, as the store reads it: 1 when there is none or it is not one of the sizes. */
export function storedReadingSize(raw: string | null): number {
  const value = storedJson(raw)
  return READING_SIZES.find(s => s === value) ?? 1
}

/** The width a chart is drawn at in the default reading size, and the widest it is shown (src/components/chart/ChartFrame.vue). */
export const CHART_WIDTH = 340

/**
 * The width a chart is drawn at in a reading size: narrower in a larger one by as much, so that,
 * fitted to the same box, its text and bars come out larger by the reading size, as the page's
 * text does.
 */
export function chartDrawingWidth(readingSize: number): number {
  return Math.round(CHART_WIDTH / readingSize)
}

/**
 * Applies a theme and a reading size to the page (`<html>`). The chart boxes take their
 * proportions from `--chart-width`, a plain number: Safari before 18.2 drops an aspect-ratio
 * computed with calc().
 */
export function applyAppearance(root: HTMLElement, theme: Theme, readingSize: number) {
  root.classList.toggle('dark', theme === 'dark')
  root.classList.toggle('light', theme === 'light')
  root.style.setProperty('--reading-scale', String(readingSize))
  root.style.setProperty('--chart-width', String(chartDrawingWidth(readingSize)))
}
