import type { DatabaseProbe, DeclarationStore, EvaluationStore, ProcessorStore } from '../services/ports.js';
import { type PisaDb, pingDatabase } from './client.js';
import { createDeclarationStore } from './repositories/declarations.js';
import { createEvaluationStore } from './repositories/evaluations.js';
import { createProcessorStore } from './repositories/processors.js';

export type Stores = {
  readonly processors: ProcessorStore;
  readonly declarations: DeclarationStore;
  readonly evaluations: EvaluationStore;
  readonly probe: DatabaseProbe;
};

/** Every port src/db implements, over one database handle. */
export function createStores(db: PisaDb): Stores {
  return {
    processors: createProcessorStore(db),
    declarations: createDeclarationStore(db),
    evaluations: createEvaluationStore(db),
    probe: { ping: () => pingDatabase(db) },
  };
}
