import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ProcessorService } from '../../services/processors.js';
import { SLUG_PATTERN } from '../../services/processors.js';
import { errorResponses, list } from '../schemas/common.js';
import { ProcessorRecordSchema } from '../schemas/records.js';

/** A processor is named in paths by its id (uuid) or its slug. */
export const ProcessorParamsSchema = z.strictObject({ id: z.string().min(1).max(100).describe('Processor id (uuid) or slug') });

const CreateProcessorSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  slug: z.string().regex(SLUG_PATTERN).optional().describe('Lowercase letters, digits and hyphens; derived from the name when absent'),
});

export const processorRoutes: FastifyPluginAsyncZod<{ readonly processors: ProcessorService }> = async (app, { processors }) => {
  app.post(
    '/api/processors',
    {
      schema: {
        tags: ['processors'],
        summary: 'Register a processor',
        body: CreateProcessorSchema,
        response: { 201: ProcessorRecordSchema, ...errorResponses(400, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await processors.create(request.body)),
  );

  app.get(
    '/api/processors',
    {
      schema: {
        tags: ['processors'],
        summary: 'List processors (by slug)',
        response: { 200: z.object({ processors: list(ProcessorRecordSchema) }) },
      },
    },
    async () => ({ processors: await processors.list() }),
  );

  app.get(
    '/api/processors/:id',
    {
      schema: {
        tags: ['processors'],
        summary: 'One processor',
        params: ProcessorParamsSchema,
        response: { 200: ProcessorRecordSchema, ...errorResponses(404) },
      },
    },
    (request) => processors.get(request.params.id),
  );
};
