/**
 * One palette for every chart, readable in light and dark. Meaning never rests on red/green:
 * the district in focus is the strong blue, everything it is compared with is grey-blue,
 * and every bar carries its value as a label.
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

export const palettes = {
  light: { focus: '#1d4ed8', other: '#94a3b8', text: '#374151', axis: '#6b7280', grid: '#e5e7eb', surface: '#ffffff', border: '#d9dee6' },
  dark: { focus: '#8fb4ff', other: '#64748b', text: '#e5e7eb', axis: '#a9b4c6', grid: '#2b3850', surface: '#1b263b', border: '#2b3850' },
  /** for charts prerendered to SVG, shown on light or dark pages before any script runs */
  neutral: { focus: '#3b6fe0', other: '#8a97ab', text: '#7b8494', axis: '#7b8494', grid: '#7b849433', surface: '#ffffff', border: '#7b849433' },
} satisfies Record<string, Palette>
