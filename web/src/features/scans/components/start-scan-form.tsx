import { Alert, Button, Form, Radio, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useLanguage } from '../../../lib/i18n';
import { useRequest } from '../../../lib/use-request';
import { listDatasets } from '../api/list-datasets';
import { startDatasetScan, startUploadScan } from '../api/start-scan';
import type { ProcessorRef, Scan } from '../api/types';
import { megabytes } from './scan-result';

type Props = { processor: ProcessorRef; onStarted: (scan: Scan) => void };

/** Start a scan on the processor's datasets folder (a file, a folder or all of it) or on an uploaded file. */
export function StartScanForm({ processor, onStarted }: Props) {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const [source, setSource] = useState<'dataset' | 'upload'>('dataset');
  const [dataset, setDataset] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const datasets = useRequest(`datasets:${processor.slug}`, (signal) => listDatasets(processor.slug, signal));

  const submit = async () => {
    setPending(true);
    setError(null);
    try {
      onStarted(source === 'dataset' ? await startDatasetScan(processor.slug, dataset) : await startUploadScan(processor.slug, file as File));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  const options = [
    { value: '', label: t('scans.start.wholeFolder') },
    ...(datasets.data ?? []).map((d) => ({ value: d.path, label: d.kind === 'folder' ? `${d.path}/` : `${d.path} (${megabytes(d.bytes)})` })),
  ];
  return (
    <Form layout="vertical" onFinish={submit} data-testid="scan-start-form">
      <Form.Item label={t('scans.start.source')}>
        <Radio.Group value={source} onChange={(e) => setSource(e.target.value as 'dataset' | 'upload')}>
          <Radio.Button value="dataset" data-testid="scan-source-dataset">
            {t('scans.start.dataset')}
          </Radio.Button>
          <Radio.Button value="upload" data-testid="scan-source-upload">
            {t('scans.start.upload')}
          </Radio.Button>
        </Radio.Group>
      </Form.Item>
      {source === 'dataset' ? (
        <Form.Item
          label={t('scans.start.datasetLabel')}
          help={datasets.data?.length === 0 ? t('scans.start.noDatasets') : t('scans.start.datasetHelp', { slug: processor.slug })}
        >
          <Select
            data-testid="scan-dataset"
            value={dataset}
            onChange={setDataset}
            options={options}
            loading={datasets.isLoading}
            showSearch
            notFoundContent={t('scans.start.noDatasets')}
            style={{ maxWidth: 520 }}
          />
        </Form.Item>
      ) : (
        <Form.Item label={t('scans.start.uploadLabel')} help={t('scans.start.uploadHelp')}>
          <Upload
            maxCount={1}
            beforeUpload={(chosen) => {
              setFile(chosen);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button data-testid="scan-upload-pick">{t('scans.start.pickFile')}</Button>
          </Upload>
        </Form.Item>
      )}
      <Space>
        <Button
          type="primary"
          htmlType="submit"
          loading={pending}
          disabled={source === 'upload' ? file === null : datasets.data?.length === 0}
          data-testid="scan-start"
        >
          {t('scans.start.submit')}
        </Button>
        <Typography.Text type="secondary">{t('scans.start.note')}</Typography.Text>
      </Space>
      {error ? (
        <div style={{ marginTop: 12 }}>
          <Alert
            type="error"
            showIcon
            data-testid="scan-start-error"
            title={error instanceof ApiError && error.body ? error.body.message[contentLang] : t('common.networkError')}
          />
        </div>
      ) : null}
    </Form>
  );
}
