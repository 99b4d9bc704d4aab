import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/core/log/bytes.js';
import { parseCheckpoint } from '../../src/core/log/checkpoint.js';
import { decodeLogEntry } from '../../src/core/log/log-entry.js';
import { createNoteVerifier } from '../../src/core/log/note-keys.js';
import { parseNote } from '../../src/core/log/signed-note.js';
import { auditTiledLog } from '../../src/core/log/tile-client.js';
import { decodeBase64Url } from '../../src/core/receipt/base64url.js';
import { verifyReceipt } from '../../src/core/receipt/verify-receipt.js';
import { nodeEd25519Verify } from '../../src/main/log-keys.js';
import { shopYaml } from '../support/shop-declaration.js';
import { createTestAccount, expectError, type SessionHeaders, setupTestContext, signIn } from './helper.js';

// Notices, consent and receipts end to end through the HTTP API, on the embedded database.

const ctx = setupTestContext();

const SHOP_YAML = shopYaml('Consent Shop');

const CONTEXT = {
  legal_name: 'Consent Shop Ltd.',
  address: '1 Example Road, Shanghai',
  email: 'privacy@shop.example',
  rights_url: 'https://shop.example/rights',
  withdraw_url: 'https://shop.example/withdraw',
};

type Shop = { slug: string; session: SessionHeaders; key: string; readKey: string; noticeHash: string };

async function shop(): Promise<Shop> {
  const { raw, stores, protector } = ctx();
  const account = await createTestAccount({ stores, protector }, {});
  const session = await signIn(raw, account.email ?? '');
  const organisation = (
    await raw.inject({ method: 'POST', url: '/api/organisations', headers: session, payload: { name: `Shop ${randomUUID().slice(0, 6)}` } })
  ).json();
  const slug = `shop-${randomUUID().slice(0, 8)}`;
  const created = await raw.inject({
    method: 'POST',
    url: '/api/processors',
    headers: session,
    payload: { name: 'Consent Shop', slug, organisation_id: organisation.id },
  });
  expect(created.statusCode, created.body).toBe(201);
  const imported = await raw.inject({ method: 'POST', url: `/api/processors/${slug}/declarations`, headers: session, payload: { source: SHOP_YAML } });
  expect(imported.statusCode, imported.body).toBe(201);
  const published = await raw.inject({ method: 'POST', url: `/api/processors/${slug}/notices`, headers: session, payload: CONTEXT });
  expect(published.statusCode, published.body).toBe(201);
  const keyOf = async (scopes: string[]) =>
    (
      await raw.inject({ method: 'POST', url: `/api/organisations/${organisation.id}/api-keys`, headers: session, payload: { name: scopes.join(' '), scopes } })
    ).json().key as string;
  return { slug, session, key: await keyOf(['consent:collect']), readKey: await keyOf(['consent:read']), noticeHash: published.json().notice.content_hash };
}

