import { Menu, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/link';
import { PORTAL_PATHS, type Portal, PROCESSOR_CONSENT_PAGES, PROCESSOR_CONSENT_PATHS, type ProcessorConsentPage, SCAN_PATHS } from '../config/paths';
import { navigate } from '../lib/use-route';
import { ComingSoonPage } from './coming-soon-page';
import { IndividualPortal } from './individual-portal';

const ScansPage = lazy(() => import('../features/scans/components/scans-page').then((m) => ({ default: m.ScansPage })));
const PROCESSOR_CONSENT_VIEWS = {
  notices: lazy(() => import('../features/notices/components/notices-page').then((m) => ({ default: m.NoticesPage }))),
  consents: lazy(() => import('../features/processor-consents/components/consent-stats-page').then((m) => ({ default: m.ConsentStatsPage }))),
  check: lazy(() => import('../features/processor-consents/components/may-i-process-page').then((m) => ({ default: m.MayIProcessPage }))),
} as const satisfies Record<ProcessorConsentPage, unknown>;
const PAGE_LABELS = { overview: 'nav.overview', scans: 'nav.scans', notices: 'nav.notices', consents: 'nav.consentStats', check: 'nav.mayIProcess' } as const;

type PortalRoute =
  | { portal: Exclude<Portal, 'public'> }
  | { portal: 'processor' | 'association'; page: 'scans' }
  | { portal: 'processor'; page: ProcessorConsentPage }
  | { portal: 'individual'; page: 'receipts' };

/**
 * A portal other than the public one: the individual portal (my consents, my receipts); the
 * processor and Association portals have their overview (still to come) and the scans page, and
 * the processor portal its notices, consent statistics and "may I process?".
 */
export function PortalView({ route }: { route: PortalRoute }) {
  const { t } = useTranslation();
  if (route.portal === 'individual') return <IndividualPortal page={'page' in route ? route.page : 'consents'} />;
  const page = 'page' in route ? route.page : 'overview';
  const paths: Record<string, string> = {
    overview: PORTAL_PATHS[route.portal],
    scans: SCAN_PATHS[route.portal],
    ...(route.portal === 'processor' ? PROCESSOR_CONSENT_PATHS : {}),
  };
  const pages = route.portal === 'processor' ? (['overview', 'scans', ...PROCESSOR_CONSENT_PAGES] as const) : (['overview', 'scans'] as const);
  const ConsentView = page === 'overview' || page === 'scans' ? null : PROCESSOR_CONSENT_VIEWS[page];
  return (
    <>
      <nav aria-label={t('nav.portalPages')}>
        <Menu
          mode="horizontal"
          selectedKeys={[page]}
          onClick={({ key }) => navigate(paths[key] ?? PORTAL_PATHS[route.portal])}
          items={pages.map((p) => ({
            key: p,
            label: (
              <Link href={paths[p] ?? PORTAL_PATHS[route.portal]} data-testid={`nav-${route.portal}-${p}`}>
                {t(PAGE_LABELS[p])}
              </Link>
            ),
          }))}
          className="pisa-subnav"
        />
      </nav>
      {page === 'scans' ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
          <ScansPage />
        </Suspense>
      ) : ConsentView ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
          <ConsentView />
        </Suspense>
      ) : (
        <ComingSoonPage portal={route.portal} />
      )}
    </>
  );
}
