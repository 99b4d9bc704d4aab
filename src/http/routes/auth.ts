import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import { ANY_SESSION, MFA_PENDING } from '../../core/auth/policy.js';
import { deriveCsrfToken } from '../../core/crypto/hashing.js';
import type { AccountService } from '../../services/accounts.js';
import type { PasswordResetService } from '../../services/password-reset.js';
import type { IssuedSession, SessionService } from '../../services/sessions.js';
import { SMALL_BODY_LIMIT } from '../limits.js';
import { errorResponses } from '../schemas/common.js';
import {
  AcceptedSchema,
  IssuedSessionSchema,
  PasswordResetBodySchema,
  PasswordResetRequestBodySchema,
  RecoveryCodeBodySchema,
  RegisterBodySchema,
  ResendBodySchema,
  SessionInfoSchema,
  SignInBodySchema,
  TotpBodySchema,
  VerifyBodySchema,
} from '../schemas/identity.js';
import { accountOf, actorOf } from '../security/context.js';
import type { RateLimitSettings } from '../security/enforce.js';
import { type CookieSettings, sessionCookieName, sessionCookieOptions } from '../security/session-cookie.js';

export type AuthRoutesOptions = {
  readonly accounts: AccountService;
  readonly passwordReset: PasswordResetService;
  readonly sessions: SessionService;
  readonly cookie: CookieSettings;
  readonly rateLimit: RateLimitSettings;
};

/** Registration, verification codes, sign-in (password, then TOTP or a recovery code when enrolled), password reset, sign-out. */
export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, { accounts, passwordReset, sessions, cookie, rateLimit }) => {
  const name = sessionCookieName(cookie);
  const strict = { max: rateLimit.authMax, timeWindow: rateLimit.windowMs };
  const setSession = (reply: FastifyReply, issued: IssuedSession) => {
    reply.setCookie(name, issued.token, sessionCookieOptions(cookie));
    return { stage: issued.stage, csrf_token: issued.csrf_token, account_id: issued.account_id, expires_at: issued.expires_at };
  };

  app.post(
    '/api/auth/register',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.public, rateLimit: strict },
      schema: {
        tags: ['accounts'],
        summary: 'Register with an email address or mainland mobile number and a password; a code is sent to confirm it',
        description: 'The answer is the same whether or not the identifier already has an account.',
        body: RegisterBodySchema,
        response: { 202: AcceptedSchema, ...errorResponses(400, 413, 429) },
      },
    },
    async (request, reply) => {
      await accounts.register(request.body, request.id);
      return reply.code(202).send({ status: 'pending_verification' as const });
    },
  );

  app.post(
    '/api/auth/verify',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.public, rateLimit: strict },
      schema: {
        tags: ['accounts'],
        summary: 'Confirm the identifier with the six-digit code sent to it',
        body: VerifyBodySchema,
        response: { 200: AcceptedSchema, ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      await accounts.verify(request.body, request.id);
      return { status: 'verified' as const };
    },
  );

  app.post(
    '/api/auth/verify/resend',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.public, rateLimit: strict },
      schema: {
        tags: ['accounts'],
        summary: 'Send a new code to an unconfirmed identifier (same answer for any identifier)',
        body: ResendBodySchema,
        response: { 202: AcceptedSchema, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await accounts.resend(request.body);
      return reply.code(202).send({ status: 'code_sent' as const });
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.public, rateLimit: strict },
      schema: {
        tags: ['sessions'],
        summary: 'Sign in with a password; sets the session cookie (a new session id every time)',
        body: SignInBodySchema,
        response: { 200: IssuedSessionSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const issued = await sessions.signIn(request.body, { address: request.ip, requestId: request.id }, request.cookies[name] ?? null);
      return setSession(reply, issued);
    },
  );

  app.post(
    '/api/auth/sign-in/totp',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: MFA_PENDING, rateLimit: strict },
      schema: {
        tags: ['sessions'],
        summary: 'Second step of sign-in: the authenticator code; replaces the session with a full one',
        body: TotpBodySchema,
        response: { 200: IssuedSessionSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) =>
      setSession(reply, await sessions.completeTotp(accountOf(request), request.body.code, { address: request.ip, requestId: request.id })),
  );

  app.post(
    '/api/auth/sign-in/recovery-code',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: MFA_PENDING, rateLimit: strict },
      schema: {
        tags: ['sessions'],
        summary: 'Second step of sign-in with a recovery code instead of the authenticator app (the code is used up)',
        body: RecoveryCodeBodySchema,
        response: { 200: IssuedSessionSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) =>
      setSession(
        reply,
        await sessions.completeWithRecoveryCode(accountOf(request), request.body.recovery_code, { address: request.ip, requestId: request.id }),
      ),
  );

  app.post(
    '/api/auth/password-reset',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.public, rateLimit: strict },
      schema: {
        tags: ['accounts'],
        summary: 'Forgot the password: a single-use reset link is sent to the email address or mobile number',
        description: 'The answer is the same whether or not an account holds the identifier.',
        body: PasswordResetRequestBodySchema,
        response: { 202: AcceptedSchema, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await passwordReset.request(request.body, request.id);
      return reply.code(202).send({ status: 'reset_requested' as const });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.public, rateLimit: strict },
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password with the token from the reset message; every session of the account ends',
        body: PasswordResetBodySchema,
        response: { 200: AcceptedSchema, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await passwordReset.reset(request.body, request.id);
      reply.clearCookie(name, sessionCookieOptions(cookie));
      return { status: 'password_reset' as const };
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { policy: ANY_SESSION },
      schema: {
        tags: ['sessions'],
        summary: 'The current session, with its CSRF token (for a page reload)',
        response: { 200: SessionInfoSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const principal = accountOf(request);
      return {
        account_id: principal.account_id,
        stage: principal.stage,
        mfa: principal.mfa,
        csrf_token: deriveCsrfToken(request.sessionToken ?? ''),
        memberships: principal.memberships,
        language: await accounts.language(principal.account_id),
      };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: ANY_SESSION },
      schema: { tags: ['sessions'], summary: 'End this session', response: { 204: z.null(), ...errorResponses(401, 403) } },
    },
    async (request, reply) => {
      await sessions.signOut(accountOf(request), actorOf(request));
      reply.clearCookie(name, sessionCookieOptions(cookie));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/sign-out-everywhere',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.self },
      schema: {
        tags: ['sessions'],
        summary: 'End every session of this account, on every device',
        response: { 200: z.object({ ended: z.number().int() }), ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const ended = await sessions.signOutEverywhere(accountOf(request), actorOf(request));
      reply.clearCookie(name, sessionCookieOptions(cookie));
      return { ended };
    },
  );
};
