import type { Router } from 'vue-router'
import { createI18n } from 'vue-i18n'
import zh from './locales/zh-CN.json'
import type { Locale } from '~/utils/format'

export const LOCALES: readonly Locale[] = ['zh-CN', 'en']
export const DEFAULT_LOCALE: Locale = 'zh-CN'

export type MessageSchema = typeof zh

/** The URL prefix of a locale: '' for Chinese (the default), 'en' for English. */
export function localePrefix(locale: Locale): '' | 'en' {
  return locale === 'en' ? 'en' : ''
}

export function localeFromPrefix(prefix: unknown): Locale {
  return prefix === 'en' ? 'en' : 'zh-CN'
}

/** The language a browser set to `browserLanguage` reads: Chinese for Chinese, else English. */
export function readerLocale(browserLanguage: string): Locale {
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export function setupI18n() {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale: DEFAULT_LOCALE,
    fallbackLocale: DEFAULT_LOCALE,
    // English is fetched with the first English route (installLocaleGuard), not by every reader
    messages: { 'zh-CN': zh } as Record<Locale, MessageSchema>,
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof setupI18n>

/**
 * The language of a page is the one its link names (`/en/…` or not): the one place the
 * interface language is set. Loads its messages before the first route in it renders.
 */
export function installLocaleGuard(router: Router, i18n: AppI18n) {
  router.beforeResolve(async (to) => {
    const locale = localeFromPrefix(to.params.locale)
    if (locale === 'en' && !i18n.global.availableLocales.includes('en'))
      i18n.global.setLocaleMessage('en', (await import('./locales/en.json')).default)
    i18n.global.locale.value = locale
  })
}
