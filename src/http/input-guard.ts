import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Issue } from '../core/errors/codes.js';
import { PisaError } from '../core/errors/pisa-error.js';

// PostgreSQL text and jsonb cannot hold U+0000: a NUL that reached the database would fail the
// query (a 500). It is never meaningful in PISA's inputs, so it is refused at the edge, in the
// body parsers and before validation of the path and query, with the path to the first one.

const NUL = '\u0000';
const MAX_DEPTH = 200;

/** The path to the first string (or key) holding U+0000 in a decoded value, or null. */
export function findNul(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNul(item, [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.includes(NUL)) return [...path, key.replaceAll(NUL, '\\u0000')];
    const found = findNul(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Throws REQUEST_INVALID when a decoded request part holds U+0000. */
export function rejectNul(value: unknown, part: string): void {
  const path = findNul(value, [part]);
  if (path === null) return;
  const issue: Issue = { code: 'VALUE_INVALID', path, params: { value: '\\u0000', allowed: 'text without the NUL character (U+0000)', suggestion: '' } };
  throw new PisaError('REQUEST_INVALID', { detail: `NUL character (U+0000) in ${part}` }, { issues: [issue] });
}

const NO_QUERY = z.strictObject({});

const YAML_CONTENT_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

/**
 * JSON (Fastify's own parser: prototype-poisoning keys are errors) and YAML (kept as text, parsed
 * by the core) bodies, both refusing NUL; path parameters and query strings likewise.
 */
export function registerInputGuards(app: FastifyInstance): void {
  // text/plain is a content type a cross-site HTML form can send without a CORS preflight;
  // nothing in the API takes it, so it answers 415 like any other unsupported type.
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, typeof body === 'string' ? body : body.toString('utf8'), (error, value) => {
      if (error) return done(error, undefined);
      try {
        rejectNul(value, 'body');
      } catch (nul) {
        return done(nul as Error, undefined);
      }
      return done(null, value);
    });
  });
  app.addContentTypeParser(YAML_CONTENT_TYPES, { parseAs: 'string' }, (_request, body, done) => {
    try {
      rejectNul(body, 'body');
    } catch (nul) {
      return done(nul as Error, undefined);
    }
    return done(null, body);
  });
  // Strict by default: an API route that declares no query parameters refuses any.
  app.addHook('onRoute', (route) => {
    const isApi = route.url === '/healthz' || (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs'));
    if (!isApi) return;
    route.schema = { querystring: NO_QUERY, ...route.schema };
  });
  app.addHook('preValidation', async (request) => {
    rejectNul(request.params, 'params');
    rejectNul(request.query, 'querystring');
  });
}
