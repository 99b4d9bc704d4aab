import type { FileFormat, InputFormat } from '../scan-report/scan-request.js';
import type { DeidCounts } from './deidentifier.js';
import type { KAnonymityReport } from './k-anonymity.js';
import type { DeidPolicy } from './policy.js';

/** What the CLI asks the file adapter to de-identify (the port between src/cli and src/io). */
export type DeidRequest = {
  readonly input: string;
  readonly output: string;
  readonly policy: DeidPolicy;
  /** The pseudonymisation key, null when the policy does not pseudonymise. */
  readonly key: string | null;
  readonly inputFormat: InputFormat;
};

/** The report `pisa deid` prints (JSON): what was replaced, what was dropped, k-anonymity. */
export type DeidReport = {
  readonly input: string;
  readonly output: string;
  readonly format: FileFormat;
  readonly records: number;
  readonly replaced: DeidCounts;
  readonly dropped_columns: readonly string[];
  /** Null when the policy names no quasi-identifiers. */
  readonly k_anonymity: KAnonymityReport | null;
};

export type DeidOutcome = { readonly ok: true; readonly report: DeidReport } | { readonly ok: false; readonly reason: string };
