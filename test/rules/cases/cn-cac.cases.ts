import { APP_TYPES } from '../../../src/core/app-types/app-types.js';
import type { DeclarationInput } from '../../../src/core/declaration/schema.js';
import { declaration, type RuleCase } from '../support.js';
import { COMPLIANT_SHOP, shopWith } from './cn-pipl.cases.js';

type ProcessorInput = DeclarationInput['processor'];
type ActivityInput = NonNullable<DeclarationInput['activities']>[number];

const act = (a: Partial<ActivityInput> = {}): Partial<ActivityInput> => ({ retention: 'P1Y', security: ['encryption', 'access_control'], ...a });

/** An app of the given type in China with one activity. */
const app = (appType: string | null, a: Partial<ActivityInput> = {}, p: Partial<ProcessorInput> = {}) =>
  declaration({ jurisdictions: ['CN'], app_type: appType, privacy_policy_published: true, ...p }, [act(a)]);

const cn = (a: Partial<ActivityInput> = {}, p: Partial<ProcessorInput> = {}) => declaration({ jurisdictions: ['CN'], ...p }, [act(a)]);

/** A valid, withdrawable consent for an optional (non-necessary) function. */
const optional: Partial<ActivityInput> = { legal_basis: 'consent', consent: { obtained: true, separate: true, withdrawable: true }, necessary: false };

const abroad = (c: Partial<NonNullable<ActivityInput['cross_border']>> = {}) => ({ destination: 'US', ...c });

// --- CAC 2021 necessary-PI provisions, art. 5: one rule per app type ------------------------
const npiId = (item: number, id: string) => `CAC-NECESSARY-PI-5-${String(item).padStart(2, '0')}-${id.toUpperCase().replace(/_/g, '-')}`;
const EXCESS_CANDIDATES = ['contacts_list', 'email', 'device_id'];

const necessaryPiCases: RuleCase[] = APP_TYPES.flatMap((t): RuleCase[] => {
  const necessary: readonly string[] = t.necessary;
  const excess = EXCESS_CANDIDATES.find((d) => !necessary.includes(d)) ?? 'device_id';
  const rule = npiId(t.item, t.id);
  const cases: RuleCase[] = [
    {
      rule,
      why: `${t.id}: ${excess} in an activity marked necessary vs in an optional, consented function`,
      fires: app(t.id, { data: [excess], necessary: true }),
      nearMiss: app(t.id, { data: [excess], ...optional }),
    },
    {
      rule,
      why: `${t.id}: ${excess} collected on a contract basis vs as required by law (art. 2)`,
      fires: app(t.id, { data: [excess], necessary: false }),
      nearMiss: app(t.id, { data: [excess], legal_basis: 'legal_duty', necessary: false }),
    },
    {
      rule,
      why: `${t.id}: ${excess} collected by a ${t.id} app vs by a processor without an app`,
      fires: app(t.id, { data: [excess], necessary: true }),
      nearMiss: app(null, { data: [excess], necessary: true }),
    },
  ];
  if (necessary.length > 0) {
    cases.push({
      rule,
      why: `${t.id}: necessary activity collecting ${excess} vs only its necessary PI`,
      fires: app(t.id, { data: [...necessary, excess], necessary: true }),
      nearMiss: app(t.id, { data: [...necessary], necessary: true }),
    });
  }
  return cases;
});

