import { describe, expect, it } from 'vitest';
import { signCheckpoint } from '../../../../src/core/log/checkpoint.js';
import { createNobleSigner, nobleEd25519Verify, noblePublicKey } from '../../../../src/core/log/ed25519-noble.js';
import { formatVerifierKey } from '../../../../src/core/log/note-keys.js';
import { describeLog } from './log-state';

const ORIGIN = 'pisa.test/log';
const seed = new Uint8Array(32).fill(4);
const VKEY = formatVerifierKey(ORIGIN, noblePublicKey(seed));
const ROOT = new Uint8Array(32).fill(1);
const CHECKPOINT = signCheckpoint({ origin: ORIGIN, size: 42, root: ROOT }, createNobleSigner(ORIGIN, seed));

describe('describeLog', () => {
  it('reads size and root of a checkpoint that verifies with the vkey', () => {
    const state = describeLog(CHECKPOINT, `${VKEY}\n`, nobleEd25519Verify);
    expect(state).toMatchObject({ origin: ORIGIN, size: 42, root: 'AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=', verified: true });
    expect(state.key?.name).toBe(ORIGIN);
    expect(state.key?.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  });

  it('still describes a checkpoint signed by another key, marked unverified', () => {
    const other = signCheckpoint({ origin: ORIGIN, size: 7, root: ROOT }, createNobleSigner(ORIGIN, new Uint8Array(32).fill(5)));
    expect(describeLog(other, VKEY, nobleEd25519Verify)).toMatchObject({ size: 7, verified: false });
  });

  it('says nothing it cannot read', () => {
    expect(describeLog('garbage', 'not a key', nobleEd25519Verify)).toEqual({ origin: null, size: null, root: null, verified: false, key: null });
  });
});
