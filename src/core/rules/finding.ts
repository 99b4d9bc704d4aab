import type { Localized } from '../taxonomy/types.js';
import type { Citation } from './pack-schema.js';
import type { Layer, Severity } from './vocabulary.js';

/** One rule that fired, for one activity (or the processor as a whole when activity is null). */
export type Finding = {
  readonly rule: string;
  readonly severity: Severity;
  readonly citation: Citation;
  readonly activity: string | null;
  readonly layer: Layer;
  readonly jurisdiction: string;
  readonly pack: string;
  readonly title: Localized;
  readonly message: Localized;
  readonly remedy: Localized;
  /** Packs of higher layers that tightened this rule here (e.g. a local normative document). */
  readonly tightened_by: readonly string[];
};
