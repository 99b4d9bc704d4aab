import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { PERMISSIONS } from '../core/auth/permissions.js';
import type { AuthzOptions } from '../core/auth/policy.js';
import type { CompiledPacks } from '../core/rules/compile.js';
import type { AccountService } from '../services/accounts.js';
import type { ApiKeyService } from '../services/api-keys.js';
import type { AuditService } from '../services/audit.js';
import type { CheckService } from '../services/check.js';
import type { ConsentService } from '../services/consent.js';
import type { DeclarationService } from '../services/declarations.js';
import type { EvaluationService } from '../services/evaluations.js';
import type { HealthService } from '../services/health.js';
import type { NoticeService } from '../services/notices.js';
import type { OrganisationService } from '../services/organisations.js';
import type { PasswordResetService } from '../services/password-reset.js';
import type { ProcessorService } from '../services/processors.js';
import type { ReceiptService } from '../services/receipts.js';
import type { ScanService } from '../services/scans.js';
import type { SessionService } from '../services/sessions.js';
import type { TargetResolver } from '../services/targets.js';
import type { TotpService } from '../services/totp-enrolment.js';
import type { TransparencyLogService } from '../services/transparency-log.js';
import { createErrorHandler } from './errors.js';
import { registerInputGuards } from './input-guard.js';
import { BODY_LIMIT } from './limits.js';
import { type LogSettings, loggerOptions } from './logging.js';
import { recordRoutes } from './route-table.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { checkRoutes } from './routes/check.js';
import { consentRoutes } from './routes/consents.js';
import { declarationRoutes } from './routes/declarations.js';
import { evaluationRoutes } from './routes/evaluations.js';
import { meRoutes } from './routes/me.js';
import { noticeRoutes } from './routes/notices.js';
import { organisationRoutes } from './routes/organisations.js';
import { processorRoutes } from './routes/processors.js';
import { type ReceiptRouteOptions, receiptRoutes } from './routes/receipts.js';
import { referenceRoutes } from './routes/reference.js';
import { rulesRoutes } from './routes/rules.js';
import { scanRoutes } from './routes/scans.js';
import { systemRoutes } from './routes/system.js';
import { transparencyLogRoutes } from './routes/transparency-log.js';
import { registerCors } from './security/cors.js';
import { type RateLimitSettings, registerSecurity } from './security/enforce.js';
import type { CookieSettings } from './security/session-cookie.js';
import { registerWeb } from './web.js';
import { widgetRoutes } from './widget.js';
import { serializerCompiler, validatorCompiler } from './zod-compilers.js';

export type AppServices = {
  readonly processors: ProcessorService;
  readonly declarations: DeclarationService;
  readonly evaluations: EvaluationService;
  readonly check: CheckService;
  readonly health: HealthService;
  readonly accounts: AccountService;
  readonly passwordReset: PasswordResetService;
  readonly sessions: SessionService;
  readonly totp: TotpService;
  readonly apiKeys: ApiKeyService;
  readonly organisations: OrganisationService;
  readonly audit: AuditService;
  readonly targets: TargetResolver;
  readonly transparencyLog: TransparencyLogService;
  readonly notices: NoticeService;
  readonly consents: ConsentService;
  readonly receipts: ReceiptService;
  /** The receipt-signing public keys, current first (served at /api/receipts/keys). */
  readonly receiptKeys: ReceiptRouteOptions['receiptKeys'];
  readonly scans: ScanService;
};

export type SecuritySettings = {
  readonly cookie: CookieSettings;
  readonly rateLimit: RateLimitSettings;
  readonly authz: AuthzOptions;
  /** Behind a reverse proxy: trust its X-Forwarded-For (true, or the proxy's addresses, comma-separated). */
  readonly trustProxy: boolean | string;
};

export const DEFAULT_SECURITY: SecuritySettings = {
  cookie: { secure: false },
  rateLimit: { max: 300, authMax: 10, windowMs: 60_000 },
  authz: { staffMfaRequired: true },
  trustProxy: false,
};

