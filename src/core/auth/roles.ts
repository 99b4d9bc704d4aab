/** Roles inside a processor organisation (a company that processes personal information). */
export const ORGANISATION_ROLES = ['owner', 'privacy_officer', 'staff'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** Roles of the Association's own staff. */
export const ASSOCIATION_ROLES = ['auditor', 'case_officer', 'certification_officer', 'admin'] as const;
export type AssociationRole = (typeof ASSOCIATION_ROLES)[number];

/** The regulator: reads, never writes. */
export const REGULATOR_ROLES = ['regulator'] as const;
export type RegulatorRole = (typeof REGULATOR_ROLES)[number];

export const ROLES = [...ORGANISATION_ROLES, ...ASSOCIATION_ROLES, ...REGULATOR_ROLES] as const;
export type Role = (typeof ROLES)[number];

export const isOrganisationRole = (role: Role): role is OrganisationRole => (ORGANISATION_ROLES as readonly string[]).includes(role);
export const isAssociationRole = (role: Role): role is AssociationRole => (ASSOCIATION_ROLES as readonly string[]).includes(role);

/** Staff roles act on other people's data across tenants: they need a second factor (TOTP). */
export const isStaffRole = (role: Role): boolean => !isOrganisationRole(role);

/** What a processor's API key may do; a key carries a subset, chosen when it is created. */
export const API_SCOPES = [
  'processors:read',
  'declarations:read',
  'declarations:write',
  'evaluations:read',
  'evaluations:write',
  'scans:read',
  'scans:write',
  'consent:write',
  'consent:read',
  /** Publishable: the embeddable widget's key may only record consents (docs/consent.md). */
  'consent:collect',
  'requests:read',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];
