import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { ephemeralReceiptKeys } from '../../src/main/receipt-keys.js';

// The receipt signer is hand-written over node:crypto (the consent hot path); jose, an independent
// JOSE implementation, must accept what it signs under the published key, and nothing else.

describe('the receipt signer', () => {
  const keys = ephemeralReceiptKeys();
  const payload = new TextEncoder().encode('{"schema":"pisa-receipt/1","purpose":"newsletter","emoji":"✓"}');

  it('signs compact JWS that jose verifies with the published JWK', async () => {
    const jws = await keys.signer.sign(payload);
    const verified = await compactVerify(jws, await importJWK(keys.publicJwk, 'EdDSA'));
    expect(new TextDecoder().decode(verified.payload)).toBe(new TextDecoder().decode(payload));
    expect(decodeProtectedHeader(jws)).toEqual({ alg: 'EdDSA', kid: keys.publicJwk.kid, typ: 'pisa-receipt+jws' });
    expect(keys.signer.keyId).toBe(keys.publicJwk.kid);
  });

  it('signs a window of a larger buffer as exactly that window', async () => {
    const big = new Uint8Array(payload.length + 10);
    big.set(payload, 5);
    const jws = await keys.signer.sign(big.subarray(5, 5 + payload.length));
    const verified = await compactVerify(jws, await importJWK(keys.publicJwk, 'EdDSA'));
    expect(verified.payload).toEqual(payload);
  });

  it('is refused by jose under another key, or with the payload changed', async () => {
    const jws = await keys.signer.sign(payload);
    const other = ephemeralReceiptKeys();
    await expect(compactVerify(jws, await importJWK(other.publicJwk, 'EdDSA'))).rejects.toThrow();
    const [header, , signature] = jws.split('.');
    const forged = `${header}.${Buffer.from('{"schema":"pisa-receipt/1"}').toString('base64url')}.${signature}`;
    await expect(compactVerify(forged, await importJWK(keys.publicJwk, 'EdDSA'))).rejects.toThrow();
  });
});
