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

export function setupI18n() {
  return createI18n<[MessageSchema], Locale>({
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

/** Loads a locale's messages before the first route in that language renders. */
export function installLocaleGuard(router: Router, i18n: AppI18n) {
  router.beforeResolve(async (to) => {
    const locale = localeFromPrefix(to.params.locale)
    if (locale === 'en' && !i18n.global.availableLocales.includes('en'))
      i18n.global.setLocaleMessage('en', (await import('./locales/en.json')).default)
  })
}
