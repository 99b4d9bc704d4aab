import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import type { AuthzOptions } from '../../core/auth/policy.js';
import { PisaError } from '../../core/errors/pisa-error.js';
import type { ScanService } from '../../services/scans.js';
import { SMALL_BODY_LIMIT } from '../limits.js';
import { errorResponses, list, RecordRefSchema } from '../schemas/common.js';
import { DatasetEntrySchema, ListQuerySchema, ProcessorQuerySchema, ScanSchema, StartScanBodySchema, UploadQuerySchema } from '../schemas/scans.js';
import { actorOf, visibleTo } from '../security/context.js';

const ScanParamsSchema = z.strictObject({ id: RecordRefSchema.describe('Scan id (uuid)') });

export type ScanRouteOptions = {
  readonly scans: ScanService;
  readonly authz: AuthzOptions;
};

/**
 * Uploads: the raw file as the body (application/octet-stream), streamed to the data folder
 * after the policy allowed the call; never parsed, never held in memory whole.
 */
const uploadRoutes: FastifyPluginAsyncZod<ScanRouteOptions> = async (app, { scans }) => {
  const limit = scans.uploadLimit;
  // The body stays a stream until the handler: authentication, CSRF and the policy come first.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
  app.post(
    '/api/scans/uploads',
    {
      config: { policy: PERMISSIONS.scans.upload },
      schema: {
        tags: ['scans'],
        summary: 'Upload a file (the raw bytes as application/octet-stream) and scan it',
        description: `The file is kept in the data folder while it is scanned, then deleted. At most ${limit} bytes.`,
        querystring: UploadQuerySchema,
        consumes: ['application/octet-stream'],
        response: { 201: ScanSchema, ...errorResponses(400, 401, 403, 404, 413) },
      },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      if (!(body instanceof Readable))
        throw new PisaError('REQUEST_INVALID', { detail: 'send the file itself as the body, with Content-Type: application/octet-stream' });
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > limit) throw new PisaError('INPUT_TOO_LARGE', { size: declared, limit });
      const scan = await scans.startUpload({ processor: request.query.processor, name: request.query.name, body }, actorOf(request));
      return reply.code(201).send(scan);
    },
  );
};

export const scanRoutes: FastifyPluginAsyncZod<ScanRouteOptions> = async (app, options) => {
  const { scans, authz } = options;
  app.post(
    '/api/scans',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.scans.start },
      schema: {
        tags: ['scans'],
        summary: "Scan a file or folder of the processor's datasets folder (queued; poll GET /api/scans/{id})",
        body: StartScanBodySchema,
        response: { 201: ScanSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await scans.startDataset(request.body, actorOf(request))),
  );

  await app.register(uploadRoutes, options);

  app.get(
    '/api/scans',
    {
      config: { policy: PERMISSIONS.scans.list },
      schema: {
        tags: ['scans'],
        summary: 'The scans the caller may see, newest first (without results)',
        querystring: ListQuerySchema,
        response: { 200: z.object({ scans: list(ScanSchema) }), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ scans: await scans.list(visibleTo(request, authz), request.query.processor) }),
  );

  app.get(
    '/api/scans/datasets',
    {
      config: { policy: PERMISSIONS.scans.datasets },
      schema: {
        tags: ['scans'],
        summary: "The files and folders of the processor's datasets folder (at most 500)",
        querystring: ProcessorQuerySchema,
        response: { 200: z.object({ datasets: list(DatasetEntrySchema) }), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ datasets: await scans.datasets(request.query.processor) }),
  );

  app.get(
    '/api/scans/:id',
    {
      config: { policy: PERMISSIONS.scans.read },
      schema: {
        tags: ['scans'],
        summary: 'One scan: status, progress and, once done, per file and column: detector, counts, distinct counts, masked samples',
        params: ScanParamsSchema,
        response: { 200: ScanSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => scans.get(request.params.id),
  );

  app.post(
    '/api/scans/:id/cancel',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.scans.cancel },
      schema: {
        tags: ['scans'],
        summary: 'Cancel a queued or running scan (its partial results are deleted)',
        params: ScanParamsSchema,
        response: { 200: ScanSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => scans.cancel(request.params.id, actorOf(request)),
  );
};
