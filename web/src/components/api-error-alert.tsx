import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';
import { useLanguage } from '../lib/i18n';

/** A failed action: the API's message and each of its issues, in the current language. */
export function ApiErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const body = error instanceof ApiError ? error.body : null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="account-error"
      title={body ? body.message[contentLang] : t('common.networkError')}
      description={body && body.issues.length > 0 ? body.issues.map((issue) => issue.message[contentLang]).join(' ') : undefined}
    />
  );
}
