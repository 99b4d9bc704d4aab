import type { Layer, Severity } from '../../../../../src/core/rules/vocabulary.js';
import { type LocalizedText, requestJson } from '../../../lib/api-client';
import type { Citation } from '../../../lib/citation';
import { type RequestState, useRequest } from '../../../lib/use-request';

/** A rule as `GET /api/rules` lists it. */
export type CatalogueRule = {
  id: string;
  title: LocalizedText;
  message: LocalizedText;
  remedy: LocalizedText;
  citation: Citation;
  jurisdiction: string;
  layer: Layer;
  severity: Severity;
  scope: 'processor' | 'activity';
  pack: string;
  effective_from: string;
  effective_until: string | null;
  /** CEL; the rule fires when it is true. */
  condition: string;
  /** Stricter versions added by higher layers where their jurisdiction applies. */
  tightenings: CatalogueTightening[];
};

export type CatalogueTightening = {
  pack: string;
  layer: Layer;
  jurisdiction: string;
  effective_from: string;
  effective_until: string | null;
  severity: Severity | null;
  also_when: string | null;
  citation: Citation | null;
  note: LocalizedText | null;
};

export type CataloguePack = { id: string; version: string; layer: Layer; jurisdiction: string; title: LocalizedText };

export type RulesResponse = { rules: CatalogueRule[]; packs: CataloguePack[] };

/** Filters of the catalogue; empty strings mean "any". */
export type RulesFilter = { q: string; law: string; jurisdiction: string; layer: string; severity: string };

export const EMPTY_RULES_FILTER: RulesFilter = { q: '', law: '', jurisdiction: '', layer: '', severity: '' };

export function getRules(filter: RulesFilter, signal?: AbortSignal): Promise<RulesResponse> {
  return requestJson<RulesResponse>('/api/rules', { query: { ...filter, q: filter.q.trim() }, ...(signal ? { signal } : {}) });
}

export function useRules(filter: RulesFilter): RequestState<RulesResponse> {
  return useRequest(JSON.stringify(filter), (signal) => getRules(filter, signal));
}
