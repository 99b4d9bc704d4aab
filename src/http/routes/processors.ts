import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import type { AuthzOptions } from '../../core/auth/policy.js';
import type { OrganisationService } from '../../services/organisations.js';
import type { ProcessorService } from '../../services/processors.js';
import { SLUG_PATTERN } from '../../services/processors.js';
import { SMALL_BODY_LIMIT } from '../limits.js';
import { errorResponses, list, RecordRefSchema } from '../schemas/common.js';
import { ProcessorRecordSchema } from '../schemas/records.js';
import { actorOf, visibleTo } from '../security/context.js';

/** A processor is named in paths by its id (uuid) or its slug. */
export const ProcessorParamsSchema = z.strictObject({ id: RecordRefSchema.describe('Processor id (uuid) or slug') });

const CreateProcessorSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  slug: z.string().regex(SLUG_PATTERN).optional().describe('Lowercase letters, digits and hyphens; derived from the name when absent'),
  organisation_id: z.uuid().optional().describe('The owning organisation; required unless an Association admin registers the processor'),
});

const LinkSchema = z.strictObject({ organisation_id: z.uuid().nullable().describe('The organisation, or null to unlink') });

export const processorRoutes: FastifyPluginAsyncZod<{
  readonly processors: ProcessorService;
  readonly organisations: OrganisationService;
  readonly authz: AuthzOptions;
}> = async (app, { processors, organisations, authz }) => {
  app.post(
    '/api/processors',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.processors.create },
      schema: {
        tags: ['processors'],
        summary: 'Register a processor',
        body: CreateProcessorSchema,
        response: { 201: ProcessorRecordSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await processors.create(request.body, actorOf(request))),
  );

  app.get(
    '/api/processors',
    {
      config: { policy: PERMISSIONS.processors.list },
      schema: {
        tags: ['processors'],
        summary: 'List the processors the caller may see (by slug)',
        response: { 200: z.object({ processors: list(ProcessorRecordSchema) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ processors: await processors.list(visibleTo(request, authz)) }),
  );

  app.get(
    '/api/processors/:id',
    {
      config: { policy: PERMISSIONS.processors.read },
      schema: {
        tags: ['processors'],
        summary: 'One processor',
        params: ProcessorParamsSchema,
        response: { 200: ProcessorRecordSchema, ...errorResponses(401, 403, 404) },
      },
    },
    (request) => processors.get(request.params.id),
  );

  app.put(
    '/api/processors/:id/organisation',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.processors.link },
      schema: {
        tags: ['processors'],
        summary: 'Link a processor to its organisation (Association admins)',
        params: ProcessorParamsSchema,
        body: LinkSchema,
        response: { 200: ProcessorRecordSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => organisations.linkProcessor(request.params.id, request.body.organisation_id, actorOf(request)),
  );
};
