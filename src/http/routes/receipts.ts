import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import type { ReceiptService } from '../../services/receipts.js';
import { errorResponses, list } from '../schemas/common.js';
import { ReceiptLogSchema } from '../schemas/consent.js';

const JwkSchema = z.object({ kty: z.string(), crv: z.string(), x: z.string(), kid: z.string(), alg: z.string(), use: z.string() });

export type ReceiptRouteOptions = {
  readonly receipts: ReceiptService;
  /** The receipt-signing public keys (JWK), current first. */
  readonly receiptKeys: readonly z.infer<typeof JwkSchema>[];
};

export const receiptRoutes: FastifyPluginAsyncZod<ReceiptRouteOptions> = async (app, { receipts, receiptKeys }) => {
  app.get(
    '/api/receipts/keys',
    {
      config: { policy: PERMISSIONS.receipts.verify },
      schema: {
        tags: ['receipts'],
        summary: 'The public keys that sign receipts (JWK Set): pin them to verify receipts offline',
        response: { 200: z.object({ keys: list(JwkSchema) }) },
      },
    },
    async (_request, reply) => {
      reply.header('access-control-allow-origin', '*');
      return { keys: receiptKeys };
    },
  );

  app.post(
    '/api/receipts/proof',
    {
      config: { policy: PERMISSIONS.receipts.verify },
      schema: {
        tags: ['receipts'],
        summary: "A receipt's log position and inclusion proof against the latest checkpoint (null until sequenced)",
        description: 'The receipt id travels in the body, not the URL, so it stays out of access logs.',
        body: z.strictObject({ receipt_id: z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'a receipt id') }),
        response: { 200: z.object({ receipt_id: z.string(), log: ReceiptLogSchema.nullable() }), ...errorResponses(400, 404) },
      },
    },
    async (request) => ({ receipt_id: request.body.receipt_id, log: await receipts.proof(request.body.receipt_id) }),
  );
};
