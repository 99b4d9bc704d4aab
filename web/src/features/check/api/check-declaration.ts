import { useCallback, useRef, useState } from 'react';
import type { Layer, Severity } from '../../../../../src/core/rules/vocabulary.js';
import { type LocalizedText, requestJson } from '../../../lib/api-client';
import type { Citation } from '../../../lib/citation';

/** One rule that fired, for one activity, or for the processor as a whole when `activity` is null. */
export type Finding = {
  rule: string;
  severity: Severity;
  citation: Citation;
  activity: string | null;
  layer: Layer;
  jurisdiction: string;
  pack: string;
  title: LocalizedText;
  message: LocalizedText;
  remedy: LocalizedText;
  /** Packs of higher layers that tightened this rule here. */
  tightened_by: string[];
};

export type SeverityCounts = Record<Severity, number>;

export type CheckSummary = {
  as_of: string;
  jurisdictions: string[];
  activities: number;
  rules_evaluated: number;
  findings: number;
  by_severity: SeverityCounts;
  by_country: Partial<Record<string, SeverityCounts>>;
  packs: { id: string; version: string }[];
  compliant: boolean;
};

export type CheckResponse = { findings: Finding[]; summary: CheckSummary };

export type CheckRequest = {
  /** The declaration as YAML or JSON text. */
  declaration: string;
  /** YYYY-MM-DD; the server's today when absent. */
  as_of?: string;
  /** Overrides the declaration's own `processor.jurisdictions`. */
  jurisdictions?: string[];
};

export function checkDeclaration(request: CheckRequest, signal?: AbortSignal): Promise<CheckResponse> {
  return requestJson<CheckResponse>('/api/check', { method: 'POST', body: request, ...(signal ? { signal } : {}) });
}

export type CheckState = { data: CheckResponse | undefined; error: unknown; isPending: boolean };

/** Submits declarations; only the answer to the latest submission is kept. */
export function useCheckDeclaration(): CheckState & { check: (request: CheckRequest) => void } {
  const [state, setState] = useState<CheckState>({ data: undefined, error: undefined, isPending: false });
  const current = useRef<AbortController | null>(null);
  const check = useCallback((request: CheckRequest) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ data: undefined, error: undefined, isPending: true });
    checkDeclaration(request, controller.signal).then(
      (data) => {
        if (current.current === controller) setState({ data, error: undefined, isPending: false });
      },
      (error: unknown) => {
        if (current.current === controller) setState({ data: undefined, error, isPending: false });
      },
    );
  }, []);
  return { ...state, check };
}
