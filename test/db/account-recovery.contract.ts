import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { type OpenDatabase, setupDatabase } from './support.js';

const at = new Date('2026-11-27T12:00:00.000Z');
const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

async function account(stores: Stores): Promise<string> {
  const id = randomUUID();
  const created = await stores.accounts.create({
    id,
    email_index: `idx-${id}`,
    email_enc: 'pisa1.k1.x.y',
    phone_index: null,
    phone_enc: null,
    name_enc: null,
    password_hash: '$argon2id$stub',
    status: 'active',
    createdAt: at,
    verifiedAt: at,
  });
  if (!created) throw new Error('account not created');
  return id;
}

/** Password reset tokens and recovery codes: single use under concurrency, on every backend. */
export function accountRecoveryContract(open: OpenDatabase): void {
  describe('password resets and recovery codes', () => {
    const opened = setupDatabase(open);
    const stores = () => opened().stores;

    it('password resets: a token is used once even by concurrent requests, never after it expires, and only the latest works', async () => {
      const id = await account(stores());
      const issue = (hash: string) => stores().passwordResets.issue({ accountId: id, tokenHash: hash, createdAt: at, expiresAt: later(30) });
      await issue(`t1-${id}`);
      const uses = await Promise.all([stores().passwordResets.consume(`t1-${id}`, later(1)), stores().passwordResets.consume(`t1-${id}`, later(1))]);
      expect(uses.sort()).toEqual([id, null].sort());
      await issue(`t2-${id}`);
      expect(await stores().passwordResets.consume(`t2-${id}`, later(31))).toBeNull();
      await issue(`t3-${id}`);
      await issue(`t4-${id}`);
      expect(await stores().passwordResets.consume(`t3-${id}`, later(1))).toBeNull();
      expect(await stores().passwordResets.consume(`t4-${id}`, later(1))).toBe(id);
      expect(await stores().passwordResets.countIssuedSince(id, at)).toBe(4);
    });

    it('recovery codes: each is used once even by concurrent requests; replacing them retires the old ones', async () => {
      const id = await account(stores());
      await stores().recoveryCodes.replace(id, ['a.1', 'b.2', 'c.3'], at);
      const [first] = await stores().recoveryCodes.listUnused(id);
      if (!first) throw new Error('no codes stored');
      const uses = await Promise.all([stores().recoveryCodes.markUsed(first.id, later(1)), stores().recoveryCodes.markUsed(first.id, later(1))]);
      expect(uses.sort()).toEqual([false, true]);
      expect(await stores().recoveryCodes.countUnused(id)).toBe(2);
      await stores().recoveryCodes.replace(id, ['d.4'], later(2));
      expect((await stores().recoveryCodes.listUnused(id)).map((c) => c.code_hash)).toEqual(['d.4']);
      await stores().recoveryCodes.deleteForAccount(id);
      expect(await stores().recoveryCodes.countUnused(id)).toBe(0);
    });
  });
}
