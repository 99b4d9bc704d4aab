import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import type { EvaluationService } from '../../services/evaluations.js';
import { SMALL_BODY_LIMIT } from '../limits.js';
import { errorResponses, IsoDateSchema, JurisdictionSchema, list, RecordRefSchema } from '../schemas/common.js';
import { EvaluationSchema } from '../schemas/records.js';
import { actorOf } from '../security/context.js';
import { ProcessorParamsSchema } from './processors.js';

const EvaluateBodySchema = z
  .strictObject({
    version: z.number().int().min(1).optional().describe('Declaration version; the latest when absent'),
    as_of: IsoDateSchema.optional().describe("The law in force on this day; the server's today when absent"),
    jurisdictions: z.array(JurisdictionSchema).min(1).optional().describe("Jurisdictions to check; the declaration's own when absent"),
  })
  // An empty POST (no body: Fastify gives null) evaluates the latest version today.
  .nullish();

export const evaluationRoutes: FastifyPluginAsyncZod<{ readonly evaluations: EvaluationService }> = async (app, { evaluations }) => {
  app.post(
    '/api/processors/:id/evaluations',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.evaluations.run },
      schema: {
        tags: ['evaluations'],
        summary: 'Evaluate a stored declaration version and store the findings with the pack versions used',
        params: ProcessorParamsSchema,
        body: EvaluateBodySchema,
        response: { 201: EvaluationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { version, as_of, jurisdictions } = request.body ?? {};
      const stored = await evaluations.evaluate(request.params.id, { version, asOf: as_of, jurisdictions }, actorOf(request));
      return reply.code(201).send(stored);
    },
  );

  app.get(
    '/api/processors/:id/evaluations',
    {
      config: { policy: PERMISSIONS.evaluations.read },
      schema: {
        tags: ['evaluations'],
        summary: "A processor's evaluations, newest first",
        params: ProcessorParamsSchema,
        response: { 200: z.object({ evaluations: list(EvaluationSchema) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({ evaluations: await evaluations.list(request.params.id) }),
  );

  app.get(
    '/api/evaluations/:id',
    {
      config: { policy: PERMISSIONS.evaluations.readOne },
      schema: {
        tags: ['evaluations'],
        summary: 'One stored evaluation',
        params: z.strictObject({ id: RecordRefSchema }),
        response: { 200: EvaluationSchema, ...errorResponses(401, 403, 404) },
      },
    },
    (request) => evaluations.get(request.params.id),
  );
};
