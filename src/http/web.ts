import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toErrorBody } from './errors.js';

/** Paths the single-page app never owns: unknown ones there are real 404s in the API error shape. */
const isServerPath = (url: string): boolean => /^\/(api|log)(\/|\?|$)/.test(url) || url === '/healthz';

function notFound(request: FastifyRequest, reply: FastifyReply) {
  const body = toErrorBody({ code: 'NOT_FOUND', params: { what: `${request.method} ${request.url.split('?')[0]}` }, issues: [] }, request.id);
  return reply.code(body.statusCode).send(body);
}

/**
 * Serves the built web app from `webRoot` (when given and present) with a single-page-app
 * fallback: any other GET returns index.html so client-side routes survive a reload. Without a
 * web root, every unknown path is a NOT_FOUND error.
 */
export function registerWeb(app: FastifyInstance, webRoot: string | null | undefined): void {
  const hasWeb = typeof webRoot === 'string' && existsSync(webRoot);
  if (hasWeb) app.register(fastifyStatic, { root: webRoot, prefix: '/' });
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && (request.method === 'GET' || request.method === 'HEAD') && !isServerPath(request.url)) {
      return reply.sendFile('index.html');
    }
    return notFound(request, reply);
  });
}
