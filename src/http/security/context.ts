import type { FastifyRequest } from 'fastify';
import { type AuthzOptions, type Policy, type Visibility, visibility } from '../../core/auth/policy.js';
import type { Principal } from '../../core/auth/principal.js';
import { PisaError } from '../../core/errors/pisa-error.js';
import type { Actor } from '../../services/audit.js';
import type { AccountPrincipal } from '../../services/sessions.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (src/core/auth/policy.ts); a route without one cannot start. */
    policy?: Policy;
  }
  interface FastifyRequest {
    /** Set by the security hooks before the handler: who is calling. */
    principal: Principal;
    /** The role the policy allowed the call under ("admin", "owner", "api_key", "individual", ...). */
    actingRole: string;
    /** The session token from the cookie, when the principal came from one. */
    sessionToken: string | null;
  }
}

/** Who the services record in the audit trail for this request. */
export function actorOf(request: FastifyRequest): Actor {
  const principal = request.principal;
  if (principal.kind === 'account') return { type: 'account', id: principal.account_id, role: request.actingRole, requestId: request.id };
  if (principal.kind === 'api_key') return { type: 'api_key', id: principal.key_id, role: 'api_key', requestId: request.id };
  return { type: 'system', id: null, role: 'anonymous', requestId: request.id };
}

/** The signed-in person; routes whose policy admits only sessions use this. */
export function accountOf(request: FastifyRequest): AccountPrincipal {
  if (request.principal.kind !== 'account') throw new PisaError('UNAUTHENTICATED');
  return request.principal;
}

/** Which organisations' records a list route may return for this request (central, from the route's policy). */
export function visibleTo(request: FastifyRequest, options: AuthzOptions): Visibility {
  const policy = request.routeOptions.config.policy;
  if (!policy) return { all: false, organisations: [] };
  return visibility(request.principal, policy, options);
}
