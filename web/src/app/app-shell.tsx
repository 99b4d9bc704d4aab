import { Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';
import { Link } from '../components/link';
import { PORTAL_PATHS, PORTALS, type Portal } from '../config/paths';
import { navigate, useRoute } from '../lib/use-route';
import { ComingSoonPage } from './coming-soon-page';
import { matchRoute } from './match-route';
import { NotFoundPage } from './not-found-page';
import { PublicPortal } from './public-portal';

/** Header (name, tagline, portals, language), the page of the current route, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const route = matchRoute(useRoute());

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
            selectedKeys={route.portal ? [route.portal] : []}
            onClick={({ key }) => navigate(PORTAL_PATHS[key as Portal])}
            items={PORTALS.map((portal) => ({
              key: portal,
              label: (
                <Link href={PORTAL_PATHS[portal]} data-testid={`portal-${portal}`}>
                  {t(`nav.${portal}`)}
                </Link>
              ),
            }))}
          />
        </nav>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content className="pisa-content">
        <main>
          {route.portal === 'public' ? (
            <PublicPortal page={route.page} />
          ) : route.portal === null ? (
            <NotFoundPage />
          ) : (
            <div className="pisa-page">
              <ComingSoonPage portal={route.portal} />
            </div>
          )}
        </main>
      </Layout.Content>
      <Layout.Footer className="pisa-footer">
        <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
