import { Button, Card, Layout, Menu, Result, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';
import { Link } from '../components/link';
import { ACCOUNT_PATHS, type AccountPage, PORTAL_PATHS, type Portal } from '../config/paths';
import { AccountMenu } from '../features/session/components/account-menu';
import { useSession } from '../features/session/session-store';
import { visiblePortals } from '../features/session/visible-portals';
import { navigate, useRoute } from '../lib/use-route';
import { ComingSoonPage } from './coming-soon-page';
import { matchRoute } from './match-route';
import { NotFoundPage } from './not-found-page';
import { PublicPortal } from './public-portal';

const ACCOUNT_PAGES = {
  'sign-in': lazy(() => import('../features/session/components/sign-in-page').then((m) => ({ default: m.SignInPage }))),
  register: lazy(() => import('../features/session/components/register-page').then((m) => ({ default: m.RegisterPage }))),
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
        <LanguageSwitch />
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
                <AccountPageView />
              </Suspense>
            </div>
          ) : route.portal !== 'account' ? (
            <div className="pisa-page">{portals.includes(route.portal) ? <ComingSoonPage portal={route.portal} /> : <SignInNeeded />}</div>
          ) : null}
        </main>
      </Layout.Content>
      <Layout.Footer className="pisa-footer">
        <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
