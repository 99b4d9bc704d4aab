import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import type { CompiledPacks } from '../../core/rules/compile.js';
import { LAW_CODES, LAYERS, SEVERITIES } from '../../core/rules/vocabulary.js';
import { listRules } from '../../services/rules-catalogue.js';
import { PackInfoSchema, RuleEntrySchema } from '../schemas/catalogue.js';
import { errorResponses, JurisdictionSchema, list } from '../schemas/common.js';

/** A filter that may be sent empty (`?law=` from a form): empty means "any". */
const filter = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]).optional();
const blankToUndefined = <T>(value: T | '' | undefined): T | undefined => (value === '' ? undefined : value);

const RulesQuerySchema = z.strictObject({
  q: z.string().max(200).optional().describe('Text in the id, title or message (English or Chinese)'),
  law: filter(z.enum(LAW_CODES)),
  jurisdiction: filter(JurisdictionSchema).describe('Rules binding there: US-CA gives US and California rules'),
  layer: filter(z.enum(LAYERS)),
  severity: filter(z.enum(SEVERITIES)),
});

/** The rules catalogue of the loaded packs, filtered on the server. */
export const rulesRoutes: FastifyPluginAsyncZod<{ readonly compiled: CompiledPacks }> = async (app, { compiled }) => {
  app.get(
    '/api/rules',
    {
      config: { policy: PERMISSIONS.public },
      schema: {
        tags: ['rules'],
        summary: 'Loaded rules, filtered, with the packs they come from',
        querystring: RulesQuerySchema,
        response: { 200: z.object({ rules: list(RuleEntrySchema), packs: list(PackInfoSchema) }), ...errorResponses(400) },
      },
    },
    (request) => {
      const { q, law, jurisdiction, layer, severity } = request.query;
      const rules = listRules(compiled, {
        q,
        law: blankToUndefined(law),
        jurisdiction: blankToUndefined(jurisdiction),
        layer: blankToUndefined(layer),
        severity: blankToUndefined(severity),
      });
      return { rules, packs: compiled.packs };
    },
  );
};
