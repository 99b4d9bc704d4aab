import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { createStores } from '../../src/db/stores.js';
import { accountRecoveryContract } from './account-recovery.contract.js';
import { auditStoreContract } from './audit.contract.js';
import { consentStoreContract } from './consents.contract.js';
import { declarationStoreContract } from './declarations.contract.js';
import { evaluationStoreContract } from './evaluations.contract.js';
import { identityStoreContract } from './identity.contract.js';
import { keyRotationContract } from './key-rotation.contract.js';
import { processorStoreContract } from './processors.contract.js';
import { scanStoreContract } from './scans.contract.js';
import { MIGRATIONS_FOLDER } from './support.js';
import { transparencyLogStoreContract } from './transparency-log.contract.js';
import { unitOfWorkContract } from './unit-of-work.contract.js';

const open = () => openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: MIGRATIONS_FOLDER });

processorStoreContract(open);
declarationStoreContract(open);
evaluationStoreContract(open);
auditStoreContract(open);
identityStoreContract(open);
transparencyLogStoreContract(open);
unitOfWorkContract(open);
keyRotationContract(open);
accountRecoveryContract(open);
scanStoreContract(open);
consentStoreContract(open);

describe('PGlite in a data folder', () => {
  it('creates the folder and keeps the data across a reopen (migrations run once)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pisa-pglite-'));
    const dataDir = join(root, 'nested', 'data');
    try {
      const first = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: MIGRATIONS_FOLDER });
      await createStores(first.db).processors.create({ slug: 'kept', name: 'Kept', createdAt: new Date('2026-01-01T00:00:00.000Z') });
      await first.close();
      const second = await openDatabase({ kind: 'pglite', dataDir, migrationsFolder: MIGRATIONS_FOLDER });
      expect((await createStores(second.db).processors.findBySlug('kept'))?.name).toBe('Kept');
      await second.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
