import { Button, Card, Layout, Menu, Result, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';
import { Link } from '../components/link';
import { ACCOUNT_PATHS, type AccountPage, PORTAL_PATHS, type Portal } from '../config/paths';
import { saveLanguage } from '../features/account/api/save-language';
import { AccountMenu } from '../features/session/components/account-menu';
import { refreshSession, type SessionState, useSession } from '../features/session/session-store';
import { visiblePortals } from '../features/session/visible-portals';
import { navigate, useRoute } from '../lib/use-route';
import { matchRoute } from './match-route';
import { NotFoundPage } from './not-found-page';
import { PortalView } from './portal-view';
import { PublicPortal } from './public-portal';

const ACCOUNT_PAGES = {
  'sign-in': lazy(() => import('../features/session/components/sign-in-page').then((m) => ({ default: m.SignInPage }))),
  register: lazy(() => import('../features/session/components/register-page').then((m) => ({ default: m.RegisterPage }))),
  'forgot-password': lazy(() => import('../features/session/components/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage }))),
  'reset-password': lazy(() => import('../features/session/components/reset-password-page').then((m) => ({ default: m.ResetPasswordPage }))),
  settings: lazy(() =>
    import('../features/account/components/account-settings-page').then((m) => ({
      default: function SettingsForSession({ session }: { session: SessionState }) {
        if (session.status === 'loading') return null;
        if (session.status !== 'signed-in') return <SignInNeeded />;
        return <m.AccountSettingsPage memberships={session.session.memberships} onSessionChanged={refreshSession} />;
      },
    })),
  ),
} as const satisfies Record<AccountPage, unknown>;

/** A portal the visitor's roles do not open: sign in (with the right role) first. */
function SignInNeeded() {
  const { t } = useTranslation();
  return (
    <Card data-testid="sign-in-needed">
      <Result
        status="403"
        title={t('portal.signInNeeded')}
        extra={
          <Button
            type="primary"
            href={ACCOUNT_PATHS['sign-in']}
            onClick={(event) => {
              event.preventDefault();
              navigate(ACCOUNT_PATHS['sign-in']);
            }}
          >
            {t('account.signIn')}
          </Button>
        }
      />
    </Card>
  );
}

/** Header (name, tagline, the portals the visitor's roles open, account, language), the page of the current route, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const route = matchRoute(useRoute());
  const session = useSession();
  const portals = visiblePortals(session.status === 'signed-in' ? session.session.memberships : null);
  const AccountPageView = route.portal === 'account' ? ACCOUNT_PAGES[route.page] : null;

  return (
    <Layout className="pisa-layout">
      <Layout.Header className="pisa-header">
        <Link href={PORTAL_PATHS.public} className="pisa-brand" aria-label={t('app.home')}>
          <span className="pisa-brand-name">{t('app.name')}</span>
          <span className="pisa-brand-tagline">{t('app.tagline')}</span>
        </Link>
        <nav aria-label={t('nav.portals')} className="pisa-portal-nav">
          <Menu
            mode="horizontal"
            selectedKeys={route.portal && route.portal !== 'account' ? [route.portal] : []}
            onClick={({ key }) => navigate(PORTAL_PATHS[key as Portal])}
            items={portals.map((portal) => ({
              key: portal,
              label: (
                <Link href={PORTAL_PATHS[portal]} data-testid={`portal-${portal}`}>
                  {t(`nav.${portal}`)}
                </Link>
              ),
            }))}
          />
        </nav>
        <AccountMenu state={session} />
        <LanguageSwitch
          onChange={(language) => {
            // Signed in, the choice is kept on the account and follows the person to every device.
            if (session.status === 'signed-in') void saveLanguage(language).catch(() => undefined);
          }}
        />
      </Layout.Header>
      <Layout.Content className="pisa-content">
        <main>
          {route.portal === 'public' ? (
            <PublicPortal page={route.page} />
          ) : route.portal === null ? (
            <NotFoundPage />
          ) : AccountPageView ? (
            <div className="pisa-page">
              <Suspense fallback={null}>
                <AccountPageView session={session} />
              </Suspense>
            </div>
          ) : route.portal !== 'account' ? (
            <div className="pisa-page">{portals.includes(route.portal) ? <PortalView route={route} /> : <SignInNeeded />}</div>
          ) : null}
        </main>
      </Layout.Content>
      <Layout.Footer className="pisa-footer">
        <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
