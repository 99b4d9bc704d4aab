import { Button, Card, Form, Input, Result, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link';
import { ACCOUNT_PATHS } from '../../../config/paths';
import { register } from '../api/register';
import type { IdentifierInput } from '../api/types';
import { verifyCode } from '../api/verify-code';
import { ApiErrorAlert } from './api-error-alert';

type Kind = 'email' | 'phone';
type DetailsForm = { identifier: string; password: string; name?: string };
type CodeForm = { code: string };

/** Registration: email address or mainland mobile number, a password, then the code sent there. */
export function RegisterPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('email');
  const [identifier, setIdentifier] = useState<IdentifierInput | null>(null);
  const [step, setStep] = useState<'details' | 'code' | 'done'>('details');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const submitDetails = ({ identifier: value, password, name }: DetailsForm) =>
    run(async () => {
      const input: IdentifierInput = kind === 'email' ? { email: value.trim() } : { phone: value.trim() };
      await register(input, password, name ?? '');
      setIdentifier(input);
      setStep('code');
    });

  const submitCode = ({ code }: CodeForm) =>
    run(async () => {
      if (identifier) await verifyCode(identifier, code.trim());
      setStep('done');
    });

  if (step === 'done') {
    return (
      <Card className="pisa-account-card" data-testid="register-done">
        <Result
          status="success"
          title={t('account.verified')}
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
    <Card className="pisa-account-card" title={t('account.registerTitle')} data-testid="register-page">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {error ? <ApiErrorAlert error={error} /> : null}
        {step === 'details' ? (
          <Form<DetailsForm> layout="vertical" onFinish={submitDetails} requiredMark={false}>
            <Form.Item label={t('account.registerWith')}>
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
              <Input autoComplete={kind === 'email' ? 'email' : 'tel'} data-testid="register-identifier" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('account.password')}
              extra={t('account.passwordHint')}
              rules={[{ required: true, min: 12, max: 128, message: t('account.passwordHint') }]}
            >
              <Input.Password autoComplete="new-password" data-testid="register-password" />
            </Form.Item>
            <Form.Item name="name" label={t('account.name')}>
              <Input autoComplete="name" maxLength={100} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block data-testid="register-submit">
              {t('account.register')}
            </Button>
          </Form>
        ) : (
          <Form<CodeForm> layout="vertical" onFinish={submitCode} requiredMark={false}>
            <Typography.Paragraph>{t('account.codeSent')}</Typography.Paragraph>
            <Form.Item name="code" label={t('account.code')} rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('account.codeFormat') }]}>
              <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} data-testid="register-code" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block data-testid="register-code-submit">
              {t('account.confirm')}
            </Button>
          </Form>
        )}
        <Typography.Text type="secondary">
          {t('account.haveAccount')} <Link href={ACCOUNT_PATHS['sign-in']}>{t('account.signIn')}</Link>
        </Typography.Text>
      </Space>
    </Card>
  );
}
