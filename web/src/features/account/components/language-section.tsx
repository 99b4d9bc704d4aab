import { Card, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountLanguage } from '../../../../../src/core/auth/preferences.js';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useLanguage } from '../../../lib/i18n';
import { saveLanguage } from '../api/save-language';
import { useAction } from '../hooks/use-action';

/** The web app's language, kept on the account: applied at every sign-in, on any device. */
export function LanguageSection() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const action = useAction();
  const choose = (next: AccountLanguage) => {
    setLanguage(next);
    void action.run(() => saveLanguage(next).then(() => undefined));
  };
  return (
    <Card title={t('settings.languageTitle')} data-testid="language-section">
      {action.error ? <ApiErrorAlert error={action.error} /> : null}
      <Typography.Paragraph>{t('settings.languageExplain')}</Typography.Paragraph>
      <Segmented<AccountLanguage>
        value={language}
        onChange={choose}
        options={[
          { value: 'zh-CN', label: <span lang="zh-CN">{t('language.zh')}</span> },
          { value: 'en', label: <span lang="en">{t('language.en')}</span> },
        ]}
      />
    </Card>
  );
}
