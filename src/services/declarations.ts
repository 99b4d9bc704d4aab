import { parseDeclarationText } from '../core/declaration/from-text.js';
import type { Issue } from '../core/errors/codes.js';
import { PisaError } from '../core/errors/pisa-error.js';
import type { Actor, AuditService } from './audit.js';
import { hashDeclaration } from './content-hash.js';
import type { Clock, DeclarationStore, DeclarationVersionRecord, DeclarationVersionSummary, ProcessorStore, SourceFormat } from './ports.js';
import { requireProcessor } from './processors.js';
import type { UnitOfWork } from './unit-of-work.js';

export type ImportResult =
  | {
      ok: true;
      record: DeclarationVersionRecord;
      /** True when the content equals the previous version's (a new version is stored anyway). */
      unchanged: boolean;
    }
  | { ok: false; issues: Issue[] };

export type DeclarationService = {
  /** Validates YAML or JSON text and stores it as the next version; nothing is stored when it is invalid. */
  importText(processorRef: string, input: { source: string; format?: SourceFormat | undefined }, actor: Actor): Promise<ImportResult>;
  list(processorRef: string): Promise<DeclarationVersionSummary[]>;
  /** Throws NOT_FOUND for an unknown processor or version. */
  get(processorRef: string, version: number): Promise<DeclarationVersionRecord>;
};

/** JSON when it says so or looks like it (a leading brace or bracket); YAML otherwise. */
const detectFormat = (source: string): SourceFormat => (/^\s*[{[]/.test(source) ? 'json' : 'yaml');

export function createDeclarationService(deps: {
  processors: ProcessorStore;
  declarations: DeclarationStore;
  audit: Pick<AuditService, 'record'>;
  unitOfWork: UnitOfWork;
  clock: Clock;
}): DeclarationService {
  const { processors, declarations, clock } = deps;
  return {
    async importText(processorRef, { source, format }, actor) {
      const processor = await requireProcessor(processors, processorRef);
      const sourceFormat = format ?? detectFormat(source);
      const parsed = parseDeclarationText(source, sourceFormat);
      if (!parsed.ok) return parsed;
      const contentHash = hashDeclaration(parsed.declaration);
      const stored = await deps.unitOfWork.run(async () => {
        const appended = await declarations.append({
          processorId: processor.id,
          sourceText: source,
          sourceFormat,
          declaration: parsed.declaration,
          contentHash,
          createdAt: clock.now(),
        });
        // The processor was found a moment ago; only a concurrent delete makes it vanish.
        if (!appended) throw new PisaError('NOT_FOUND', { what: `processor "${processorRef}"` });
        const { id, processor_id, version, content_hash } = appended.record;
        await deps.audit.record(actor, 'declaration.import', { type: 'declaration_version', id }, null, { id, processor_id, version, content_hash });
        return appended;
      });
      return { ok: true, record: stored.record, unchanged: stored.previousHash === contentHash };
    },
    async list(processorRef) {
      const processor = await requireProcessor(processors, processorRef);
      return declarations.list(processor.id);
    },
    async get(processorRef, version) {
      const processor = await requireProcessor(processors, processorRef);
      const found = await declarations.find(processor.id, version);
      if (!found) throw new PisaError('NOT_FOUND', { what: `declaration version ${version} of processor "${processorRef}"` });
      return found;
    },
  };
}
