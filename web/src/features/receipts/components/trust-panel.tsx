import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShownKey } from '../trust';

export type ShownTrust = { receiptKeys: readonly ShownKey[]; log: { name: string; keyId: string; fingerprint: string; vkey: string } | null };

/** What the browser trusts to verify receipts, with fingerprints a person can compare with the published ones. */
export function TrustPanel({ trust }: { trust: ShownTrust }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('receipts.trust.title')} data-testid="receipt-trust">
      <Typography.Paragraph type="secondary">{t('receipts.trust.intro')}</Typography.Paragraph>
      <Descriptions column={1} size="small" bordered>
        {trust.receiptKeys.map((key) => (
          <Descriptions.Item key={key.id} label={t('receipts.trust.receiptKey')}>
            <div>
              {t('receipts.trust.keyId')}: <Typography.Text code>{key.id}</Typography.Text>
            </div>
            <div>
              {t('receipts.trust.fingerprint')}:{' '}
              <Typography.Text code data-testid="receipt-key-fingerprint">
                {key.fingerprint}
              </Typography.Text>
            </div>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('receipts.trust.logKey')}>
          {trust.log === null ? (
            <Typography.Text type="danger">{t('receipts.trust.badVkey')}</Typography.Text>
          ) : (
            <>
              <div>
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                  {trust.log.vkey}
                </Typography.Text>
              </div>
              <div>
                {t('receipts.trust.logName')}: <Typography.Text code>{trust.log.name}</Typography.Text> · {t('receipts.trust.keyId')}:{' '}
                <Typography.Text code>{trust.log.keyId}</Typography.Text>
              </div>
              <div>
                {t('receipts.trust.fingerprint')}:{' '}
                <Typography.Text code data-testid="log-key-fingerprint">
                  {trust.log.fingerprint}
                </Typography.Text>
              </div>
            </>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
