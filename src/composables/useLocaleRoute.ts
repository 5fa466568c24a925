/** The current interface language, taken from the URL (`/en/…`), and links that keep it. */
import { computed } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import { useRoute } from 'vue-router'
import { localeFromPrefix, localePrefix } from '~/i18n'
import type { Locale } from '~/utils/format'

export function useLocaleRoute() {
  const route = useRoute()
  const locale = computed<Locale>(() => localeFromPrefix(route.params.locale))

  /** A named route in the current language. */
  function to(name: string, params: Record<string, string | number> = {}, extra: { query?: Record<string, string>, hash?: string } = {}): RouteLocationRaw {
    return { name, params: { ...params, locale: localePrefix(locale.value) }, ...extra }
  }

  /**
   * The same page in another language. The link names the language (`?lang=`, which the router
   * remembers and then drops), so it is a choice even when followed before the app has started:
   * the boot script leaves such a link alone rather than send the reader back to their
   * browser's language.
   */
  function switchTo(l: Locale): RouteLocationRaw {
    // keep what the page shows (?d=…&m=…), drop tracking parameters
    const query = Object.fromEntries(Object.entries(route.query).filter(([k]) => k === 'd' || k === 'm'))
    return { name: route.name ?? 'home', params: { ...route.params, locale: localePrefix(l) }, query: { ...query, lang: l === 'en' ? 'en' : 'zh' }, hash: route.hash }
  }

  return { locale, to, switchTo }
}
