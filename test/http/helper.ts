import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Role } from '../../src/core/auth/roles.js';
import { ephemeralKeyring } from '../../src/core/crypto/keyring.js';
import { createPasswordHasher } from '../../src/core/crypto/password-hash.js';
import { totpCode } from '../../src/core/crypto/totp.js';
import type { CompiledPacks } from '../../src/core/rules/compile.js';
import { openDatabase, type PisaDb } from '../../src/db/client.js';
import { createStores, type Stores } from '../../src/db/stores.js';
import { type AppServices, buildApp, DEFAULT_SECURITY, type SecuritySettings } from '../../src/http/app.js';
import type { LogSettings } from '../../src/http/logging.js';
import { defaultRulesDir, loadCompiledPacks } from '../../src/io/rule-packs.js';
import { loadCommonPasswords } from '../../src/main/common-passwords.js';
import type { ScanWiring } from '../../src/main/scan-wiring.js';
import { createServices } from '../../src/main/services.js';
import { createDevTransport } from '../../src/services/dev-transport.js';
import { FIELD_CONTEXT, type FieldProtector } from '../../src/services/field-protector.js';
import type { Outbox, OutgoingMessage } from '../../src/services/outbox.js';
import type { Clock } from '../../src/services/ports.js';
import type { SessionPolicy } from '../../src/services/sessions.js';
import type { LockoutPolicy } from '../../src/services/throttle.js';

const MIGRATIONS_FOLDER = join(import.meta.dirname, '../../drizzle');

/** "Now" for every test: evaluations and checks default to this day. */
export const TODAY = '2026-11-27';
export const CLOCK: Clock = { now: () => new Date(`${TODAY}T12:00:00.000Z`) };

/** A rule these tests can rely on whatever the shipped packs contain. */
export const TEST_RULE = 'TEST.HTTP.CONSENT';
const TEST_PACK = `
pack:
  id: pisa-http-test
  version: "1.2.3"
  title: { en: HTTP test pack, zh: HTTP 测试规则包 }
  jurisdiction: CN
  layer: self_regulation
  effective_from: "2000-01-01"
rules:
  - id: ${TEST_RULE}
    title: { en: Consent basis without consent, zh: 以同意为基础却未取得同意 }
    message: { en: The activity relies on consent that was not obtained, zh: 该活动以同意为合法性基础，但未取得同意 }
    remedy: { en: Obtain consent first, zh: 先取得同意 }
    citation: { law: SELF_REGULATION, article: "1" }
    severity: warning
    scope: activity
    condition: 'activity.legal_basis == "consent" && !activity.consent.obtained'
`;

/** A declaration that fires TEST_RULE: one consent-based activity without consent. */
export const DECLARATION_YAML = `processor:
  name: HTTP Test Co.
  jurisdictions: [CN]
activities:
  - id: newsletter
    purpose: Send a newsletter
    legal_basis: consent
    data: [email]
`;

/** The password of every account tests create (passes the policy). */
export const TEST_PASSWORD = 'correct horse battery staple';
/** The TOTP secret of every test account that has one (base32). */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Cheap argon2id parameters: the tests exercise the flow, not the cost. */
const TEST_ARGON2 = { memoryCost: 4096, timeCost: 1, parallelism: 1 };

/** Limits high enough that the suites never hit them (the rate-limit tests set their own). */
export const TEST_SECURITY: SecuritySettings = { ...DEFAULT_SECURITY, rateLimit: { max: 1_000_000, authMax: 1_000_000, windowMs: 60_000 } };

let packs: Promise<CompiledPacks> | undefined;

/** The shipped packs plus the test pack, compiled once per test file. */
export function testPacks(): Promise<CompiledPacks> {
  packs ??= (() => {
    const dir = mkdtempSync(join(tmpdir(), 'pisa-http-pack-'));
    writeFileSync(join(dir, 'test-pack.yaml'), TEST_PACK);
    return loadCompiledPacks([defaultRulesDir(), dir]);
  })();
  return packs;
}

export type TestAppOptions = {
  services?: Partial<AppServices>;
  webRoot?: string | null;
  security?: SecuritySettings;
  clock?: Clock;
  logStream?: LogSettings['stream'];
  sessionPolicy?: SessionPolicy;
  lockout?: LockoutPolicy;
  /** Server scans (files, queue, sizes); without it scans are recorded but never run. */
  scans?: ScanWiring;
  /**
   * The server's default (5 s) unless a test says otherwise. With the fixed test clock nothing
   * expires, so every test also checks that changes invalidate what was cached.
   */
  authCacheMs?: number;
};

