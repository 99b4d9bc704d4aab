import {
  ACCOUNT_PATHS,
  type AccountPage,
  INDIVIDUAL_PATHS,
  type IndividualPage,
  PORTAL_PATHS,
  type Portal,
  PROCESSOR_CONSENT_PATHS,
  type ProcessorConsentPage,
  PUBLIC_PATHS,
  type PublicPage,
  SCAN_PATHS,
} from '../config/paths';

export type Route =
  | { portal: 'public'; page: PublicPage }
  | { portal: Exclude<Portal, 'public'> }
  | { portal: 'processor' | 'association'; page: 'scans' }
  | { portal: 'individual'; page: Exclude<IndividualPage, 'consents'> }
  | { portal: 'processor'; page: ProcessorConsentPage }
  | { portal: 'account'; page: AccountPage }
  | { portal: null };

const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** What a pathname shows: "/" and "/public" are the rules catalogue; unknown paths are { portal: null }. */
export function matchRoute(pathname: string): Route {
  const path = trimSlash(pathname);
  if (path === '/' || path === '/public') return { portal: 'public', page: 'rules' };
  for (const page of Object.keys(PUBLIC_PATHS) as PublicPage[]) if (PUBLIC_PATHS[page] === path) return { portal: 'public', page };
  for (const portal of ['individual', 'processor', 'association'] as const) if (PORTAL_PATHS[portal] === path) return { portal };
  for (const portal of ['processor', 'association'] as const) if (SCAN_PATHS[portal] === path) return { portal, page: 'scans' };
  if (INDIVIDUAL_PATHS.receipts === path) return { portal: 'individual', page: 'receipts' };
  for (const page of Object.keys(PROCESSOR_CONSENT_PATHS) as ProcessorConsentPage[])
    if (PROCESSOR_CONSENT_PATHS[page] === path) return { portal: 'processor', page };
  for (const page of Object.keys(ACCOUNT_PATHS) as AccountPage[]) if (ACCOUNT_PATHS[page] === path) return { portal: 'account', page };
  return { portal: null };
}
