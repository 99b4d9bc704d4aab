import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../core/declaration/parse.js';
import type { Declaration } from '../core/declaration/schema.js';
import { hashDeclaration } from './content-hash.js';

function declaration(input: unknown): Declaration {
  const parsed = parseDeclaration(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.declaration;
}

/** The same object with its keys in reverse order, at every level. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  return value;
}

const base = { processor: { name: 'Hash Co.', jurisdictions: ['CN'] }, activities: [{ id: 'a1', purpose: 'p', legal_basis: 'contract', data: ['email'] }] };

describe('hashDeclaration', () => {
  it('is 64 hex characters', () => {
    expect(hashDeclaration(declaration(base))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (name) => {
        const d = declaration({ ...base, processor: { ...base.processor, name } });
        expect(hashDeclaration(reverseKeys(d) as Declaration)).toBe(hashDeclaration(d));
      }),
    );
  });

  it('treats spelled-out defaults as the same content', () => {
    const explicit = declaration({ ...base, processor: { ...base.processor, ciio: false } });
    expect(hashDeclaration(explicit)).toBe(hashDeclaration(declaration(base)));
  });

  it('changes when the content changes', () => {
    expect(hashDeclaration(declaration({ ...base, processor: { ...base.processor, ciio: true } }))).not.toBe(hashDeclaration(declaration(base)));
  });
});
