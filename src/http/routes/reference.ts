import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { APP_TYPES } from '../../core/app-types/app-types.js';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import { COMPARISON } from '../../core/comparison/comparison.js';
import { TAXONOMY } from '../../core/taxonomy/entries.js';
import { AppTypeSchema, ComparisonRowSchema, TaxonomyEntrySchema } from '../schemas/catalogue.js';
import { list } from '../schemas/common.js';

/** Reference data straight from the core modules: taxonomy, CAC app types, CN/US comparison. */
export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/taxonomy',
    {
      config: { policy: PERMISSIONS.public },
      schema: {
        tags: ['reference'],
        summary: 'PI categories (ids are a public contract)',
        response: { 200: z.object({ entries: list(TaxonomyEntrySchema) }) },
      },
    },
    () => ({ entries: TAXONOMY }),
  );

  app.get(
    '/api/app-types',
    {
      config: { policy: PERMISSIONS.public },
      schema: {
        tags: ['reference'],
        summary: 'App types of the CAC 2021 necessary-PI provisions, with their necessary PI',
        response: { 200: z.object({ app_types: list(AppTypeSchema) }) },
      },
    },
    () => ({ app_types: APP_TYPES }),
  );

  app.get(
    '/api/comparison',
    {
      config: { policy: PERMISSIONS.public },
      schema: {
        tags: ['reference'],
        summary: 'China and the United States compared, question by question',
        response: { 200: z.object({ rows: list(ComparisonRowSchema) }) },
      },
    },
    () => ({ rows: COMPARISON }),
  );
};
