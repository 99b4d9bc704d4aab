import { z } from 'zod';
import type { Policy } from '../../core/auth/policy.js';
import { API_SCOPES, ASSOCIATION_ROLES, ORGANISATION_ROLES } from '../../core/auth/roles.js';

// The shape of a route's declared policy, checked at start for every route: a typo in a route
// file (or a route with none) stops the server instead of leaving a route open or closed by accident.

const GrantSchema = z.union([
  z.strictObject({ association: z.array(z.enum(ASSOCIATION_ROLES)).min(1) }),
  z.strictObject({ regulator: z.literal(true) }),
  z.strictObject({ organisation: z.array(z.enum(ORGANISATION_ROLES)).min(1) }),
  z.strictObject({ apiKey: z.enum(API_SCOPES) }),
]);

const PolicySchema = z.union([
  z.strictObject({ kind: z.literal('public') }),
  z.strictObject({ kind: z.literal('account'), stage: z.enum(['full', 'mfa_pending', 'any']) }),
  z.strictObject({
    kind: z.literal('grants'),
    grants: z.array(GrantSchema).min(1),
    target: z
      .strictObject({
        type: z.enum(['processor', 'evaluation', 'organisation', 'api_key', 'membership', 'scan']),
        from: z.enum(['params.id', 'body.organisation_id', 'body.processor', 'query.processor']),
      })
      .optional(),
  }),
]);

export function isPolicy(value: unknown): value is Policy {
  return PolicySchema.safeParse(value).success;
}
