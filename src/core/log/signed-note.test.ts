import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64.js';
import { formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint } from './checkpoint.js';
import { createNobleSigner, nobleEd25519Verify, noblePublicKey } from './ed25519-noble.js';
import { EMPTY_ROOT } from './hashing.js';
import { createNoteVerifier, formatSignerKey, formatVerifierKey, isValidKeyName, type NoteVerifier, parseSignerKey, parseVerifierKey } from './note-keys.js';
import { MAX_SIGNATURES, openNote, parseNote, signNote } from './signed-note.js';

const seed = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const otherSeed = Uint8Array.from({ length: 32 }, (_, i) => 100 + i);
const signer = createNobleSigner('pisa.test/log', seed);
const witness = createNobleSigner('witness.example', otherSeed);
const verifierOf = (name: string, s: Uint8Array) => createNoteVerifier(formatVerifierKey(name, noblePublicKey(s)), nobleEd25519Verify) as NoteVerifier;
const verifier = verifierOf('pisa.test/log', seed);

describe('signNote / openNote (c2sp.org/signed-note)', () => {
  it('signs the text with its final newline, then an empty line and one em-dash line per signature', () => {
    const note = signNote('hello\n\nworld\n', [signer, witness]);
    const lines = note.split('\n');
    expect(lines.slice(0, 4)).toEqual(['hello', '', 'world', '']);
    expect(lines[4]).toMatch(/^\u2014 pisa\.test\/log [A-Za-z0-9+/]{91}=$/);
    expect(lines[5]).toMatch(/^\u2014 witness\.example /);
    expect(note.endsWith('\n')).toBe(true);
    expect(decodeBase64(lines[4]?.split(' ')[2] ?? '')?.subarray(0, 4)).toEqual(signer.keyId);
    expect(openNote(note, [verifier])).toMatchObject({ ok: true, text: 'hello\n\nworld\n', verifiedBy: ['pisa.test/log'] });
    expect(openNote(note, [verifier, verifierOf('witness.example', otherSeed)])).toMatchObject({ ok: true, verifiedBy: ['pisa.test/log', 'witness.example'] });
  });

  it('ignores signatures by unknown keys but rejects a trusted key whose signature fails', () => {
    const note = signNote('text\n', [witness, signer]);
    expect(openNote(note, [verifier]).ok).toBe(true);
    const forged = signNote('text\n', [{ ...witness, name: signer.name, keyId: signer.keyId }]);
    expect(openNote(forged, [verifier])).toEqual({ ok: false, reason: 'NOTE_SIGNATURE_INVALID' });
    expect(openNote(`${forged.slice(0, -1)}\n${note.split('\n').at(-2)}\n`, [verifier])).toEqual({ ok: false, reason: 'NOTE_SIGNATURE_INVALID' });
  });

  it.each([
    ['no final newline', (n: string) => n.slice(0, -1)],
    ['CRLF', (n: string) => n.replaceAll('\n', '\r\n')],
    ['a tab', (n: string) => n.replace('text', 'te\txt')],
    ['an ASCII hyphen for the em dash', (n: string) => n.replace('\u2014', '-')],
    ['two spaces after the dash', (n: string) => n.replace('\u2014 ', '\u2014  ')],
    ['no empty line before the signatures', (n: string) => n.replace('text\n\n', 'text\n')],
    ['a line after the signatures', (n: string) => `${n}trailing\n`],
    ['base64url in the signature', (n: string) => n.slice(0, n.lastIndexOf(' ')) + n.slice(n.lastIndexOf(' ')).replace(/[+/]/, (c) => (c === '+' ? '-' : '_'))],
  ])('refuses a note with %s', (_what, change) => {
    // A text whose signature has a "+" or "/" in it, so that the base64url case changes something.
    let text = 'text\n';
    for (let i = 0; !/[+/]/.test(signNote(text, [signer]).split(' ').at(-1) ?? ''); i++) text = `text ${i}\n`;
    const note = signNote(text, [signer]);
    expect(openNote(note, [verifier]).ok).toBe(true);
    expect(change(note)).not.toBe(note);
    expect(openNote(change(note), [verifier]).ok).toBe(false);
  });

  it('accepts many witness signatures but not more than the cap', () => {
    const line = signNote('t\n', [witness]).split('\n')[2] as string;
    const base = signNote('t\n', [signer]);
    expect(openNote(`${base}${`${line}\n`.repeat(20)}`, [verifier]).ok).toBe(true);
    expect(parseNote(`${base}${`${line}\n`.repeat(MAX_SIGNATURES)}`)).toBeNull();
  });

  it('will not sign malformed text or with an invalid key name', () => {
    expect(() => signNote('no newline', [signer])).toThrow(RangeError);
    expect(() => signNote('a\r\n', [signer])).toThrow(RangeError);
    expect(() => signNote('a\n', [{ ...signer, name: 'has space' }])).toThrow(RangeError);
    expect(['a+b', 'a b', '', 'a\u00a0b'].map(isValidKeyName)).toEqual([false, false, false, false]);
  });
});

