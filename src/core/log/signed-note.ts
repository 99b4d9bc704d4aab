import { decodeBase64, encodeBase64 } from './base64.js';
import { bytesEqual, concatBytes, encodeUtf8, toHex } from './bytes.js';
import { isValidKeyName, type NoteVerifier, type Signer } from './note-keys.js';

// c2sp.org/signed-note: UTF-8 text ending in a newline, an empty line, then one line per
// signature: U+2014 EM DASH, space, key name, space, base64(4-byte key ID || signature), newline.

const SIGNATURE_PREFIX = '\u2014 ';
/** More than any real note carries (the spec asks verifiers to accept at least 16). */
export const MAX_SIGNATURES = 100;

export type NoteSignature = { readonly name: string; readonly keyId: Uint8Array; readonly signature: Uint8Array };

export type OpenedNote = {
  readonly ok: true;
  /** The signed text, final newline included. */
  readonly text: string;
  /** Names of the trusted keys whose signatures verified. */
  readonly verifiedBy: readonly string[];
  /** Every signature line, trusted or not (witness cosignatures, other logs' keys). */
  readonly signatures: readonly NoteSignature[];
};

export type NoteFailure = 'NOTE_MALFORMED' | 'NOTE_SIGNATURE_INVALID' | 'NOTE_UNVERIFIED';

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x0a) || code === 0x7f) return true;
  }
  return false;
}

/** Valid text: every line ends in "\n", no ASCII control character but newline (no CR, no tab), no lone surrogate. */
export function isValidNoteText(text: string): boolean {
  return text.endsWith('\n') && !hasControlCharacter(text) && !/\p{Cs}/u.test(text);
}

/** Signs `text` (which must end in a newline) with every signer: the note as served. */
export function signNote(text: string, signers: readonly Signer[]): string {
  if (!isValidNoteText(text)) throw new RangeError('note text must be valid text ending in a newline, without control characters');
  const message = encodeUtf8(text);
  let lines = '';
  for (const signer of signers) {
    if (!isValidKeyName(signer.name) || signer.keyId.length !== 4) throw new RangeError(`invalid signer ${signer.name}`);
    lines += `${SIGNATURE_PREFIX}${signer.name} ${encodeBase64(concatBytes(signer.keyId, signer.sign(message)))}\n`;
  }
  return `${text}\n${lines}`;
}

/** Splits a note into its text and signature lines, strictly; null when malformed. */
export function parseNote(note: string): { text: string; signatures: NoteSignature[] } | null {
  if (!isValidNoteText(note)) return null;
  // The separator is the last empty line: the text itself may contain empty lines.
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return null;
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block.length === 0) return null;
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) return null;
  const signatures: NoteSignature[] = [];
  for (const line of lines) {
    if (!line.startsWith(SIGNATURE_PREFIX)) return null;
    const rest = line.slice(SIGNATURE_PREFIX.length);
    const space = rest.indexOf(' ');
    if (space < 0) return null;
    const name = rest.slice(0, space);
    const bytes = decodeBase64(rest.slice(space + 1));
    if (!isValidKeyName(name) || bytes === null || bytes.length < 5) return null;
    signatures.push({ name, keyId: bytes.slice(0, 4), signature: bytes.slice(4) });
  }
  return { text, signatures };
}

/**
 * Opens a signed note with a set of trusted verifiers (signed-note "Verifying"): a signature by
 * an unknown (name, key ID) pair is ignored (witness cosignatures, key rotation); a signature by
 * a trusted pair that does not verify rejects the whole note; at least one must verify.
 */
export function openNote(note: string, verifiers: readonly NoteVerifier[]): OpenedNote | { readonly ok: false; readonly reason: NoteFailure } {
  const parsed = parseNote(note);
  if (parsed === null) return { ok: false, reason: 'NOTE_MALFORMED' };
  const message = encodeUtf8(parsed.text);
  const verifiedBy: string[] = [];
  const seen = new Set<string>();
  for (const signature of parsed.signatures) {
    const verifier = verifiers.find((v) => v.name === signature.name && bytesEqual(v.keyId, signature.keyId));
    if (verifier === undefined) continue;
    if (!verifier.verify(message, signature.signature)) return { ok: false, reason: 'NOTE_SIGNATURE_INVALID' };
    const key = `${signature.name}+${toHex(signature.keyId)}`;
    if (!seen.has(key)) verifiedBy.push(signature.name);
    seen.add(key);
  }
  if (verifiedBy.length === 0) return { ok: false, reason: 'NOTE_UNVERIFIED' };
  return { ok: true, text: parsed.text, verifiedBy, signatures: parsed.signatures };
}
