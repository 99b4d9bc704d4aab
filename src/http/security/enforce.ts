import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, preValidationHookHandler, RouteOptions } from 'fastify';
import { type AuthzOptions, authorize, type Denial, type Policy, type Target, type TargetRef } from '../../core/auth/policy.js';
import { ANONYMOUS } from '../../core/auth/principal.js';
import { constantTimeEqual, deriveCsrfToken } from '../../core/crypto/hashing.js';
import { PisaError } from '../../core/errors/pisa-error.js';
import type { ApiKeyService } from '../../services/api-keys.js';
import type { SessionService } from '../../services/sessions.js';
import type { TargetResolver } from '../../services/targets.js';
import { routeTable } from '../route-table.js';
import { applySecurityHeaders } from './headers.js';
import { isPolicy } from './policy-shape.js';
import { type CookieSettings, CSRF_HEADER, sessionCookieName, sessionCookieOptions } from './session-cookie.js';

export type RateLimitSettings = {
  /** Requests per client address per window on every route (public ones included). */
  readonly max: number;
  /** Sign-in, registration and code routes: requests per address per window. */
  readonly authMax: number;
  readonly windowMs: number;
};

export type SecurityOptions = {
  readonly sessions: Pick<SessionService, 'authenticate'>;
  readonly apiKeys: Pick<ApiKeyService, 'authenticate'>;
  readonly resolveTarget: TargetResolver;
  readonly authz: AuthzOptions;
  readonly cookie: CookieSettings;
  readonly rateLimit: RateLimitSettings;
};

/** Methods that change nothing: the only ones a cookie-authenticated request may send without the CSRF header. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const TARGET_LABEL: Record<TargetRef['type'], string> = {
  processor: 'processor',
  evaluation: 'evaluation',
  organisation: 'organisation',
  api_key: 'API key',
  membership: 'membership',
  scan: 'scan',
};

function denial(reason: Denial, what: string | null): PisaError {
  switch (reason) {
    case 'unauthenticated':
      return new PisaError('UNAUTHENTICATED');
    case 'mfa_required':
      return new PisaError('MFA_REQUIRED');
    case 'hidden':
      // Worded exactly like the services' own NOT_FOUND: another tenant's record and a record
      // that does not exist give the same answer, so ids and slugs cannot be probed.
      return what === null ? new PisaError('FORBIDDEN') : new PisaError('NOT_FOUND', { what });
    case 'forbidden':
      return new PisaError('FORBIDDEN');
  }
}

function targetRefOf(request: FastifyRequest, target: TargetRef): string | null {
  const from = target.from.split('.')[0];
  const source = from === 'params' ? request.params : from === 'query' ? request.query : request.body;
  const value = typeof source === 'object' && source !== null ? (source as Record<string, unknown>)[target.from.split('.')[1] ?? ''] : undefined;
  return typeof value === 'string' ? value : null;
}

/** Marks a plugin `skip-override` (what fastify-plugin does): its hooks and decorators apply to the whole app. */
function appWide(plugin: (app: FastifyInstance) => Promise<void>) {
  return Object.assign(plugin, { [Symbol.for('skip-override')]: true });
}

function openApiSecurity(policy: Policy): Record<string, string[]>[] {
  if (policy.kind === 'public') return [];
  const keys = policy.kind === 'grants' && policy.grants.some((grant) => 'apiKey' in grant);
  return keys ? [{ session: [] }, { apiKey: [] }] : [{ session: [] }];
}

const asArray = <T>(hooks: T | T[] | undefined): T[] => (hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks]);

/**
 * Authentication, CSRF, authorisation, rate limits and security headers for every route, from
 * each route's declared `config.policy` (deny by default: a route without one fails the start).
 *
 * Order per request: rate limit (onRequest) -> who is calling and the CSRF check (onRequest,
 * before the body is read: anonymous callers of private routes never get their bodies parsed)
 * -> parsing -> the policy decision with the target record (preValidation: a caller who may not
 * use the route learns nothing about its schema) -> validation -> the handler.
 */
