import { createScanner, maskValue } from '../scanner/scan-line.js';
import { DETECTOR_IDS, type DetectorId, type Match, type TextContext } from '../scanner/types.js';
import { addressToCity, ageToBand, birthDateToYear } from './generalise.js';
import type { ColumnRule, DeidPolicy } from './policy.js';

/** HMAC-SHA-256 as lower-case hex: passed in by the adapter (node:crypto), so the core stays pure. */
export type Hmac = (key: string, text: string) => string;

export const REDACTED = '[REDACTED]';
const NO_CONTEXT: TextContext = Object.freeze({ column: null });

/**
 * A keyed pseudonym: `psn_` and 16 letters a-p from the first 64 bits of HMAC-SHA-256(key, value).
 * Letters only, so a token never looks like a number a detector would report; the same value and
 * key give the same token in every file and run (PIPL art. 73(3): not attributable without the key).
 */
export function pseudonymise(hmac: Hmac, key: string, value: string): string {
  const hex = hmac(key, value);
  let token = 'psn_';
  for (let i = 0; i < 16; i++) token += String.fromCharCode(97 + Number.parseInt(hex[i] ?? '0', 16));
  return token;
}

/** Keeps the first and last character of longer values: `Zhang San` -> `Z*******n`. */
export function maskWhole(value: string): string {
  const chars = [...value];
  if (chars.length <= 2) return '*'.repeat(chars.length);
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Structured identifiers are pseudonymised without spaces and hyphens, case-folded: one person, one token. */
const normalise = (value: string) => value.replace(/[\s-]/g, '').toLowerCase();

export type DeidCounts = { readonly detectors: Partial<Record<DetectorId, number>>; readonly columns: Record<string, number> };

/**
 * Applies a policy to values: a column rule (CSV header, JSON key or JSON path) decides for the
 * whole value; elsewhere each detector's matches are replaced according to its rule.
 */
export class Deidentifier {
  private readonly scanner;
  readonly counts: { detectors: Partial<Record<DetectorId, number>>; columns: Record<string, number> } = { detectors: {}, columns: {} };
  private readonly contexts = new Map<string, TextContext>();

  constructor(
    private readonly policy: DeidPolicy,
    private readonly key: string | null,
    private readonly hmac: Hmac,
  ) {
    const active = DETECTOR_IDS.filter((id) => (policy.detectors[id]?.action ?? policy.default) !== 'keep');
    this.scanner = createScanner({ detectors: active });
  }

  /** The column rule for a CSV header, or for a JSON value by key, generic path or exact path. */
  columnRule(...names: readonly (string | null)[]): ColumnRule | undefined {
    for (const name of names) {
      if (name === null) continue;
      const rule = this.policy.columns[name];
      if (rule !== undefined) return rule;
    }
    return undefined;
  }

  /** Whether a column is dropped from the output. */
  isDropped(...names: readonly (string | null)[]): boolean {
    return this.columnRule(...names)?.action === 'drop';
  }

  /** The de-identified value; `context` is what the scanner sees (header or JSON path). */
  value(text: string, context: string | null, ...ruleNames: readonly (string | null)[]): string {
    if (text.length === 0) return text;
    const rule = this.columnRule(context, ...ruleNames);
    if (rule !== undefined && rule.action !== 'keep') {
      const label = ruleNames.find((n) => n !== null && this.policy.columns[n] !== undefined) ?? context ?? '';
      this.counts.columns[label] = (this.counts.columns[label] ?? 0) + 1;
      return this.applyColumnRule(rule, text);
    }
    if (rule?.action === 'keep') return text;
    return this.replaceMatches(text, this.scanner.scanLine(text, this.contextOf(context)));
  }

  private contextOf(column: string | null): TextContext {
    if (column === null) return NO_CONTEXT;
    let context = this.contexts.get(column);
    if (context === undefined) {
      context = Object.freeze({ column });
      if (this.contexts.size < 10_000) this.contexts.set(column, context);
    }
    return context;
  }

  private requireKey(): string {
    // The adapter refuses a policy that pseudonymises without a key, so this is an invariant.
    if (this.key === null) throw new Error('pseudonymisation without a key');
    return this.key;
  }

  private applyColumnRule(rule: ColumnRule, text: string): string {
    switch (rule.action) {
      case 'mask':
        return maskWhole(text);
      case 'redact':
      case 'drop':
        return REDACTED;
      case 'pseudonymise':
        return pseudonymise(this.hmac, this.requireKey(), text.trim());
      case 'keep':
        return text;
      case 'generalise': {
        const general = rule.to === 'year' ? birthDateToYear(text) : rule.to === 'city' ? addressToCity(text) : ageToBand(text, rule);
        return general ?? REDACTED;
      }
    }
  }

  private replaceMatches(text: string, matches: readonly Match[]): string {
    if (matches.length === 0) return text;
    const ordered = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
    let out = '';
    let at = 0;
    for (const m of ordered) {
      if (m.start < at) continue; // overlaps a longer match already replaced
      const action = this.policy.detectors[m.detector]?.action ?? this.policy.default;
      if (action === 'keep') continue;
      const value = text.slice(m.start, m.end);
      out += text.slice(at, m.start) + this.replacement(m.detector, action, value);
      at = m.end;
      this.counts.detectors[m.detector] = (this.counts.detectors[m.detector] ?? 0) + 1;
    }
    return out + text.slice(at);
  }

  private replacement(detector: DetectorId, action: 'mask' | 'redact' | 'pseudonymise' | 'generalise', value: string): string {
    if (action === 'mask') {
      // A masked e-mail (`j***@example.com`) is still an e-mail address to the detector (`*` is
      // legal before the @): a mask the scanner would find again falls back to the whole-value mask.
      const masked = maskValue(detector, value);
      return this.scanner.scanLine(masked, NO_CONTEXT).some((m) => m.detector === detector) ? maskWhole(value) : masked;
    }
    if (action === 'redact') return `[${detector}]`;
    if (action === 'pseudonymise') return pseudonymise(this.hmac, this.requireKey(), normalise(value));
    return addressToCity(value) ?? `[${detector}]`;
  }
}
