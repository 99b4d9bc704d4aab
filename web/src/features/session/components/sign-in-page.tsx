import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link';
import { ACCOUNT_PATHS, PORTAL_PATHS } from '../../../config/paths';
import { setCsrfToken } from '../../../lib/api-client';
import { navigate } from '../../../lib/use-route';
import { signIn } from '../api/sign-in';
import { signInWithRecoveryCode } from '../api/sign-in-recovery-code';
import { signInTotp } from '../api/sign-in-totp';
import { refreshSession } from '../session-store';
import { ApiErrorAlert } from './api-error-alert';

type PasswordForm = { identifier: string; password: string };
type CodeForm = { code: string };
type RecoveryForm = { recovery_code: string };

/**
 * Sign-in: email address or mobile number and password, then the authenticator code when the
 * account has one, or one of its recovery codes when the app is at hand no more.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<'password' | 'totp' | 'recovery'>('password');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const finish = async () => {
    await refreshSession();
    navigate(PORTAL_PATHS.individual);
  };

  const submitPassword = async ({ identifier, password }: PasswordForm) => {
    setBusy(true);
    setError(null);
    try {
      const issued = await signIn(identifier, password);
      if (issued.stage === 'full') return await finish();
      // The half-signed-in session needs its own CSRF token for the code step.
      setCsrfToken(issued.csrf_token);
      setStep('totp');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const secondStep = async (send: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await send();
      await finish();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const submitCode = ({ code }: CodeForm) => secondStep(() => signInTotp(code.trim()));
  const submitRecoveryCode = ({ recovery_code }: RecoveryForm) => secondStep(() => signInWithRecoveryCode(recovery_code.trim()));
  const switchTo = (next: 'totp' | 'recovery') => {
    setError(null);
    setStep(next);
  };

  return (
    <Card className="pisa-account-card" title={t('account.signInTitle')} data-testid="sign-in-page">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {error ? <ApiErrorAlert error={error} /> : null}
        {step === 'password' ? (
          <Form<PasswordForm> layout="vertical" onFinish={submitPassword} requiredMark={false}>
            <Form.Item
              name="identifier"
              label={t('account.identifier')}
              extra={t('account.identifierHint')}
              rules={[{ required: true, message: t('account.required') }]}
            >
              <Input autoComplete="username" data-testid="sign-in-identifier" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('account.password')}
              rules={[{ required: true, message: t('account.required') }]}
              extra={
                <Link href={ACCOUNT_PATHS['forgot-password']} data-testid="forgot-password-link">
                  {t('reset.forgotLink')}
                </Link>
              }
            >
              <Input.Password autoComplete="current-password" data-testid="sign-in-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block data-testid="sign-in-submit">
              {t('account.signIn')}
            </Button>
          </Form>
        ) : step === 'totp' ? (
          <Form<CodeForm> layout="vertical" onFinish={submitCode} requiredMark={false}>
            <Typography.Paragraph>{t('account.totpHint')}</Typography.Paragraph>
            <Form.Item name="code" label={t('account.totpCode')} rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('account.codeFormat') }]}>
              <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} data-testid="sign-in-code" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block data-testid="sign-in-code-submit">
              {t('account.confirm')}
            </Button>
            <Button type="link" onClick={() => switchTo('recovery')} data-testid="use-recovery-code">
              {t('recovery.useInstead')}
            </Button>
          </Form>
        ) : (
          <Form<RecoveryForm> layout="vertical" onFinish={submitRecoveryCode} requiredMark={false}>
            <Typography.Paragraph>{t('recovery.signInHint')}</Typography.Paragraph>
            <Form.Item name="recovery_code" label={t('recovery.code')} rules={[{ required: true, message: t('account.required') }]}>
              <Input autoComplete="off" spellCheck={false} data-testid="sign-in-recovery-code" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block data-testid="sign-in-recovery-submit">
              {t('account.confirm')}
            </Button>
            <Button type="link" onClick={() => switchTo('totp')}>
              {t('recovery.useApp')}
            </Button>
          </Form>
        )}
        <Typography.Text type="secondary">
          {t('account.noAccount')} <Link href={ACCOUNT_PATHS.register}>{t('account.register')}</Link>
        </Typography.Text>
      </Space>
    </Card>
  );
}