const record = (s: Shop, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  ctx().raw.inject({
    method: 'POST',
    url: `/api/processors/${s.slug}/consents`,
    headers: { authorization: `Bearer ${s.key}`, ...headers },
    payload: { notice_hash: s.noticeHash, method: 'widget', ...payload },
  });

const check = (s: Shop, subject: string, purpose: string) =>
  ctx().raw.inject({
    method: 'GET',
    url: `/api/processors/${s.slug}/consents/check?subject=${subject}&purpose=${encodeURIComponent(purpose)}`,
    headers: { authorization: `Bearer ${s.readKey}` },
  });

describe('notices', () => {
  it('publishes a content-addressed version once, and serves it publicly with readability figures', async () => {
    const s = await shop();
    const again = await ctx().raw.inject({ method: 'POST', url: `/api/processors/${s.slug}/notices`, headers: s.session, payload: CONTEXT });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, notice: { content_hash: s.noticeHash, version: 1 } });
    const current = await ctx().raw.inject({ method: 'GET', url: `/api/processors/${s.slug}/notice` });
    expect(current.statusCode).toBe(200);
    expect(current.json().notice.notice.layer1.zh.purposes.map((p: { id: string }) => p.id)).toEqual(['orders', 'marketing', 'location', 'ads']);
    expect(current.json().readability['zh-CN'].layer1.characters).toBeGreaterThan(0);
    const byHash = await ctx().raw.inject({ method: 'GET', url: `/api/notices/${s.noticeHash}` });
    expect(byHash.headers['cache-control']).toContain('immutable');
  });

  it('asks for fresh consent when a purpose gains data, and shows the diff', async () => {
    const s = await shop();
    const changed = SHOP_YAML.replace('data: [email, device_id]', 'data: [email, device_id, person_name]');
    await ctx().raw.inject({ method: 'POST', url: `/api/processors/${s.slug}/declarations`, headers: s.session, payload: { source: changed } });
    const v2 = await ctx().raw.inject({ method: 'POST', url: `/api/processors/${s.slug}/notices`, headers: s.session, payload: CONTEXT });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json().impact.fresh.map((f: { id: string }) => f.id)).toContain('marketing');
    const diff = await ctx().raw.inject({ method: 'GET', url: `/api/notices/${v2.json().notice.content_hash}/diff?from=${s.noticeHash}` });
    expect(diff.statusCode, diff.body).toBe(200);
    expect(JSON.stringify(diff.json().text.en.layer1)).toContain('add');
  });

  it('refuses to publish without a declaration, and a processor of another organisation', async () => {
    const s = await shop();
    const other = await shop();
    expectError(
      await ctx().raw.inject({ method: 'POST', url: `/api/processors/${other.slug}/notices`, headers: s.session, payload: CONTEXT }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await ctx().raw.inject({ method: 'POST', url: `/api/processors/${s.slug}/notices`, headers: s.session, payload: { ...CONTEXT, rights_url: 'ftp://x' } }),
      400,
      'REQUEST_INVALID',
    );
  });
});

