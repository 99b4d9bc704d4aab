import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ACTOR_TYPES } from '../../core/audit/chain.js';
import { AUDIT_COLUMNS, auditToCsv } from '../../core/audit/export.js';
import { PERMISSIONS } from '../../core/auth/permissions.js';
import type { AuditService } from '../../services/audit.js';
import type { AuditFilter } from '../../services/identity-ports.js';
import { errorResponses, list, TimestampSchema } from '../schemas/common.js';

const PAGE_MAX = 1000;
const EXPORT_MAX = 100_000;

const FilterFields = {
  action: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/)
    .optional()
    .describe('e.g. processor.create'),
  actor_id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[0-9A-Za-z-]+$/)
    .optional(),
  target_id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[0-9A-Za-z-]+$/)
    .optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  after: z.coerce.number().int().min(0).optional().describe("Entries after this position (the previous page's next_after)"),
};

const ListQuerySchema = z.strictObject({ ...FilterFields, limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(100) });
const ExportQuerySchema = z.strictObject({ ...FilterFields, format: z.enum(['csv', 'json']).default('json') });

const HashSchema = z.string().regex(/^[0-9a-f]{64}$/);
const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: TimestampSchema,
  actor_type: z.enum(ACTOR_TYPES),
  actor_id: z.string().nullable(),
  role: z.string(),
  action: z.string(),
  target_type: z.string().nullable(),
  target_id: z.string().nullable(),
  request_id: z.string().nullable(),
  before_hash: HashSchema.nullable(),
  after_hash: HashSchema.nullable(),
  prev_hash: HashSchema,
  hash: HashSchema,
});

const VerdictSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int().describe('Entries verified (before the break, when there is one)'),
  head: HashSchema.optional().describe('The hash of the last entry: publish or keep it to detect truncation later'),
  broken_at: z.number().int().optional(),
  reason: z.enum(['sequence', 'prev_hash', 'hash']).optional(),
});

type FilterQuery = {
  action?: string | undefined;
  actor_id?: string | undefined;
  target_id?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  after?: number | undefined;
};

const toFilter = (q: FilterQuery, limit: number): AuditFilter => ({
  action: q.action,
  actorId: q.actor_id,
  targetId: q.target_id,
  from: q.from === undefined ? undefined : new Date(q.from),
  to: q.to === undefined ? undefined : new Date(q.to),
  afterSeq: q.after,
  limit,
});

/** The audit trail for Association admins: browse, export (CSV or JSON), verify the hash chain. */
export const auditRoutes: FastifyPluginAsyncZod<{ readonly audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/api/audit',
    {
      config: { policy: PERMISSIONS.audit.read },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries in order, filtered, a page at a time',
        querystring: ListQuerySchema,
        response: { 200: z.object({ entries: list(AuditEntrySchema), next_after: z.number().int().nullable() }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const entries = await audit.list(toFilter(request.query, request.query.limit));
      const last = entries.at(-1);
      return { entries, next_after: entries.length === request.query.limit && last ? last.seq : null };
    },
  );

  app.get(
    '/api/audit/export',
    {
      config: { policy: PERMISSIONS.audit.read },
      schema: {
        tags: ['audit'],
        summary: `Export entries (up to ${EXPORT_MAX}) as CSV or JSON`,
        querystring: ExportQuerySchema,
        // Sent as text: CSV (RFC 4180, formula cells neutralised) or {"entries": [...]} with the documented columns.
        response: { 200: z.string().describe('CSV or JSON'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const entries = await audit.list(toFilter(request.query, EXPORT_MAX));
      const stamp = new Date().toISOString().slice(0, 10);
      reply.header('content-disposition', `attachment; filename="pisa-audit-${stamp}.${request.query.format}"`);
      if (request.query.format === 'csv') return reply.type('text/csv; charset=utf-8').send(auditToCsv(entries));
      // Only the documented columns, in order: the export is a contract like the API.
      const rows = entries.map((entry) => Object.fromEntries(AUDIT_COLUMNS.map((column) => [column, entry[column]])));
      return reply.type('application/json; charset=utf-8').send(JSON.stringify({ entries: rows }));
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { policy: PERMISSIONS.audit.read },
      schema: {
        tags: ['audit'],
        summary: 'Recompute the hash chain from the first entry',
        response: { 200: VerdictSchema, ...errorResponses(401, 403) },
      },
    },
    () => audit.verify(),
  );
};
