import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PERMISSIONS } from '../core/auth/permissions.js';
import { toErrorBody } from './errors.js';

/** Replaced in index.html by each response's nonce, which the app hands to Ant Design for its <style> elements. */
const NONCE_PLACEHOLDER = '__PISA_CSP_NONCE__';

/** Paths the single-page app never owns: unknown ones there are real 404s in the API error shape. */
const isServerPath = (url: string): boolean => /^\/(api|log)(\/|\?|$)/.test(url) || url === '/healthz';

function notFound(request: FastifyRequest, reply: FastifyReply) {
  const body = toErrorBody({ code: 'NOT_FOUND', params: { what: `${request.method} ${request.url.split('?')[0]}` }, issues: [] }, request.id);
  return reply.code(body.statusCode).send(body);
}

/** The file under `root` a URL path names, or null (missing, a folder, or outside the root). */
function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = resolve(root, `.${sep}${decoded}`);
  if (!full.startsWith(root + sep) || !existsSync(full) || !statSync(full).isFile()) return null;
  return full.slice(root.length + 1);
}

/**
 * Serves the built web app from `webRoot` (when given and present) with a single-page-app
 * fallback: any other GET returns index.html so client-side routes survive a reload. The files
 * are served by one explicit public route, so they too carry a declared policy. Without a web
 * root, every unknown path is a NOT_FOUND error. Call it once the rate-limit plugin is loaded.
 */
export function registerWeb(app: FastifyInstance, webRoot: string | null | undefined): void {
  const root = typeof webRoot === 'string' && existsSync(webRoot) ? resolve(webRoot) : null;
  if (root !== null) {
    app.register(fastifyStatic, { root, serve: false });
    const page = existsSync(join(root, 'index.html')) ? readFileSync(join(root, 'index.html'), 'utf8') : null;
    // The build's own files (Vite names them by content hash, so a name never changes meaning): a
    // page load fetches some thirty, so they neither count against the per-address rate limit
    // (a few reloads would exhaust it) nor need fetching again; anything else under /assets is a 404.
    app.get('/assets/*', { config: { policy: PERMISSIONS.public, headers: 'app', rateLimit: false }, schema: { hide: true } }, (request, reply) => {
      const file = fileUnder(root, request.url.split('?')[0] ?? '');
      return file === null ? reply.callNotFound() : reply.sendFile(file, { maxAge: '365d', immutable: true });
    });
    app.get('/*', { config: { policy: PERMISSIONS.public, headers: 'app' }, schema: { hide: true } }, (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      if (isServerPath(path)) return notFound(request, reply);
      const file = fileUnder(root, path);
      if (file !== null && file !== 'index.html') return reply.sendFile(file);
      if (page === null) return notFound(request, reply);
      // A fresh nonce per page (CSP3 §6.7.2.2: unguessable, never reused), so the page is never cached.
      const nonce = randomBytes(18).toString('base64');
      request.cspNonce = nonce;
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page.replaceAll(NONCE_PLACEHOLDER, nonce));
    });
  }
  // Unknown paths count against the same per-address limit as routes (probing is not free).
  app.setNotFoundHandler(app.hasDecorator('rateLimit') ? { preHandler: app.rateLimit() } : {}, (request, reply) => notFound(request, reply));
}
