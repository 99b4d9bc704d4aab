import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addActiveIndexKey, addActiveKey, newKeyFile, parseKeyFile } from '../../src/core/crypto/keyring.js';
import type { Stores } from '../../src/db/stores.js';
import { createAuditService, systemActor } from '../../src/services/audit.js';
import { createFieldProtector, FIELD_CONTEXT, type FieldProtector } from '../../src/services/field-protector.js';
import { createKeyRotationService } from '../../src/services/key-rotation.js';
import { type OpenDatabase, setupDatabase } from './support.js';

const at = new Date('2026-11-27T12:00:00.000Z');

async function account(stores: Stores, protector: FieldProtector, contact: { email?: string; phone?: string }): Promise<string> {
  const id = randomUUID();
  const created = await stores.accounts.create({
    id,
    email_index: contact.email ? protector.index('email', contact.email) : null,
    email_enc: contact.email ? protector.encrypt(contact.email, FIELD_CONTEXT.accountEmail(id)) : null,
    phone_index: contact.phone ? protector.index('phone', contact.phone) : null,
    phone_enc: contact.phone ? protector.encrypt(contact.phone, FIELD_CONTEXT.accountPhone(id)) : null,
    name_enc: protector.encrypt('名字', FIELD_CONTEXT.accountName(id)),
    password_hash: '$argon2id$stub',
    status: 'active',
    createdAt: at,
    verifiedAt: at,
  });
  if (!created) throw new Error('account not created');
  return id;
}

/**
 * `pisa keys rotate` on every backend: data keys and the blind-index key rotate together, in
 * batches, and an account is found by its email address or number before, during and after.
 */
export function keyRotationContract(open: OpenDatabase): void {
  describe('key rotation (data keys and blind indexes)', () => {
    const opened = setupDatabase(open);

    it('re-computes every blind index under the new index key in batches; lookups work between batches and after', async () => {
      const stores = opened().stores;
      const file = newKeyFile();
      const before = createFieldProtector(parseKeyFile(JSON.stringify(file)));
      const after = createFieldProtector(parseKeyFile(JSON.stringify(addActiveIndexKey(addActiveKey(file)))));
      const run = randomUUID().slice(0, 8);
      const people = Array.from({ length: 7 }, (_, i) =>
        i % 3 === 2 ? { phone: `+86138${run.replace(/\D/g, '').padEnd(4, '7').slice(0, 4)}${String(1000 + i)}` } : { email: `rotate-${run}-${i}@example.com` },
      );
      const ids: string[] = [];
      for (const person of people) ids.push(await account(stores, before, person));

      const lookUp = async (protector: FieldProtector, person: { email?: string; phone?: string }) =>
        (await stores.accounts.findByIndex(person.email ? protector.indexes('email', person.email) : protector.indexes('phone', person.phone ?? '')))?.id;
      const everyoneFound = async () => Promise.all(people.map((person) => lookUp(after, person)));

      expect(await everyoneFound()).toEqual(ids);
      const batches: number[] = [];
      const rotation = createKeyRotationService({
        accounts: stores.accounts,
        outbox: stores.outbox,
        protector: after,
        audit: createAuditService({ store: stores.audit, clock: { now: () => at } }),
        unitOfWork: stores.unitOfWork,
      });
      const report = await rotation.rotate(systemActor(), {
        batchSize: 3,
        onBatch: async (done) => {
          batches.push(done);
          // Mid-rotation some rows are under i1 and some under i2: every one is still found.
          expect(await everyoneFound()).toEqual(ids);
        },
      });
      expect(batches.length).toBeGreaterThanOrEqual(3);
      expect(report.active_index_key).toBe('i2');
      expect(report.reindexed).toBeGreaterThanOrEqual(people.length);
      expect(await everyoneFound()).toEqual(ids);

      for (const [i, id] of ids.entries()) {
        const row = await stores.accounts.findById(id);
        const index = people[i]?.email ? row?.email_index : row?.phone_index;
        expect(after.indexKeyIdOf(index ?? '')).toBe('i2');
        expect(after.keyIdOf(row?.name_enc ?? '')).toBe('k2');
      }
      // Once re-indexed, the old index key alone no longer finds anyone: it can be retired.
      const oldOnly = createFieldProtector(parseKeyFile(JSON.stringify(file)));
      expect(await Promise.all(people.map((person) => lookUp(oldOnly, person)))).toEqual(people.map(() => undefined));
    });
  });
}
