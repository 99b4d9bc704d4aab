import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Which security headers a response gets. Routes choose with `config.headers`; the default is
 * `api`. The one place headers are decided, so routes that must be reachable from other sites
 * (the transparency log under /log/*, the embeddable consent widget) relax them here, by profile,
 * rather than each route setting or removing headers itself.
 *
 * - `api`: JSON and errors. Nothing in a response may load or run anything, or be framed.
 * - `app`: the built web app (index.html and its assets). Scripts only from the app's own
 *   origin; style sheets from it plus the `<style>` elements Ant Design's CSS-in-JS inserts,
 *   which carry the per-response nonce given to the page (no 'unsafe-inline' for elements);
 *   style attributes allowed; never framed.
 * - `docs`: the Swagger UI at /api/docs (its own bundle sets inline styles and data: images).
 * - `embeddable`: may be framed by and read from any site (the log and the widget); CORS itself
 *   stays with those routes.
 */
export type HeaderProfile = 'api' | 'app' | 'docs' | 'embeddable';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The security headers of the route's responses (src/http/security/headers.ts); `api` when absent. */
    headers?: HeaderProfile;
  }
  interface FastifyRequest {
    /** The nonce of the web app page being sent, allowed in its style-src; null for anything else. */
    cspNonce: string | null;
  }
}

const CSP: Record<HeaderProfile, (nonce: string | null) => string> = {
  api: () => "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  app: (nonce) =>
    [
      "default-src 'self'",
      "script-src 'self'",
      // antd's CSS-in-JS inserts <style> elements, which carry the page's nonce (web/src/lib/csp-nonce.ts);
      // style attributes are allowed: antd's TextArea measures itself with one (setAttribute), and
      // an attribute cannot hold selectors that read the page, as an injected <style> could.
      `style-src 'self'${nonce === null ? '' : ` 'nonce-${nonce}'`}`,
      "style-src-attr 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
  docs: () =>
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  embeddable: () => "default-src 'none'; base-uri 'none'; form-action 'none'",
};

/** The headers of one response under a profile (HSTS when served over TLS). */
export function securityHeaders(profile: HeaderProfile, options: { nonce: string | null; tls: boolean }): Record<string, string> {
  const framed = profile === 'embeddable';
  return {
    'content-security-policy': CSP[profile](options.nonce),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': framed ? 'cross-origin' : 'same-origin',
    ...(framed ? {} : { 'x-frame-options': 'DENY' }),
    ...(options.tls ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * Sets the route's profile of headers on the reply (an onSend hook of the whole app calls it).
 * JSON from a route of the web app (its 404s for /api paths) is an API answer and gets `api`.
 */
export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply, tls: boolean): void {
  const declared = request.routeOptions.config?.headers ?? 'api';
  const isJson = String(reply.getHeader('content-type') ?? '').startsWith('application/json');
  const profile = declared === 'app' && isJson ? 'api' : declared;
  reply.headers(securityHeaders(profile, { nonce: request.cspNonce ?? null, tls }));
}
