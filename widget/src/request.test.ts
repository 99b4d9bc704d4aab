import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsentRequest } from '../../src/core/consent/types.js';
import { validateConsentDecision } from '../../src/core/consent/validate-decision.js';
import { parseDeclaration } from '../../src/core/declaration/parse.js';
import { buildNotice } from '../../src/core/notice/build-notice.js';
import type { Notice } from '../../src/core/notice/types.js';
import { ProcessorConsentBodySchema } from '../../src/http/schemas/consent.js';
import { validDeclarationArb } from '../../test/support/arbitraries.js';
import { CONTEXT } from '../../test/support/notice-fixtures.js';
import { childStateOf } from './child.js';
import {
  apiBase,
  type BodyInput,
  buildConsentBody,
  type ConsentBody,
  isNoticeResponse,
  isSubject,
  loadNotice,
  postConsent,
  receiptsPageUrl,
  type Submission,
  WidgetRequestError,
} from './request.js';
import { type Choice, type Decisions, decide, initialDecisions, toPurposeViews } from './state.js';
import { WIDGET_SHOP } from './widget-shop.fixture.js';

const HASH = `sha256:${'a'.repeat(64)}`;
const views = toPurposeViews(WIDGET_SHOP);
const input = (decisions: Decisions, submission: Submission): BodyInput => ({ noticeHash: HASH, subject: 'u-1', lang: 'en', views, decisions, submission });

/**
 * What the API would say about the body: the core's own validation of the request it becomes.
 * Child rules are left out: they depend on who decides (a guardian, PIPL art. 31), not on the
 * body's shape; the tests below and child.test.ts check them with the actor the page names.
 */
function apiIssues(body: ConsentBody, notice: Notice): { code: string; value: unknown }[] {
  const request: ConsentRequest = {
    subject: body.subject,
    processorId: 'p',
    noticeHash: body.notice_hash,
    method: body.method,
    actor: { kind: 'self' },
    decisions: body.decisions.map((d) => ({ purposeId: d.purpose, action: d.action })),
    ...(body.all === undefined ? {} : { all: body.all }),
  };
  return validateConsentDecision(request, { hash: HASH, purposes: notice.purposes }, { age: null, jurisdictions: notice.jurisdictions })
    .filter((issue) => issue.code !== 'CONSENT_GUARDIAN_REQUIRED' && issue.code !== 'CONSENT_PARENTAL_REQUIRED')
    .map((issue) => ({ code: issue.code, value: issue.params['value'] }));
}

