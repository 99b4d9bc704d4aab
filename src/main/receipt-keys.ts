import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign as nodeSign } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ReceiptSigner } from '../services/consent-ports.js';

// The platform's receipt-signing key (Ed25519, PKCS#8 PEM): PISA_RECEIPT_KEY (the PEM text), else a
// key file (PISA_RECEIPT_KEY_FILE, or receipt-key.pem in the data folder, generated with mode 0600 on
// first start), else, for memory://, a key that dies with the process. Kept apart from the log key:
// a receipt signature and a checkpoint signature are different statements and rotate separately.

export const DEFAULT_RECEIPT_KEY_FILE = 'receipt-key.pem';

export type ReceiptKeySource =
  | { readonly kind: 'env' }
  | { readonly kind: 'file'; readonly path: string; readonly created: boolean }
  | { readonly kind: 'memory' };

/** An Ed25519 public JWK as /api/receipts/keys serves it. */
export type ReceiptJwk = { readonly kty: 'OKP'; readonly crv: 'Ed25519'; readonly x: string; readonly kid: string; readonly alg: 'EdDSA'; readonly use: 'sig' };

export type ReceiptKeys = { readonly signer: ReceiptSigner; readonly publicJwk: ReceiptJwk; readonly source: ReceiptKeySource };

export type ReceiptKeyOptions = { readonly pem?: string | undefined; readonly file?: string | undefined; readonly dataDir: string };

function newPrivateKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

function writePrivate(path: string, pem: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, pem, { mode: 0o600, flag: 'wx' });
  renameSync(temporary, path);
}

function parsePrivate(pem: string, where: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    throw new Error(`${where}: not a PKCS#8 PEM private key`, { cause: error });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${where}: the receipt key must be Ed25519, not ${key.asymmetricKeyType}`);
  return key;
}

function readPrivate(options: ReceiptKeyOptions): { key: KeyObject; source: ReceiptKeySource } {
  if (options.pem !== undefined) return { key: parsePrivate(options.pem, 'PISA_RECEIPT_KEY'), source: { kind: 'env' } };
  if (options.file === undefined && options.dataDir.startsWith('memory://'))
    return { key: parsePrivate(newPrivateKeyPem(), 'memory'), source: { kind: 'memory' } };
  const path = resolve(options.file ?? join(options.dataDir, DEFAULT_RECEIPT_KEY_FILE));
  const created = !existsSync(path);
  if (created) {
    if (options.file !== undefined) throw new Error(`PISA_RECEIPT_KEY_FILE ${path} does not exist`);
    writePrivate(path, newPrivateKeyPem());
  }
  return { key: parsePrivate(readFileSync(path, 'utf8'), path), source: { kind: 'file', path, created } };
}

function keysFor(key: KeyObject, source: ReceiptKeySource): ReceiptKeys {
  const x = createPublicKey(key).export({ format: 'jwk' }).x as string;
  // RFC 7638 thumbprint: SHA-256 of the required members in lexicographic order.
  const kid = createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest('base64url');
  // RFC 7515 compact serialisation, signed synchronously with node:crypto: a third of jose's
  // (WebCrypto) cost per receipt, measured on the consent hot path; test/consent checks jose verifies it.
  const header = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid, typ: 'pisa-receipt+jws' })).toString('base64url');
  const sign = (payload: Uint8Array): string => {
    const input = `${header}.${Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('base64url')}`;
    return `${input}.${nodeSign(null, Buffer.from(input), key).toString('base64url')}`;
  };
  return {
    signer: { keyId: kid, sign: async (payload) => sign(payload) },
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' },
    source,
  };
}

/** Loads (or creates) the receipt key; the key id is the public key's RFC 7638 thumbprint. */
export function loadReceiptKeys(options: ReceiptKeyOptions): ReceiptKeys {
  const { key, source } = readPrivate(options);
  return keysFor(key, source);
}

/** A key for one process (tests, memory://). */
export const ephemeralReceiptKeys = (): ReceiptKeys => loadReceiptKeys({ dataDir: 'memory://' });
