/**
 * Title, description, canonical URL, hreflang alternates and the Open Graph / Twitter card
 * tags of a page, so a shared link previews well. Rendered into the prerendered HTML.
 */
import { useHead } from '@unhead/vue'
import type { MaybeRefOrGetter } from 'vue'
import { computed, toValue } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ogImagePath } from '~/utils/previewImages'
import { absoluteUrl, localizedPath } from '~/utils/share'

export interface PageMeta {
  title: string
  description: string
  /** the district whose preview image the page shows (its code), else the site's */
  preview?: string
  /** the choices the page's link carries (a comparison's `d=…`), part of its canonical URL */
  query?: string
  /** false for a page that is no link's own page (the app's frame): no canonical URL, not indexed */
  indexed?: boolean
}

export function usePageMeta(meta: MaybeRefOrGetter<PageMeta>) {
  const route = useRoute()
  const { t, locale } = useI18n()
  const m = computed(() => toValue(meta))
  const path = computed(() => route.path.replace(/^\/en(?=\/|$)/, '') || '/')
  const link = (lang: 'en' | 'zh-CN') => absoluteUrl(`${localizedPath(path.value, lang)}${m.value.query ? `?${m.value.query}` : ''}`)
  const url = computed(() => link(locale.value === 'en' ? 'en' : 'zh-CN'))
  const fullTitle = computed(() => `${m.value.title} · ${t('app.name')}`)
  const image = computed(() => absoluteUrl(ogImagePath(m.value.preview ?? 'site', locale.value === 'en' ? 'en' : 'zh-CN')))

  useHead({
    title: fullTitle,
    htmlAttrs: { lang: computed(() => (locale.value === 'en' ? 'en' : 'zh-CN')) },
    link: computed(() => m.value.indexed === false ? [] : [
      { rel: 'canonical', href: url.value },
      { rel: 'alternate', hreflang: 'zh-CN', href: link('zh-CN') },
      { rel: 'alternate', hreflang: 'en', href: link('en') },
      { rel: 'alternate', hreflang: 'x-default', href: link('zh-CN') },
    ]),
    meta: computed(() => [
      ...(m.value.indexed === false ? [{ name: 'robots', content: 'noindex' }] : []),
      { name: 'description', content: m.value.description },
      { property: 'og:type', content: 'article' },
      { property: 'og:site_name', content: t('app.name') },
      { property: 'og:locale', content: locale.value === 'en' ? 'en_US' : 'zh_CN' },
      { property: 'og:title', content: fullTitle.value },
      { property: 'og:description', content: m.value.description },
      { property: 'og:url', content: url.value },
      { property: 'og:image', content: image.value },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      // X reads title, description and image from the og: tags above
      { name: 'twitter:card', content: 'summary_large_image' },
    ]),
  })
}
