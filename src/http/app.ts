import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { CompiledPacks } from '../core/rules/compile.js';
import type { CheckService } from '../services/check.js';
import type { DeclarationService } from '../services/declarations.js';
import type { EvaluationService } from '../services/evaluations.js';
import type { HealthService } from '../services/health.js';
import type { ProcessorService } from '../services/processors.js';
import { createErrorHandler } from './errors.js';
import { checkRoutes } from './routes/check.js';
import { declarationRoutes } from './routes/declarations.js';
import { evaluationRoutes } from './routes/evaluations.js';
import { processorRoutes } from './routes/processors.js';
import { referenceRoutes } from './routes/reference.js';
import { rulesRoutes } from './routes/rules.js';
import { systemRoutes } from './routes/system.js';
import { registerWeb } from './web.js';
import { serializerCompiler, validatorCompiler } from './zod-compilers.js';

/** 1 MiB: far above any real declaration, small enough that one request cannot exhaust memory. */
export const BODY_LIMIT = 1024 * 1024;

const YAML_CONTENT_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

export type AppServices = {
  readonly processors: ProcessorService;
  readonly declarations: DeclarationService;
  readonly evaluations: EvaluationService;
  readonly check: CheckService;
  readonly health: HealthService;
};

export type AppDeps = {
  readonly services: AppServices;
  readonly compiled: CompiledPacks;
  /** PISA's version, shown by /api/meta and in the OpenAPI document. */
  readonly version: string;
  readonly database: 'pglite' | 'postgres';
  readonly logger?: boolean | { readonly level: string };
  /** The built web app (dist/web); not served when null, absent or missing on disk. */
  readonly webRoot?: string | null;
};

/**
 * The HTTP API as a Fastify instance built from injected services; it does not listen (serve.ts
 * does, tests use inject()). Each area is an encapsulated plugin under routes/.
 */
export function buildApp(deps: AppDeps): FastifyInstance {
  const { services, compiled } = deps;
  const app = Fastify({
    logger: deps.logger === undefined || typeof deps.logger === 'boolean' ? (deps.logger ?? false) : { level: deps.logger.level },
    bodyLimit: BODY_LIMIT,
    // Unique across restarts, so a request id quoted by a user finds one line in the logs.
    genReqId: () => randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(createErrorHandler(BODY_LIMIT));
  app.addContentTypeParser(YAML_CONTENT_TYPES, { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'PISA API', version: deps.version, description: 'Personal information compliance: declarations, rules, evaluations.' },
    },
    transform: jsonSchemaTransform,
  });
  app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  app.register(systemRoutes, { health: services.health, compiled, version: deps.version, database: deps.database });
  app.register(referenceRoutes);
  app.register(rulesRoutes, { compiled });
  app.register(checkRoutes, { check: services.check });
  app.register(processorRoutes, { processors: services.processors });
  app.register(declarationRoutes, { declarations: services.declarations });
  app.register(evaluationRoutes, { evaluations: services.evaluations });
  registerWeb(app, deps.webRoot);
  return app;
}
