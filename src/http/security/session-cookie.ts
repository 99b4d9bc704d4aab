import type { CookieSerializeOptions } from '@fastify/cookie';

export type CookieSettings = {
  /** Behind TLS: the cookie is Secure and takes the __Host- prefix (no Domain, Path=/, Secure). */
  readonly secure: boolean;
};

/** The cookie's name: "__Host-" prefixed over TLS, so no subdomain or plain-HTTP page can set it. */
export const sessionCookieName = (settings: CookieSettings): string => (settings.secure ? '__Host-pisa_session' : 'pisa_session');

/**
 * httpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), Secure behind TLS,
 * Path=/; a session cookie (no Max-Age): the server-side lifetime decides, closing the browser ends it.
 */
export const sessionCookieOptions = (settings: CookieSettings): CookieSerializeOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure: settings.secure,
  path: '/',
});

export const CSRF_HEADER = 'x-csrf-token';