/** A signed-in session as tests send it: the cookie and the CSRF header. */
export type SessionHeaders = { cookie: string; 'x-csrf-token': string };

export type TestContext = {
  /** The app whose inject() sends the test admin's session unless the request brings its own cookie or Authorization. */
  readonly app: FastifyInstance;
  /** The app without any default session. */
  readonly raw: FastifyInstance;
  readonly stores: Stores;
  /** The database itself, for SQL no store issues (tampering tests, plaintext checks). */
  readonly db: PisaDb;
  readonly services: AppServices;
  readonly outbox: Outbox;
  readonly protector: FieldProtector;
  /** Every message the dev transport delivered, oldest first. */
  readonly sent: OutgoingMessage[];
  readonly admin: SessionHeaders;
  close(): Promise<void>;
};

export type NewTestAccount = {
  email?: string;
  phone?: string;
  name?: string;
  roles?: readonly { role: Role; organisationId?: string | null }[];
  totp?: boolean;
  status?: 'pending' | 'active';
};

/** Creates an account directly in the stores (as the demo seed does), already verified unless told otherwise. */
export async function createTestAccount(
  ctx: Pick<TestContext, 'stores' | 'protector'>,
  input: NewTestAccount,
): Promise<{ id: string; email: string | null; phone: string | null }> {
  const { stores, protector } = ctx;
  const id = randomUUID();
  const email = input.email ?? (input.phone ? null : `${id.slice(0, 8)}@test.example`);
  const phone = input.phone ?? null;
  const hash = await createPasswordHasher(TEST_ARGON2).hash(TEST_PASSWORD);
  const now = CLOCK.now();
  const created = await stores.accounts.create({
    id,
    email_index: email ? protector.index('email', email) : null,
    email_enc: email ? protector.encrypt(email, FIELD_CONTEXT.accountEmail(id)) : null,
    phone_index: phone ? protector.index('phone', phone) : null,
    phone_enc: phone ? protector.encrypt(phone, FIELD_CONTEXT.accountPhone(id)) : null,
    name_enc: input.name ? protector.encrypt(input.name, FIELD_CONTEXT.accountName(id)) : null,
    password_hash: hash,
    status: input.status ?? 'active',
    createdAt: now,
    verifiedAt: input.status === 'pending' ? null : now,
  });
  if (!created) throw new Error('test account identifier taken');
  if (input.totp)
    await stores.accounts.update(id, { totp_secret_enc: protector.encrypt(TEST_TOTP_SECRET, FIELD_CONTEXT.accountTotp(id)), totp_enabled_at: now });
  for (const { role, organisationId } of input.roles ?? [])
    await stores.memberships.add({ accountId: id, role, organisationId: organisationId ?? null, createdAt: now });
  return { id, email, phone };
}

/** The session cookie (name=value) a response set. */
export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name.endsWith('pisa_session'));
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

/** Signs in through the API (password, then TOTP at `atMs` when the account has it); the headers of the full session. */
export async function signIn(
  app: FastifyInstance,
  identifier: string,
  options: { totp?: boolean; atMs?: number; password?: string } = {},
): Promise<SessionHeaders> {
  const first = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { identifier, password: options.password ?? TEST_PASSWORD } });
  if (first.statusCode !== 200) throw new Error(`sign-in failed: ${first.statusCode} ${first.body}`);
  const headers = { cookie: sessionCookieFrom(first), 'x-csrf-token': first.json().csrf_token as string };
  if (first.json().stage === 'full') return headers;
  if (!options.totp) throw new Error('the account needs TOTP: pass { totp: true }');
  const code = totpCode(TEST_TOTP_SECRET, options.atMs ?? CLOCK.now().getTime());
  const second = await app.inject({ method: 'POST', url: '/api/auth/sign-in/totp', headers, payload: { code } });
  if (second.statusCode !== 200) throw new Error(`TOTP step failed: ${second.statusCode} ${second.body}`);
  return { cookie: sessionCookieFrom(second), 'x-csrf-token': second.json().csrf_token as string };
}

