import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useLanguage } from '../../../lib/i18n';

/** Why a check failed: for a 400, the API's message and every issue with its path. */
export function IssuesAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const body = error instanceof ApiError ? error.body : null;
  if (!body) {
    return <Alert type="error" showIcon data-testid="check-error" title={t('check.errors.title')} description={t('common.networkError')} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="check-error"
      title={body.message[contentLang]}
      description={
        <>
          {body.issues.length > 0 ? (
            <ul className="pisa-issues" data-testid="issues" aria-label={t('check.errors.issues')}>
              {body.issues.map((issue, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two issues may share a path and code
                <li key={index} data-testid="issue" data-code={issue.code}>
                  <Typography.Text code>{issue.at || t('check.errors.root')}</Typography.Text> {issue.message[contentLang]}
                </li>
              ))}
            </ul>
          ) : null}
          {body.request_id ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('check.errors.requestId', { id: body.request_id })}
            </Typography.Text>
          ) : null}
        </>
      }
    />
  );
}
