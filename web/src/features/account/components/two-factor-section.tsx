import { Alert, Button, Card, Form, Input, QRCode, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { setCsrfToken } from '../../../lib/api-client';
import { confirmTotp } from '../api/confirm-totp';
import { disableTotp } from '../api/disable-totp';
import { regenerateRecoveryCodes } from '../api/regenerate-recovery-codes';
import { startTotp } from '../api/start-totp';
import type { Profile, TotpEnrolment } from '../api/types';
import { useAction } from '../hooks/use-action';
import { RecoveryCodesList } from './recovery-codes-list';

type Props = {
  readonly profile: Profile;
  /** The person holds a role that needs the second factor (Association admin): it cannot be turned off. */
  readonly required: boolean;
  /** Reload the profile (enrolment state, recovery codes left). */
  readonly onChanged: () => void;
  /** The session was replaced (after enrolment): ask the server for it again. */
  readonly onSessionChanged: () => Promise<void>;
};

type CodeForm = { code: string };

/** Two-step sign-in: enrol an authenticator app (QR code or secret, shown once), recovery codes, turning it off. */
export function TwoFactorSection({ profile, required, onChanged, onSessionChanged }: Props) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const action = useAction();
  const [confirmForm] = Form.useForm<CodeForm>();
  const [regenerateForm] = Form.useForm<CodeForm>();
  const [disableForm] = Form.useForm<CodeForm>();

  const begin = () => action.run(async () => setEnrolment(await startTotp()));
  const confirm = ({ code }: CodeForm) =>
    action.run(async () => {
      const confirmed = await confirmTotp(code.trim());
      // The session was replaced by one with the second factor verified: its CSRF token changed.
      setCsrfToken(confirmed.csrf_token);
      setEnrolment(null);
      setCodes(confirmed.recovery_codes);
      await onSessionChanged();
    });
  const regenerate = ({ code }: CodeForm) =>
    action.run(async () => {
      setCodes(await regenerateRecoveryCodes(code.trim()));
      regenerateForm.resetFields();
    });
  const disable = ({ code }: CodeForm) =>
    action.run(async () => {
      await disableTotp(code.trim());
      disableForm.resetFields();
      onChanged();
    });
  const codesSaved = () => {
    setCodes(null);
    onChanged();
  };

  const codeInput = (testId: string, allowRecovery: boolean) => (
    <Input
      autoComplete="one-time-code"
      spellCheck={false}
      inputMode={allowRecovery ? 'text' : 'numeric'}
      maxLength={allowRecovery ? 24 : 6}
      placeholder={allowRecovery ? t('settings.codeOrRecovery') : '123456'}
      data-testid={testId}
    />
  );

  return (
    <Card
      title={t('settings.totpTitle')}
      extra={profile.totp_enabled ? <Tag color="green">{t('settings.totpOn')}</Tag> : <Tag>{t('settings.totpOff')}</Tag>}
      data-testid="totp-section"
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {action.error ? <ApiErrorAlert error={action.error} /> : null}
        {codes ? <RecoveryCodesList codes={codes} onDone={codesSaved} /> : null}
        {!profile.totp_enabled && enrolment === null && codes === null ? (
          <>
            {required ? <Alert type="warning" showIcon title={t('settings.totpRequired')} /> : null}
            <Typography.Paragraph>{t('settings.totpExplain')}</Typography.Paragraph>
            <Button type="primary" onClick={() => void begin()} loading={action.busy} data-testid="totp-start">
              {t('settings.totpStart')}
            </Button>
          </>
        ) : null}
        {enrolment ? (
          <Space align="start" size="large" wrap>
            <QRCode value={enrolment.otpauth_uri} size={176} bordered={false} data-testid="totp-qr" />
            <Form<CodeForm> form={confirmForm} layout="vertical" onFinish={confirm} requiredMark={false} style={{ maxWidth: 360 }}>
              <Typography.Paragraph>{t('settings.totpScan')}</Typography.Paragraph>
              <Typography.Paragraph>
                {t('settings.totpSecret')}{' '}
                <Typography.Text code copyable data-testid="totp-secret">
                  {enrolment.secret}
                </Typography.Text>
              </Typography.Paragraph>
              <Form.Item name="code" label={t('account.totpCode')} rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('account.codeFormat') }]}>
                {codeInput('totp-confirm-code', false)}
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={action.busy} data-testid="totp-confirm">
                {t('account.confirm')}
              </Button>
            </Form>
          </Space>
        ) : null}
        {profile.totp_enabled && codes === null ? (
          <>
            <Typography.Paragraph data-testid="recovery-remaining">
              {t('settings.recoveryRemaining', { left: profile.recovery_codes_remaining })}
            </Typography.Paragraph>
            <Form<CodeForm> form={regenerateForm} layout="inline" onFinish={regenerate} requiredMark={false}>
              <Form.Item name="code" rules={[{ required: true, message: t('account.required') }]}>
                {codeInput('regenerate-code', true)}
              </Form.Item>
              <Button htmlType="submit" loading={action.busy} data-testid="regenerate-recovery-codes">
                {t('settings.regenerate')}
              </Button>
            </Form>
            {required ? (
              <Typography.Text type="secondary">{t('settings.totpCannotDisable')}</Typography.Text>
            ) : (
              <Form<CodeForm> form={disableForm} layout="inline" onFinish={disable} requiredMark={false}>
                <Form.Item name="code" rules={[{ required: true, message: t('account.required') }]}>
                  {codeInput('disable-code', true)}
                </Form.Item>
                <Button danger htmlType="submit" loading={action.busy} data-testid="totp-disable">
                  {t('settings.totpDisable')}
                </Button>
              </Form>
            )}
          </>
        ) : null}
      </Space>
    </Card>
  );
}