export function registerSecurity(app: FastifyInstance, options: SecurityOptions): void {
  const cookieName = sessionCookieName(options.cookie);
  const cookieOptions = sessionCookieOptions(options.cookie);

  app.register(fastifyCookie);
  app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimit.max,
    timeWindow: options.rateLimit.windowMs,
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: (_request, context) => new PisaError('RATE_LIMITED', { retry_after: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });

  const authenticate: onRequestHookHandler = async (request: FastifyRequest, reply: FastifyReply) => {
    request.principal = ANONYMOUS;
    request.sessionToken = null;
    request.actingRole = 'anonymous';
    const policy = request.routeOptions.config.policy;
    if (!policy) throw new PisaError('FORBIDDEN');
    if (policy.kind === 'public') return;
    const header = request.headers.authorization;
    if (header !== undefined) {
      // An Authorization header is an API key or nothing: never fall back to the cookie.
      const key = /^Bearer ([^\s]+)$/.exec(header)?.[1];
      const principal = key === undefined ? null : await options.apiKeys.authenticate(key);
      if (!principal) throw new PisaError('UNAUTHENTICATED');
      request.principal = principal;
      return;
    }
    const token = request.cookies[cookieName];
    const principal = token === undefined ? null : await options.sessions.authenticate(token);
    if (!principal || token === undefined) {
      if (token !== undefined) reply.clearCookie(cookieName, cookieOptions);
      throw new PisaError('UNAUTHENTICATED');
    }
    request.principal = principal;
    request.sessionToken = token;
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !constantTimeEqual(sent, deriveCsrfToken(token))) throw new PisaError('CSRF_TOKEN_INVALID');
    }
  };

  const authorise: preValidationHookHandler = async (request: FastifyRequest) => {
    const policy = request.routeOptions.config.policy as Policy;
    let target: Target | undefined;
    let what: string | null = null;
    if (policy.kind === 'grants' && policy.target) {
      const ref = targetRefOf(request, policy.target);
      target = ref === null ? { organisation_id: null } : await options.resolveTarget(policy.target.type, ref);
      what = ref === null ? null : `${TARGET_LABEL[policy.target.type]} "${ref}"`;
    }
    const decision = authorize(request.principal, policy, target, options.authz);
    if (!decision.allow) throw denial(decision.reason, what);
    request.actingRole = decision.role;
  };

  app.register(
    appWide(async (instance) => {
      // Declared up front (same object shape for every request); the authenticate hook sets them.
      instance.decorateRequest('principal');
      instance.decorateRequest('actingRole');
      instance.decorateRequest('sessionToken');
      instance.decorateRequest('cspNonce', null);
      instance.addHook('onRoute', (route: RouteOptions) => {
        route.onRequest = [...asArray(route.onRequest), authenticate];
        route.preValidation = [...asArray(route.preValidation), authorise];
        // The OpenAPI document says how to call each route: nothing, the session cookie, or an API key.
        const policy = route.config?.policy;
        if (policy && route.schema) route.schema = { ...route.schema, security: openApiSecurity(policy) };
      });
      instance.addHook('onSend', async (request, reply) => {
        applySecurityHeaders(request, reply, options.cookie.secure);
        const policy = request.routeOptions.config?.policy;
        // Responses about someone (sessions, profiles, tenant data, errors) are never cached.
        if (policy === undefined || policy.kind !== 'public' || reply.statusCode >= 400) reply.header('cache-control', 'no-store');
      });
    }),
  );

  app.addHook('onReady', async () => {
    const missing = routeTable(app).filter((route) => !isPolicy(route.config['policy']));
    if (missing.length > 0) throw new Error(`routes without a valid access policy (config.policy): ${missing.map((r) => `${r.method} ${r.url}`).join(', ')}`);
  });
}
