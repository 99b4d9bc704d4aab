import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { type AuditEntry, type AuditEvent, chainNext, GENESIS_HASH, hashEntry, stateHash, verifyChain } from './chain.js';
import { auditToCsv } from './export.js';

const event = (action: string, overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  at: '2026-11-27T12:00:00.000Z',
  actor_type: 'account',
  actor_id: 'a1',
  role: 'admin',
  action,
  target_type: 'processor',
  target_id: 'p1',
  request_id: 'r1',
  before_hash: null,
  after_hash: null,
  ...overrides,
});

function chainOf(events: readonly AuditEvent[]): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const e of events) out.push(chainNext(out.at(-1) ?? null, e));
  return out;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: 'é' }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":"é","z":1}]},"b":1}');
  });

  it('gives equal text for equal values whatever the key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('writes exactly what the plain recursive definition writes (keys by UTF-16 code unit)', () => {
    const reference = (value: unknown): string => {
      if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : reference(item))).join(',')}]`;
      if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
          .filter(([, item]) => item !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${reference(item)}`).join(',')}}`;
      }
      return JSON.stringify(value);
    };
    // Integer-like keys and __proto__ take the hand-written path (a plain object would reorder or drop them).
    const keys = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('é', 'z', 'B', 'a', '😀', '\uffff', '', '__proto__', 'toJSON', 'constructor', '0', '9', '10', '01', '-1', '4294967295', '1e3'),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 0 }), fc.constant(undefined), fc.array(tie('node')), fc.dictionary(keys, tie('node'))),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(keys, value), (record) => {
        expect(canonicalJson(record)).toBe(reference(record));
      }),
    );
  });

  it('refuses values JSON cannot carry, at any depth', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow();
    expect(() => canonicalJson(undefined)).toThrow();
    expect(() => canonicalJson({ a: [1, Number.POSITIVE_INFINITY] })).toThrow();
    expect(() => canonicalJson({ a: { b: () => 1 } })).toThrow();
    expect(() => canonicalJson({ 10: 1, a: [1n] })).toThrow();
  });
});

describe('the hash chain', () => {
  it('hashes SHA-256(prev_hash || canonical JSON of the entry), starting from 64 zeros', () => {
    const [first] = chainOf([event('x.one')]);
    expect(first?.prev_hash).toBe(GENESIS_HASH);
    expect(first?.hash).toBe(hashEntry(GENESIS_HASH, 1, event('x.one')));
    expect(stateHash(null)).toBeNull();
    expect(stateHash({ b: 1, a: 2 })).toBe(stateHash({ a: 2, b: 1 }));
  });

  it('verifies an untouched chain of any length', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 30 }), (actions) => {
        const verdict = verifyChain(chainOf(actions.map((a) => event(a))));
        expect(verdict).toMatchObject({ ok: true, entries: actions.length });
      }),
    );
  });

  const FIELDS = ['at', 'actor_type', 'actor_id', 'role', 'action', 'target_type', 'target_id', 'request_id', 'before_hash', 'after_hash'] as const;

  it('breaks at the first changed entry, whichever field changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.nat(), fc.constantFrom(...FIELDS), (length, pick, field) => {
        const chain = chainOf(Array.from({ length }, (_, i) => event(`x.e${i}`)));
        const index = pick % length;
        const original = chain[index];
        if (!original) throw new Error('index');
        chain[index] = { ...original, [field]: `${String(original[field])}!` } as AuditEntry;
        expect(verifyChain(chain)).toMatchObject({ ok: false, broken_at: index + 1, reason: 'hash', entries: index });
      }),
    );
  });

  it('breaks when an entry is removed, inserted or two are swapped', () => {
    const chain = chainOf(['a.a', 'b.b', 'c.c', 'd.d'].map((a) => event(a)));
    expect(verifyChain([chain[0], chain[2], chain[3]] as AuditEntry[])).toMatchObject({ ok: false, broken_at: 2, reason: 'sequence' });
    expect(verifyChain([chain[1], chain[0], chain[2], chain[3]] as AuditEntry[])).toMatchObject({ ok: false, broken_at: 1, reason: 'sequence' });
    const forged = chainNext(chain[1] ?? null, event('forged.entry'));
    expect(verifyChain([chain[0], chain[1], forged, chain[2]] as AuditEntry[])).toMatchObject({ ok: false, broken_at: 4, reason: 'sequence' });
    const renumbered = { ...(chain[2] as AuditEntry), seq: 4 };
    expect(verifyChain([chain[0], chain[1], forged, renumbered] as AuditEntry[])).toMatchObject({ ok: false, broken_at: 4, reason: 'prev_hash' });
  });
});

describe('auditToCsv', () => {
  it('quotes per RFC 4180 and neutralises cells a spreadsheet would run as formulas', () => {
    const [entry] = chainOf([event('x.csv', { actor_id: '=HYPERLINK("http://evil")', target_id: 'a,"b"', request_id: '+1', role: '@SUM(A1)' })]);
    const [, row] = auditToCsv(entry ? [entry] : []).split('\r\n');
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain('"a,""b"""');
    expect(row).toContain("'+1");
    expect(row).toContain("'@SUM(A1)");
  });
});