describe('buildConsentBody', () => {
  describe('when the person saves their choices', () => {
    it('lists every optional purpose (on: grant, off: refuse) and only the separate items answered', () => {
      const decisions = decide(decide(initialDecisions(views), 'marketing', 'grant'), 'location#sensitive', 'refuse');
      const built = buildConsentBody(input(decisions, 'choices'));
      expect(built).toEqual({
        ok: true,
        body: {
          notice_hash: HASH,
          subject: 'u-1',
          method: 'widget',
          lang: 'en',
          decisions: [
            { purpose: 'marketing', action: 'grant' },
            { purpose: 'location', action: 'refuse' },
            { purpose: 'ads', action: 'refuse' },
            { purpose: 'location#sensitive', action: 'refuse' },
          ],
        },
      });
    });

    it('never lists a necessary purpose (the API would answer CONSENT_NOT_REQUIRED)', () => {
      const built = buildConsentBody(input(initialDecisions(views), 'choices'));
      expect(built.ok && built.body.decisions.map((d) => d.purpose)).not.toContain('orders');
    });
  });

  describe('when the person accepts all', () => {
    it('refuses while an opt-in separate item is unanswered, naming each one', () => {
      const built = buildConsentBody(input(decide(initialDecisions(views), 'location#sensitive', 'grant'), 'accept-all'));
      expect(built).toEqual({ ok: false, reason: 'bundled', undecided: ['ads#provision:adnet'] });
    });

    it('sends all: grant with every separate item listed on its own once each is answered', () => {
      let decisions = initialDecisions(views);
      decisions = decide(decide(decisions, 'location#sensitive', 'grant'), 'ads#provision:adnet', 'refuse');
      const built = buildConsentBody(input(decisions, 'accept-all'));
      expect(built.ok && built.body.all).toBe('grant');
      expect(built.ok && built.body.decisions).toEqual([
        { purpose: 'location#sensitive', action: 'grant' },
        { purpose: 'ads#provision:adnet', action: 'refuse' },
      ]);
    });

    it('does not wait for opt-out items (they allow processing until the person opts out)', () => {
      let decisions = initialDecisions(views);
      decisions = decide(decide(decisions, 'location#sensitive', 'grant'), 'ads#provision:adnet', 'grant');
      expect(decisions['ads#sale-share']).toBeNull();
      expect(buildConsentBody(input(decisions, 'accept-all')).ok).toBe(true);
    });
  });

  it('refuse all sends all: refuse and nothing else', () => {
    const built = buildConsentBody(input(decide(initialDecisions(views), 'marketing', 'grant'), 'refuse-all'));
    expect(built.ok && built.body).toMatchObject({ all: 'refuse', decisions: [] });
  });

  it('has nothing to send for a notice that asks nothing', () => {
    const necessaryOnly = [{ id: 'orders', kind: 'necessary' as const, separate: [] }];
    for (const submission of ['choices', 'accept-all', 'refuse-all'] as const)
      expect(buildConsentBody({ ...input({}, submission), views: necessaryOnly })).toEqual({ ok: false, reason: 'empty' });
  });

  it('builds bodies the API accepts for any notice and any answers, and blocks "accept all" exactly when the API would refuse it as bundled', () => {
    // Every other activity on consent, so most notices ask something.
    const onConsent = validDeclarationArb.map((raw) => ({
      ...raw,
      activities: (raw.activities ?? []).map((a, i) => (i % 2 === 0 ? { ...a, legal_basis: 'consent' as const } : a)),
    }));
    const noticeArb = onConsent.chain((raw) => {
      const parsed = parseDeclaration(raw);
      if (!parsed.ok) return fc.constant(null);
      const notice = buildNotice(parsed.declaration, { ...CONTEXT });
      const ids = Object.keys(initialDecisions(toPurposeViews(notice)));
      const answers = fc.array(fc.constantFrom<Choice>('grant', 'refuse', null), { minLength: ids.length, maxLength: ids.length });
      return fc.tuple(fc.constant(notice), answers, fc.constantFrom<Submission>('choices', 'accept-all', 'refuse-all'));
    });
    fc.assert(
      fc.property(noticeArb, (generated) => {
        if (generated === null) return;
        const [notice, answers, submission] = generated;
        const noticeViews = toPurposeViews(notice);
        const decisions = Object.fromEntries(Object.keys(initialDecisions(noticeViews)).map((id, i) => [id, answers[i] ?? null]));
        const built = buildConsentBody({ noticeHash: HASH, subject: 'u-1', lang: 'zh-CN', views: noticeViews, decisions, submission });
        if (built.ok) {
          expect(apiIssues(built.body, notice)).toEqual([]);
        } else if (built.reason === 'bundled') {
          // The naive "accept all" the widget refused to send is what the API refuses too.
          const naive: ConsentBody = { notice_hash: HASH, subject: 'u-1', method: 'widget', lang: 'en', decisions: [], all: 'grant' };
          const refused = apiIssues(naive, notice).filter((issue) => issue.code === 'CONSENT_BUNDLED');
          for (const id of built.undecided) expect(refused.map((issue) => issue.value)).toContain(id);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('buildConsentBody for a child', () => {
  const decisions = decide(decide(decide(initialDecisions(views), 'marketing', 'grant'), 'location#sensitive', 'grant'), 'ads#provision:adnet', 'refuse');

  it('sends the age and the verified guardian as the actor, in the shape the API accepts', () => {
    const child = childStateOf(WIDGET_SHOP, { age: '13', guardianVerification: 'ID card checked in store', parentalMethod: null });
    const built = buildConsentBody({ ...input(decisions, 'accept-all'), child });
    expect(built.ok && built.body).toMatchObject({ age: 13, actor: { kind: 'guardian', verification: 'ID card checked in store' } });
    expect(built.ok && ProcessorConsentBodySchema.safeParse(built.body).success).toBe(true);
  });

  it('makes a request the core accepts from a verified parent for a child of 9 (PIPL art. 31 and 16 CFR 312.5)', () => {
    const child = childStateOf(WIDGET_SHOP, { age: '9', guardianVerification: null, parentalMethod: 'payment_card' });
    const built = buildConsentBody({ ...input(decisions, 'choices'), child });
    if (!built.ok) throw new Error('no body');
    const request: ConsentRequest = {
      subject: built.body.subject,
      processorId: 'p',
      noticeHash: built.body.notice_hash,
      method: 'widget',
      actor: built.body.actor ?? { kind: 'self' },
      decisions: built.body.decisions.map((d) => ({ purposeId: d.purpose, action: d.action })),
    };
    const subject = { age: built.body.age ?? null, jurisdictions: WIDGET_SHOP.jurisdictions };
    expect(validateConsentDecision(request, { hash: HASH, purposes: WIDGET_SHOP.purposes }, subject)).toEqual([]);
    expect(
      validateConsentDecision({ ...request, actor: { kind: 'self' } }, { hash: HASH, purposes: WIDGET_SHOP.purposes }, subject).map((i) => i.code),
    ).toEqual(['CONSENT_GUARDIAN_REQUIRED', 'CONSENT_PARENTAL_REQUIRED']);
  });

  it('sends an adult’s age without an actor (the person decides)', () => {
    const built = buildConsentBody({
      ...input(decisions, 'choices'),
      child: childStateOf(WIDGET_SHOP, { age: '30', guardianVerification: null, parentalMethod: null }),
    });
    expect(built.ok && built.body.age).toBe(30);
    expect(built.ok && 'actor' in built.body).toBe(false);
  });
});

describe('isSubject', () => {
  it('accepts pseudonymous ids as the API does and refuses the rest', () => {
    for (const good of ['u-1', 'shop-visitor-0a1b2c', 'acct:42', 'a.b_c']) expect(isSubject(good), good).toBe(true);
    for (const bad of [null, '', 'someone@mail.example', 'has space', 'x'.repeat(129), '<script>']) expect(isSubject(bad), String(bad)).toBe(false);
  });
});

describe('apiBase and receiptsPageUrl', () => {
  it('defaults to the page origin and drops trailing slashes', () => {
    expect(apiBase(null, 'https://shop.example')).toBe('https://shop.example');
    expect(apiBase('  ', 'https://shop.example')).toBe('https://shop.example');
    expect(apiBase('https://pisa.example/', 'https://shop.example')).toBe('https://pisa.example');
    expect(receiptsPageUrl('https://pisa.example')).toBe('https://pisa.example/receipts');
  });
});

type Sent = { url: string; init: RequestInit };

function fakeFetch(status: number, body: unknown, sent: Sent[] = []) {
  return async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
}

describe('postConsent', () => {
  const body: ConsentBody = { notice_hash: HASH, subject: 'u-1', method: 'widget', lang: 'en', decisions: [{ purpose: 'marketing', action: 'grant' }] };

  it('posts JSON with the publishable key as the only credential', async () => {
    const sent: Sent[] = [];
    const recorded = await postConsent(fakeFetch(201, { notice_hash: HASH, receipts: [] }, sent), 'https://pisa.example', 'my shop', 'pisa_k', body);
    expect(recorded).toEqual({ notice_hash: HASH, receipts: [] });
    expect(sent[0]?.url).toBe('https://pisa.example/api/processors/my%20shop/consents');
    expect(sent[0]?.init).toMatchObject({
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      headers: { authorization: 'Bearer pisa_k', 'content-type': 'application/json' },
    });
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual(body);
  });

  it("turns an API error into its stable code and the API's zh/en message", async () => {
    const error = { statusCode: 400, code: 'CONSENT_BUNDLED', message: { en: 'needs its own consent', zh: '需要单独同意' }, issues: [], request_id: 'r' };
    const failure = await postConsent(fakeFetch(400, error), 'https://p', 's', 'k', body).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WidgetRequestError);
    expect(failure).toMatchObject({ status: 400, code: 'CONSENT_BUNDLED', apiMessage: { en: 'needs its own consent', zh: '需要单独同意' } });
  });

  it('reports NETWORK when PISA cannot be reached, and RESPONSE_INVALID for an answer of another shape', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(postConsent(offline, 'https://p', 's', 'k', body)).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
    await expect(postConsent(fakeFetch(201, { ok: true }), 'https://p', 's', 'k', body)).rejects.toMatchObject({ code: 'RESPONSE_INVALID' });
  });
});

describe('loadNotice', () => {
  const response = { notice: { content_hash: HASH, notice: WIDGET_SHOP }, readability: {} };

  it('reads the current notice without credentials', async () => {
    const sent: Sent[] = [];
    const answer = await loadNotice(fakeFetch(200, response, sent), 'https://pisa.example', 'shopping');
    expect(answer.notice.content_hash).toBe(HASH);
    expect(sent[0]?.url).toBe('https://pisa.example/api/processors/shopping/notice');
    expect(sent[0]?.init).toMatchObject({ method: 'GET', credentials: 'omit' });
  });

  it('refuses a response without both layers in both languages', async () => {
    expect(isNoticeResponse(response)).toBe(true);
    const broken = { notice: { content_hash: HASH, notice: { ...WIDGET_SHOP, layer1: { en: WIDGET_SHOP.layer1.en } } } };
    expect(isNoticeResponse(broken)).toBe(false);
    await expect(loadNotice(fakeFetch(200, broken), 'https://p', 's')).rejects.toMatchObject({ code: 'RESPONSE_INVALID' });
  });
});
