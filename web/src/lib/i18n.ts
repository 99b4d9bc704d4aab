import i18next from 'i18next';
import { useCallback, useEffect } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';

/** UI languages, as BCP 47 tags (also written to <html lang>). */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The key of the API's bilingual texts ({en, zh}) that matches a UI language. */
export type ContentLang = 'en' | 'zh';

const STORAGE_KEY = 'pisa.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

const isLanguage = (value: unknown): value is Language => LANGUAGES.some((l) => l === value);

/** The stored choice if any, else the first browser language we speak (zh* -> zh-CN), else English. */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (privacy mode): fall back to the browser language
  }
}

/** Starts i18next once, before the first render. */
export async function initI18n(): Promise<void> {
  const lng = detectLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = lng;
}

/** Switches the UI language and remembers it on this device (the account keeps it too when signed in). */
export function applyLanguage(next: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not persisted; the switch still applies to this page
  }
  if (i18next.resolvedLanguage !== next) void i18next.changeLanguage(next);
}

/** The current language, its content key and a setter that remembers the choice. */
export function useLanguage(): { language: Language; contentLang: ContentLang; setLanguage: (l: Language) => void } {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => applyLanguage(next), []);
  return { language, contentLang: language === 'zh-CN' ? 'zh' : 'en', setLanguage };
}
