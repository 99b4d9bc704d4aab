import { z } from 'zod';
import { CitationSchema } from '../../core/rules/pack-schema.js';
import { DETECTOR_IDS } from '../../core/scanner/types.js';
import { SCAN_STATUSES } from '../../services/scan-ports.js';
import { LocalizedSchema, list, RecordRefSchema, TimestampSchema } from './common.js';

// The server scan records of /api/scans: status, progress and, once done, the same summary,
// assessment and comparison as `pisa scan` (docs/scanner.md), values masked.

const ColumnFindingSchema = z.object({
  column: z.string().nullable().describe('CSV header, JSON path ($.a[*].b) or Parquet column; null for free text'),
  detector: z.enum(DETECTOR_IDS),
  category: z.string().describe('Taxonomy id'),
  sensitive: z.boolean().describe('Sensitive PI under PIPL art. 28'),
  count: z.number().int(),
  distinct: z.number().int(),
  distinct_estimated: z.boolean().describe('True above 65,536 distinct values (HyperLogLog estimate)'),
  samples: list(z.string()).describe('Up to three masked values, the first distinct ones in file order'),
  row_share: z.number().describe('Rows holding the detector / rows of the file (0..1)'),
});

const FileSummarySchema = z.object({
  file: z.string().describe('Path relative to the dataset folder, or the uploaded file name'),
  format: z.string(),
  bytes: z.number().int(),
  rows: z.number().int(),
  findings: list(ColumnFindingSchema),
});

const CategoryCountSchema = z.object({
  category: z.string(),
  items: z.number().int(),
  estimated: z.boolean(),
  detectors: list(z.enum(DETECTOR_IDS)),
  files: list(z.string()),
});

const AssessmentSchema = z.object({
  classes: list(z.object({ threshold: z.number().int(), items: z.number().int(), categories: list(z.string()), ratio: z.number() })),
  proportional_sum: z.number(),
  serious: z.boolean(),
  especially_serious: z.boolean(),
  estimated: z.boolean(),
  citations: list(CitationSchema),
  note: LocalizedSchema,
});

const AgainstSchema = z.object({
  undeclared: list(z.object({ category: z.string(), items: z.number().int(), detectors: list(z.enum(DETECTOR_IDS)), files: list(z.string()) })),
  sensitive_without_separate_consent: list(z.object({ category: z.string(), items: z.number().int(), activities: list(z.string()) })),
  declared_absent: list(z.string()),
  not_checkable: list(z.string()),
  citations: z.object({ undeclared: CitationSchema, sensitive_without_separate_consent: CitationSchema }),
});

export const ScanResultSchema = z.object({
  files: list(FileSummarySchema),
  categories: list(CategoryCountSchema).describe('Distinct items per category over all files (the unit of the criminal-law thresholds)'),
  assessment: AssessmentSchema.describe('Criminal Law art. 253-1 and the 2017 interpretation art. 5'),
  against: AgainstSchema.nullable().describe("Comparison with the processor's declaration version, or null when it has none"),
  totals: z.object({ files: z.number().int(), bytes: z.number().int(), rows: z.number().int(), findings: z.number().int() }),
});

export const ScanSchema = z.object({
  id: z.uuid(),
  processor_id: z.uuid(),
  source: z.union([
    z.object({ kind: z.literal('dataset'), path: z.string().describe('Relative to the processor\'s datasets folder; "" is all of it') }),
    z.object({ kind: z.literal('upload'), name: z.string(), bytes: z.number().int() }),
  ]),
  status: z.enum(SCAN_STATUSES),
  progress: z.object({ chunks_total: z.number().int(), chunks_done: z.number().int(), bytes_total: z.number().int(), bytes_done: z.number().int() }),
  declaration_version: z.number().int().nullable().describe('The declaration version compared with (the latest at the start), or null'),
  error: z.string().nullable(),
  created_at: TimestampSchema,
  started_at: TimestampSchema.nullable(),
  finished_at: TimestampSchema.nullable(),
  result: ScanResultSchema.nullable().describe('Once done (null in lists)'),
});

export const StartScanBodySchema = z.strictObject({
  processor: RecordRefSchema.describe('Processor id (uuid) or slug'),
  dataset: z
    .string()
    .max(1024)
    .describe('A file or folder under the processor\'s datasets folder ($PISA_DATASETS_DIR/<processor slug>/), with "/"; "" for all of it'),
});

export const ProcessorQuerySchema = z.strictObject({ processor: RecordRefSchema.describe('Processor id (uuid) or slug') });

export const UploadQuerySchema = z.strictObject({
  processor: RecordRefSchema.describe('Processor id (uuid) or slug'),
  name: z.string().min(1).max(255).describe('The file name; its extension picks the format (users.csv, events.jsonl.gz)'),
});

export const ListQuerySchema = z.strictObject({ processor: RecordRefSchema.optional().describe("Only this processor's scans") });

export const DatasetEntrySchema = z.object({ path: z.string(), kind: z.enum(['file', 'folder']), bytes: z.number().int() });
