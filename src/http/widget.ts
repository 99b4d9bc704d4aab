import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { PERMISSIONS } from '../core/auth/permissions.js';
import { PisaError } from '../core/errors/pisa-error.js';

// The embeddable consent widget (built from widget/ into dist/widget) at /widget/pisa-consent.js,
// for any site to load, and its demo page, a sample shop, at /demo/shop.

export type WidgetRouteOptions = {
  /** The built widget (dist/widget); nothing is served when null, absent or not built. */
  readonly widgetRoot: string | null;
};

/** The widget's URL stays the same across versions: caches keep it an hour, then revalidate with the ETag. */
const WIDGET_CACHE = 'public, max-age=3600';
/** The demo page and its files: always revalidated. */
const DEMO_CACHE = 'no-cache';

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
};

type StaticFile = { readonly body: Buffer; readonly type: string; readonly etag: string };

function readStatic(path: string): StaticFile {
  const body = readFileSync(path);
  return { body, type: TYPES[extname(path)] ?? 'application/octet-stream', etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

function sendStatic(request: FastifyRequest, reply: FastifyReply, file: StaticFile, cache: string) {
  reply.header('etag', file.etag).header('cache-control', cache);
  if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
  return reply.type(file.type).send(file.body);
}

/** The demo's files by name (read once at start, like the web app's index.html): pages and assets only. */
function demoFiles(dir: string): Map<string, StaticFile> {
  if (!existsSync(dir)) return new Map();
  const names = readdirSync(dir).filter((name) => extname(name) in TYPES);
  return new Map(names.filter((name) => statSync(join(dir, name)).isFile()).map((name) => [name, readStatic(join(dir, name))]));
}

export const widgetRoutes: FastifyPluginAsync<WidgetRouteOptions> = async (app, { widgetRoot }) => {
  const widgetFile = widgetRoot === null ? null : join(widgetRoot, 'pisa-consent.js');
  if (widgetRoot === null || widgetFile === null || !existsSync(widgetFile)) return;
  const widget = readStatic(widgetFile);
  const demo = demoFiles(join(widgetRoot, 'demo'));

  // Loaded by <script type="module"> on other sites: a CORS request, so it needs the header.
  app.get('/widget/pisa-consent.js', { config: { policy: PERMISSIONS.public, headers: 'embeddable' }, schema: { hide: true } }, (request, reply) =>
    sendStatic(request, reply.header('access-control-allow-origin', '*'), widget, WIDGET_CACHE),
  );

  // Served under the web app's Content-Security-Policy: the demo shows that the widget needs no inline script or style.
  const page = demo.get('shop.html');
  if (page !== undefined) {
    app.get('/demo/shop', { config: { policy: PERMISSIONS.public, headers: 'app' }, schema: { hide: true } }, (request, reply) =>
      sendStatic(request, reply, page, DEMO_CACHE),
    );
  }
  app.get<{ Params: { file: string } }>('/demo/:file', { config: { policy: PERMISSIONS.public, headers: 'app' }, schema: { hide: true } }, (request, reply) => {
    const file = extname(request.params.file) === '.html' ? undefined : demo.get(request.params.file);
    if (file === undefined) throw new PisaError('NOT_FOUND', { what: `GET /demo/${request.params.file.slice(0, 100)}` });
    return sendStatic(request, reply, file, DEMO_CACHE);
  });
};
