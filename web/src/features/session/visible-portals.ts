import { ORGANISATION_ROLES } from '../../../../src/core/auth/roles.js';
import type { Portal } from '../../config/paths';
import type { Membership } from './api/types';

/**
 * The portals the header shows: the public one to everyone, the individual one to anyone signed
 * in, the processor one to organisation members, the Association one to staff and the regulator.
 * Navigation only: the server decides what each request may do.
 */
export function visiblePortals(memberships: readonly Membership[] | null): Portal[] {
  if (memberships === null) return ['public'];
  const isMember = memberships.some((m) => (ORGANISATION_ROLES as readonly string[]).includes(m.role));
  const isStaff = memberships.some((m) => !(ORGANISATION_ROLES as readonly string[]).includes(m.role));
  return ['public', 'individual', ...(isMember ? (['processor'] as const) : []), ...(isStaff ? (['association'] as const) : [])];
}
