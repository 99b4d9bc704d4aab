import { Button, Progress, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isActive, type Scan, type ScanStatus } from '../api/types';

const STATUS_COLORS: Record<ScanStatus, string> = {
  queued: 'default',
  planning: 'processing',
  running: 'processing',
  done: 'success',
  failed: 'error',
  cancelled: 'warning',
};

type Props = { scans: Scan[]; selected: string | null; onSelect: (id: string) => void; onCancel: (id: string) => void };

/** The scans of the chosen processor, newest first: source, status, progress. */
export function ScansTable({ scans, selected, onSelect, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={scans}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t('scans.list.empty') }}
      rowClassName={(scan) => (scan.id === selected ? 'ant-table-row-selected' : '')}
      onRow={(scan) => ({ onClick: () => onSelect(scan.id), style: { cursor: 'pointer' } })}
      columns={[
        { title: t('scans.list.started'), dataIndex: 'created_at', render: (at: string) => new Date(at).toLocaleString() },
        {
          title: t('scans.list.source'),
          dataIndex: 'source',
          render: (source: Scan['source']) =>
            source.kind === 'upload' ? t('scans.list.uploaded', { name: source.name }) : source.path === '' ? t('scans.start.wholeFolder') : source.path,
        },
        {
          title: t('scans.list.status'),
          dataIndex: 'status',
          render: (status: ScanStatus) => (
            <Tag color={STATUS_COLORS[status]} data-testid="scan-status" data-status={status}>
              {t(`scans.status.${status}`)}
            </Tag>
          ),
        },
        {
          title: t('scans.list.progress'),
          key: 'progress',
          render: (_, scan) => {
            const { bytes_total, bytes_done, chunks_total, chunks_done } = scan.progress;
            const percent = scan.status === 'done' ? 100 : bytes_total === 0 ? 0 : Math.floor((bytes_done / bytes_total) * 100);
            return (
              <Space size="small">
                <Progress percent={percent} size="small" style={{ width: 120 }} status={scan.status === 'failed' ? 'exception' : 'normal'} />
                <span>{t('scans.list.chunks', { done: chunks_done, total: chunks_total })}</span>
              </Space>
            );
          },
        },
        {
          title: '',
          key: 'actions',
          render: (_, scan) => (
            <Space>
              <Button size="small" data-testid="scan-open" onClick={() => onSelect(scan.id)}>
                {t('scans.list.open')}
              </Button>
              {isActive(scan) ? (
                <Button
                  size="small"
                  danger
                  data-testid="scan-cancel"
                  onClick={(event) => {
                    event.stopPropagation();
                    onCancel(scan.id);
                  }}
                >
                  {t('scans.list.cancel')}
                </Button>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
