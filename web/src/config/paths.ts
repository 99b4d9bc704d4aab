/** The four portals of PISA; only the public one has pages so far. */
export const PORTALS = ['public', 'individual', 'processor', 'association'] as const;
export type Portal = (typeof PORTALS)[number];

/** Pages of the public portal. */
export const PUBLIC_PAGES = ['rules', 'comparison', 'check', 'receipts', 'log'] as const;
export type PublicPage = (typeof PUBLIC_PAGES)[number];

export const PUBLIC_PATHS = {
  rules: '/public/rules',
  comparison: '/public/comparison',
  check: '/public/check',
  /** Paste, upload or open a consent receipt and verify it in the browser (no sign-in needed). */
  receipts: '/receipts',
  /** The transparency log's size, latest checkpoint and verifier key. */
  log: '/public/log',
} as const satisfies Record<PublicPage, string>;

export const PORTAL_PATHS = {
  public: PUBLIC_PATHS.rules,
  individual: '/individual',
  processor: '/processor',
  association: '/association',
} as const satisfies Record<Portal, string>;

/** Pages of one's account: signing in, registering, a forgotten password, and the account settings. */
export const ACCOUNT_PAGES = ['sign-in', 'register', 'forgot-password', 'reset-password', 'settings'] as const;
export type AccountPage = (typeof ACCOUNT_PAGES)[number];

export const ACCOUNT_PATHS = {
  'sign-in': '/sign-in',
  register: '/register',
  'forgot-password': '/forgot-password',
  /** The link in the reset message: /reset-password#token=... (a fragment, never sent to the server). */
  'reset-password': '/reset-password',
  /** Password, two-step sign-in, API keys of one's organisations, language. */
  settings: '/account',
} as const satisfies Record<AccountPage, string>;

/** Server scans of datasets, in the processor portal (one's own processors) and the Association portal (auditors: any). */
export const SCAN_PATHS = {
  processor: '/processor/scans',
  association: '/association/scans',
} as const satisfies Record<'processor' | 'association', string>;

/** Pages of the individual portal: my consents (the portal's home) and my receipts. */
export const INDIVIDUAL_PAGES = ['consents', 'receipts'] as const;
export type IndividualPage = (typeof INDIVIDUAL_PAGES)[number];

export const INDIVIDUAL_PATHS = {
  consents: '/individual',
  receipts: '/individual/receipts',
} as const satisfies Record<IndividualPage, string>;

/** Consent pages of the processor portal: notices and their versions, consent statistics, "may I process?". */
export const PROCESSOR_CONSENT_PAGES = ['notices', 'consents', 'check'] as const;
export type ProcessorConsentPage = (typeof PROCESSOR_CONSENT_PAGES)[number];

export const PROCESSOR_CONSENT_PATHS = {
  notices: '/processor/notices',
  consents: '/processor/consents',
  check: '/processor/may-i-process',
} as const satisfies Record<ProcessorConsentPage, string>;
