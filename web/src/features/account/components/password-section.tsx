import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { changePassword } from '../api/change-password';
import { useAction } from '../hooks/use-action';

type PasswordForm = { current: string; next: string; repeat: string };

/** Change the password: the current one is required; every other session is signed out. */
export function PasswordSection() {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordForm>();
  const [changed, setChanged] = useState(false);
  const action = useAction();

  const submit = async ({ current, next }: PasswordForm) => {
    setChanged(false);
    if (await action.run(() => changePassword(current, next).then(() => undefined))) {
      form.resetFields();
      setChanged(true);
    }
  };

  return (
    <Card title={t('settings.passwordTitle')} data-testid="password-section">
      {action.error ? <ApiErrorAlert error={action.error} /> : null}
      {changed ? <Alert type="success" showIcon data-testid="password-changed" title={t('settings.passwordChanged')} style={{ marginBottom: 16 }} /> : null}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ maxWidth: 420 }}>
        <Form.Item name="current" label={t('settings.currentPassword')} rules={[{ required: true, message: t('account.required') }]}>
          <Input.Password autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item
          name="next"
          label={t('settings.newPassword')}
          extra={t('account.passwordHint')}
          rules={[{ required: true, min: 12, max: 128, message: t('account.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('settings.repeatPassword')}
          dependencies={['next']}
          rules={[
            { required: true, message: t('account.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (value === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error(t('settings.passwordsDiffer')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="repeat-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={action.busy} data-testid="change-password">
          {t('settings.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}
