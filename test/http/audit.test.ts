import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type AuditEntry, verifyChain } from '../../src/core/audit/chain.js';
import { routeTable } from '../../src/http/route-table.js';
import { DECLARATION_YAML, expectError, setupTestContext } from './helper.js';

const ctx = setupTestContext();
const admin = () => ctx().app;

type Page = { entries: AuditEntry[]; next_after: number | null };
const browse = async (query: Record<string, string>): Promise<Page> => (await admin().inject({ method: 'GET', url: '/api/audit', query })).json();

describe('the audit trail', () => {
  it('records who did what to which record, under which role, in which request', async () => {
    const created = await admin().inject({ method: 'POST', url: '/api/processors', payload: { name: 'Audited Co.', slug: 'audited-co' } });
    const processor = created.json();
    await admin().inject({ method: 'POST', url: '/api/processors/audited-co/declarations', payload: { source: DECLARATION_YAML } });
    await admin().inject({ method: 'POST', url: '/api/processors/audited-co/evaluations' });
    const { entries } = await browse({ target_id: processor.id });
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'processor.create',
        actor_type: 'account',
        role: 'admin',
        target_type: 'processor',
        before_hash: null,
        after_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    const adminId = (await admin().inject({ method: 'GET', url: '/api/me' })).json().id;
    expect(entries[0]?.actor_id).toBe(adminId);
    expect(entries[0]?.request_id).toMatch(/^[0-9a-f-]{36}$/);
    const actions = (await browse({ actor_id: adminId, limit: '1000' })).entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['session.sign_in', 'processor.create', 'declaration.import', 'evaluation.run']));
  });

  it('records sign-ins, registrations and key events of every kind of actor, without personal information', async () => {
    await ctx().raw.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: 'audited.person@example.com', password: 'correct horse battery staple' },
    });
    const { entries } = await browse({ action: 'account.register' });
    expect(entries.length).toBeGreaterThan(0);
    const exported = await admin().inject({ method: 'GET', url: '/api/audit/export', query: { format: 'json' } });
    expect(exported.body).not.toContain('audited.person');
    expect(exported.body).not.toContain('example.com');
  });

  it('pages in order with next_after', async () => {
    for (let i = 0; i < 3; i += 1) await admin().inject({ method: 'POST', url: '/api/processors', payload: { name: `Paged ${i}` } });
    const first = await browse({ action: 'processor.create', limit: '2' });
    expect(first.entries).toHaveLength(2);
    expect(first.next_after).toBe(first.entries[1]?.seq);
    const second = await browse({ action: 'processor.create', limit: '2', after: String(first.next_after) });
    expect(second.entries[0]?.seq).toBeGreaterThan(first.entries[1]?.seq ?? Infinity);
  });

  it('exports as CSV with a header, and as JSON with the same entries', async () => {
    const csv = await admin().inject({ method: 'GET', url: '/api/audit/export', query: { format: 'csv' } });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="pisa-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('seq,at,actor_type,actor_id,role,action,target_type,target_id,request_id,before_hash,after_hash,prev_hash,hash');
    const json = await admin().inject({ method: 'GET', url: '/api/audit/export', query: { format: 'json' } });
    const rows = json.json().entries as AuditEntry[];
    expect(rows).toHaveLength(lines.length - 1);
    expect(verifyChain(rows).ok).toBe(true);
  });

  it('verifies: the chain recomputes from the first entry', async () => {
    const verdict = (await admin().inject({ method: 'GET', url: '/api/audit/verify' })).json();
    expect(verdict).toMatchObject({ ok: true, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(verdict.entries).toBeGreaterThan(3);
  });

  it('is closed to everyone but Association admins', async () => {
    for (const url of ['/api/audit', '/api/audit/export', '/api/audit/verify'])
      expectError(await ctx().raw.inject({ method: 'GET', url }), 401, 'UNAUTHENTICATED');
  });

  it('has no API to change or delete entries, and the database refuses to', async () => {
    const writes = routeTable(ctx().raw).filter((r) => r.url.startsWith('/api/audit') && r.method !== 'GET' && r.method !== 'HEAD');
    expect(writes).toEqual([]);
    const [entry] = (await browse({ limit: '1' })).entries;
    const refusal = (query: Promise<unknown>) =>
      query.then(
        () => 'accepted',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(await refusal(ctx().db.execute(sql`update audit_log set role = 'auditor' where seq = ${entry?.seq ?? 0}`))).toMatch(/append-only: UPDATE refused/);
    expect(await refusal(ctx().db.execute(sql`delete from audit_log`))).toMatch(/append-only: DELETE refused/);
  });

  it('shows tampering done around the trigger (by a database superuser) as a broken chain', async () => {
    const { entries } = await browse({ limit: '3' });
    const victim = entries[1];
    if (!victim) throw new Error('no entries');
    // Only the table's owner or a superuser can do this: disable the trigger, rewrite an entry, enable it again.
    await ctx().db.execute(sql`alter table audit_log disable trigger audit_log_no_update_or_delete`);
    await ctx().db.execute(sql`update audit_log set role = 'auditor' where seq = ${victim.seq}`);
    await ctx().db.execute(sql`alter table audit_log enable trigger audit_log_no_update_or_delete`);
    const verdict = (await admin().inject({ method: 'GET', url: '/api/audit/verify' })).json();
    expect(verdict).toMatchObject({ ok: false, broken_at: victim.seq, reason: 'hash', entries: victim.seq - 1 });
  });
});