/** inject() with `session` added, unless the request names its own cookie or Authorization. */
export function withSession(app: FastifyInstance, session: SessionHeaders): FastifyInstance {
  const inject = (options: InjectOptions) => {
    const own = options.headers ?? {};
    const hasCredentials = 'cookie' in own || 'authorization' in own;
    return app.inject({ ...options, headers: hasCredentials ? own : { ...session, ...own } });
  };
  return new Proxy(app, { get: (target, property, receiver) => (property === 'inject' ? inject : Reflect.get(target, property, receiver)) });
}

/**
 * The app as main wires it, on an in-memory PGlite with fresh keys, signed in as an Association
 * admin (with TOTP) so the existing suites exercise the authorised paths; close() also closes
 * the database.
 */
export async function buildTestContext(options: TestAppOptions = {}): Promise<TestContext> {
  const compiled = await testPacks();
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: MIGRATIONS_FOLDER });
  const stores = createStores(database.db);
  const transport = createDevTransport(() => {});
  const clock = options.clock ?? CLOCK;
  const bundle = createServices(stores, {
    compiled,
    clock,
    keyring: ephemeralKeyring(),
    transport,
    commonPasswords: loadCommonPasswords(),
    argon2: TEST_ARGON2,
    ...(options.sessionPolicy ? { sessionPolicy: options.sessionPolicy } : {}),
    ...(options.lockout ? { lockout: options.lockout } : {}),
    ...(options.scans ? { scans: options.scans } : {}),
    authCacheMs: options.authCacheMs ?? 5_000,
  });
  const services: AppServices = { ...bundle.services, ...options.services };
  const raw = buildApp({
    services,
    compiled,
    version: '0.0.0-test',
    database: database.kind,
    webRoot: options.webRoot ?? null,
    security: options.security ?? TEST_SECURITY,
    ...(options.logStream ? { logger: { level: 'info', stream: options.logStream } } : {}),
  });
  await raw.ready();
  const base = { stores, protector: bundle.protector };
  const admin = await createTestAccount(base, { email: `admin-${randomUUID().slice(0, 8)}@test.example`, roles: [{ role: 'admin' }], totp: true });
  const adminSession = await signIn(raw, admin.email ?? '', { totp: true, atMs: clock.now().getTime() });
  return {
    app: withSession(raw, adminSession),
    raw,
    stores,
    db: database.db,
    services,
    outbox: bundle.outbox,
    protector: bundle.protector,
    sent: transport.sent,
    admin: adminSession,
    close: async () => {
      await raw.close();
      await bundle.outbox.drain();
      await database.close();
    },
  };
}

/** The app alone (signed in as the test admin), for suites that need nothing else. */
export async function buildTestApp(options: TestAppOptions = {}): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const ctx = await buildTestContext(options);
  return { app: ctx.app, close: ctx.close };
}

/** One context for the whole file (PGlite takes a second to start); tests isolate data by slug. */
export function setupTestContext(options: TestAppOptions = {}): () => TestContext {
  let built: TestContext | undefined;
  beforeAll(async () => {
    built = await buildTestContext(options);
  });
  afterAll(async () => {
    await built?.close();
  });
  return () => {
    if (!built) throw new Error('the app is not built yet');
    return built;
  };
}

/** One app for the whole file, signed in as the test admin. */
export function setupTestApp(options: TestAppOptions = {}): () => FastifyInstance {
  const ctx = setupTestContext(options);
  return () => ctx().app;
}

type ErrorBodyLike = {
  statusCode: number;
  code: string;
  message: { en: string; zh: string };
  issues: { code: string; at: string; message: { en: string; zh: string } }[];
  request_id: string;
};

/** Asserts the one error shape, with messages in both languages, and returns the body. */
export function expectError(response: LightMyRequestResponse, status: number, code: string): ErrorBodyLike {
  const body = response.json<ErrorBodyLike>();
  expect(response.statusCode, response.body).toBe(status);
  expect(Object.keys(body).sort()).toEqual(['code', 'issues', 'message', 'request_id', 'statusCode']);
  expect(body).toMatchObject({ statusCode: status, code });
  expect(body.message.en).not.toBe('');
  expect(body.message.zh).toMatch(/\p{Script=Han}/u);
  expect(body.request_id).not.toBe('');
  for (const issue of body.issues) {
    expect(issue.message.en).not.toBe('');
    expect(issue.message.zh).not.toBe('');
  }
  return body;
}
