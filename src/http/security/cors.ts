import type { FastifyInstance } from 'fastify';
import { PERMISSIONS } from '../../core/auth/permissions.js';

/**
 * The API routes a page on another origin may call: what the embeddable consent widget needs
 * (widget/, docs/consent-widget.md) — the processor's current notice, and recording decisions
 * with the processor's publishable key. Route URL -> the one method it allows.
 */
const CROSS_ORIGIN_ROUTES: ReadonlyMap<string, 'GET' | 'POST'> = new Map([
  ['/api/processors/:id/notice', 'GET'],
  ['/api/processors/:id/consents', 'POST'],
]);

/** Browsers may reuse a preflight answer this long (seconds). */
const PREFLIGHT_MAX_AGE = '600';

/**
 * CORS (Fetch standard, "CORS protocol") for those routes only: any origin, never credentials.
 * `Access-Control-Allow-Origin: *` forbids cookies by itself, so a request from another site
 * can only use the API key in its Authorization header, never someone's PISA session. The
 * preflight admits exactly Authorization and Content-Type (JSON). Every answer of those routes
 * — errors included — carries the header, so the widget can read the error code and message.
 */
export function registerCors(app: FastifyInstance): void {
  const plugin = async (instance: FastifyInstance) => {
    instance.addHook('onSend', async (request, reply) => {
      if (CROSS_ORIGIN_ROUTES.has(request.routeOptions.url ?? '')) reply.header('access-control-allow-origin', '*');
    });
    for (const [url, method] of CROSS_ORIGIN_ROUTES) {
      instance.options(url, { config: { policy: PERMISSIONS.public }, schema: { hide: true } }, (_request, reply) =>
        reply
          .code(204)
          .headers({
            'access-control-allow-methods': method,
            'access-control-allow-headers': 'Authorization, Content-Type',
            'access-control-max-age': PREFLIGHT_MAX_AGE,
          })
          .send(),
      );
    }
  };
  // skip-override (what fastify-plugin does): the hook applies to the routes of every plugin.
  app.register(Object.assign(plugin, { [Symbol.for('skip-override')]: true }));
}
