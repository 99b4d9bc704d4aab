import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import { PisaError } from '../../core/errors/pisa-error.js';
import { encodeBase64 } from '../../core/log/base64.js';
import { parseTileIndex, parseTileLevel } from '../../core/log/tile-path.js';
import { TILE_WIDTH } from '../../core/log/tiles.js';
import type { TransparencyLogService } from '../../services/transparency-log.js';
import { errorResponses, list } from '../schemas/common.js';
import type { RateLimitSettings } from '../security/enforce.js';

// The transparency log exactly as c2sp.org/tlog-tiles serves it (checkpoint, hash tiles, entry
// bundles), its verifier key, and a JSON proof API for clients that cannot build proofs from
// tiles. Everything under /log/ is immutable but the checkpoint, and readable from any origin
// (CORS *) so that a browser on another site can verify it.

export type TransparencyLogRoutesOptions = { readonly log: TransparencyLogService; readonly rateLimit: RateLimitSettings };

/**
 * A mirror or monitor reads every tile and bundle (about 8 requests per 256 entries): tiles and
 * bundles get this many times the per-address limit of other routes. They are immutable, so a
 * cache or CDN in front serves most of them anyway.
 */
const TILE_RATE_FACTOR = 20;

/** Full tiles and bundles never change: cache them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Partial ones never change either, but may later be deleted in favour of the full tile. */
const PARTIAL = 'public, max-age=60';
/** The checkpoint changes with every batch: never cached. */
const CHECKPOINT = 'no-store';

const TAGS = ['transparency log'];
const TEXT = 'text/plain; charset=utf-8';

const notFound = (path: string) => new PisaError('LOG_TILE_NOT_FOUND', { path: path.slice(0, 120) });

/** A decimal the log understands: no sign, no leading zeros, below 2^53. */
const SizeSchema = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,15})$/, 'a non-negative integer without leading zeros')
  .transform(Number)
  .refine(Number.isSafeInteger, 'at most 2^53 - 1');

const ProofSchema = list(z.string().describe('base64 of a 32-byte hash')).describe('RFC 6962 hashes, bottom-up');

const WildcardSchema = z.object({ '*': z.string().max(200) });

function sendBytes(reply: FastifyReply, bytes: Uint8Array, isFull: boolean) {
  return reply
    .header('cache-control', isFull ? IMMUTABLE : PARTIAL)
    .type('application/octet-stream')
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export const transparencyLogRoutes: FastifyPluginAsyncZod<TransparencyLogRoutesOptions> = async (app, { log, rateLimit }) => {
  const tiles = { policy: PERMISSIONS.transparencyLog, rateLimit: { max: rateLimit.max * TILE_RATE_FACTOR, timeWindow: rateLimit.windowMs } };
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/log/')) reply.header('access-control-allow-origin', '*');
  });

  app.get(
    '/log/checkpoint',
    { config: { policy: PERMISSIONS.transparencyLog }, schema: { tags: TAGS, summary: 'The latest signed checkpoint (c2sp.org/tlog-checkpoint), text/plain' } },
    async (_request, reply) =>
      reply
        .header('cache-control', CHECKPOINT)
        .type(TEXT)
        .send(await log.latestCheckpoint()),
  );

  app.get(
    '/log/vkey',
    {
      config: { policy: PERMISSIONS.transparencyLog },
      schema: { tags: TAGS, summary: "The log's note verifier key (c2sp.org/signed-note), one line of text" },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=3600').type(TEXT).send(`${log.vkey()}\n`),
  );

  app.get(
    '/log/tile/entries/*',
    {
      config: tiles,
      schema: { tags: TAGS, summary: 'An entry bundle (c2sp.org/tlog-tiles): tile/entries/<N>[.p/<W>]', params: WildcardSchema, response: errorResponses(404) },
    },
    async (request, reply) => {
      const path = `tile/entries/${request.params['*']}`;
      const ref = parseTileIndex(request.params['*']);
      if (ref === null || ref.index > BigInt(Number.MAX_SAFE_INTEGER)) throw notFound(path);
      const bytes = await log.entryBundle(Number(ref.index), ref.width);
      if (bytes === null) throw notFound(path);
      return sendBytes(reply, bytes, ref.width === TILE_WIDTH);
    },
  );

  app.get(
    '/log/tile/:level/*',
    {
      config: tiles,
      schema: {
        tags: TAGS,
        summary: 'A hash tile (c2sp.org/tlog-tiles): tile/<L>/<N>[.p/<W>]',
        params: z.object({ level: z.string().max(10), '*': z.string().max(200) }),
        response: errorResponses(404),
      },
    },
    async (request, reply) => {
      const path = `tile/${request.params.level}/${request.params['*']}`;
      const level = parseTileLevel(request.params.level);
      const ref = parseTileIndex(request.params['*']);
      if (level === null || ref === null || ref.index > BigInt(Number.MAX_SAFE_INTEGER)) throw notFound(path);
      const bytes = await log.tile(level, Number(ref.index), ref.width);
      if (bytes === null) throw notFound(path);
      return sendBytes(reply, bytes, ref.width === TILE_WIDTH);
    },
  );

  app.get(
    '/api/log/proof/inclusion',
    {
      config: { policy: PERMISSIONS.transparencyLog },
      schema: {
        tags: TAGS,
        summary: 'Inclusion proof of entry `index` in the tree of `size` entries (RFC 6962 §2.1.1), built from the stored tiles',
        querystring: z.strictObject({ index: SizeSchema, size: SizeSchema }),
        response: { 200: z.object({ index: z.number().int(), size: z.number().int(), proof: ProofSchema }), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { index, size } = request.query;
      const proof = await log.inclusionProof(index, size);
      return { index, size, proof: proof.map(encodeBase64) };
    },
  );

  app.get(
    '/api/log/proof/consistency',
    {
      config: { policy: PERMISSIONS.transparencyLog },
      schema: {
        tags: TAGS,
        summary: 'Consistency proof from the tree of `old` entries to the tree of `new` entries (RFC 6962 §2.1.2); old >= 1',
        querystring: z.strictObject({ old: SizeSchema, new: SizeSchema }),
        response: { 200: z.object({ old: z.number().int(), new: z.number().int(), proof: ProofSchema }), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { old, new: newSize } = request.query;
      const proof = await log.consistencyProof(old, newSize);
      return { old, new: newSize, proof: proof.map(encodeBase64) };
    },
  );
};
