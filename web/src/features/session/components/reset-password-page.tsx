import { Button, Card, Form, Input, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link';
import { ACCOUNT_PATHS } from '../../../config/paths';
import { resetPassword } from '../api/reset-password';
import { ApiErrorAlert } from './api-error-alert';

type ResetForm = { token: string; password: string; repeat: string };

/** The token from the link's fragment (#token=...), which browsers never send to the server. */
function tokenFromLink(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** Choose a new password with the token from the reset message; every session of the account ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [initialToken] = useState(tokenFromLink);

  const submit = async ({ token, password }: ResetForm) => {
    setBusy(true);
    setError(null);
    try {
      await resetPassword(token.trim(), password);
      // The token must not linger in the address bar or the history.
      window.history.replaceState(null, '', ACCOUNT_PATHS['reset-password']);
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Card className="pisa-account-card" data-testid="reset-done">
        <Result
          status="success"
          title={t('reset.done')}
          extra={
            <Link href={ACCOUNT_PATHS['sign-in']} className="ant-btn ant-btn-primary">
              {t('account.signIn')}
            </Link>
          }
        />
      </Card>
    );
  }

  return (
    <Card className="pisa-account-card" title={t('reset.resetTitle')} data-testid="reset-password-page">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {error ? <ApiErrorAlert error={error} /> : null}
        <Form<ResetForm> layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ token: initialToken }}>
          <Form.Item name="token" label={t('reset.token')} extra={t('reset.tokenHint')} rules={[{ required: true, message: t('account.required') }]}>
            <Input autoComplete="off" data-testid="reset-token" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('settings.newPassword')}
            extra={t('account.passwordHint')}
            rules={[{ required: true, min: 12, max: 128, message: t('account.passwordHint') }]}
          >
            <Input.Password autoComplete="new-password" data-testid="reset-password" />
          </Form.Item>
          <Form.Item
            name="repeat"
            label={t('settings.repeatPassword')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('account.required') },
              ({ getFieldValue }) => ({
                validator: (_, value) => (value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('settings.passwordsDiffer')))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="reset-repeat" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block data-testid="reset-submit">
            {t('reset.submit')}
          </Button>
        </Form>
        <Typography.Text type="secondary">
          <Link href={ACCOUNT_PATHS['forgot-password']}>{t('reset.again')}</Link>
        </Typography.Text>
      </Space>
    </Card>
  );
}
