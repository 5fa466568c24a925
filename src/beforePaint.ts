/**
 * Inlined into the head of every page (src/build/earlyScript.ts): the reader's stored theme and
 * reading size are on the page before its first paint, so a returning reader's page does not
 * change colour or size when the app starts. Storage may be blocked: then the page stays as it is.
 */
import { applyAppearance } from './utils/appearance'
import { readReadingSize, readTheme, storageKey } from './utils/preferences'

try {
  applyAppearance(document.documentElement, readTheme(localStorage.getItem(storageKey('theme'))), readReadingSize(localStorage.getItem(storageKey('readingSize'))))
}
catch {}
