import { Button, Card, Collapse, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { durationInWords } from '../../../../../src/core/notice/plain-words.js';
import { NoticeLayer1 } from '../../../components/notice/notice-layer1';
import { NoticeLayer2 } from '../../../components/notice/notice-layer2';
import { RequestError } from '../../../components/request-error';
import { useDescribeDecidedBy } from '../../../lib/consent-actor';
import { useLanguage } from '../../../lib/i18n';
import { taxonomyLabel } from '../../../lib/taxonomy-label';
import { useRequest } from '../../../lib/use-request';
import { getNotice } from '../api/get-notice';
import type { ReceiptBundle } from '../api/types';
import { downloadReceipt } from '../download-receipt';

const STATE_COLORS = { given: 'green', refused: 'default', withdrawn: 'orange' } as const;

/** The notice version a receipt names, rendered (layer 1 and layer 2) in the current language. */
function NoticeOfReceipt({ hash }: { hash: string }) {
  const { t } = useTranslation();
  const { language, contentLang } = useLanguage();
  const notice = useRequest(hash, (signal) => getNotice(hash, signal));
  if (notice.error) return <RequestError error={notice.error} />;
  if (!notice.data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const { notice: record, readability } = notice.data;
  return (
    <Collapse
      defaultActiveKey={['layer1']}
      items={[
        {
          key: 'layer1',
          label: t('receipts.view.layer1', { version: record.version }),
          children: <NoticeLayer1 layer={record.notice.layer1[contentLang]} purposes={record.notice.purposes} terms={readability[language].layer1.terms} />,
        },
        {
          key: 'layer2',
          label: t('receipts.view.layer2'),
          children: <NoticeLayer2 layer={record.notice.layer2[contentLang]} terms={readability[language].layer2.terms} />,
        },
      ]}
    />
  );
}

/**
 * A receipt as a readable page: who, what (purposes and data categories with their labels), the
 * decision, when, the notice it was given on (hash, link, the text itself) and its log position.
 */
export function ReceiptView({ receipt }: { receipt: ReceiptBundle }) {
  const { t } = useTranslation();
  const { language, contentLang } = useLanguage();
  const [showNotice, setShowNotice] = useState(false);
  const labels = (ids: readonly string[]) =>
    ids.length === 0 ? t('receipts.view.none') : ids.map((id) => taxonomyLabel(id, contentLang)).join(contentLang === 'zh' ? '、' : ', ');
  const retention = receipt.retention === null ? null : durationInWords(receipt.retention);
  const describeDecidedBy = useDescribeDecidedBy();
  return (
    <Card
      data-testid="receipt-view"
      title={t('receipts.view.title', { processor: receipt.processor.name })}
      extra={
        <Button onClick={() => downloadReceipt(receipt)} data-testid="receipt-view-download">
          {t('receipts.download')}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('receipts.view.decision')}>
            <Space wrap>
              <Tag color={STATE_COLORS[receipt.event.state]} data-testid="receipt-state">
                {t(`receipts.state.${receipt.event.state}`)}
              </Tag>
              <span>{t(`receipts.eventType.${receipt.event.type === 'signal' ? 'signal' : 'explicit'}`)}</span>
              <Typography.Text type="secondary">
                {t('receipts.view.via', { method: t(`consentMethod.${receipt.event.method}`), by: describeDecidedBy(receipt.event.by) })}
              </Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.time')}>{new Date(receipt.event.time).toLocaleString(language)}</Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.processor')}>
            <div data-testid="receipt-processor">{receipt.processor.name}</div>
            <Typography.Text type="secondary">{[receipt.processor.address, receipt.processor.contact].filter(Boolean).join(' · ')}</Typography.Text>
          </Descriptions.Item>
          {receipt.purposes.map((purpose) => (
            <Descriptions.Item key={purpose.id} label={t('receipts.view.purpose')}>
              <Space wrap size={4}>
                <Typography.Text code data-testid="receipt-purpose">
                  {purpose.id}
                </Typography.Text>
                {purpose.separate ? <Tag color="red">{t('notice.separateConsent')}</Tag> : null}
                {purpose.necessary ? <Tag>{t('receipts.view.necessary')}</Tag> : null}
              </Space>
              <div data-testid="receipt-data">{t('receipts.view.data', { data: labels(purpose.data) })}</div>
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('receipts.view.sensitive')}>{labels(receipt.sensitive)}</Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.recipients')}>
            {receipt.recipients.length === 0
              ? t('receipts.view.none')
              : receipt.recipients.map((r) => `${r.name}${r.country ? ` (${r.country})` : ''}`).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.abroad')}>
            {receipt.cross_border === null ? t('receipts.view.none') : `${receipt.cross_border.destination} · ${receipt.cross_border.mechanism}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.retention')}>
            {retention === null ? (receipt.retention ?? t('receipts.view.notStated')) : retention[contentLang]}
          </Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.jurisdictions')}>{receipt.jurisdiction.join(', ')}</Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.subject')}>
            <Typography.Text code>{receipt.subject}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.notice')}>
            <Space orientation="vertical" size={4}>
              <Typography.Text code copyable data-testid="receipt-notice-hash">
                {receipt.notice_hash}
              </Typography.Text>
              <Space wrap>
                <a href={`/api/notices/${encodeURIComponent(receipt.notice_hash)}`} target="_blank" rel="noreferrer" data-testid="receipt-notice-link">
                  {t('receipts.view.noticeLink')}
                </a>
                <Button size="small" onClick={() => setShowNotice((s) => !s)} data-testid="receipt-show-notice">
                  {showNotice ? t('receipts.view.hideNotice') : t('receipts.view.showNotice')}
                </Button>
              </Space>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.withdraw')}>
            <a href={receipt.withdraw_url} target="_blank" rel="noreferrer noopener">
              {receipt.withdraw_url}
            </a>
          </Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.log')}>
            {receipt.log === null ? (
              <Tag color="gold">{t('receipts.pending')}</Tag>
            ) : (
              <span data-testid="receipt-log-position">{t('receipts.view.logPosition', { index: receipt.log.index })}</span>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('receipts.view.id')}>
            <Typography.Text code>{receipt.receipt_id}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        {showNotice ? <NoticeOfReceipt hash={receipt.notice_hash} /> : null}
      </Space>
    </Card>
  );
}
