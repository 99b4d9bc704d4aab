import { Alert, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckStatus, ReceiptCheckResult } from '../receipt-checks';
import { overallOf } from '../receipt-text';

const MARKS = {
  pass: { symbol: '✓', color: '#389e0d' },
  fail: { symbol: '✗', color: '#cf1322' },
  skipped: { symbol: '–', color: '#8c8c8c' },
} as const satisfies Record<CheckStatus, unknown>;

/** The verdict and each check (signature, body, checkpoint signature, inclusion, consistency) with what it means. */
export function VerificationPanel({ result }: { result: ReceiptCheckResult }) {
  const { t } = useTranslation();
  const verdict = overallOf(result.checks);
  const type = verdict === 'pass' ? 'success' : verdict === 'fail' ? 'error' : 'warning';
  return (
    <Card size="small" title={t('receipts.verify.title')} data-testid="receipt-verification">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type={type}
          showIcon
          data-testid="receipt-verdict"
          data-verdict={verdict}
          title={t(`receipts.verdict.${verdict}`)}
          description={
            verdict === 'pass' && result.index !== null && result.size !== null
              ? t('receipts.verdict.passDetail', { index: result.index, size: result.size, latest: result.latestSize ?? result.size })
              : t(`receipts.verdict.${verdict}Detail`)
          }
        />
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {result.checks.map((check) => (
            <li
              key={check.id}
              data-testid={`receipt-check-${check.id}`}
              data-status={check.status}
              style={{ display: 'flex', gap: 12, padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
            >
              <span aria-hidden style={{ color: MARKS[check.status].color, fontSize: 18, fontWeight: 700, width: 20, textAlign: 'center' }}>
                {MARKS[check.status].symbol}
              </span>
              <div>
                <Space wrap>
                  <Typography.Text strong>{t(`receipts.check.${check.id}.title`)}</Typography.Text>
                  <Typography.Text type={check.status === 'fail' ? 'danger' : check.status === 'pass' ? 'success' : 'secondary'}>
                    {t(`receipts.status.${check.status}`)}
                  </Typography.Text>
                </Space>
                <div>
                  <Typography.Text type="secondary">{t(`receipts.check.${check.id}.what`)}</Typography.Text>
                </div>
                {check.detail === null ? null : (
                  <Typography.Text type="danger" code>
                    {check.detail}
                  </Typography.Text>
                )}
              </div>
            </li>
          ))}
        </ol>
      </Space>
    </Card>
  );
}
