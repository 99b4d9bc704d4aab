import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import type { AccountService } from '../../services/accounts.js';
import type { OrganisationService } from '../../services/organisations.js';
import type { SessionService } from '../../services/sessions.js';
import type { TotpService } from '../../services/totp-enrolment.js';
import { SMALL_BODY_LIMIT } from '../limits.js';
import { errorResponses } from '../schemas/common.js';
import {
  AcceptInvitationBodySchema,
  ChangePasswordBodySchema,
  LanguageBodySchema,
  MembershipSchema,
  ProfileSchema,
  RecoveryCodesSchema,
  SecondFactorBodySchema,
  SessionListSchema,
  TotpBodySchema,
  TotpConfirmedSchema,
  TotpEnrolmentSchema,
} from '../schemas/identity.js';
import { accountOf, actorOf } from '../security/context.js';
import type { RateLimitSettings } from '../security/enforce.js';
import { type CookieSettings, sessionCookieName, sessionCookieOptions } from '../security/session-cookie.js';

export type MeRoutesOptions = {
  readonly accounts: AccountService;
  readonly sessions: SessionService;
  readonly totp: TotpService;
  readonly organisations: OrganisationService;
  readonly cookie: CookieSettings;
  readonly rateLimit: RateLimitSettings;
};

/** The signed-in person's own account: profile, password, sessions, authenticator app, invitations. */
export const meRoutes: FastifyPluginAsyncZod<MeRoutesOptions> = async (app, { accounts, sessions, totp, organisations, cookie, rateLimit }) => {
  const strict = { max: rateLimit.authMax, timeWindow: rateLimit.windowMs };

  app.get(
    '/api/me',
    {
      config: { policy: PERMISSIONS.self },
      schema: { tags: ['accounts'], summary: 'My account (decrypted for me alone)', response: { 200: ProfileSchema, ...errorResponses(401, 403) } },
    },
    (request) => accounts.profile(accountOf(request).account_id),
  );

  app.post(
    '/api/me/password',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.self, rateLimit: strict },
      schema: {
        tags: ['accounts'],
        summary: 'Change my password (the current one is required); every other session ends',
        body: ChangePasswordBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const principal = accountOf(request);
      await accounts.changePassword(principal.account_id, principal.session_id, request.body, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/me/language',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.self },
      schema: {
        tags: ['accounts'],
        summary: "Keep the web app's language for my account (applied at every sign-in)",
        body: LanguageBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await accounts.setLanguage(accountOf(request).account_id, request.body.language, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me/sessions',
    {
      config: { policy: PERMISSIONS.self },
      schema: { tags: ['sessions'], summary: 'My sessions', response: { 200: SessionListSchema, ...errorResponses(401, 403) } },
    },
    async (request) => {
      const principal = accountOf(request);
      const list = await sessions.list(principal.account_id);
      return { sessions: list.map((s) => ({ ...s, current: s.id === principal.session_id })) };
    },
  );

  app.post(
    '/api/me/totp',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.self },
      schema: {
        tags: ['accounts'],
        summary: 'Start enrolling an authenticator app: the secret is shown once',
        response: { 200: TotpEnrolmentSchema, ...errorResponses(401, 403, 409) },
      },
    },
    (request) => totp.begin(accountOf(request).account_id, actorOf(request)),
  );

  app.post(
    '/api/me/totp/confirm',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.self, rateLimit: strict },
      schema: {
        tags: ['accounts'],
        summary:
          'Confirm the authenticator app with a code; the session is replaced by one with the second factor verified, and ten recovery codes are shown once',
        body: TotpBodySchema,
        response: { 200: TotpConfirmedSchema, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const principal = accountOf(request);
      const { recovery_codes } = await totp.confirm(principal.account_id, request.body.code, actorOf(request));
      const issued = await sessions.reissue(principal, true, actorOf(request));
      reply.setCookie(sessionCookieName(cookie), issued.token, sessionCookieOptions(cookie));
      return { stage: issued.stage, csrf_token: issued.csrf_token, account_id: issued.account_id, expires_at: issued.expires_at, recovery_codes };
    },
  );

  app.post(
    '/api/me/totp/disable',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.self, rateLimit: strict },
      schema: {
        tags: ['accounts'],
        summary: 'Remove the authenticator app (with a current code or a recovery code); refused for roles that require it',
        body: SecondFactorBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      await totp.disable(accountOf(request).account_id, request.body.code, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/me/totp/recovery-codes',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.self, rateLimit: strict },
      schema: {
        tags: ['accounts'],
        summary: 'New recovery codes (every earlier one stops working), with a current code or a recovery code; shown once',
        body: SecondFactorBodySchema,
        response: { 200: RecoveryCodesSchema, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    (request) => totp.regenerateRecoveryCodes(accountOf(request).account_id, request.body.code, actorOf(request)),
  );

  app.post(
    '/api/invitations/accept',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.self, rateLimit: strict },
      schema: {
        tags: ['organisations'],
        summary: 'Accept an invitation sent to my email address or mobile number',
        body: AcceptInvitationBodySchema,
        response: { 201: MembershipSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const membership = await organisations.acceptInvitation(request.body.token, accountOf(request).account_id, actorOf(request));
      return reply.code(201).send({ id: membership.id, role: membership.role, organisation_id: membership.organisation_id });
    },
  );
};
