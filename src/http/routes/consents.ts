import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import type { ConsentService, RecordConsentInput } from '../../services/consent.js';
import { accountSubject } from '../../services/consent-subject.js';
import type { ReceiptService } from '../../services/receipts.js';
import { errorResponses, list, TimestampSchema } from '../schemas/common.js';
import {
  ConsentHistorySchema,
  ConsentStatsSchema,
  MayProcessSchema,
  PortalConsentBodySchema,
  ProcessorConsentBodySchema,
  ReceiptBundleSchema,
  RecordedConsentSchema,
} from '../schemas/consent.js';
import { accountOf } from '../security/context.js';
import { ProcessorParamsSchema } from './processors.js';

const SubjectQuerySchema = z.strictObject({ subject: z.string().min(1).max(128) });
const DAY = 24 * 60 * 60 * 1000;

/** Global Privacy Control (https://privacycg.github.io/gpc-spec/): `Sec-GPC: 1` is an opt-out of sale and sharing. */
const hasGpc = (request: { headers: Record<string, unknown> }): boolean => request.headers['sec-gpc'] === '1';

/** The decision fields both consent routes share (processors' servers and the portal). */
type DecisionBody = Pick<z.infer<typeof PortalConsentBodySchema>, 'notice_hash' | 'actor' | 'decisions' | 'all' | 'age' | 'lang'>;
type Decider = Pick<RecordConsentInput, 'processor' | 'subject' | 'accountId' | 'method'>;

export const consentRoutes: FastifyPluginAsyncZod<{ readonly consents: ConsentService; readonly receipts: ReceiptService }> = async (
  app,
  { consents, receipts },
) => {
  /** Records a decision; its receipts are answered before sequencing (their log proof comes later). */
  const recordDecision = async (body: DecisionBody, who: Decider, gpc: boolean) => {
    const recorded = await consents.record({
      ...who,
      noticeHash: body.notice_hash,
      actor: body.actor,
      decisions: body.decisions.map((d) => ({ purposeId: d.purpose, action: d.action })),
      all: body.all,
      age: body.age,
      gpc,
      lang: body.lang,
    });
    return { notice_hash: recorded.notice_hash, receipts: recorded.receipts.map((r) => ({ ...r, log: null })) };
  };

  app.post(
    '/api/processors/:id/consents',
    {
      config: { policy: PERMISSIONS.consents.record },
      schema: {
        tags: ['consents'],
        summary: "Record a person's decisions (grant, refuse, withdraw) per purpose; one signed receipt per decision",
        description:
          'Separate-consent items must each be listed; `all` never grants them. `Sec-GPC: 1` is recorded as an opt-out of sale/sharing where California law applies.',
        params: ProcessorParamsSchema,
        body: ProcessorConsentBodySchema,
        response: { 201: RecordedConsentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const who = { processor: request.params.id, subject: body.subject, accountId: null, method: body.method };
      return reply.code(201).send(await recordDecision(body, who, hasGpc(request)));
    },
  );

  app.get(
    '/api/processors/:id/consents/check',
    {
      config: { policy: PERMISSIONS.consents.check },
      schema: {
        tags: ['consents'],
        summary: 'May the processor use this person’s data for this purpose now? (call before processing)',
        params: ProcessorParamsSchema,
        querystring: SubjectQuerySchema.extend({ purpose: z.string().min(1).max(100) }),
        response: { 200: MayProcessSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => consents.check(request.params.id, request.query.subject, request.query.purpose),
  );

  app.get(
    '/api/processors/:id/consents/history',
    {
      config: { policy: PERMISSIONS.consents.check },
      schema: {
        tags: ['consents'],
        summary: "A person's full consent history with this processor, and the answer per purpose now",
        params: ProcessorParamsSchema,
        querystring: SubjectQuerySchema,
        response: { 200: ConsentHistorySchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => consents.history(request.params.id, request.query.subject),
  );

  app.get(
    '/api/processors/:id/consents/stats',
    {
      config: { policy: PERMISSIONS.consents.stats },
      schema: {
        tags: ['consents'],
        summary: 'Decisions per day, purpose and action (default: the last 30 days)',
        params: ProcessorParamsSchema,
        querystring: z.strictObject({ from: TimestampSchema.optional(), to: TimestampSchema.optional() }),
        response: { 200: ConsentStatsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const to = request.query.to === undefined ? new Date() : new Date(request.query.to);
      const from = request.query.from === undefined ? new Date(to.getTime() - 30 * DAY) : new Date(request.query.from);
      return { from: from.toISOString(), to: to.toISOString(), counts: await consents.stats(request.params.id, from, to) };
    },
  );

  const portalSubject = (request: FastifyRequest) => accountSubject(accountOf(request).account_id);

  app.post(
    '/api/me/consents',
    {
      config: { policy: PERMISSIONS.consents.mine },
      schema: {
        tags: ['consents'],
        summary: 'Decide (grant, refuse, withdraw) for yourself in the portal; one click withdraws',
        body: PortalConsentBodySchema,
        response: { 201: RecordedConsentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const who = { processor: body.processor, subject: portalSubject(request), accountId: accountOf(request).account_id, method: 'portal' as const };
      return reply.code(201).send(await recordDecision(body, who, hasGpc(request)));
    },
  );

  app.get(
    '/api/me/consents/:id',
    {
      config: { policy: PERMISSIONS.consents.mine },
      schema: {
        tags: ['consents'],
        summary: 'Your consent history with one processor and its answer per purpose now',
        params: ProcessorParamsSchema,
        response: { 200: ConsentHistorySchema, ...errorResponses(400, 401, 404, 409) },
      },
    },
    (request) => consents.history(request.params.id, portalSubject(request)),
  );

  app.get(
    '/api/me/receipts',
    {
      config: { policy: PERMISSIONS.consents.mine },
      schema: {
        tags: ['consents'],
        summary: 'Your receipts, newest first, each with its log proof once sequenced',
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ receipts: list(ReceiptBundleSchema) }), ...errorResponses(400, 401) },
      },
    },
    async (request) => ({ receipts: await receipts.ofAccount(accountOf(request).account_id, request.query.limit) }),
  );
};
