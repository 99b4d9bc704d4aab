import { describe, expect, it } from 'vitest';
import { PisaError } from '../../src/core/errors/pisa-error.js';
import { createHealthService } from '../../src/services/health.js';
import type { ProcessorService } from '../../src/services/processors.js';
import { expectError, setupTestApp } from './helper.js';

const SECRET = 'postgres://admin:hunter2@db.internal:5432/pisa';

// Services that fail the ways infrastructure and broken packs do: listing throws a plain error,
// getting one throws a server-side PisaError, and the database probe never answers.
const processors: ProcessorService = {
  create: () => Promise.reject(new Error('not used')),
  list: () => Promise.reject(new Error(`connect failed: ${SECRET}`)),
  get: () => Promise.reject(new PisaError('RULE_CONDITION_INVALID', { rule: 'X', detail: SECRET })),
};
const health = createHealthService({ probe: { ping: () => Promise.reject(new Error(SECRET)) } });

describe('server-side failures', () => {
  const app = setupTestApp({ services: { processors, health } });

  it('answer 500 INTERNAL without internals in the body', async () => {
    const response = await app().inject({ method: 'GET', url: '/api/processors' });
    expect(expectError(response, 500, 'INTERNAL').issues).toEqual([]);
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('connect failed');
  });

  it('hide the code and params of server-side PisaErrors such as a broken rule', async () => {
    const response = await app().inject({ method: 'GET', url: '/api/processors/acme' });
    expectError(response, 500, 'INTERNAL');
    expect(response.body).not.toContain('hunter2');
  });

  it('answer 503 DATABASE_UNAVAILABLE from /healthz when the database does not answer', async () => {
    const response = await app().inject({ method: 'GET', url: '/healthz' });
    expect(expectError(response, 503, 'DATABASE_UNAVAILABLE').message.zh).toContain('数据库');
    expect(response.body).not.toContain('hunter2');
  });
});
