/**
 * One palette for every chart, readable in light and dark. Meaning never rests on red/green:
 * the district in focus is the strong blue, everything it is compared with is grey-blue,
 * and every bar carries its value as a label.
 *
 * The bars are the same colours on the light page and the dark one, and a chart's text is the
 * page's muted text: a prerendered picture (drawn once for both, its text in `currentColor`,
 * src/charts/ssr.ts) and the interactive chart that replaces it on a tap look the same.
 */
export interface Palette {
  focus: string
  other: string
  text: string
  axis: string
  grid: string
  /** the tooltip's background and border, as a card's on the page */
  surface: string
  border: string
}

/** 3:1 or more against the cards of both pages (WCAG 1.4.11): 4.6 and 3.7 for focus, 3.2 and 5.4 for the others */
const bars = { focus: '#3b6fe0', other: '#8592a6', grid: '#7b849433' }

export const palettes = {
  /** text and axes in the page's --muted (src/styles/main.css) */
  light: { ...bars, text: '#4b5563', axis: '#4b5563', surface: '#ffffff', border: '#d9dee6' },
  dark: { ...bars, text: '#a9b4c6', axis: '#a9b4c6', surface: '#1b263b', border: '#2b3850' },
  /** for charts prerendered to SVG, shown on light or dark pages before any script runs (its text becomes `currentColor`) */
  neutral: { ...bars, text: '#7b8494', axis: '#7b8494', surface: '#ffffff', border: '#7b849433' },
} satisfies Record<string, Palette>

/**
 * One colour for each district of a comparison, in its place in the choice, the same in every
 * chart of the page. 3:1 or more against the cards of both pages; told apart by hue and named
 * beside every bar, so no meaning rests on colour alone. A seventh district takes the first again.
 */
export const SERIES_COLOURS = ['#3b6fe0', '#b7791f', '#0e8f7e', '#db2777', '#7c6fd6', '#5b8c00'] as const

export function seriesColour(place: number): string {
  return SERIES_COLOURS[place % SERIES_COLOURS.length]!
}
