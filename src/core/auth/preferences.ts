/** The languages an account may choose for the web app (BCP 47, as the web app's locales are named). */
export const ACCOUNT_LANGUAGES = ['zh-CN', 'en'] as const;
export type AccountLanguage = (typeof ACCOUNT_LANGUAGES)[number];

export const isAccountLanguage = (value: unknown): value is AccountLanguage => ACCOUNT_LANGUAGES.some((l) => l === value);
