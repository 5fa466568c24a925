/** The current interface language, taken from the URL (`/en/…`), and links that keep it. */
import { computed } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import { useRoute } from 'vue-router'
import { localeFromPrefix, localePrefix } from '~/i18n'
import type { Locale } from '~/utils/format'
import { LINK_PARAMS } from '~/utils/share'

export function useLocaleRoute() {
  const route = useRoute()
  const locale = computed<Locale>(() => localeFromPrefix(route.params.locale))

  /** A named route in the current language. */
  function to(name: string, params: Record<string, string | number> = {}, extra: { query?: Record<string, string>, hash?: string } = {}): RouteLocationRaw {
    return { name, params: { ...params, locale: localePrefix(locale.value) }, ...extra }
  }

  /** The same page in another language: what it shows (`?d=…&m=…`, `LINK_PARAMS`) and its #card kept, tracking parameters dropped. */
  function switchTo(l: Locale): RouteLocationRaw {
    const query = Object.fromEntries(Object.entries(route.query).filter(([k]) => LINK_PARAMS.includes(k)))
    return { name: route.name ?? 'home', params: { ...route.params, locale: localePrefix(l) }, query, hash: route.hash }
  }

  return { locale, to, switchTo }
}
