/**
 * The reader's theme and reading size as applied to the page (`<html>`): by the preferences
 * store once the app runs, and by src/beforePaint.ts from what is stored, before the first paint.
 * It imports only ./preferences.ts: that script is inlined into every page.
 */
import type { Theme } from './preferences'

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
 * Applies a theme and a reading size to the page. The chart boxes take their proportions from
 * `--chart-width`, a plain number: Safari before 18.2 drops an aspect-ratio computed with calc().
 */
export function applyAppearance(root: HTMLElement, theme: Theme, readingSize: number) {
  root.classList.toggle('dark', theme === 'dark')
  root.classList.toggle('light', theme === 'light')
  root.style.setProperty('--reading-scale', String(readingSize))
  root.style.setProperty('--chart-width', String(chartDrawingWidth(readingSize)))
}
