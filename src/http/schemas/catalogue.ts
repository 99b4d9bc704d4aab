import { z } from 'zod';
import { CitationSchema } from '../../core/rules/pack-schema.js';
import { LAYERS, SEVERITIES } from '../../core/rules/vocabulary.js';
import { IsoDateSchema, LocalizedSchema, list } from './common.js';

export const TaxonomyEntrySchema = z.object({
  id: z.string(),
  label: LocalizedSchema,
  description: LocalizedSchema,
  group: z.string(),
  cn_sensitive: z.boolean(),
  us_ca_sensitive: z.boolean(),
  criminal_class: z.union([z.literal(50), z.literal(500), z.literal(5000)]),
  dpv: z.string().nullable(),
  dpv_match: z.enum(['exact', 'closest', 'broader']).nullable(),
  added: z.string(),
  deprecated: z.object({ since: z.string(), replaced_by: z.string().nullable() }).optional(),
});

export const AppTypeSchema = z.object({
  id: z.string(),
  item: z.number().int(),
  label: LocalizedSchema,
  basic_function: LocalizedSchema,
  necessary: list(z.string()),
  note: LocalizedSchema.optional(),
});

export const ComparisonRowSchema = z.object({ id: z.string(), topic: LocalizedSchema, cn: LocalizedSchema, us: LocalizedSchema });

export const RuleEntrySchema = z.object({
  id: z.string(),
  title: LocalizedSchema,
  message: LocalizedSchema,
  remedy: LocalizedSchema,
  citation: CitationSchema,
  jurisdiction: z.string(),
  layer: z.enum(LAYERS),
  severity: z.enum(SEVERITIES),
  scope: z.enum(['processor', 'activity']),
  pack: z.string(),
  effective_from: IsoDateSchema,
  effective_until: IsoDateSchema.nullable(),
  condition: z.string().describe('CEL; the rule fires when it is true (docs/rules.md)'),
  tightenings: list(
    z.object({
      pack: z.string(),
      layer: z.enum(LAYERS),
      jurisdiction: z.string().describe('where the tightening applies, e.g. CN-44'),
      effective_from: IsoDateSchema,
      effective_until: IsoDateSchema.nullable(),
      severity: z.enum(SEVERITIES).nullable().describe('raised severity, or null when unchanged'),
      also_when: z.string().nullable().describe('CEL; the rule also fires when it is true'),
      citation: CitationSchema.nullable(),
      note: LocalizedSchema.nullable(),
    }),
  ).describe('stricter versions added by higher layers (local documents, self-regulation)'),
});

export const PackInfoSchema = z.object({
  id: z.string(),
  version: z.string(),
  layer: z.enum(LAYERS),
  jurisdiction: z.string(),
  title: LocalizedSchema,
});
