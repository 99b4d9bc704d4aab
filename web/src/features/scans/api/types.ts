import type { LocalizedText } from '../../../lib/api-client';
import type { Citation } from '../../../lib/citation';

/** The shapes of /api/scans (src/http/schemas/scans.ts). */
export type ScanStatus = 'queued' | 'planning' | 'running' | 'done' | 'failed' | 'cancelled';

export type ColumnFinding = {
  column: string | null;
  detector: string;
  category: string;
  sensitive: boolean;
  count: number;
  distinct: number;
  distinct_estimated: boolean;
  samples: string[];
  row_share: number;
};

export type FileSummary = { file: string; format: string; bytes: number; rows: number; findings: ColumnFinding[] };

export type CategoryCount = { category: string; items: number; estimated: boolean; detectors: string[]; files: string[] };

export type Assessment = {
  classes: { threshold: number; items: number; categories: string[]; ratio: number }[];
  proportional_sum: number;
  serious: boolean;
  especially_serious: boolean;
  estimated: boolean;
  citations: Citation[];
  note: LocalizedText;
};

export type Against = {
  undeclared: { category: string; items: number; detectors: string[]; files: string[] }[];
  sensitive_without_separate_consent: { category: string; items: number; activities: string[] }[];
  declared_absent: string[];
  not_checkable: string[];
  citations: { undeclared: Citation; sensitive_without_separate_consent: Citation };
};

export type ScanResult = {
  files: FileSummary[];
  categories: CategoryCount[];
  assessment: Assessment;
  against: Against | null;
  totals: { files: number; bytes: number; rows: number; findings: number };
};

export type Scan = {
  id: string;
  processor_id: string;
  source: { kind: 'dataset'; path: string } | { kind: 'upload'; name: string; bytes: number };
  status: ScanStatus;
  progress: { chunks_total: number; chunks_done: number; bytes_total: number; bytes_done: number };
  declaration_version: number | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  result: ScanResult | null;
};

export type DatasetEntry = { path: string; kind: 'file' | 'folder'; bytes: number };

export type ProcessorRef = { id: string; slug: string; name: string };

/** A scan that may still change: the page polls until none is left. */
export const isActive = (scan: Pick<Scan, 'status'>): boolean => scan.status === 'queued' || scan.status === 'planning' || scan.status === 'running';
