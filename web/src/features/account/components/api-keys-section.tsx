import { Alert, Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_SCOPES, type ApiScope } from '../../../../../src/core/auth/roles.js';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { RequestError } from '../../../components/request-error';
import { useLanguage } from '../../../lib/i18n';
import { useRequest } from '../../../lib/use-request';
import { createApiKey } from '../api/create-api-key';
import { getApiKeys } from '../api/get-api-keys';
import { revokeApiKey } from '../api/revoke-api-key';
import type { ApiKey, CreatedApiKey, Organisation } from '../api/types';
import { useAction } from '../hooks/use-action';

type CreateForm = { name: string; scopes: ApiScope[] };

/** One organisation's API keys: create (the key is shown once), see when each was last used, revoke. */
function OrganisationApiKeys({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [version, setVersion] = useState(0);
  const keys = useRequest(`${organisation.id}:${version}`, (signal) => getApiKeys(organisation.id, signal));
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [form] = Form.useForm<CreateForm>();
  const action = useAction();
  const reload = () => setVersion((v) => v + 1);
  const when = (iso: string | null) => (iso === null ? t('settings.never') : new Date(iso).toLocaleString(language));

  const create = ({ name, scopes }: CreateForm) =>
    action.run(async () => {
      setCreated(await createApiKey(organisation.id, name.trim(), scopes));
      form.resetFields();
      reload();
    });
  const revoke = (key: ApiKey) =>
    action.run(async () => {
      await revokeApiKey(key.id);
      reload();
    });

  return (
    <Card type="inner" title={organisation.name} data-testid={`api-keys-${organisation.slug}`}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {action.error ? <ApiErrorAlert error={action.error} /> : null}
        {keys.error ? <RequestError error={keys.error} /> : null}
        <Table<ApiKey>
          rowKey="id"
          size="small"
          loading={keys.isLoading}
          dataSource={keys.data ?? []}
          pagination={false}
          locale={{ emptyText: t('settings.noApiKeys') }}
          onRow={(key) => ({ 'data-testid': `api-key-${key.name}` }) as HTMLAttributes<HTMLTableRowElement>}
          columns={[
            { key: 'name', title: t('settings.keyName'), dataIndex: 'name' },
            { key: 'prefix', title: t('settings.keyPrefix'), render: (_, key) => <Typography.Text code>{`${key.prefix}…`}</Typography.Text> },
            { key: 'scopes', title: t('settings.keyScopes'), render: (_, key) => key.scopes.map((scope) => <Tag key={scope}>{scope}</Tag>) },
            { key: 'created', title: t('settings.keyCreated'), render: (_, key) => when(key.created_at) },
            { key: 'used', title: t('settings.keyLastUsed'), render: (_, key) => <span data-testid="api-key-last-used">{when(key.last_used_at)}</span> },
            {
              key: 'state',
              title: t('settings.keyState'),
              render: (_, key) =>
                key.revoked_at === null ? (
                  <Popconfirm
                    title={t('settings.revokeConfirm')}
                    onConfirm={() => void revoke(key)}
                    okText={t('settings.revoke')}
                    cancelText={t('settings.cancel')}
                  >
                    <Button size="small" danger data-testid="api-key-revoke">
                      {t('settings.revoke')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Tag color="red" data-testid="api-key-revoked">
                    {t('settings.revokedAt', { when: when(key.revoked_at) })}
                  </Tag>
                ),
            },
          ]}
        />
        <Form<CreateForm> form={form} layout="vertical" onFinish={create} requiredMark={false} initialValues={{ scopes: ['processors:read'] }}>
          <Form.Item name="name" label={t('settings.keyName')} rules={[{ required: true, whitespace: true, max: 100, message: t('account.required') }]}>
            <Input style={{ maxWidth: 320 }} data-testid="api-key-name" />
          </Form.Item>
          <Form.Item name="scopes" label={t('settings.keyScopes')} rules={[{ required: true, type: 'array', min: 1, message: t('settings.scopesRequired') }]}>
            <Checkbox.Group options={API_SCOPES.map((scope) => ({ value: scope, label: <span data-testid={`scope-${scope}`}>{scope}</span> }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={action.busy} data-testid="api-key-create">
            {t('settings.createKey')}
          </Button>
        </Form>
      </Space>
      <Modal
        open={created !== null}
        title={t('settings.keyCreatedTitle')}
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)} data-testid="api-key-saved">
            {t('recovery.saved')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('settings.keyShownOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: created?.key ?? '' }}>
          <Typography.Text code data-testid="created-api-key">
            {created?.key}
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('settings.keyUsage')}</Typography.Paragraph>
      </Modal>
    </Card>
  );
}

/** API keys of the processor organisations the person manages (owner or privacy officer). */
export function ApiKeysSection({ organisations }: { organisations: readonly Organisation[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('settings.apiKeysTitle')} data-testid="api-keys-section">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('settings.apiKeysExplain')}</Typography.Paragraph>
        {organisations.map((organisation) => (
          <OrganisationApiKeys key={organisation.id} organisation={organisation} />
        ))}
      </Space>
    </Card>
  );
}
