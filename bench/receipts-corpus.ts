// Receipts for the verification benchmark, made with the same core functions as the server: real
// notices, JWS signatures (node:crypto), commitments, a tiled log and inclusion proofs against one
// signed checkpoint. Deterministic keys; the receipts differ by subject and salt.
import { createPrivateKey, sign } from 'node:crypto';
import { buildReceipt, canonicalReceiptBytes, commitReceipt } from '../src/core/consent/index.js';
import { parseDeclaration } from '../src/core/declaration/parse.js';
import { encodeBase64 } from '../src/core/log/base64.js';
import { signCheckpoint } from '../src/core/log/checkpoint.js';
import { createNobleSigner, noblePublicKey } from '../src/core/log/ed25519-noble.js';
import { encodeLogEntry } from '../src/core/log/log-entry.js';
import { formatVerifierKey } from '../src/core/log/note-keys.js';
import { EMPTY_LOG, integrate } from '../src/core/log/sequencer.js';
import { inclusionProofFromTiles } from '../src/core/log/tile-proofs.js';
import { type TileCoord, tileKey } from '../src/core/log/tiles.js';
import { buildNotice } from '../src/core/notice/build-notice.js';
import { noticeContentHash } from '../src/core/notice/content-hash.js';
import { encodeBase64Url } from '../src/core/receipt/base64url.js';

const ORIGIN = 'bench.pisa.localhost/log';
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

export type VerifyCorpus = { readonly receipts: readonly unknown[]; readonly vkey: string; readonly jwks: { keys: unknown[] } };

export function generateVerifyCorpus(count: number): VerifyCorpus {
  const parsed = parseDeclaration({
    processor: { name: 'Bench Shop', jurisdictions: ['CN'] },
    activities: [{ id: 'newsletter', purpose: 'Send offers', legal_basis: 'consent', data: ['email'] }],
  });
  if (!parsed.ok) throw new Error('bench declaration is invalid');
  const notice = buildNotice(parsed.declaration, {
    legal_name: 'Bench Shop Ltd.',
    address: 'Bench Road 1',
    email: 'privacy@bench.example',
    rights_url: 'https://bench.example/rights',
    withdraw_url: 'https://bench.example/withdraw',
    version: 'v1',
  });
  const noticeHash = noticeContentHash(notice);
  const receiptKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, Buffer.alloc(32, 3)]), format: 'der', type: 'pkcs8' });
  const x = (receiptKey.export({ format: 'jwk' }) as { x: string }).x;
  const header = encodeBase64Url(new TextEncoder().encode('{"alg":"EdDSA","kid":"bench"}'));
  const party = { id: 'bench-processor', name: 'Bench Shop Ltd.', address: 'Bench Road 1', contact: 'privacy@bench.example' };

  const bodies: { receipt: object; salt: Uint8Array; sig: string }[] = [];
  const entries: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const receipt = buildReceipt(
      {
        id: `bench-${i}`,
        subject: `subject-${i}`,
        processorId: 'bench-processor',
        purposeId: 'newsletter',
        action: 'grant',
        time: '2026-11-27T08:00:00.000Z',
        noticeHash,
        method: 'api',
        actor: { kind: 'self' },
      },
      notice,
      party,
      null,
    );
    const body = canonicalReceiptBytes(receipt);
    const salt = new Uint8Array(32);
    new DataView(salt.buffer).setUint32(0, i);
    const payload = encodeBase64Url(body);
    const sig = `${header}.${payload}.${encodeBase64Url(sign(null, new TextEncoder().encode(`${header}.${payload}`), receiptKey))}`;
    bodies.push({ receipt, salt, sig });
    entries.push(encodeLogEntry({ kind: 'consent-receipt', commitment: commitReceipt(salt, body) }));
  }

  const step = integrate(EMPTY_LOG, entries);
  const tiles = new Map(step.tiles.map((t) => [tileKey(t), t.bytes]));
  const read = (tile: TileCoord) => {
    const bytes = tiles.get(tileKey(tile));
    if (bytes === undefined) throw new Error(`missing tile ${tileKey(tile)}`);
    return bytes;
  };
  const seed = new Uint8Array(32).fill(4);
  const checkpoint = signCheckpoint({ origin: ORIGIN, size: count, root: step.root }, createNobleSigner(ORIGIN, seed));
  const receipts = bodies.map(({ receipt, salt, sig }, index) => ({
    ...receipt,
    salt: encodeBase64Url(salt),
    sig,
    log: { index: String(index), checkpoint, inclusion_proof: inclusionProofFromTiles(index, count, read).map(encodeBase64) },
  }));
  return {
    receipts,
    vkey: formatVerifierKey(ORIGIN, noblePublicKey(seed)),
    jwks: { keys: [{ kty: 'OKP', crv: 'Ed25519', x, kid: 'bench', alg: 'EdDSA', use: 'sig' }] },
  };
}
