import { Card, Col, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { type HTMLAttributes, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnFinding, Scan, ScanResult } from '../api/types';
import { AgainstCard, AssessmentCard } from './assessment-card';

const CategoryChart = lazy(() => import('./scan-charts').then((m) => ({ default: m.CategoryChart })));
const ColumnChart = lazy(() => import('./scan-charts').then((m) => ({ default: m.ColumnChart })));

const percent = (share: number) => `${share >= 0.1 || share === 0 ? Math.round(share * 100) : (share * 100).toFixed(1)}%`;
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 1)} MiB`;

function FindingsTable({ findings }: { findings: ColumnFinding[] }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(f) => `${f.column ?? ''}|${f.detector}`}
      dataSource={findings}
      scroll={{ x: true }}
      onRow={() => ({ 'data-testid': 'scan-finding' }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('scans.result.column'), dataIndex: 'column', render: (c: string | null) => c ?? <em>{t('scans.result.freeText')}</em> },
        { title: t('scans.result.detector'), dataIndex: 'detector' },
        {
          title: t('scans.result.category'),
          dataIndex: 'category',
          render: (c: string, f) => (
            <>
              {c} {f.sensitive ? <Tag color="red">{t('scans.result.sensitive')}</Tag> : null}
            </>
          ),
        },
        { title: t('scans.result.count'), dataIndex: 'count', align: 'right' },
        { title: t('scans.result.distinct'), dataIndex: 'distinct', align: 'right', render: (d: number, f) => `${f.distinct_estimated ? '≈' : ''}${d}` },
        { title: t('scans.result.rowShare'), dataIndex: 'row_share', align: 'right', render: percent },
        { title: t('scans.result.samples'), dataIndex: 'samples', render: (s: string[]) => <Typography.Text code>{s.join(', ')}</Typography.Text> },
      ]}
    />
  );
}

function Totals({ result }: { result: ScanResult }) {
  const { t } = useTranslation();
  const cards = [
    { id: 'files', value: result.totals.files },
    { id: 'rows', value: result.totals.rows },
    { id: 'findings', value: result.totals.findings },
    { id: 'categories', value: result.categories.length },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col xs={12} md={6} key={card.id}>
          <Card size="small" data-testid={`scan-total-${card.id}`} data-value={card.value}>
            <Statistic title={t(`scans.result.totals.${card.id}`)} value={card.value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** A finished scan: totals, the category chart, the assessment, the comparison, then each file with its column chart and table. */
export function ScanResultView({ scan, result }: { scan: Scan; result: ScanResult }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="scan-result">
      <Totals result={result} />
      <Card size="small" title={t('scans.charts.categories')}>
        {result.categories.length === 0 ? (
          <Typography.Text type="secondary">{t('scans.result.nothing')}</Typography.Text>
        ) : (
          <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
            <CategoryChart result={result} />
          </Suspense>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <AssessmentCard assessment={result.assessment} />
        </Col>
        <Col xs={24} lg={12}>
          <AgainstCard against={result.against} version={scan.declaration_version} />
        </Col>
      </Row>
      {result.files.map((file) => (
        <Card
          key={file.file}
          size="small"
          data-testid="scan-file"
          title={<Typography.Text strong>{file.file}</Typography.Text>}
          extra={t('scans.result.fileMeta', { format: file.format, rows: file.rows, size: megabytes(file.bytes) })}
        >
          {file.findings.length === 0 ? (
            <Typography.Text type="secondary">{t('scans.result.noneInFile')}</Typography.Text>
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
                <ColumnChart file={file} />
              </Suspense>
              <FindingsTable findings={file.findings} />
            </Space>
          )}
        </Card>
      ))}
    </Space>
  );
}
