import { Menu, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/link';
import { PUBLIC_PAGES, PUBLIC_PATHS, type PublicPage } from '../config/paths';
import { navigate } from '../lib/use-route';

// One chunk per page: the first visit downloads only the page it opens.
const PAGES = {
  rules: lazy(() => import('../features/rules/components/rules-page').then((m) => ({ default: m.RulesPage }))),
  comparison: lazy(() => import('../features/comparison/components/comparison-page').then((m) => ({ default: m.ComparisonPage }))),
  check: lazy(() => import('../features/check/components/check-page').then((m) => ({ default: m.CheckPage }))),
  receipts: lazy(() => import('../features/receipts/components/receipt-page').then((m) => ({ default: m.ReceiptPage }))),
  log: lazy(() => import('../features/transparency-log/components/transparency-log-page').then((m) => ({ default: m.TransparencyLogPage }))),
} as const satisfies Record<PublicPage, unknown>;

/** The public portal: anyone can read the rules, compare the two systems and check a declaration. */
export function PublicPortal({ page }: { page: PublicPage }) {
  const { t } = useTranslation();
  const Page = PAGES[page];
  return (
    <>
      <nav aria-label={t('nav.publicPages')}>
        <Menu
          mode="horizontal"
          selectedKeys={[page]}
          onClick={({ key }) => navigate(PUBLIC_PATHS[key as PublicPage])}
          items={PUBLIC_PAGES.map((p) => ({
            key: p,
            label: (
              <Link href={PUBLIC_PATHS[p]} data-testid={`nav-${p}`}>
                {t(`nav.${p}`)}
              </Link>
            ),
          }))}
          className="pisa-subnav"
        />
      </nav>
      <div className="pisa-page">
        <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
          <Page />
        </Suspense>
      </div>
    </>
  );
}
