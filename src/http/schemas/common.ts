import { z } from 'zod';
import { JURISDICTIONS } from '../../core/declaration/enums.js';
import { ERROR_CODES } from '../../core/errors/codes.js';

// Shared pieces of the response and request schemas. Response arrays are `readonly` so the
// core's readonly lists type-check as handler results without copies.

export const LocalizedSchema = z.object({ en: z.string(), zh: z.string() });

export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const IsoDateSchema = z.iso.date().describe('YYYY-MM-DD');
export const TimestampSchema = z.iso.datetime().describe('ISO 8601 instant, UTC');

/** How a path names a record: a uuid or a slug (letters, digits, hyphens); anything else is refused before a lookup. */
export const RecordRefSchema = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{0,99}$/, 'a uuid or a slug');

/** CN, CN-<province code>, US or US-<state>. */
export const JurisdictionSchema = z.enum(JURISDICTIONS as [string, ...string[]]);

const IssueBodySchema = z.object({
  code: z.enum(ERROR_CODES),
  path: list(z.union([z.string(), z.number()])),
  at: z.string().describe('The path written as "activities[0].data[2]"'),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: LocalizedSchema,
});

/** The one error shape of the API (src/http/errors.ts). */
export const ErrorBodySchema = z.object({
  statusCode: z.number().int(),
  code: z.enum(ERROR_CODES),
  message: LocalizedSchema,
  issues: list(IssueBodySchema),
  request_id: z.string(),
});

/** Error responses a route documents in OpenAPI, all in the one shape. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof ErrorBodySchema> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorBodySchema])) as Record<S, typeof ErrorBodySchema>;
}
