import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { accountRecoveryContract } from './account-recovery.contract.js';
import { auditStoreContract } from './audit.contract.js';
import { consentStoreContract } from './consents.contract.js';
import { declarationStoreContract } from './declarations.contract.js';
import { evaluationStoreContract } from './evaluations.contract.js';
import { identityStoreContract } from './identity.contract.js';
import { keyRotationContract } from './key-rotation.contract.js';
import { processorStoreContract } from './processors.contract.js';
import { scanStoreContract } from './scans.contract.js';
import { MIGRATIONS_FOLDER, type OpenDatabase } from './support.js';
import { transparencyLogStoreContract } from './transparency-log.contract.js';
import { unitOfWorkContract } from './unit-of-work.contract.js';

// The same contract suites against PostgreSQL. CI must provide DATABASE_URL, so there a missing
// one fails the file; on a laptop without PostgreSQL the suites run against PGlite instead,
// with a warning, rather than being skipped (a skipped check would hide a broken adapter).
const url = process.env['DATABASE_URL'];
const isCi = Boolean(process.env['CI']);

function suites(open: OpenDatabase): void {
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
}

if (url) {
  const open = () => openDatabase({ kind: 'postgres', url, migrationsFolder: MIGRATIONS_FOLDER });
  describe('PostgreSQL (DATABASE_URL)', () => {
    it('migrates safely when several instances open the database at once', async () => {
      const opened = await Promise.all([open(), open(), open()]);
      expect(opened.map((d) => d.kind)).toEqual(['postgres', 'postgres', 'postgres']);
      await Promise.all(opened.map((d) => d.close()));
    });
    suites(open);
  });
} else if (isCi) {
  describe('PostgreSQL', () => {
    it('needs DATABASE_URL in CI', () => {
      expect.fail('DATABASE_URL is not set: CI must provide a PostgreSQL database for test/db/postgres.test.ts');
    });
  });
} else {
  console.warn('test/db/postgres.test.ts: DATABASE_URL is not set; running the PostgreSQL suites against PGlite instead');
  describe('PostgreSQL stand-in: PGlite (DATABASE_URL unset)', () => {
    suites(() => openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: MIGRATIONS_FOLDER }));
  });
}
