import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import { PisaError } from '../../core/errors/pisa-error.js';
import type { NoticeService } from '../../services/notices.js';
import { errorResponses, list } from '../schemas/common.js';
import {
  NoticeContextSchema,
  NoticeDiffSchema,
  NoticeHashSchema,
  NoticeSummarySchema,
  NoticeWithReadabilitySchema,
  PublishedNoticeSchema,
} from '../schemas/consent.js';
import { actorOf } from '../security/context.js';
import { ProcessorParamsSchema } from './processors.js';

const HashParamsSchema = z.strictObject({ hash: NoticeHashSchema });

export const noticeRoutes: FastifyPluginAsyncZod<{ readonly notices: NoticeService }> = async (app, { notices }) => {
  app.post(
    '/api/processors/:id/notices',
    {
      config: { policy: PERMISSIONS.notices.publish },
      schema: {
        tags: ['notices'],
        summary: "Generate the notice from the processor's latest declaration and publish it as the next version (a no-op when unchanged)",
        params: ProcessorParamsSchema,
        body: NoticeContextSchema,
        response: { 200: PublishedNoticeSchema, 201: PublishedNoticeSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const published = await notices.publish(actorOf(request), request.params.id, request.body as Parameters<NoticeService['publish']>[2]);
      return reply.code(published.created ? 201 : 200).send({
        notice: published.record,
        created: published.created,
        previous_hash: published.previous_hash,
        readability: published.readability,
        impact: published.impact,
      });
    },
  );

  app.get(
    '/api/processors/:id/notices',
    {
      config: { policy: PERMISSIONS.notices.list },
      schema: {
        tags: ['notices'],
        summary: "A processor's notice versions, newest first",
        params: ProcessorParamsSchema,
        response: { 200: z.object({ versions: list(NoticeSummarySchema) }), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ versions: await notices.list(request.params.id) }),
  );

  app.get(
    '/api/processors/:id/notice',
    {
      config: { policy: PERMISSIONS.notices.readPublished },
      schema: {
        tags: ['notices'],
        summary: "The processor's current notice, with readability figures (public: what the widget shows)",
        params: ProcessorParamsSchema,
        response: { 200: NoticeWithReadabilitySchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const record = await notices.current(request.params.id);
      if (record === null) throw new PisaError('NOTICE_NOT_PUBLISHED', { processor: request.params.id });
      return { notice: record, readability: notices.readability(record.notice) };
    },
  );

  app.get(
    '/api/notices/:hash',
    {
      config: { policy: PERMISSIONS.notices.readPublished },
      schema: {
        tags: ['notices'],
        summary: 'One notice version by its content hash (immutable)',
        params: HashParamsSchema,
        response: { 200: NoticeWithReadabilitySchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const record = await notices.byHash(request.params.hash);
      if (record === null) throw new PisaError('NOT_FOUND', { what: `notice ${request.params.hash}` });
      // Content-addressed: the same URL always gives the same bytes.
      reply.header('cache-control', 'public, max-age=31536000, immutable');
      return { notice: record, readability: notices.readability(record.notice) };
    },
  );

  app.get(
    '/api/notices/:hash/diff',
    {
      config: { policy: PERMISSIONS.notices.readPublished },
      schema: {
        tags: ['notices'],
        summary: 'What changed since an earlier version, and which purposes need fresh consent (PIPL art. 14)',
        params: HashParamsSchema,
        querystring: z.strictObject({ from: NoticeHashSchema }),
        response: { 200: NoticeDiffSchema, ...errorResponses(400, 404) },
      },
    },
    (request) => notices.diff(request.query.from, request.params.hash),
  );
};
