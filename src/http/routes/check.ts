import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import { PisaError } from '../../core/errors/pisa-error.js';
import type { CheckService } from '../../services/check.js';
import { errorResponses, IsoDateSchema, JurisdictionSchema } from '../schemas/common.js';
import { ReportSchema } from '../schemas/report.js';

const CheckBodySchema = z.strictObject({
  // Any object is accepted here so that the core parser reports declaration problems with its
  // own codes (TAXONOMY_UNKNOWN_ID with a suggestion, ...) rather than as generic request errors.
  declaration: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .describe('The declaration as YAML or JSON text, or as a JSON object (docs/declaration.md)'),
  as_of: IsoDateSchema.optional().describe("The law in force on this day; the server's today when absent"),
  jurisdictions: z.array(JurisdictionSchema).min(1).optional().describe("Jurisdictions to check; the declaration's own when absent"),
});

/** One-off check of a declaration: nothing is stored. */
export const checkRoutes: FastifyPluginAsyncZod<{ readonly check: CheckService }> = async (app, { check }) => {
  app.post(
    '/api/check',
    {
      config: { policy: PERMISSIONS.public },
      schema: {
        tags: ['check'],
        summary: 'Check a declaration against the loaded rule packs',
        body: CheckBodySchema,
        response: { 200: ReportSchema, ...errorResponses(400, 413) },
      },
    },
    (request) => {
      const { declaration, as_of, jurisdictions } = request.body;
      const result = check.check({ declaration, asOf: as_of, jurisdictions });
      if (!result.ok) throw new PisaError('DECLARATION_INVALID', { count: result.issues.length }, { issues: result.issues });
      return result.report;
    },
  );
};
