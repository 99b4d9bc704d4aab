import { z } from 'zod';
import { DeclarationSchema } from '../../core/declaration/schema.js';
import { IsoDateSchema, list, TimestampSchema } from './common.js';
import { FindingSchema, PackVersionSchema, SummarySchema } from './report.js';

export const ProcessorRecordSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  organisation_id: z.uuid().nullable().describe('The organisation whose members and API keys act for the processor'),
  created_at: TimestampSchema,
});

export const DeclarationVersionSummarySchema = z.object({
  id: z.uuid(),
  processor_id: z.uuid(),
  version: z.number().int().min(1),
  source_format: z.enum(['yaml', 'json']),
  content_hash: z.string().describe('SHA-256 (hex) of the normalized declaration'),
  created_at: TimestampSchema,
});

export const DeclarationVersionSchema = DeclarationVersionSummarySchema.extend({
  source_text: z.string().describe('The text as imported'),
  declaration: DeclarationSchema.describe('The normalized declaration (defaults filled); docs/declaration.md'),
});

export const ImportedDeclarationSchema = DeclarationVersionSchema.extend({
  unchanged: z.boolean().describe('The content equals the previous version (a new version is stored anyway)'),
});

export const EvaluationSchema = z.object({
  id: z.uuid(),
  processor_id: z.uuid(),
  declaration_version_id: z.uuid(),
  version: z.number().int().min(1).describe('The declaration version evaluated'),
  as_of: IsoDateSchema,
  jurisdictions: list(z.string()),
  packs: list(PackVersionSchema).describe('Rule packs (and versions) in force for this evaluation'),
  findings: list(FindingSchema),
  summary: SummarySchema,
  created_at: TimestampSchema,
});
