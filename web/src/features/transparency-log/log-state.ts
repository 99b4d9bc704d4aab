import { encodeBase64 } from '../../../../src/core/log/base64.js';
import { toHex } from '../../../../src/core/log/bytes.js';
import { openCheckpoint, parseCheckpoint } from '../../../../src/core/log/checkpoint.js';
import { sha256 } from '../../../../src/core/log/hashing.js';
import { createNoteVerifier, type Ed25519Verify, parseVerifierKey } from '../../../../src/core/log/note-keys.js';
import { parseNote } from '../../../../src/core/log/signed-note.js';

export type LogState = {
  readonly origin: string | null;
  readonly size: number | null;
  readonly root: string | null;
  /** The checkpoint's signature checked here against the vkey. */
  readonly verified: boolean;
  readonly key: { readonly name: string; readonly keyId: string; readonly fingerprint: string } | null;
};

/** The checkpoint's text without checking its signature (to describe one that does not verify). */
function unverifiedBody(checkpoint: string) {
  const note = parseNote(checkpoint);
  return note === null ? null : parseCheckpoint(note.text);
}

/**
 * What the transparency-log panel shows: the latest checkpoint's origin, size and root, whether
 * its signature verifies with the log's vkey (checked in the browser), and the key's fingerprint.
 * A checkpoint that does not verify is still described, marked unverified.
 */
export function describeLog(checkpoint: string, vkey: string, verify: Ed25519Verify): LogState {
  const parsedKey = parseVerifierKey(vkey.trim());
  const verifier = createNoteVerifier(vkey.trim(), verify);
  const key =
    parsedKey === null
      ? null
      : { name: parsedKey.name, keyId: toHex(parsedKey.keyId), fingerprint: toHex(sha256(parsedKey.publicKey)).match(/.{4}/g)?.join(' ') ?? '' };
  const opened = verifier === null ? null : openCheckpoint(checkpoint, [verifier]);
  const body = opened?.ok ? opened.checkpoint : unverifiedBody(checkpoint);
  return {
    origin: body?.origin ?? null,
    size: body?.size ?? null,
    root: body === null ? null : encodeBase64(body.root),
    verified: opened?.ok === true,
    key,
  };
}
