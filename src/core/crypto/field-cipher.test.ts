import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blindIndex } from './blind-index.js';
import { decryptField, encryptField, keyIdOf } from './field-cipher.js';
import { constantTimeEqual, deriveCsrfToken } from './hashing.js';
import { addActiveKey, ephemeralKeyring, newKeyFile, parseKeyFile, parseKeyringSpec } from './keyring.js';
import { matchTotp, newTotpSecret, totpCode, totpUri } from './totp.js';

describe('field encryption (AES-256-GCM)', () => {
  const keyring = ephemeralKeyring();

  it('round-trips any text, with a fresh nonce each time', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const a = encryptField(keyring, text, 'account:1:email');
        expect(decryptField(keyring, a, 'account:1:email')).toBe(text);
        expect(encryptField(keyring, text, 'account:1:email')).not.toBe(a);
      }),
    );
  });

  it('names its key, and never contains the plaintext', () => {
    const stored = encryptField(keyring, 'ling.wu@example.com', 'ctx');
    expect(stored.startsWith(`pisa1.${keyring.active.id}.`)).toBe(true);
    expect(keyIdOf(stored)).toBe(keyring.active.id);
    expect(stored).not.toContain('ling');
  });

  it('refuses a value moved to another row or column (the context is authenticated)', () => {
    const stored = encryptField(keyring, 'a@example.com', 'account:1:email');
    expect(() => decryptField(keyring, stored, 'account:2:email')).toThrow();
    expect(() => decryptField(keyring, stored, 'account:1:phone')).toThrow();
  });

  it('refuses any flipped character', () => {
    const stored = encryptField(keyring, 'secret value', 'ctx');
    fc.assert(
      fc.property(fc.integer({ min: stored.lastIndexOf('.') + 1, max: stored.length - 1 }), (i) => {
        const flipped = stored.slice(0, i) + (stored[i] === 'A' ? 'B' : 'A') + stored.slice(i + 1);
        expect(() => decryptField(keyring, flipped, 'ctx')).toThrow();
      }),
    );
  });

  it('answers DATA_KEY_UNKNOWN for a key that is not configured', () => {
    const other = ephemeralKeyring();
    const stored = encryptField(other, 'x', 'ctx').replace(`.${other.active.id}.`, '.k9.');
    expect(() => decryptField(keyring, stored, 'ctx')).toThrow(expect.objectContaining({ code: 'DATA_KEY_UNKNOWN' }));
  });

  it('decrypts old values after a key is added, and encrypts new ones under the new key', () => {
    const file = newKeyFile();
    const before = parseKeyFile(JSON.stringify(file));
    const old = encryptField(before, 'kept', 'ctx');
    const after = parseKeyFile(JSON.stringify(addActiveKey(file)));
    expect(after.active.id).toBe('k2');
    expect(decryptField(after, old, 'ctx')).toBe('kept');
    expect(keyIdOf(encryptField(after, 'new', 'ctx'))).toBe('k2');
  });
});

describe('keyrings from the environment', () => {
  const key = Buffer.alloc(32, 7).toString('base64');
  it('take "id:base64" pairs, the active one first', () => {
    const ring = parseKeyringSpec(`k2:${key},k1:${Buffer.alloc(32, 1).toString('base64')}`, key);
    expect(ring.active.id).toBe('k2');
    expect([...ring.keys.keys()]).toEqual(['k2', 'k1']);
  });

  it('refuse short keys, bad ids and duplicates without echoing the key', () => {
    for (const spec of [`k1:${Buffer.alloc(16).toString('base64')}`, `bad.id:${key}`, `k1:${key},k1:${key}`, key]) {
      let message = '';
      try {
        parseKeyringSpec(spec, key);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).not.toBe('');
      expect(message).not.toContain(key);
    }
  });
});

describe('blind indexes', () => {
  it('are stable under one key, differ across keys and domains', () => {
    const ring = ephemeralKeyring();
    expect(blindIndex(ring, 'email', 'a@example.com')).toBe(blindIndex(ring, 'email', 'a@example.com'));
    expect(blindIndex(ring, 'email', 'a@example.com')).not.toBe(blindIndex(ring, 'phone', 'a@example.com'));
    expect(blindIndex(ephemeralKeyring(), 'email', 'a@example.com')).not.toBe(blindIndex(ring, 'email', 'a@example.com'));
  });
});

describe('constantTimeEqual and CSRF tokens', () => {
  it('compares strings of any lengths', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });

  it('derives a different CSRF token for every session token', () => {
    expect(deriveCsrfToken('a')).not.toBe(deriveCsrfToken('b'));
    expect(deriveCsrfToken('a')).toBe(deriveCsrfToken('a'));
  });
});

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC 6238 appendix B vector for SHA-1 at T=59 (last 6 digits of 94287082)', () => {
    // The RFC's SHA-1 seed is ASCII "12345678901234567890": base32 GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ.
    expect(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000)).toBe('287082');
  });

  it('accepts the code of the step before and after (30 s of drift), not two away', () => {
    const secret = newTotpSecret();
    const t = 1_800_000_000_000;
    expect(matchTotp(secret, totpCode(secret, t - 30_000), t, null)).not.toBeNull();
    expect(matchTotp(secret, totpCode(secret, t + 30_000), t, null)).not.toBeNull();
    expect(matchTotp(secret, totpCode(secret, t - 90_000), t, null)).toBeNull();
  });

  it('refuses a code whose step was already used', () => {
    const secret = newTotpSecret();
    const t = 1_800_000_000_000;
    const step = matchTotp(secret, totpCode(secret, t), t, null);
    expect(step).not.toBeNull();
    expect(matchTotp(secret, totpCode(secret, t), t, step)).toBeNull();
    expect(matchTotp(secret, 'abcdef', t, null)).toBeNull();
  });

  it('writes an otpauth URI an authenticator app takes', () => {
    expect(totpUri('JBSWY3DPEHPK3PXP', 'a@example.com')).toBe(
      'otpauth://totp/PISA:a%40example.com?issuer=PISA&secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30',
    );
  });
});
