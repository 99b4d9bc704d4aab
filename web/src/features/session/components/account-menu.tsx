import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link';
import { ACCOUNT_PATHS, PUBLIC_PATHS } from '../../../config/paths';
import { navigate } from '../../../lib/use-route';
import { endSession, type SessionState } from '../session-store';

/** The header's account corner: sign in and register, or the account settings and sign out. */
export function AccountMenu({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  if (state.status === 'loading') return null;
  if (state.status === 'signed-in') {
    return (
      <Space size="small">
        <Link href={ACCOUNT_PATHS.settings} data-testid="account-settings-link">
          {t('settings.link')}
        </Link>
        <Button
          size="small"
          data-testid="sign-out"
          onClick={() => {
            void endSession().then(() => navigate(PUBLIC_PATHS.rules));
          }}
        >
          {t('account.signOut')}
        </Button>
      </Space>
    );
  }
  return (
    <Space size="small">
      <Link href={ACCOUNT_PATHS['sign-in']} data-testid="sign-in-link">
        {t('account.signIn')}
      </Link>
      <Link href={ACCOUNT_PATHS.register}>{t('account.register')}</Link>
    </Space>
  );
}
