import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { CompiledPacks } from '../../src/core/rules/compile.js';
import { openDatabase } from '../../src/db/client.js';
import { createStores } from '../../src/db/stores.js';
import { type AppServices, buildApp } from '../../src/http/app.js';
import { defaultRulesDir, loadCompiledPacks } from '../../src/io/rule-packs.js';
import { createCheckService } from '../../src/services/check.js';
import { createDeclarationService } from '../../src/services/declarations.js';
import { createEvaluationService } from '../../src/services/evaluations.js';
import { createHealthService } from '../../src/services/health.js';
import type { Clock } from '../../src/services/ports.js';
import { createProcessorService } from '../../src/services/processors.js';

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

export type TestAppOptions = { services?: Partial<AppServices>; webRoot?: string | null };

/** The app as main wires it, on an in-memory PGlite; close() also closes the database. */
export async function buildTestApp(options: TestAppOptions = {}): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const compiled = await testPacks();
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: MIGRATIONS_FOLDER });
  const stores = createStores(database.db);
  const services: AppServices = {
    processors: createProcessorService({ processors: stores.processors, clock: CLOCK }),
    declarations: createDeclarationService({ processors: stores.processors, declarations: stores.declarations, clock: CLOCK }),
    evaluations: createEvaluationService({ ...stores, compiled, clock: CLOCK }),
    check: createCheckService({ compiled, clock: CLOCK }),
    health: createHealthService({ probe: stores.probe }),
    ...options.services,
  };
  const app = buildApp({ services, compiled, version: '0.0.0-test', database: database.kind, webRoot: options.webRoot ?? null });
  await app.ready();
  return {
    app,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** One app for the whole file (PGlite takes a second to start); tests isolate data by slug. */
export function setupTestApp(options: TestAppOptions = {}): () => FastifyInstance {
  let built: Awaited<ReturnType<typeof buildTestApp>> | undefined;
  beforeAll(async () => {
    built = await buildTestApp(options);
  });
  afterAll(async () => {
    await built?.close();
  });
  return () => {
    if (!built) throw new Error('the app is not built yet');
    return built.app;
  };
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
  expect(response.statusCode).toBe(status);
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
