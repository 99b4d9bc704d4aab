import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Stores } from '../../src/db/stores.js';
import { type OpenDatabase, setupDatabase, uniqueSlug } from './support.js';

const at = new Date('2026-11-27T12:00:00.000Z');

async function account(stores: Stores, overrides: { email_index?: string } = {}) {
  const id = randomUUID();
  const created = await stores.accounts.create({
    id,
    email_index: overrides.email_index ?? `idx-${id}`,
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
  return created;
}

/** Accounts, sessions, throttles, organisations, memberships, invitations, API keys and the outbox. */
export function identityStoreContract(open: OpenDatabase): void {
  describe('identity stores', () => {
    const opened = setupDatabase(open);
    const stores = () => opened().stores;

    it('accounts: one account per blind index, found by it; a taken index creates nothing', async () => {
      const index = `idx-${randomUUID()}`;
      const first = await account(stores(), { email_index: index });
      await expect(account(stores(), { email_index: index })).rejects.toThrow('account not created');
      expect((await stores().accounts.findByIndex(index))?.id).toBe(first.id);
    });

    it('accounts: a TOTP step is claimed once, and only forwards', async () => {
      const a = await account(stores());
      const claims = await Promise.all([stores().accounts.claimTotpStep(a.id, 100), stores().accounts.claimTotpStep(a.id, 100)]);
      expect(claims.sort()).toEqual([false, true]);
      expect(await stores().accounts.claimTotpStep(a.id, 99)).toBe(false);
      expect(await stores().accounts.claimTotpStep(a.id, 101)).toBe(true);
    });

    it('sessions: found by token hash, ended one by one or all but one', async () => {
      const a = await account(stores());
      const make = (hash: string) =>
        stores().sessions.create({ tokenHash: hash, accountId: a.id, stage: 'full', mfa: false, createdAt: at, expiresAt: new Date(at.getTime() + 3600_000) });
      const one = await make(`h1-${a.id}`);
      const two = await make(`h2-${a.id}`);
      await make(`h3-${a.id}`);
      expect((await stores().sessions.findByTokenHash(`h1-${a.id}`))?.id).toBe(one.id);
      expect(await stores().sessions.delete(one.id)).toBe(true);
      expect(await stores().sessions.findByTokenHash(`h1-${a.id}`)).toBeNull();
      expect(await stores().sessions.deleteForAccount(a.id, two.id)).toBe(1);
      expect((await stores().sessions.listForAccount(a.id)).map((s) => s.id)).toEqual([two.id]);
    });

    it('throttles: concurrent failures all count; an old window restarts at one', async () => {
      const key = `id:${randomUUID()}`;
      const windowStart = new Date(at.getTime() - 900_000);
      await Promise.all(Array.from({ length: 5 }, () => stores().throttles.recordFailure(key, at, windowStart)));
      expect((await stores().throttles.get(key))?.failures).toBe(5);
      const later = new Date(at.getTime() + 3_600_000);
      const restarted = await stores().throttles.recordFailure(key, later, new Date(later.getTime() - 900_000));
      expect(restarted.failures).toBe(1);
      await stores().throttles.clear(key);
      expect(await stores().throttles.get(key)).toBeNull();
    });

    it('memberships: adding twice keeps one; the last owner stays; roles and organisations must agree', async () => {
      const org = await stores().organisations.create({ slug: uniqueSlug('org'), name: 'Org', createdAt: at });
      if (!org) throw new Error('org');
      const owner = await account(stores());
      const first = await stores().memberships.add({ accountId: owner.id, role: 'owner', organisationId: org.id, createdAt: at });
      const again = await stores().memberships.add({ accountId: owner.id, role: 'owner', organisationId: org.id, createdAt: at });
      expect(again.id).toBe(first.id);
      const admin = await stores().memberships.add({ accountId: owner.id, role: 'admin', organisationId: null, createdAt: at });
      expect((await stores().memberships.add({ accountId: owner.id, role: 'admin', organisationId: null, createdAt: at })).id).toBe(admin.id);
      expect(await stores().memberships.remove(first.id)).toBe('last_owner');
      await expect(stores().memberships.add({ accountId: owner.id, role: 'admin', organisationId: org.id, createdAt: at })).rejects.toThrow();
      await expect(stores().memberships.add({ accountId: owner.id, role: 'staff', organisationId: null, createdAt: at })).rejects.toThrow();
      expect((await stores().memberships.listForAccount(owner.id)).map((m) => m.role).sort()).toEqual(['admin', 'owner']);
    });

    it('invitations: accepted once, even by concurrent accepts', async () => {
      const invitation = await stores().invitations.create({
        tokenHash: `t-${randomUUID()}`,
        role: 'auditor',
        organisationId: null,
        identifierIndex: 'idx',
        createdBy: null,
        createdAt: at,
        expiresAt: new Date(at.getTime() + 3600_000),
      });
      const a = await account(stores());
      const results = await Promise.all([stores().invitations.accept(invitation.id, a.id, at), stores().invitations.accept(invitation.id, a.id, at)]);
      expect(results.sort()).toEqual([false, true]);
    });

    it('API keys: found by hash, revoked once, last use recorded', async () => {
      const org = await stores().organisations.create({ slug: uniqueSlug('keys'), name: 'Keys', createdAt: at });
      if (!org) throw new Error('org');
      const hash = randomUUID().replaceAll('-', '');
      const key = await stores().apiKeys.create({
        organisationId: org.id,
        name: 'k',
        prefix: 'pisa_abc',
        keyHash: hash,
        scopes: ['processors:read'],
        createdBy: null,
        createdAt: at,
      });
      expect((await stores().apiKeys.findByHash(hash))?.id).toBe(key.id);
      await stores().apiKeys.markUsed(key.id, at);
      const revoked = await stores().apiKeys.revoke(key.id, at);
      expect(revoked).toMatchObject({ revoked_at: at.toISOString(), last_used_at: at.toISOString() });
      expect((await stores().apiKeys.revoke(key.id, new Date(at.getTime() + 1000)))?.revoked_at).toBe(at.toISOString());
    });

    it('outbox: pending oldest first; sending erases the content', async () => {
      const id = randomUUID();
      await stores().outbox.enqueue({ id, channel: 'email', recipientEnc: 'r', template: 'verify_identifier', paramsEnc: 'p', createdAt: at });
      expect((await stores().outbox.pending(10_000)).some((m) => m.id === id)).toBe(true);
      await stores().outbox.markSent(id, at);
      expect((await stores().outbox.pending(10_000)).some((m) => m.id === id)).toBe(false);
      expect((await stores().outbox.listAll()).find((m) => m.id === id)?.params_enc).toBeNull();
    });

    it('processors: listed per organisation', async () => {
      const org = await stores().organisations.create({ slug: uniqueSlug('owner'), name: 'Owner', createdAt: at });
      if (!org) throw new Error('org');
      const p = await stores().processors.create({ slug: uniqueSlug('owned'), name: 'Owned', organisationId: org.id, createdAt: at });
      expect((await stores().processors.list({ organisationIds: [org.id] })).map((r) => r.id)).toEqual([p?.id]);
      expect(await stores().processors.list({ organisationIds: [] })).toEqual([]);
    });

    it('stores no plaintext: the accounts table has no column meant for it', async () => {
      const result = await opened().database.db.execute(
        sql`select column_name from information_schema.columns where table_name = 'accounts' order by column_name`,
      );
      const columns = (result as unknown as { rows: { column_name: string }[] }).rows.map((r) => r.column_name);
      expect(columns.filter((c) => /email|phone|name/.test(c)).sort()).toEqual(['email_enc', 'email_index', 'name_enc', 'phone_enc', 'phone_index']);
    });
  });
}
