import { z } from 'zod';
import { CitationSchema } from '../../core/rules/pack-schema.js';
import { LAYERS, SEVERITIES } from '../../core/rules/vocabulary.js';
import { IsoDateSchema, LocalizedSchema, list } from './common.js';

const SeverityCountsSchema = z.object({ violation: z.number().int(), warning: z.number().int(), info: z.number().int() });

export const PackVersionSchema = z.object({ id: z.string(), version: z.string() });

export const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  citation: CitationSchema,
  activity: z.string().nullable().describe('The activity id, or null for a processor-wide finding'),
  layer: z.enum(LAYERS),
  jurisdiction: z.string(),
  pack: z.string(),
  title: LocalizedSchema,
  message: LocalizedSchema,
  remedy: LocalizedSchema,
  tightened_by: list(z.string()),
});

export const SummarySchema = z.object({
  as_of: IsoDateSchema,
  jurisdictions: list(z.string()),
  activities: z.number().int(),
  rules_evaluated: z.number().int(),
  findings: z.number().int(),
  by_severity: SeverityCountsSchema,
  by_country: z.record(z.string(), SeverityCountsSchema),
  packs: list(PackVersionSchema),
  compliant: z.boolean(),
});

export const ReportSchema = z.object({ findings: list(FindingSchema), summary: SummarySchema });
