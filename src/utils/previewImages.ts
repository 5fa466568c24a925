/**
 * Where a page's preview image is (Open Graph): one per district and one for the site, in each
 * language. Drawn at build time by src/data/ogImages.ts; named in each page's head by
 * src/composables/usePageMeta.ts. Imports nothing at run time: the build loads it too.
 */
import type { Locale } from './format.ts'

/** og/410703.png and og/en/410703.png; og/site.png and og/en/site.png. */
export function ogImagePath(code: string | 'site', locale: Locale): string {
  return `/og/${locale === 'en' ? 'en/' : ''}${code}.png`
}
