import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import { PisaError } from '../../core/errors/pisa-error.js';
import type { DeclarationService } from '../../services/declarations.js';
import { errorResponses, list } from '../schemas/common.js';
import { DeclarationVersionSchema, DeclarationVersionSummarySchema, ImportedDeclarationSchema } from '../schemas/records.js';
import { actorOf } from '../security/context.js';
import { ProcessorParamsSchema } from './processors.js';

const ImportBodySchema = z.union([
  z.strictObject({
    source: z.string().min(1).describe('The declaration as YAML or JSON text'),
    format: z.enum(['yaml', 'json']).optional().describe('Detected from the text when absent'),
  }),
  z.string().describe('A raw application/yaml or text/yaml body'),
]);

const VersionParamsSchema = ProcessorParamsSchema.extend({ version: z.coerce.number().int().min(1) });

export const declarationRoutes: FastifyPluginAsyncZod<{ readonly declarations: DeclarationService }> = async (app, { declarations }) => {
  app.post(
    '/api/processors/:id/declarations',
    {
      config: { policy: PERMISSIONS.declarations.write },
      schema: {
        tags: ['declarations'],
        summary: 'Import a declaration as the next version (nothing is stored when it is invalid)',
        params: ProcessorParamsSchema,
        body: ImportBodySchema,
        consumes: ['application/json', 'application/yaml', 'text/yaml'],
        response: { 201: ImportedDeclarationSchema, ...errorResponses(400, 401, 403, 404, 413) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const input = typeof body === 'string' ? { source: body, format: 'yaml' as const } : body;
      const result = await declarations.importText(request.params.id, input, actorOf(request));
      if (!result.ok) throw new PisaError('DECLARATION_INVALID', { count: result.issues.length }, { issues: result.issues });
      return reply.code(201).send({ ...result.record, unchanged: result.unchanged });
    },
  );

  app.get(
    '/api/processors/:id/declarations',
    {
      config: { policy: PERMISSIONS.declarations.read },
      schema: {
        tags: ['declarations'],
        summary: "A processor's declaration versions, oldest first (without their text)",
        params: ProcessorParamsSchema,
        response: { 200: z.object({ versions: list(DeclarationVersionSummarySchema) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({ versions: await declarations.list(request.params.id) }),
  );

  app.get(
    '/api/processors/:id/declarations/:version',
    {
      config: { policy: PERMISSIONS.declarations.read },
      schema: {
        tags: ['declarations'],
        summary: 'One declaration version with its source text and normalized form',
        params: VersionParamsSchema,
        response: { 200: DeclarationVersionSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => declarations.get(request.params.id, request.params.version),
  );
};
