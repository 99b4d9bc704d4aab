import { Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestError } from '../../../components/request-error';
import { useRequest } from '../../../lib/use-request';
import { getOrganisations } from '../api/get-organisations';
import { getProfile } from '../api/get-profile';
import type { Membership } from '../api/types';
import { ApiKeysSection } from './api-keys-section';
import { LanguageSection } from './language-section';
import { PasswordSection } from './password-section';
import { TwoFactorSection } from './two-factor-section';

type Props = {
  /** The signed-in person's roles, from the session. */
  readonly memberships: readonly Membership[];
  /** The session was replaced (TOTP enrolment): refresh it. */
  readonly onSessionChanged: () => Promise<void>;
};

/** Organisation roles that manage the organisation's API keys (the server's policy says the same). */
const KEY_MANAGERS = new Set(['owner', 'privacy_officer']);

/** Account settings: password, two-step sign-in and recovery codes, API keys of managed organisations, language. */
export function AccountSettingsPage({ memberships, onSessionChanged }: Props) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const profile = useRequest(`profile:${version}`, getProfile);
  const managed = memberships.filter((m) => m.organisation_id !== null && KEY_MANAGERS.has(m.role)).map((m) => m.organisation_id);
  const organisations = useRequest(`organisations:${managed.join(',')}`, (signal) => (managed.length === 0 ? Promise.resolve([]) : getOrganisations(signal)));
  const managedOrganisations = (organisations.data ?? []).filter((o) => managed.includes(o.id));
  // Association admins may never be without the second factor (the server refuses too).
  const totpRequired = memberships.some((m) => m.role === 'admin');

  if (profile.error) return <RequestError error={profile.error} />;
  if (!profile.data) return <Spin />;
  const me = profile.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }} data-testid="account-settings">
      <Typography.Title level={2}>{t('settings.title')}</Typography.Title>
      <Card>
        <Descriptions
          column={1}
          items={[
            { key: 'contact', label: me.email ? t('account.email') : t('account.phone'), children: me.email ?? me.phone },
            ...(me.name ? [{ key: 'name', label: t('settings.name'), children: me.name }] : []),
          ]}
        />
      </Card>
      <PasswordSection />
      <TwoFactorSection profile={me} required={totpRequired} onChanged={() => setVersion((v) => v + 1)} onSessionChanged={onSessionChanged} />
      {managedOrganisations.length > 0 ? <ApiKeysSection organisations={managedOrganisations} /> : null}
      <LanguageSection />
    </Space>
  );
}