export type AppDeps = {
  readonly services: AppServices;
  readonly compiled: CompiledPacks;
  /** PISA's version, shown by /api/meta and in the OpenAPI document. */
  readonly version: string;
  readonly database: 'pglite' | 'postgres';
  readonly logger?: boolean | LogSettings;
  /** The built web app (dist/web); not served when null, absent or missing on disk. */
  readonly webRoot?: string | null;
  /** The built consent widget and its demo page (dist/widget); not served when null, absent or missing on disk. */
  readonly widgetRoot?: string | null;
  readonly security?: SecuritySettings;
};

/**
 * The HTTP API as a Fastify instance built from injected services; it does not listen (serve.ts
 * does, tests use inject()). Each area is an encapsulated plugin under routes/; every route
 * declares who may call it (`config.policy`), enforced by security/enforce.ts.
 */
export function buildApp(deps: AppDeps): FastifyInstance {
  const { services, compiled } = deps;
  const security = deps.security ?? DEFAULT_SECURITY;
  const handleError = createErrorHandler(BODY_LIMIT);
  const app = Fastify({
    logger: deps.logger === undefined || typeof deps.logger === 'boolean' ? (deps.logger ?? false) : loggerOptions(deps.logger),
    bodyLimit: BODY_LIMIT,
    trustProxy: security.trustProxy,
    // Unique across restarts, so a request id quoted by a user finds one line in the logs.
    genReqId: () => randomUUID(),
    // Errors raised before routing (a malformed URL, a path parameter over 100 characters) take
    // the same path as every other error, so they too answer in the one shape.
    frameworkErrors: (error, request, reply) => handleError(error, request, reply),
  });
  recordRoutes(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  registerInputGuards(app);
  registerSecurity(app, {
    sessions: services.sessions,
    apiKeys: services.apiKeys,
    resolveTarget: services.targets,
    authz: security.authz,
    cookie: security.cookie,
    rateLimit: security.rateLimit,
  });
  // Cross-origin access for the consent widget: two API routes, any origin, no credentials.
  registerCors(app);

  app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'PISA API', version: deps.version, description: 'Personal information compliance: declarations, rules, evaluations.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: security.cookie.secure ? '__Host-pisa_session' : 'pisa_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: "A processor organisation's API key (pisa_...)" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // Third-party routes (the Swagger UI and its assets) are public: declared here for the whole plugin.
  app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, policy: PERMISSIONS.public, headers: 'docs' };
    });
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
    docs.get('/api/openapi.json', { config: { policy: PERMISSIONS.public }, schema: { hide: true } }, () => app.swagger());
  });

  const { cookie, rateLimit, authz } = security;
  app.register(systemRoutes, { health: services.health, compiled, version: deps.version, database: deps.database });
  app.register(referenceRoutes);
  app.register(rulesRoutes, { compiled });
  app.register(checkRoutes, { check: services.check });
  app.register(authRoutes, { accounts: services.accounts, passwordReset: services.passwordReset, sessions: services.sessions, cookie, rateLimit });
  app.register(meRoutes, {
    accounts: services.accounts,
    sessions: services.sessions,
    totp: services.totp,
    organisations: services.organisations,
    cookie,
    rateLimit,
  });
  app.register(organisationRoutes, { organisations: services.organisations, apiKeys: services.apiKeys, authz });
  app.register(processorRoutes, { processors: services.processors, organisations: services.organisations, authz });
  app.register(declarationRoutes, { declarations: services.declarations });
  app.register(evaluationRoutes, { evaluations: services.evaluations });
  app.register(auditRoutes, { audit: services.audit });
  app.register(transparencyLogRoutes, { log: services.transparencyLog, rateLimit });
  app.register(noticeRoutes, { notices: services.notices });
  app.register(consentRoutes, { consents: services.consents, receipts: services.receipts });
  app.register(receiptRoutes, { receipts: services.receipts, receiptKeys: services.receiptKeys });
  app.register(scanRoutes, { scans: services.scans, authz });
  app.register(widgetRoutes, { widgetRoot: deps.widgetRoot ?? null });
  // After the plugins above have loaded, so the not-found handler can use the rate limiter.
  app.after(() => registerWeb(app, deps.webRoot));
  return app;
}
