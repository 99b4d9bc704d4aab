import type { FastifyInstance, RouteOptions } from 'fastify';

/** One route as registered: what the security checks and tests walk (method, URL, declared config). */
export type RouteEntry = {
  readonly method: string;
  readonly url: string;
  /** Read when asked: a plugin's own onRoute hook may still set it after this one recorded the route. */
  readonly config: Readonly<Record<string, unknown>>;
  readonly hasBody: boolean;
};

const TABLES = new WeakMap<FastifyInstance, RouteOptions[]>();

/** Starts recording every route registered on `app` from now on (call before any route). */
export function recordRoutes(app: FastifyInstance): void {
  const routes: RouteOptions[] = [];
  TABLES.set(app, routes);
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
}

/** The routes recorded for `app`, one entry per method, in registration order. */
export function routeTable(app: FastifyInstance): readonly RouteEntry[] {
  return (TABLES.get(app) ?? []).flatMap((route) =>
    (Array.isArray(route.method) ? route.method : [route.method]).map((method) => ({
      method,
      url: route.url,
      get config() {
        return (route.config ?? {}) as Readonly<Record<string, unknown>>;
      },
      hasBody: (route.schema as { body?: unknown } | undefined)?.body !== undefined,
    })),
  );
}