describe('consent', () => {
  it('records a grant with a signed receipt and answers "may I process?"', async () => {
    const s = await shop();
    expect((await check(s, 'u-1', 'marketing')).json()).toMatchObject({ allowed: false, reason: 'NOT_ASKED' });
    const granted = await record(s, { subject: 'u-1', decisions: [{ purpose: 'marketing', action: 'grant' }] });
    expect(granted.statusCode, granted.body).toBe(201);
    const [receipt] = granted.json().receipts;
    expect(receipt).toMatchObject({
      schema: 'pisa-receipt/1',
      subject: 'u-1',
      notice_hash: s.noticeHash,
      event: { state: 'given', method: 'widget' },
      log: null,
    });
    const after = (await check(s, 'u-1', 'marketing')).json();
    expect(after, JSON.stringify(after)).toMatchObject({ allowed: true, reason: 'GRANTED' });
    // A necessary purpose on a contract basis needs no consent, whatever was refused.
    await record(s, { subject: 'u-1', all: 'refuse' });
    expect((await check(s, 'u-1', 'orders')).json()).toMatchObject({ allowed: true, reason: 'NOT_CONSENT_BASED' });
  });

  it('withdraws with one call, as easily as it was given', async () => {
    const s = await shop();
    await record(s, { subject: 'u-2', decisions: [{ purpose: 'marketing', action: 'grant' }] });
    const withdrawn = await record(s, { subject: 'u-2', decisions: [{ purpose: 'marketing', action: 'withdraw' }] });
    expect(withdrawn.statusCode).toBe(201);
    expect((await check(s, 'u-2', 'marketing')).json()).toMatchObject({ allowed: false, reason: 'WITHDRAWN' });
    const history = await ctx().raw.inject({
      method: 'GET',
      url: `/api/processors/${s.slug}/consents/history?subject=u-2`,
      headers: { authorization: `Bearer ${s.readKey}` },
    });
    expect(history.json().events.map((e: { action: string }) => e.action)).toEqual(['grant', 'withdraw']);
  });

  it('never lets "accept all" grant a separate-consent item', async () => {
    const s = await shop();
    // "Accept all" while separate items are left undecided is refused as bundling: nothing is stored.
    const bundled = expectError(await record(s, { subject: 'u-3', all: 'grant' }), 400, 'CONSENT_BUNDLED');
    expect(bundled.issues.map((i) => i.message.en).join(' ')).toContain('location#sensitive');
    expect((await check(s, 'u-3', 'marketing')).json()).toMatchObject({ allowed: false, reason: 'NOT_ASKED' });
    // Each separate item decided on its own: "accept all" covers only the ordinary purposes.
    const ok = await record(s, {
      subject: 'u-3',
      all: 'grant',
      decisions: [
        { purpose: 'location#sensitive', action: 'refuse' },
        { purpose: 'ads#provision:adnet', action: 'refuse' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await check(s, 'u-3', 'marketing')).json()).toMatchObject({ allowed: true, reason: 'GRANTED' });
    expect((await check(s, 'u-3', 'location')).json()).toMatchObject({ allowed: false, reason: 'SEPARATE_CONSENT_MISSING', missing: ['location#sensitive'] });
    await record(s, { subject: 'u-3', decisions: [{ purpose: 'location#sensitive', action: 'grant' }] });
    expect((await check(s, 'u-3', 'location')).json()).toMatchObject({ allowed: true, reason: 'GRANTED' });
  });

  it('records Sec-GPC: 1 as an opt-out of sale and sharing for California', async () => {
    const s = await shop();
    const response = await record(s, { subject: 'u-4', decisions: [] }, { 'sec-gpc': '1' });
    expect(response.statusCode, response.body).toBe(201);
    const gpc = response.json().receipts.filter((r: { event: { method: string } }) => r.event.method === 'gpc');
    expect(gpc.length).toBeGreaterThan(0);
    expect(gpc[0].event).toMatchObject({ type: 'signal', state: 'refused' });
  });

  it('refuses bad input with stable codes, and stores nothing', async () => {
    const s = await shop();
    expectError(await record(s, { subject: 'someone@mail.example', decisions: [{ purpose: 'marketing', action: 'grant' }] }), 400, 'CONSENT_SUBJECT_INVALID');
    expectError(await record(s, { subject: '13800138000', decisions: [{ purpose: 'marketing', action: 'grant' }] }), 400, 'CONSENT_SUBJECT_INVALID');
    expectError(await record(s, { subject: 'u-5', decisions: [{ purpose: 'nope', action: 'grant' }] }), 400, 'CONSENT_PURPOSE_UNKNOWN');
    expectError(
      await record(s, { subject: 'u-5', notice_hash: `sha256:${'0'.repeat(64)}`, decisions: [{ purpose: 'marketing', action: 'grant' }] }),
      409,
      'CONSENT_NOTICE_OUTDATED',
    );
    expectError(await record(s, { subject: 'u-5', decisions: [{ purpose: 'marketing', action: 'grant' }], extra: 1 }), 400, 'REQUEST_INVALID');
    expectError(await record(s, { subject: 'u-5', age: 10, decisions: [{ purpose: 'marketing', action: 'grant' }] }), 400, 'CONSENT_GUARDIAN_REQUIRED');
    const history = await ctx().raw.inject({
      method: 'GET',
      url: `/api/processors/${s.slug}/consents/history?subject=u-5`,
      headers: { authorization: `Bearer ${s.readKey}` },
    });
    expect(history.json().events).toEqual([]);
  });

  it('keeps processors apart: a key records only for its own organisation', async () => {
    const a = await shop();
    const b = await shop();
    const response = await ctx().raw.inject({
      method: 'POST',
      url: `/api/processors/${b.slug}/consents`,
      headers: { authorization: `Bearer ${a.key}` },
      payload: { notice_hash: b.noticeHash, subject: 'u-6', decisions: [{ purpose: 'marketing', action: 'grant' }] },
    });
    expect([403, 404]).toContain(response.statusCode);
    // A collect-only key cannot read consent state.
    const read = await ctx().raw.inject({
      method: 'GET',
      url: `/api/processors/${a.slug}/consents/check?subject=u-6&purpose=marketing`,
      headers: { authorization: `Bearer ${a.key}` },
    });
    expect(read.statusCode).toBe(403);
  });

  it('lets a signed-in person decide in the portal and see their receipts', async () => {
    const s = await shop();
    const person = await createTestAccount({ stores: ctx().stores, protector: ctx().protector }, {});
    const session = await signIn(ctx().raw, person.email ?? '');
    const mine = await ctx().raw.inject({
      method: 'POST',
      url: '/api/me/consents',
      headers: session,
      payload: { processor: s.slug, notice_hash: s.noticeHash, decisions: [{ purpose: 'marketing', action: 'grant' }] },
    });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json().receipts[0].subject).toBe(`pisa:${person.id}`);
    const receipts = await ctx().raw.inject({ method: 'GET', url: '/api/me/receipts', headers: session });
    expect(receipts.json().receipts.map((r: { receipt_id: string }) => r.receipt_id)).toEqual([mine.json().receipts[0].receipt_id]);
    // Stored with its payload detached, the receipt comes back whole: the same signed JWS and body as issued.
    expect(receipts.json().receipts[0]).toEqual(mine.json().receipts[0]);
    const history = await ctx().raw.inject({ method: 'GET', url: `/api/me/consents/${s.slug}`, headers: session });
    expect(history.json().answers.find((a: { purposeId: string }) => a.purposeId === 'marketing')).toMatchObject({ allowed: true });
  });
});

describe('receipts and the log', () => {
  it('upgrades a receipt with its inclusion proof once sequenced, and it verifies offline', async () => {
    const s = await shop();
    const granted = (await record(s, { subject: 'u-7', decisions: [{ purpose: 'marketing', action: 'grant' }] })).json().receipts[0];
    const before = await ctx().raw.inject({ method: 'POST', url: '/api/receipts/proof', payload: { receipt_id: granted.receipt_id } });
    expect(before.json()).toEqual({ receipt_id: granted.receipt_id, log: null });
    await ctx().services.transparencyLog.sequenceBatch();
    const after = (await ctx().raw.inject({ method: 'POST', url: '/api/receipts/proof', payload: { receipt_id: granted.receipt_id } })).json();
    expect(after.log.index).toMatch(/^\d+$/);

    const jwks = (await ctx().raw.inject({ method: 'GET', url: '/api/receipts/keys' })).json();
    const vkey = (await ctx().raw.inject({ method: 'GET', url: '/log/vkey' })).body.trim();
    const verifier = createNoteVerifier(vkey, nodeEd25519Verify);
    if (verifier === null) throw new Error(`bad vkey ${vkey}`);
    const trust = { receiptKeys: new Map([[jwks.keys[0].kid, decodeBase64Url(jwks.keys[0].x) as Uint8Array]]), logVerifiers: [verifier] };
    const bundle = { ...granted, log: after.log };
    expect(verifyReceipt(bundle, trust, nodeEd25519Verify)).toMatchObject({ ok: true, receiptId: granted.receipt_id });
    expect(verifyReceipt({ ...bundle, purposes: [] }, trust, nodeEd25519Verify)).toMatchObject({ ok: false, reason: 'RECEIPT_BODY_MISMATCH' });
  });

  it('leaves no personal information in the public log', async () => {
    const s = await shop();
    await record(s, { subject: 'u-8-secret', decisions: [{ purpose: 'marketing', action: 'grant' }] });
    await ctx().services.transparencyLog.sequenceBatch();
    const bundle = await ctx().raw.inject({ method: 'GET', url: '/log/tile/entries/000.p/1' });
    const full = await ctx().raw.inject({ method: 'GET', url: '/log/checkpoint' });
    expect(full.statusCode).toBe(200);
    expect(Buffer.from(bundle.rawPayload).toString('latin1')).not.toContain('u-8-secret');
  });

  it('anchors every audit-trail entry in the same public log', async () => {
    const s = await shop();
    await ctx().services.transparencyLog.sequenceBatch(1_000_000);
    const [latest] = await ctx().services.audit.list({ limit: 1, action: 'notice.publish' });
    if (latest === undefined) throw new Error('no audit entry');
    const note = (await ctx().raw.inject({ method: 'GET', url: '/log/checkpoint' })).body;
    const checkpoint = parseCheckpoint(parseNote(note)?.text ?? '');
    if (checkpoint === null) throw new Error(`bad checkpoint ${note}`);
    const fetchLog = async (path: string) => {
      const response = await ctx().raw.inject({ method: 'GET', url: `/log/${path}` });
      return response.statusCode === 200 ? new Uint8Array(response.rawPayload) : null;
    };
    const audited = await auditTiledLog(checkpoint, fetchLog);
    if (!audited.ok) throw new Error(`log audit failed: ${audited.reason} ${audited.path}`);
    const anchored = audited.entries
      .map(decodeLogEntry)
      .filter((e) => e?.kind === 'audit-entry')
      .map((e) => toHex(e?.commitment ?? new Uint8Array()));
    expect(anchored).toContain(latest.hash);
    expect(s.slug).toBeTruthy();
  });
});
