import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode, RECOVERY_CODE_PATTERN, recoveryCodeMatches } from './recovery-codes.js';

describe('recovery codes', () => {
  it('come ten at a time, distinct, in four groups of four', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
      expect(code).toMatch(RECOVERY_CODE_PATTERN);
    }
  });

  it('are recognised however they are typed: case, spaces, no hyphens, look-alike letters', () => {
    const [code = ''] = newRecoveryCodes(1);
    const canonical = normaliseRecoveryCode(code);
    expect(canonical).toBe(code.replaceAll('-', ''));
    expect(normaliseRecoveryCode(code.toUpperCase().replaceAll('-', ' '))).toBe(canonical);
    expect(normaliseRecoveryCode('0123-4567-89ab-cdef')).toBe('0123456789abcdef');
    expect(normaliseRecoveryCode('O123-4567-89AB-CDEF')).toBe('0123456789abcdef');
    expect(normaliseRecoveryCode('Il23-4567-89ab-cdef')).toBe('1123456789abcdef');
  });

  it('refuse anything of the wrong length or alphabet', () => {
    expect(normaliseRecoveryCode('0123-4567-89ab-cde')).toBeNull();
    expect(normaliseRecoveryCode('0123-4567-89ab-cdeu')).toBeNull();
    expect(normaliseRecoveryCode('123456')).toBeNull();
  });

  it('are stored salted and hashed (ASVS 2.6.2): the same code never hashes the same twice, and only it matches', () => {
    const a = hashRecoveryCode('0123456789abcdef');
    expect(a).toMatch(/^[0-9a-f]{8}\.[0-9a-f]{64}$/);
    expect(a).not.toBe(hashRecoveryCode('0123456789abcdef'));
    expect(a).not.toContain('0123456789abcdef');
    expect(recoveryCodeMatches(a, '0123456789abcdef')).toBe(true);
    expect(recoveryCodeMatches(a, '0123456789abcdeg')).toBe(false);
    expect(recoveryCodeMatches('garbage', '0123456789abcdef')).toBe(false);
  });
});
