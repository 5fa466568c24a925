/**
 * The interface language in the two shapes the app needs: `locale` for formatting numbers and
 * dates ('zh-CN' | 'en'), `lang` for picking a field of bilingual data ('zh' | 'en').
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Locale } from '~/utils/format'

export function useLang() {
  const { locale: current } = useI18n()
  const locale = computed<Locale>(() => (current.value === 'en' ? 'en' : 'zh-CN'))
  const lang = computed<'zh' | 'en'>(() => (locale.value === 'en' ? 'en' : 'zh'))
  return { locale, lang }
}
