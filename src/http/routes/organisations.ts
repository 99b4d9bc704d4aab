import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import type { AuthzOptions } from '../../core/auth/policy.js';
import type { ApiKeyService } from '../../services/api-keys.js';
import type { OrganisationService } from '../../services/organisations.js';
import { SLUG_PATTERN } from '../../services/processors.js';
import { SMALL_BODY_LIMIT } from '../limits.js';
import { errorResponses, list, RecordRefSchema } from '../schemas/common.js';
import {
  ApiKeySchema,
  CreateApiKeyBodySchema,
  CreatedApiKeySchema,
  InvitationSchema,
  InviteBodySchema,
  MemberSchema,
  OrganisationSchema,
} from '../schemas/identity.js';
import { actorOf, visibleTo } from '../security/context.js';

const ParamsSchema = z.strictObject({ id: RecordRefSchema.describe('Organisation id (uuid) or slug') });
const UuidParamsSchema = z.strictObject({ id: z.uuid() });
const CreateBodySchema = z.strictObject({ name: z.string().trim().min(1).max(200), slug: z.string().regex(SLUG_PATTERN).optional() });

export type OrganisationRoutesOptions = { readonly organisations: OrganisationService; readonly apiKeys: ApiKeyService; readonly authz: AuthzOptions };

/** Processor organisations, their members (by invitation), their API keys; Association staff invitations. */
export const organisationRoutes: FastifyPluginAsyncZod<OrganisationRoutesOptions> = async (app, { organisations, apiKeys, authz }) => {
  app.post(
    '/api/organisations',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.organisations.create },
      schema: {
        tags: ['organisations'],
        summary: 'Found an organisation; I become its owner',
        body: CreateBodySchema,
        response: { 201: OrganisationSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await organisations.create(request.body, actorOf(request))),
  );

  app.get(
    '/api/organisations',
    {
      config: { policy: PERMISSIONS.organisations.list },
      schema: {
        tags: ['organisations'],
        summary: 'The organisations I may see',
        response: { 200: z.object({ organisations: list(OrganisationSchema) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ organisations: await organisations.list(visibleTo(request, authz)) }),
  );

  app.get(
    '/api/organisations/:id',
    {
      config: { policy: PERMISSIONS.organisations.read },
      schema: {
        tags: ['organisations'],
        summary: 'One organisation',
        params: ParamsSchema,
        response: { 200: OrganisationSchema, ...errorResponses(401, 403, 404) },
      },
    },
    (request) => organisations.get(request.params.id),
  );

  app.get(
    '/api/organisations/:id/members',
    {
      config: { policy: PERMISSIONS.organisations.members },
      schema: {
        tags: ['organisations'],
        summary: 'Members, with name and masked contact',
        params: ParamsSchema,
        response: { 200: z.object({ members: list(MemberSchema) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({ members: await organisations.members(request.params.id) }),
  );

  app.post(
    '/api/organisations/:id/invitations',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.organisations.invite },
      schema: {
        tags: ['organisations'],
        summary: 'Invite an email address or mobile number to a role in the organisation',
        params: ParamsSchema,
        body: InviteBodySchema,
        response: { 202: InvitationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(202).send(await organisations.invite(request.params.id, request.body, actorOf(request))),
  );

  app.delete(
    '/api/memberships/:id',
    {
      config: { policy: PERMISSIONS.organisations.removeMember },
      schema: {
        tags: ['organisations'],
        summary: 'Remove a membership (an organisation keeps at least one owner)',
        params: UuidParamsSchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await organisations.removeMembership(request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/association/invitations',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.association.invite },
      schema: {
        tags: ['organisations'],
        summary: 'Invite someone to an Association staff role or the regulator role (admins)',
        body: InviteBodySchema,
        response: { 202: InvitationSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(202).send(await organisations.invite(null, request.body, actorOf(request))),
  );

  app.post(
    '/api/organisations/:id/api-keys',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      config: { policy: PERMISSIONS.organisations.apiKeys },
      schema: {
        tags: ['api-keys'],
        summary: "Create an API key for the organisation's servers: the key is shown once",
        params: ParamsSchema,
        body: CreateApiKeyBodySchema,
        response: { 201: CreatedApiKeySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const organisation = await organisations.get(request.params.id);
      const created = await apiKeys.create(organisation.id, request.body, actorOf(request));
      return reply.code(201).send({ ...created.record, key: created.key });
    },
  );

  app.get(
    '/api/organisations/:id/api-keys',
    {
      config: { policy: PERMISSIONS.organisations.apiKeys },
      schema: {
        tags: ['api-keys'],
        summary: "The organisation's API keys (never the keys themselves)",
        params: ParamsSchema,
        response: { 200: z.object({ api_keys: list(ApiKeySchema) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({ api_keys: await apiKeys.list((await organisations.get(request.params.id)).id) }),
  );

  app.delete(
    '/api/api-keys/:id',
    {
      config: { policy: PERMISSIONS.organisations.revokeApiKey },
      schema: {
        tags: ['api-keys'],
        summary: 'Revoke an API key',
        params: UuidParamsSchema,
        response: { 200: ApiKeySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => apiKeys.revoke(request.params.id, actorOf(request)),
  );
};
