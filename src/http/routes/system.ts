import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import type { CompiledPacks } from '../../core/rules/compile.js';
import type { HealthService } from '../../services/health.js';
import { PackInfoSchema } from '../schemas/catalogue.js';
import { errorResponses, list } from '../schemas/common.js';

export type SystemRoutesOptions = {
  readonly health: HealthService;
  readonly compiled: CompiledPacks;
  readonly version: string;
  readonly database: 'pglite' | 'postgres';
};

/** Liveness with a database round trip, and what this server runs (version, packs, database). */
export const systemRoutes: FastifyPluginAsyncZod<SystemRoutesOptions> = async (app, { health, compiled, version, database }) => {
  app.get(
    '/healthz',
    {
      config: { policy: PERMISSIONS.public },
      schema: {
        tags: ['system'],
        summary: 'Health: the server answers and the database answers a trivial query',
        response: { 200: z.object({ status: z.literal('ok'), database: z.literal('ok') }), ...errorResponses(503) },
      },
    },
    () => health.check(),
  );

  app.get(
    '/api/meta',
    {
      config: { policy: PERMISSIONS.public },
      schema: {
        tags: ['system'],
        summary: 'Server version, loaded rule packs and database kind',
        response: { 200: z.object({ version: z.string(), packs: list(PackInfoSchema), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    () => ({ version, packs: compiled.packs, database }),
  );
};
