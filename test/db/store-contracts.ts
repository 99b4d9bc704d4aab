import { accountRecoveryContract } from './account-recovery.contract.js';
import { auditStoreContract } from './audit.contract.js';
import { consentStoreContract } from './consents.contract.js';
import { declarationStoreContract } from './declarations.contract.js';
import { evaluationStoreContract } from './evaluations.contract.js';
import { identityStoreContract } from './identity.contract.js';
import { keyRotationContract } from './key-rotation.contract.js';
import { processorStoreContract } from './processors.contract.js';
import { scanStoreContract } from './scans.contract.js';
import type { OpenDatabase } from './support.js';
import { transparencyLogStoreContract } from './transparency-log.contract.js';
import { unitOfWorkContract } from './unit-of-work.contract.js';

/** Every repository contract suite, for one way of opening the database (each backend file calls it). */
export function storeContracts(open: OpenDatabase): void {
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
