import { Alert, Button, Card, Form, Input, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link';
import { ACCOUNT_PATHS } from '../../../config/paths';
import { requestPasswordReset } from '../api/request-password-reset';
import type { IdentifierInput } from '../api/types';
import { ApiErrorAlert } from './api-error-alert';

type Kind = 'email' | 'phone';

/** "Forgot password": a reset link is sent to the email address or number (same answer for any). */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('email');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ identifier }: { identifier: string }) => {
    setBusy(true);
    setError(null);
    try {
      const input: IdentifierInput = kind === 'email' ? { email: identifier.trim() } : { phone: identifier.trim() };
      await requestPasswordReset(input);
      setSent(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="pisa-account-card" title={t('reset.forgotTitle')} data-testid="forgot-password-page">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {error ? <ApiErrorAlert error={error} /> : null}
        {sent ? (
          <Alert type="success" showIcon data-testid="reset-requested" title={t('reset.requested')} />
        ) : (
          <Form<{ identifier: string }> layout="vertical" onFinish={submit} requiredMark={false}>
            <Typography.Paragraph>{t('reset.forgotHint')}</Typography.Paragraph>
            <Form.Item>
              <Segmented<Kind>
                value={kind}
                onChange={setKind}
                options={[
                  { value: 'email', label: t('account.email') },
                  { value: 'phone', label: t('account.phone') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="identifier"
              label={kind === 'email' ? t('account.email') : t('account.phone')}
              rules={[{ required: true, message: t('account.required') }]}
            >
              <Input autoComplete={kind === 'email' ? 'email' : 'tel'} data-testid="forgot-identifier" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block data-testid="forgot-submit">
              {t('reset.send')}
            </Button>
          </Form>
        )}
        <Link href={ACCOUNT_PATHS['sign-in']}>{t('reset.backToSignIn')}</Link>
      </Space>
    </Card>
  );
}
