import { createPublicKey, generateKeyPairSync, sign as nodeSign, verify } from 'node:crypto';
import fc from 'fast-check';
import { CompactSign, compactVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import type { Ed25519Verify } from '../log/note-keys.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { attachJwsPayload, detachJwsPayload, verifyCompactJws } from './jws.js';

const nodeVerify: Ed25519Verify = (publicKey, message, signature) =>
  verify(null, message, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64Url(publicKey) }, format: 'jwk' }), signature);

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const rawPublic = decodeBase64Url(publicKey.export({ format: 'jwk' }).x as string) as Uint8Array;
const keys = new Map([['k1', rawPublic]]);
const sign = (payload: Uint8Array, header: Record<string, unknown> = { alg: 'EdDSA', kid: 'k1' }) =>
  new CompactSign(payload).setProtectedHeader(header as { alg: string }).sign(privateKey);

describe('base64url', () => {
  it('round-trips any bytes and matches Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual(bytes);
      }),
    );
  });
  it('decodes exactly the canonical texts, as Node does (property)', () => {
    const canonical = (text: string) => /^[A-Za-z0-9_-]*$/.test(text) && Buffer.from(text, 'base64url').toString('base64url') === text;
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_\-+/= é]{0,13}$/), (text) => {
        const decoded = decodeBase64Url(text);
        if (canonical(text)) expect(decoded).toEqual(new Uint8Array(Buffer.from(text, 'base64url')));
        else expect(decoded).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
  it.each(['a', 'ab=', 'a+b', 'a/bc', 'ab c', 'AB', 'é', 'AAAé', 'AAé', 'AB==', 'AAB'])('refuses the non-canonical %j', (text) => {
    expect(decodeBase64Url(text)).toBeNull();
  });
});

describe('verifyCompactJws', () => {
  const payload = new TextEncoder().encode('{"schema":"pisa-receipt/1"}');

  it('accepts what jose signs and returns the payload', async () => {
    const result = verifyCompactJws(await sign(payload), keys, nodeVerify);
    expect(result.ok && new TextDecoder().decode(result.payload)).toBe('{"schema":"pisa-receipt/1"}');
  });

  it('verifies JWSs of any size one after another (the signing input is written into a reused buffer)', async () => {
    const sizes = [10, 5_000, 40_000, 3, 12_000, 0];
    const signed = await Promise.all(sizes.map((n) => sign(new Uint8Array(n).fill(65 + (n % 26)))));
    for (const [i, jws] of signed.entries()) {
      const result = verifyCompactJws(jws, keys, nodeVerify);
      expect(result.ok && result.payload).toEqual(new Uint8Array(sizes[i] as number).fill(65 + ((sizes[i] as number) % 26)));
      // The same JWS with its last signature byte changed fails, whatever the previous input was.
      const bad = `${jws.slice(0, -2)}${jws.at(-2) === 'A' ? 'B' : 'A'}${jws.slice(-1)}`;
      expect(verifyCompactJws(bad, keys, nodeVerify).ok).toBe(false);
    }
  });

  // jose ignores non-zero spare bits in the last character; we refuse them so that a signature
  // has one encoding only. Apart from that, the verdicts must be the same.
  const canonical = (jws: string) => jws.split('.').every((part) => decodeBase64Url(part) !== null);

  it('agrees with jose on every single-character change, except that it refuses non-canonical base64url (property)', async () => {
    const jws = await sign(payload);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: jws.length - 1 }), fc.constantFrom(...'AQgw-_.x'), async (at, ch) => {
        const mutated = jws.slice(0, at) + ch + jws.slice(at + 1);
        const ours = verifyCompactJws(mutated, keys, nodeVerify).ok;
        const theirs = await compactVerify(mutated, publicKey).then(
          () => true,
          () => false,
        );
        expect(ours).toBe(theirs && canonical(mutated));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses another algorithm, a crit header and an unknown key id', async () => {
    const body = encodeBase64Url(payload);
    const none = `${encodeBase64Url(new TextEncoder().encode('{"alg":"none","kid":"k1"}'))}.${body}.`;
    expect(verifyCompactJws(none, keys, nodeVerify)).toEqual({ ok: false, reason: 'JWS_MALFORMED' });
    const hs = `${encodeBase64Url(new TextEncoder().encode('{"alg":"HS256","kid":"k1"}'))}.${body}.${encodeBase64Url(new Uint8Array(64))}`;
    expect(verifyCompactJws(hs, keys, nodeVerify)).toEqual({ ok: false, reason: 'JWS_ALGORITHM' });
    // jose refuses to sign an unknown crit header, so this one is signed by hand.
    const critHeader = encodeBase64Url(new TextEncoder().encode('{"alg":"EdDSA","kid":"k1","crit":["exp"],"exp":1}'));
    const critSignature = nodeSign(null, new TextEncoder().encode(`${critHeader}.${body}`), privateKey);
    const crit = `${critHeader}.${body}.${encodeBase64Url(critSignature)}`;
    expect(verifyCompactJws(crit, keys, nodeVerify)).toEqual({ ok: false, reason: 'JWS_ALGORITHM' });
    expect(verifyCompactJws(await sign(payload, { alg: 'EdDSA', kid: 'k2' }), keys, nodeVerify)).toEqual({ ok: false, reason: 'JWS_KEY_UNKNOWN' });
  });

  it('refuses a signature by another key under the same key id', async () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    const forged = await new CompactSign(payload).setProtectedHeader({ alg: 'EdDSA', kid: 'k1' }).sign(other);
    expect(verifyCompactJws(forged, keys, nodeVerify)).toEqual({ ok: false, reason: 'JWS_SIGNATURE' });
  });

  it.each(['', 'a.b', 'a.b.c.d', '!!.e30.AA'])('refuses the malformed %j', (jws) => {
    expect(verifyCompactJws(jws, keys, nodeVerify)).toEqual({ ok: false, reason: 'JWS_MALFORMED' });
  });
});

describe('detached payload (RFC 7515 appendix F)', () => {
  it('detaches to header..signature and attaches back to the same JWS, which verifies (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const jws = await sign(bytes);
        const detached = detachJwsPayload(jws);
        const [header, , signature] = jws.split('.');
        expect(detached).toBe(`${header}..${signature}`);
        expect(attachJwsPayload(detached, bytes)).toBe(jws);
        expect(verifyCompactJws(attachJwsPayload(detached, bytes), keys, nodeVerify)).toMatchObject({ ok: true, payload: bytes });
      }),
      { numRuns: 50 },
    );
  });

  it('leaves a JWS that has its payload as it is, and a wrong payload attached does not verify', async () => {
    const payload = new TextEncoder().encode('{"schema":"pisa-receipt/1"}');
    const jws = await sign(payload);
    expect(attachJwsPayload(jws, new Uint8Array([1, 2, 3]))).toBe(jws);
    const wrong = attachJwsPayload(detachJwsPayload(jws), new TextEncoder().encode('{"other":true}'));
    expect(verifyCompactJws(wrong, keys, nodeVerify)).toEqual({ ok: false, reason: 'JWS_SIGNATURE' });
  });

  it('refuses to detach what is not a compact JWS', () => {
    expect(() => detachJwsPayload('no-dots')).toThrow(/not a compact JWS/);
    expect(() => detachJwsPayload('one.dot')).toThrow(/not a compact JWS/);
  });
});
