import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, useLanguage } from '../lib/i18n';

/** zh-CN / en; the choice is remembered in localStorage, and `onChange` may keep it elsewhere (the account). */
export function LanguageSwitch({ onChange }: { onChange?: (language: Language) => void }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div data-testid="lang-switch">
      <Segmented<Language>
        aria-label={t('language.label')}
        value={language}
        onChange={(next) => {
          setLanguage(next);
          onChange?.(next);
        }}
        options={[
          { value: 'zh-CN', label: <span lang="zh-CN">{t('language.zh')}</span> },
          { value: 'en', label: <span lang="en">{t('language.en')}</span> },
        ]}
      />
    </div>
  );
}
