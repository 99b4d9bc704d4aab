import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../core/declaration/parse.js';
import { buildNotice } from '../core/notice/build-notice.js';
import { noticeContentHash } from '../core/notice/content-hash.js';
import { createConsentService } from './consent.js';
import type { ConsentStore } from './consent-ports.js';
import type { NoticeService } from './notices.js';
import type { ProcessorStore } from './ports.js';

// The consent service over in-memory ports: how often it reads the current notice under load.

const parsed = parseDeclaration({
  processor: { name: 'Memory Shop', jurisdictions: ['CN'] },
  activities: [{ id: 'newsletter', purpose: 'Send offers', legal_basis: 'consent', data: ['email'] }],
});
if (!parsed.ok) throw new Error('test declaration is invalid');
const notice = buildNotice(parsed.declaration, {
  legal_name: 'Memory Shop Ltd.',
  address: 'Memory Road 1',
  email: 'privacy@memory.example',
  rights_url: 'https://memory.example/rights',
  withdraw_url: 'https://memory.example/withdraw',
  version: 'v1',
});
const hash = noticeContentHash(notice);
const PROCESSOR = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'memory-shop',
  name: 'Memory Shop',
  organisation_id: null,
  created_at: '2026-11-27T00:00:00.000Z',
};

function setup() {
  let now = Date.parse('2026-11-27T00:00:00.000Z');
  const reads = { current: 0 };
  const notices = {
    current: async () => {
      reads.current += 1;
      await new Promise((resolve) => setTimeout(resolve, 5)); // a database round trip
      return {
        id: 'n1',
        processor_id: PROCESSOR.id,
        version: 1,
        content_hash: hash,
        declaration_version_id: 'd1',
        created_at: '2026-11-27T00:00:00.000Z',
        notice,
      };
    },
  } as unknown as NoticeService;
  const consents = { recordMany: async (records: readonly unknown[]) => records.map((_, i) => String(i + 1)) } as unknown as ConsentStore;
  const processors = { findBySlug: async () => PROCESSOR, findById: async () => PROCESSOR } as unknown as ProcessorStore;
  const service = createConsentService({
    consents,
    processors,
    notices,
    signer: { keyId: 'k1', sign: async () => 'header.payload.signature' },
    clock: { now: () => new Date(now) },
    randomBytes: (size) => randomBytes(size),
  });
  const record = (subject: string) =>
    service.record({
      processor: PROCESSOR.slug,
      noticeHash: hash,
      subject,
      accountId: null,
      method: 'widget',
      actor: { kind: 'self' },
      decisions: [{ purposeId: 'newsletter', action: 'grant' }],
    });
  return { record, reads, advance: (ms: number) => (now += ms) };
}

describe('the consent service under concurrent requests', () => {
  it('reads the current notice once for many requests, also when the cached one has expired', async () => {
    const { record, reads, advance } = setup();
    const first = await Promise.all(Array.from({ length: 20 }, (_, i) => record(`person-${i}`)));
    expect(first.every((r) => r.receipts.length === 1 && r.notice_hash === hash)).toBe(true);
    expect(reads.current).toBe(1);
    advance(6_000);
    await Promise.all(Array.from({ length: 20 }, (_, i) => record(`later-${i}`)));
    expect(reads.current).toBe(2);
  });
});
