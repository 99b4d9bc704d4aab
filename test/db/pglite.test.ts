import { openDatabase } from '../../src/db/client.js';
import { declarationStoreContract } from './declarations.contract.js';
import { evaluationStoreContract } from './evaluations.contract.js';
import { processorStoreContract } from './processors.contract.js';
import { MIGRATIONS_FOLDER } from './support.js';

const open = () => openDatabase({ kind: 'pglite', dataDir: 'memory://', migrationsFolder: MIGRATIONS_FOLDER });

processorStoreContract(open);
declarationStoreContract(open);
evaluationStoreContract(open);
