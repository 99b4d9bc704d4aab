import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardNumber, createRandom, email, ipv4, mobile, residentId } from '../../bench/scan.bench.js';
import { Deidentifier } from '../../src/core/deid/deidentifier.js';
import { type DeidPolicy, DeidPolicySchema } from '../../src/core/deid/policy.js';
import { createScanner } from '../../src/core/scanner/scan-line.js';
import { DETECTOR_IDS, type DetectorId } from '../../src/core/scanner/types.js';

/** Structured identifiers: every detector but names and addresses (found by context, not shape). */
const STRUCTURED: readonly DetectorId[] = DETECTOR_IDS.filter((id) => id !== 'PERSON_NAME' && id !== 'ADDRESS');
const hmac = (key: string, text: string) => createHmac('sha256', key).update(text).digest('hex');
const scanner = createScanner();

/** A record: identifiers of several kinds between filler words, as a log line or a CSV cell holds them. */
const recordArb = fc
  .tuple(
    fc.integer({ min: 1, max: 2 ** 31 }),
    fc.array(fc.constantFrom('id', 'mobile', 'card', 'bank', 'email', 'ip'), { minLength: 1, maxLength: 6 }),
    fc.constantFrom(' ', ', ', ' | ', '='),
  )
  .map(([seed, kinds, glue]) => {
    const random = createRandom(seed);
    const make = { id: residentId, mobile, card: (r: () => number) => cardNumber(r, false), bank: (r: () => number) => cardNumber(r, true), email, ip: ipv4 };
    return kinds.map((k) => `${k} ${make[k](random)}`).join(glue);
  });

const policyArb = fc.tuple(
  fc.array(fc.constantFrom<'mask' | 'pseudonymise'>('mask', 'pseudonymise'), { minLength: STRUCTURED.length, maxLength: STRUCTURED.length }),
  fc.constantFrom(null, 'notes', '备注'),
);

describe('de-identification with a full policy', () => {
  it('leaves no structured identifier for the scanner to find', () => {
    fc.assert(
      fc.property(recordArb, policyArb, (record, [actions, column]) => {
        const detectors = Object.fromEntries(STRUCTURED.map((id, i) => [id, actions[i] ?? 'mask'])) as Partial<Record<DetectorId, 'mask' | 'pseudonymise'>>;
        const policy: DeidPolicy = DeidPolicySchema.parse({ detectors });
        const deid = new Deidentifier(policy, 'property-test-key-0123456789', hmac);
        expect(scanner.scanLine(record, { column }).length).toBeGreaterThan(0);
        const out = deid.value(record, column);
        const left = scanner.scanLine(out, { column }).filter((m) => STRUCTURED.includes(m.detector));
        expect(left, `${record} -> ${out}`).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('pseudonymises deterministically: same value and key, same token', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const policy = DeidPolicySchema.parse({ default: 'pseudonymise' });
        const a = new Deidentifier(policy, 'k'.repeat(20), hmac).value(record, null);
        const b = new Deidentifier(policy, 'k'.repeat(20), hmac).value(record, null);
        const c = new Deidentifier(policy, 'j'.repeat(20), hmac).value(record, null);
        expect(a).toBe(b);
        expect(c).not.toBe(a);
      }),
      { numRuns: 100 },
    );
  });
});
