import { z } from 'zod';
import { CONSENT_ACTIONS, CONSENT_METHODS } from '../../core/consent/types.js';
import { NOTICE_HASH_PATTERN } from '../../core/notice/content-hash.js';
import { list, TimestampSchema } from './common.js';

// Notices are generated documents (src/core/notice/types.ts describes them field by field); the
// API passes them through as JSON objects. Everything else is an explicit allow-list.

export const NoticeHashSchema = z.string().regex(NOTICE_HASH_PATTERN, 'sha256:<64 hex digits>');
const JsonObject = z.record(z.string(), z.unknown());

const Localized = z.strictObject({ en: z.string().trim().min(1).max(2000).optional(), zh: z.string().trim().min(1).max(2000).optional() });
const Url = z.url({ protocol: /^https?$/ }).max(500);

export const NoticeContextSchema = z.strictObject({
  legal_name: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(500),
  email: z.email().max(200),
  phone: z.string().trim().min(3).max(40).nullable().optional(),
  officer: z
    .strictObject({ name: z.string().trim().min(1).max(200), email: z.email().max(200).nullable().optional(), phone: z.string().max(40).nullable().optional() })
    .nullable()
    .optional(),
  representative: z
    .strictObject({ name: z.string().trim().min(1).max(200), contact: z.string().trim().min(1).max(200) })
    .nullable()
    .optional(),
  rights_url: Url,
  withdraw_url: Url,
  opt_out_url: Url.nullable().optional(),
  limit_url: Url.nullable().optional(),
  recipient_contacts: z.record(z.string().max(200), z.string().max(300)).optional(),
  purpose_text: z.record(z.string().max(100), Localized).optional(),
  sensitive_text: z.record(z.string().max(100), z.strictObject({ why: Localized.optional(), impact: Localized.optional() })).optional(),
});

export const NoticeSummarySchema = z.object({
  id: z.string(),
  processor_id: z.string(),
  version: z.number().int(),
  content_hash: z.string(),
  declaration_version_id: z.string(),
  created_at: TimestampSchema,
});

export const NoticeSchema = NoticeSummarySchema.extend({ notice: JsonObject });

export const PublishedNoticeSchema = z.object({
  notice: NoticeSchema,
  created: z.boolean(),
  previous_hash: z.string().nullable(),
  readability: z.object({ 'zh-CN': JsonObject, en: JsonObject }),
  impact: JsonObject.nullable(),
});

export const NoticeWithReadabilitySchema = z.object({ notice: NoticeSchema, readability: z.object({ 'zh-CN': JsonObject, en: JsonObject }) });

export const NoticeDiffSchema = z.object({
  from: NoticeSummarySchema,
  to: NoticeSummarySchema,
  impact: JsonObject,
  text: JsonObject,
});

const Decision = z.strictObject({ purpose: z.string().min(1).max(220), action: z.enum(CONSENT_ACTIONS) });

const Actor = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('self') }),
  z.strictObject({ kind: z.literal('guardian'), verification: z.string().trim().min(1).max(100) }),
  z.strictObject({ kind: z.literal('parent'), verification: z.string().trim().min(1).max(100) }),
]);

const ConsentBody = {
  notice_hash: NoticeHashSchema,
  decisions: z.array(Decision).max(200).default([]),
  all: z.enum(CONSENT_ACTIONS).optional().describe('"Accept all"/"refuse all" for consent-based purposes not listed; never grants a separate-consent item'),
  actor: Actor.default({ kind: 'self' }),
  age: z.number().int().min(0).max(150).nullable().optional().describe('Age in whole years when known (child rules: under 14 CN, under 13 US)'),
  lang: z.enum(['zh-CN', 'en']).optional(),
};

export const ProcessorConsentBodySchema = z.strictObject({
  ...ConsentBody,
  subject: z.string().min(1).max(128).describe("The processor's pseudonymous id of the person (never an e-mail, phone or ID number)"),
  method: z.enum(CONSENT_METHODS.filter((m) => m === 'api' || m === 'widget') as ['api', 'widget']).default('api'),
});

export const PortalConsentBodySchema = z.strictObject({ ...ConsentBody, processor: z.string().min(1).max(100).describe('Processor id or slug') });

export const ReceiptBundleSchema = z.looseObject({
  receipt_id: z.string(),
  salt: z.string(),
  sig: z.string(),
  log: z.object({ index: z.string(), checkpoint: z.string(), inclusion_proof: list(z.string()) }).nullable(),
});

export const RecordedConsentSchema = z.object({ notice_hash: z.string(), receipts: list(ReceiptBundleSchema) });

const ItemAnswer = z.object({ id: z.string(), kind: z.string(), mode: z.string(), status: z.string(), allowed: z.boolean() });

export const MayProcessSchema = z.object({
  purposeId: z.string(),
  asOf: TimestampSchema,
  allowed: z.boolean(),
  reason: z.string(),
  basis: z.string(),
  missing: list(z.string()),
  restrictions: list(z.string()),
  items: list(ItemAnswer),
  deciding: z.object({ id: z.string(), action: z.string(), time: z.string(), noticeHash: z.string(), method: z.string() }).nullable(),
});

export const ConsentEventSchema = z.object({
  seq: z.number().int(),
  receipt_id: z.string(),
  processor_id: z.string(),
  purpose_id: z.string(),
  action: z.enum(CONSENT_ACTIONS),
  method: z.enum(CONSENT_METHODS),
  actor_kind: z.string(),
  notice_hash: z.string(),
  occurred_at: TimestampSchema,
});

export const ConsentHistorySchema = z.object({ events: list(ConsentEventSchema), answers: list(MayProcessSchema) });

export const ConsentStatsSchema = z.object({
  from: TimestampSchema,
  to: TimestampSchema,
  counts: list(z.object({ day: z.string(), purpose_id: z.string(), action: z.enum(CONSENT_ACTIONS), count: z.number().int() })),
});

export const ReceiptLogSchema = z.object({ index: z.string(), checkpoint: z.string(), inclusion_proof: list(z.string()) });
