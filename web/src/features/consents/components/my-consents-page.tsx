import { Alert, Button, Card, Empty, Input, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestError } from '../../../components/request-error';
import { useRequest } from '../../../lib/use-request';
import { getMyReceipts } from '../api/get-my-receipts';
import { processorsFromReceipts } from '../consent-state';
import { ConsentForm } from './consent-form';
import { ProcessorConsents } from './processor-consents';

/**
 * "My consents": the processors I have decided for (from my receipts), my answer per purpose
 * with each one and its history, one-click withdrawal, and a processor's current notice to
 * decide on (by its name in PISA, e.g. "shopping").
 */
export function MyConsentsPage() {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const receipts = useRequest(`my-receipts#${version}`, getMyReceipts);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [ref, setRef] = useState('');
  const processors = processorsFromReceipts(receipts.data ?? []);
  // Who decided, with how the adult was verified: the history rows carry only the kind, the receipts the rest.
  const actors = new Map((receipts.data ?? []).map((r) => [r.receipt_id, r.event.by]));
  const changed = () => setVersion((v) => v + 1);
  const decide = (processor: string) => {
    setDeciding(processor);
    window.scrollTo(0, 0);
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="my-consents">
      <div>
        <Typography.Title level={2}>{t('consents.mine.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('consents.mine.intro')}</Typography.Paragraph>
      </div>
      {deciding === null ? (
        <Card size="small" title={t('consents.open.title')}>
          <Space.Compact style={{ maxWidth: 520, width: '100%' }}>
            <Input
              value={ref}
              onChange={(e) => setRef(e.target.value)}
              onPressEnter={() => ref.trim() && decide(ref.trim())}
              placeholder={t('consents.open.placeholder')}
              aria-label={t('consents.open.label')}
              data-testid="consent-processor-input"
            />
            <Button type="primary" disabled={ref.trim() === ''} onClick={() => decide(ref.trim())} data-testid="consent-open-notice">
              {t('consents.open.button')}
            </Button>
          </Space.Compact>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('consents.open.help')}
          </Typography.Paragraph>
        </Card>
      ) : (
        <ConsentForm key={deciding} processor={deciding} onRecorded={changed} onClose={() => setDeciding(null)} />
      )}
      {receipts.error ? (
        <RequestError error={receipts.error} />
      ) : !receipts.data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : processors.length === 0 ? (
        <Card>
          <Empty description={t('consents.mine.none')} />
        </Card>
      ) : (
        <>
          <Alert type="info" showIcon title={t('consents.mine.withdrawHint')} />
          {processors.map((p) => (
            <ProcessorConsents key={p.id} processor={p} version={version} actors={actors} onChanged={changed} onDecide={decide} />
          ))}
        </>
      )}
    </Space>
  );
}
