import { DETECTOR_INFO } from '../scanner/scan-line.js';
import { DETECTOR_IDS, type DetectorId } from '../scanner/types.js';
import type { TaxonomyId } from '../taxonomy/taxonomy.js';

/** What the reports need of one detector, precomputed once (the scan loop indexes by position). */
export type DetectorFacts = {
  readonly id: DetectorId;
  readonly index: number;
  readonly category: TaxonomyId;
  /** Sensitive PI in China (PIPL art. 28): the taxonomy flag of the detector's category (`cn_sensitive`). */
  readonly sensitive: boolean;
  readonly needsContext: boolean;
};

export const DETECTOR_FACTS: readonly DetectorFacts[] = DETECTOR_IDS.map((id, index) => {
  const info = DETECTOR_INFO[id];
  return { id, index, category: info.category, sensitive: info.cn_sensitive, needsContext: info.needs_context };
});

const INDEX: ReadonlyMap<string, number> = new Map(DETECTOR_IDS.map((id, index) => [id, index]));

/** Position of a detector in DETECTOR_IDS (the public order). */
export function detectorIndex(id: DetectorId): number {
  return INDEX.get(id) ?? -1;
}

/** Categories that at least one of the given detectors reports. */
export function categoriesOf(detectors: readonly DetectorId[]): ReadonlySet<TaxonomyId> {
  return new Set(detectors.map((id) => DETECTOR_INFO[id].category));
}
