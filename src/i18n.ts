import { createI18n } from 'vue-i18n'
import en from './locales/en.json'
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
    messages: { 'zh-CN': zh, 'en': en },
    missingWarn: false,
    fallbackWarn: false,
  })
}
