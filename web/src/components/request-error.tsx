import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';
import { useLanguage } from '../lib/i18n';

/** A failed request as an Alert: the API's own message in the current language when there is one. */
export function RequestError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const body = error instanceof ApiError ? error.body : null;
  return <Alert type="error" showIcon title={t('common.loadFailed')} description={body ? body.message[contentLang] : t('common.networkError')} />;
}
