import { PisaError } from '../core/errors/pisa-error.js';
import type { CompiledPacks } from '../core/rules/compile.js';
import { buildReport } from '../core/rules/report.js';
import type { Actor, AuditService } from './audit.js';
import { todayOf } from './dates.js';
import { isUuid } from './ids.js';
import type { Clock, DeclarationStore, EvaluationRecord, EvaluationStore, ProcessorStore } from './ports.js';
import { requireProcessor } from './processors.js';
import type { UnitOfWork } from './unit-of-work.js';

export type EvaluateInput = {
  /** Declaration version to evaluate; the latest when absent. */
  readonly version?: number | undefined;
  /** YYYY-MM-DD; the clock's day when absent. */
  readonly asOf?: string | undefined;
  /** Jurisdictions to check; the declaration's own when absent. */
  readonly jurisdictions?: readonly string[] | undefined;
};

export type EvaluationService = {
  /** Evaluates a stored version with the loaded packs and stores the findings; throws NOT_FOUND. */
  evaluate(processorRef: string, input: EvaluateInput, actor: Actor): Promise<EvaluationRecord>;
  /** Newest first. */
  list(processorRef: string): Promise<EvaluationRecord[]>;
  get(id: string): Promise<EvaluationRecord>;
};

export function createEvaluationService(deps: {
  processors: ProcessorStore;
  declarations: DeclarationStore;
  evaluations: EvaluationStore;
  compiled: CompiledPacks;
  audit: Pick<AuditService, 'record'>;
  unitOfWork: UnitOfWork;
  clock: Clock;
}): EvaluationService {
  const { processors, declarations, evaluations, compiled, clock } = deps;
  return {
    async evaluate(processorRef, input, actor) {
      const processor = await requireProcessor(processors, processorRef);
      const stored = input.version === undefined ? await declarations.findLatest(processor.id) : await declarations.find(processor.id, input.version);
      if (!stored) {
        const which = input.version === undefined ? 'any declaration' : `declaration version ${input.version}`;
        throw new PisaError('NOT_FOUND', { what: `${which} of processor "${processorRef}"` });
      }
      const asOf = input.asOf ?? todayOf(clock);
      const report = buildReport(stored.declaration, compiled, {
        asOf,
        ...(input.jurisdictions === undefined ? {} : { jurisdictions: input.jurisdictions }),
      });
      return deps.unitOfWork.run(async () => {
        const evaluation = await evaluations.add({
          processorId: processor.id,
          declarationVersionId: stored.id,
          asOf,
          jurisdictions: report.summary.jurisdictions,
          // The packs whose rules were in force: enough to reproduce the evaluation later.
          packs: report.summary.packs,
          findings: report.findings,
          summary: report.summary,
          createdAt: clock.now(),
        });
        await deps.audit.record(actor, 'evaluation.run', { type: 'evaluation', id: evaluation.id }, null, {
          id: evaluation.id,
          processor_id: evaluation.processor_id,
          declaration_version_id: evaluation.declaration_version_id,
          as_of: evaluation.as_of,
          packs: evaluation.packs,
          compliant: evaluation.summary.compliant,
        });
        return evaluation;
      });
    },
    async list(processorRef) {
      const processor = await requireProcessor(processors, processorRef);
      return evaluations.list(processor.id);
    },
    async get(id) {
      const found = isUuid(id) ? await evaluations.find(id.toLowerCase()) : null;
      if (!found) throw new PisaError('NOT_FOUND', { what: `evaluation "${id}"` });
      return found;
    },
  };
}
