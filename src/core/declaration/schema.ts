import { z } from 'zod';
import { APP_TYPE_IDS } from '../app-types/app-types.js';
import { TAXONOMY_IDS } from '../taxonomy/taxonomy.js';
import { CROSS_BORDER_MECHANISMS, JURISDICTIONS, LEGAL_BASES, MINORS, RECIPIENT_ROLES, SECURITY_MEASURES, US_SECTORS } from './enums.js';

// Field names are a public contract: add fields, never rename. Documented in docs/declaration.md.

const IsoDate = z.iso.date();
/** ISO 8601 duration without fractions: P3Y, P6M, P90D, P1Y6M, PT24H. */
const IsoDuration = z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/);

const TaxonomyIdSchema = z.enum(TAXONOMY_IDS as unknown as [string, ...string[]]);

export const ConsentSchema = z
  .strictObject({
    obtained: z.boolean().default(false),
    separate: z.boolean().default(false),
    guardian: z.boolean().default(false),
    withdrawable: z.boolean().default(false),
    written: z.boolean().default(false),
  })
  .describe('How consent is obtained for this activity (PIPL arts. 14, 15, 29, 31).');

export const RecipientSchema = z.strictObject({
  name: z.string().min(1),
  role: z.enum(RECIPIENT_ROLES),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .default(null),
  contract: z.boolean().default(false).describe('A written agreement with the recipient exists (PIPL art. 21; NDSMR art. 12).'),
});

export const CrossBorderSchema = z.strictObject({
  destination: z.string().min(1),
  mechanism: z.enum(CROSS_BORDER_MECHANISMS).default('none'),
  separate_consent: z.boolean().default(false),
  individuals_per_year: z.number().int().nonnegative().default(0),
  sensitive_individuals_per_year: z.number().int().nonnegative().default(0),
});

export const AutomatedDecisionSchema = z.strictObject({
  used: z.boolean().default(false),
  personalized_marketing: z.boolean().default(false),
  non_personalized_option: z.boolean().default(false),
  significant_effect: z.boolean().default(false),
  explanation_available: z.boolean().default(false),
  human_review: z.boolean().default(false),
  differential_pricing: z.boolean().default(false),
});

export const ActivitySchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/),
  purpose: z.string().min(1),
  legal_basis: z.enum(LEGAL_BASES),
  data: z
    .array(TaxonomyIdSchema)
    .min(1)
    .transform((ids) => [...new Set(ids)]),
  necessary: z.boolean().default(false),
  minors: z.enum(MINORS).default('none'),
  // prefault: an absent object is parsed as {}, so its fields take their own defaults.
  consent: ConsentSchema.prefault({}),
  recipients: z.array(RecipientSchema).default([]),
  cross_border: CrossBorderSchema.nullable().default(null),
  public_disclosure: z.boolean().default(false),
  automated_decision: AutomatedDecisionSchema.prefault({}),
  sale_or_share: z.boolean().default(false),
  opt_out_offered: z.boolean().default(false),
  gpc_honoured: z.boolean().default(false),
  sensitive_use_limited: z.boolean().default(false),
  retention: IsoDuration.nullable().default(null),
  impact_assessment: z.boolean().default(false),
  security: z
    .array(z.enum(SECURITY_MEASURES))
    .default([])
    .transform((m) => [...new Set(m)]),
});

export const ProcessorSchema = z.strictObject({
  name: z.string().min(1),
  jurisdictions: z
    .array(z.enum(JURISDICTIONS as [string, ...string[]]))
    .min(1)
    .transform((j) => [...new Set(j)]),
  app_type: z
    .enum(APP_TYPE_IDS as unknown as [string, ...string[]])
    .nullable()
    .default(null),
  individuals_count: z.number().int().nonnegative().default(0),
  sensitive_individuals_count: z.number().int().nonnegative().default(0),
  registered_users: z.number().int().nonnegative().default(0),
  monthly_active_users: z.number().int().nonnegative().default(0),
  annual_revenue_usd: z.number().nonnegative().default(0),
  pi_revenue_share: z.number().min(0).max(1).default(0),
  ca_consumers_sold_shared: z.number().int().nonnegative().default(0),
  large_platform: z.boolean().default(false),
  ciio: z.boolean().default(false),
  foreign_processor: z.boolean().default(false),
  representative_appointed: z.boolean().default(false),
  officer_appointed: z.boolean().default(false),
  external_oversight_body: z.boolean().default(false),
  responsibility_report_published: z.boolean().default(false),
  privacy_policy_published: z.boolean().default(false),
  incident_response_plan: z.boolean().default(false),
  last_compliance_audit: IsoDate.nullable().default(null),
  us_sectors: z
    .array(z.enum(US_SECTORS))
    .default([])
    .transform((s) => [...new Set(s)]),
});

export const DeclarationSchema = z.strictObject({
  processor: ProcessorSchema,
  activities: z.array(ActivitySchema).default([]),
});

export type Declaration = z.output<typeof DeclarationSchema>;
export type DeclarationInput = z.input<typeof DeclarationSchema>;
export type Processor = Declaration['processor'];
export type Activity = Declaration['activities'][number];
export type Recipient = Activity['recipients'][number];