export const CASES: readonly RuleCase[] = [
  // --- CAC 2021 necessary-PI provisions -------------------------------------------------------
  {
    rule: 'CAC-NECESSARY-PI-4-BASIC-FUNCTION-CONDITIONAL',
    why: 'contacts list in a necessary activity vs in an optional, consented function',
    fires: app('online_shopping', { data: ['mobile_phone', 'contacts_list'], necessary: true }),
    nearMiss: app('online_shopping', { data: ['mobile_phone', 'contacts_list'], ...optional }),
  },
  {
    rule: 'CAC-NECESSARY-PI-4-BASIC-FUNCTION-CONDITIONAL',
    why: 'the compliant shop adding e-mail to its necessary order activity vs as it is',
    fires: shopWith({ data: ['mobile_phone', 'person_name', 'shipping_address', 'payment_record', 'email'] }),
    nearMiss: COMPLIANT_SHOP,
  },
  {
    rule: 'CAC-NECESSARY-PI-4-BASIC-FUNCTION-CONDITIONAL',
    why: 'a necessary activity with a device id on a contract basis vs a legal-duty basis (network logs)',
    fires: app('short_video', { data: ['device_id'], necessary: true }),
    nearMiss: app('short_video', { data: ['device_id'], necessary: true, legal_basis: 'legal_duty' }),
  },
  {
    rule: 'CAC-NECESSARY-PI-5-06-ONLINE-SHOPPING',
    why: 'the compliant shop collecting its necessary PI plus contacts vs only its necessary PI',
    fires: shopWith({ data: ['mobile_phone', 'person_name', 'shipping_address', 'payment_record', 'contacts_list'] }),
    nearMiss: COMPLIANT_SHOP,
  },
  {
    rule: 'CAC-NECESSARY-PI-5-06-ONLINE-SHOPPING',
    why: 'an optional function on consent not yet obtained vs obtained',
    fires: app('online_shopping', { data: ['birth_date'], ...optional, consent: { obtained: false, withdrawable: true } }),
    nearMiss: app('online_shopping', { data: ['birth_date'], ...optional }),
  },
  {
    rule: 'CAC-NECESSARY-PI-5-06-ONLINE-SHOPPING',
    why: 'staff data on the HR basis are not users\u2019 PI (art. 3): contract vs HR basis',
    fires: app('online_shopping', { data: ['bank_account'], necessary: false }),
    nearMiss: app('online_shopping', { data: ['bank_account'], necessary: false, legal_basis: 'hr' }),
  },
  ...necessaryPiCases,

  // --- CAC 2019 App method ----------------------------------------------------------------------
  {
    rule: 'CAC-APP-METHOD-1.1-NO-PRIVACY-POLICY',
    why: 'an app without vs with a published privacy policy',
    fires: app('online_shopping', {}, { privacy_policy_published: false }),
    nearMiss: app('online_shopping', {}, { privacy_policy_published: true }),
  },
  {
    rule: 'CAC-APP-METHOD-1.1-NO-PRIVACY-POLICY',
    why: 'no privacy policy: an app vs a processor without an app',
    fires: app('online_shopping', {}, { privacy_policy_published: false }),
    nearMiss: app(null, {}, { privacy_policy_published: false }),
  },
  {
    rule: 'CAC-APP-METHOD-3.1-COLLECTION-BEFORE-CONSENT',
    why: 'consent-based app activity without vs with consent',
    fires: app('news_information', { ...optional, consent: { withdrawable: true } }),
    nearMiss: app('news_information', { ...optional }),
  },
  {
    rule: 'CAC-APP-METHOD-3.6-NO-NON-TARGETED-OPTION',
    why: 'targeted push in an app without vs with a non-targeted option',
    fires: app('short_video', { ...optional, data: ['app_usage'], automated_decision: { used: true, personalized_marketing: true } }),
    nearMiss: app('short_video', {
      ...optional,
      data: ['app_usage'],
      automated_decision: { used: true, personalized_marketing: true, non_personalized_option: true },
    }),
  },
  {
    rule: 'CAC-APP-METHOD-3.6-NO-NON-TARGETED-OPTION',
    why: 'targeted push without an option: an app vs a processor without an app',
    fires: app('short_video', { ...optional, data: ['app_usage'], automated_decision: { used: true, personalized_marketing: true } }),
    nearMiss: app(null, { ...optional, data: ['app_usage'], automated_decision: { used: true, personalized_marketing: true } }),
  },
  {
    rule: 'CAC-APP-METHOD-3.8-NO-WITHDRAWAL',
    why: 'consent in an app that cannot vs can be withdrawn',
    fires: app('e_books', { ...optional, consent: { obtained: true, withdrawable: false } }),
    nearMiss: app('e_books', { ...optional }),
  },
  {
    rule: 'CAC-APP-METHOD-4.5-FORCED-CONSENT-TARGETED-PUSH',
    why: 'personalised push marked necessary vs optional',
    fires: app('news_information', {
      legal_basis: 'consent',
      consent: { obtained: true, withdrawable: true },
      data: ['browsing_history'],
      necessary: true,
      automated_decision: { used: true, personalized_marketing: true, non_personalized_option: true },
    }),
    nearMiss: app('news_information', {
      legal_basis: 'consent',
      consent: { obtained: true, withdrawable: true },
      data: ['browsing_history'],
      necessary: false,
      automated_decision: { used: true, personalized_marketing: true, non_personalized_option: true },
    }),
  },
  {
    rule: 'CAC-APP-METHOD-5.2-PROVISION-WITHOUT-CONSENT',
    why: 'unconsented provision to a third party vs to an entrusted party',
    fires: app('online_games', { legal_basis: 'consent', recipients: [{ name: 'SDK Ads Co.', role: 'third_party', contract: true }] }),
    nearMiss: app('online_games', { legal_basis: 'consent', recipients: [{ name: 'SDK Ads Co.', role: 'entrusted', contract: true }] }),
  },
  {
    rule: 'CAC-APP-METHOD-5.2-PROVISION-WITHOUT-CONSENT',
    why: 'provision to a third party without vs with consent',
    fires: app('online_games', { ...optional, consent: { withdrawable: true }, recipients: [{ name: 'SDK Ads Co.', role: 'third_party', contract: true }] }),
    nearMiss: app('online_games', { ...optional, recipients: [{ name: 'SDK Ads Co.', role: 'third_party', contract: true }] }),
  },

  // --- CAC 2025 compliance audit measures -------------------------------------------------------
  {
    rule: 'CAC-AUDIT-4-BIENNIAL-AUDIT-OVERDUE',
    why: 'more than 10 million individuals, never audited vs audited on 2025-06-30',
    fires: cn({}, { individuals_count: 10_000_001, officer_appointed: true }),
    nearMiss: cn({}, { individuals_count: 10_000_001, officer_appointed: true, last_compliance_audit: '2025-06-30' }),
  },
  {
    rule: 'CAC-AUDIT-4-BIENNIAL-AUDIT-OVERDUE',
    why: 'last audit 756 days vs 695 days before 2026-11-27',
    fires: cn({}, { individuals_count: 20_000_000, officer_appointed: true, last_compliance_audit: '2024-11-01' }),
    nearMiss: cn({}, { individuals_count: 20_000_000, officer_appointed: true, last_compliance_audit: '2025-01-01' }),
  },
  {
    rule: 'CAC-AUDIT-4-BIENNIAL-AUDIT-OVERDUE',
    why: 'never audited: 10,000,001 vs exactly 10,000,000 individuals ("more than")',
    fires: cn({}, { individuals_count: 10_000_001, officer_appointed: true }),
    nearMiss: cn({}, { individuals_count: 10_000_000, officer_appointed: true }),
  },
  {
    rule: 'CAC-AUDIT-4-BIENNIAL-AUDIT-OVERDUE',
    why: 'on the day the Measures take effect: last audit 851 vs 700 days before',
    asOf: '2025-05-01',
    fires: cn({}, { individuals_count: 10_000_001, officer_appointed: true, last_compliance_audit: '2023-01-01' }),
    nearMiss: cn({}, { individuals_count: 10_000_001, officer_appointed: true, last_compliance_audit: '2023-06-01' }),
  },

  // --- CAC 2024 cross-border provisions ---------------------------------------------------------
  {
    rule: 'CAC-CROSS-BORDER-5-EXEMPTION-NOT-AVAILABLE',
    why: 'exemption claimed on consent for 150,000 vs 50,000 individuals',
    fires: cn({
      legal_basis: 'consent',
      consent: { obtained: true, withdrawable: true },
      cross_border: abroad({ mechanism: 'exempt', separate_consent: true, individuals_per_year: 150_000 }),
    }),
    nearMiss: cn({
      legal_basis: 'consent',
      consent: { obtained: true, withdrawable: true },
      cross_border: abroad({ mechanism: 'exempt', separate_consent: true, individuals_per_year: 50_000 }),
    }),
  },
  {
    rule: 'CAC-CROSS-BORDER-5-EXEMPTION-NOT-AVAILABLE',
    why: 'exemption for 150,000 individuals on consent vs for contract performance (e.g. air tickets)',
    fires: cn({
      legal_basis: 'consent',
      consent: { obtained: true, withdrawable: true },
      cross_border: abroad({ mechanism: 'exempt', separate_consent: true, individuals_per_year: 150_000 }),
    }),
    nearMiss: cn({ legal_basis: 'contract', cross_border: abroad({ mechanism: 'exempt', individuals_per_year: 150_000 }) }),
  },
  {
    rule: 'CAC-CROSS-BORDER-5-EXEMPTION-NOT-AVAILABLE',
    why: 'volume exemption claimed by a CIIO vs by an ordinary processor',
    fires: cn(
      {
        legal_basis: 'consent',
        consent: { obtained: true, withdrawable: true },
        cross_border: abroad({ mechanism: 'exempt', separate_consent: true, individuals_per_year: 5_000 }),
      },
      { ciio: true },
    ),
    nearMiss: cn({
      legal_basis: 'consent',
      consent: { obtained: true, withdrawable: true },
      cross_border: abroad({ mechanism: 'exempt', separate_consent: true, individuals_per_year: 5_000 }),
    }),
  },
  {
    rule: 'CAC-CROSS-BORDER-5-EXEMPTION-NOT-AVAILABLE',
    why: 'small volume with vs without sensitive PI',
    fires: cn({
      legal_basis: 'consent',
      consent: { obtained: true, withdrawable: true },
      cross_border: abroad({ mechanism: 'exempt', separate_consent: true, individuals_per_year: 5_000, sensitive_individuals_per_year: 5 }),
    }),
    nearMiss: cn({
      legal_basis: 'consent',
      consent: { obtained: true, withdrawable: true },
      cross_border: abroad({ mechanism: 'exempt', separate_consent: true, individuals_per_year: 5_000 }),
    }),
  },
  {
    rule: 'CAC-CROSS-BORDER-7-SECURITY-ASSESSMENT-REQUIRED',
    why: '1,000,000 individuals under a standard contract vs after a security assessment',
    fires: cn({ cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 1_000_000 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'security_assessment', individuals_per_year: 1_000_000 }) }),
  },
  {
    rule: 'CAC-CROSS-BORDER-7-SECURITY-ASSESSMENT-REQUIRED',
    why: 'certification for sensitive PI of 10,000 vs 9,999 individuals',
    fires: cn({ cross_border: abroad({ mechanism: 'certification', individuals_per_year: 10_000, sensitive_individuals_per_year: 10_000 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'certification', individuals_per_year: 10_000, sensitive_individuals_per_year: 9_999 }) }),
  },
  {
    rule: 'CAC-CROSS-BORDER-7-SECURITY-ASSESSMENT-REQUIRED',
    why: 'standard contract for 1,000,000 vs 999,999 individuals',
    fires: cn({ cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 1_000_000 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 999_999 }) }),
  },
  {
    rule: 'CAC-CROSS-BORDER-8-CONTRACT-OR-CERTIFICATION-REQUIRED',
    why: '150,000 individuals with no mechanism vs a standard contract',
    fires: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 150_000 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'standard_contract', individuals_per_year: 150_000 }) }),
  },
  {
    rule: 'CAC-CROSS-BORDER-8-CONTRACT-OR-CERTIFICATION-REQUIRED',
    why: 'no mechanism for 50,000 individuals with vs without sensitive PI',
    fires: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 50_000, sensitive_individuals_per_year: 100 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 50_000 }) }),
  },
  {
    rule: 'CAC-CROSS-BORDER-8-CONTRACT-OR-CERTIFICATION-REQUIRED',
    why: 'no mechanism for 999,999 vs 1,000,000 individuals (the assessment rule takes over)',
    fires: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 999_999 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 1_000_000 }) }),
  },
  {
    rule: 'CAC-CROSS-BORDER-5-SMALL-VOLUME-EXEMPTION',
    why: 'no mechanism for 99,999 vs 100,000 individuals',
    fires: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 99_999 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 100_000 }) }),
  },
  {
    rule: 'CAC-CROSS-BORDER-5-SMALL-VOLUME-EXEMPTION',
    why: 'on the day the 2024 provisions take effect: small volume exported by an ordinary processor vs a CIIO',
    asOf: '2024-03-22',
    fires: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 5_000 }) }),
    nearMiss: cn({ cross_border: abroad({ mechanism: 'none', individuals_per_year: 5_000 }) }, { ciio: true }),
  },
];
