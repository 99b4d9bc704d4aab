import { Menu, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/link';
import { INDIVIDUAL_PAGES, INDIVIDUAL_PATHS, type IndividualPage } from '../config/paths';
import { navigate } from '../lib/use-route';

const PAGES = {
  consents: lazy(() => import('../features/consents/components/my-consents-page').then((m) => ({ default: m.MyConsentsPage }))),
  receipts: lazy(() => import('../features/receipts/components/my-receipts-page').then((m) => ({ default: m.MyReceiptsPage }))),
} as const satisfies Record<IndividualPage, unknown>;

/** The individual portal: my consents per processor and purpose (withdraw in one click), and my receipts. */
export function IndividualPortal({ page }: { page: IndividualPage }) {
  const { t } = useTranslation();
  const Page = PAGES[page];
  return (
    <>
      <nav aria-label={t('nav.portalPages')}>
        <Menu
          mode="horizontal"
          selectedKeys={[page]}
          onClick={({ key }) => navigate(INDIVIDUAL_PATHS[key as IndividualPage])}
          items={INDIVIDUAL_PAGES.map((p) => ({
            key: p,
            label: (
              <Link href={INDIVIDUAL_PATHS[p]} data-testid={`nav-individual-${p}`}>
                {t(`nav.${p === 'consents' ? 'myConsents' : 'myReceipts'}`)}
              </Link>
            ),
          }))}
          className="pisa-subnav"
        />
      </nav>
      <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
        <Page />
      </Suspense>
    </>
  );
}