describe('signer and verifier keys', () => {
  it('round-trip, with the key ID over name, 0x0A, the type byte and the raw key', () => {
    const publicKey = noblePublicKey(seed);
    const vkey = formatVerifierKey('pisa.test/log', publicKey);
    expect(vkey).toMatch(/^pisa\.test\/log\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$/);
    expect(parseVerifierKey(vkey)).toEqual({ name: 'pisa.test/log', keyId: signer.keyId, publicKey });
    const text = formatSignerKey('pisa.test/log', seed, publicKey);
    expect(text.startsWith(`PRIVATE+KEY+${vkey.split('+').slice(0, 2).join('+')}+`)).toBe(true);
    expect(parseSignerKey(text)).toEqual({ name: 'pisa.test/log', keyId: signer.keyId, seed });
    expect(parseSignerKey(text.replace('PRIVATE', 'PUBLIC'))).toBeNull();
    expect(parseVerifierKey(vkey.replace('+A', '+B'))).toBeNull();
  });
});

describe('checkpoints (c2sp.org/tlog-checkpoint)', () => {
  const root = EMPTY_ROOT;

  it('are origin, decimal size and padded base64 root, each line ending in a newline, and nothing else', () => {
    expect(formatCheckpoint({ origin: 'pisa.test/log', size: 0, root })).toBe('pisa.test/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n');
    const note = signCheckpoint({ origin: 'pisa.test/log', size: 1234, root }, signer);
    expect(openCheckpoint(note, [verifier], 'pisa.test/log')).toMatchObject({
      ok: true,
      checkpoint: { origin: 'pisa.test/log', size: 1234, root, extensions: [] },
    });
  });

  it('tolerate extension lines when parsing', () => {
    expect(parseCheckpoint(`o\n1\n${encodeBase64(root)}\nextension one\nx\n`)?.extensions).toEqual(['extension one', 'x']);
  });

  it.each([
    ['a leading zero', `o\n01\n${encodeBase64(root)}\n`],
    ['a thousands separator', `o\n1,000\n${encodeBase64(root)}\n`],
    ['a negative size', `o\n-1\n${encodeBase64(root)}\n`],
    ['a size beyond 2^53', `o\n9007199254740993\n${encodeBase64(root)}\n`],
    ['a hex root', `o\n1\n${'00'.repeat(32)}\n`],
    ['a base64url root', `o\n1\n47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU=\n`],
    ['a short root', `o\n1\n${encodeBase64(root.subarray(1))}\n`],
    ['an empty origin', `\n1\n${encodeBase64(root)}\n`],
    ['no final newline', `o\n1\n${encodeBase64(root)}`],
    ['two lines', `o\n1\n`],
    ['an empty extension line', `o\n1\n${encodeBase64(root)}\n\n`],
  ])('refuse %s', (_what, text) => {
    expect(parseCheckpoint(text)).toBeNull();
  });

  it('refuse another origin than expected', () => {
    const note = signCheckpoint({ origin: 'pisa.test/log', size: 1, root }, signer);
    expect(openCheckpoint(note, [verifier], 'other.test/log')).toEqual({ ok: false, reason: 'CHECKPOINT_ORIGIN' });
  });
});
