/** The four portals of PISA; only the public one has pages so far. */
export const PORTALS = ['public', 'individual', 'processor', 'association'] as const;
export type Portal = (typeof PORTALS)[number];

/** Pages of the public portal. */
export const PUBLIC_PAGES = ['rules', 'comparison', 'check'] as const;
export type PublicPage = (typeof PUBLIC_PAGES)[number];

export const PUBLIC_PATHS = {
  rules: '/public/rules',
  comparison: '/public/comparison',
  check: '/public/check',
} as const satisfies Record<PublicPage, string>;

export const PORTAL_PATHS = {
  public: PUBLIC_PATHS.rules,
  individual: '/individual',
  processor: '/processor',
  association: '/association',
} as const satisfies Record<Portal, string>;

/** Pages of one's account: signing in and registering. */
export const ACCOUNT_PAGES = ['sign-in', 'register'] as const;
export type AccountPage = (typeof ACCOUNT_PAGES)[number];

export const ACCOUNT_PATHS = {
  'sign-in': '/sign-in',
  register: '/register',
} as const satisfies Record<AccountPage, string>;
