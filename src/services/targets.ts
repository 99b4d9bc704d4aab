import type { Target, TargetRef } from '../core/auth/policy.js';
import type { ApiKeyStore, MembershipStore, OrganisationStore } from './identity-ports.js';
import { isUuid } from './ids.js';
import type { EvaluationStore, ProcessorStore } from './ports.js';
import type { ScanStore } from './scan-ports.js';
import type { TtlCache } from './ttl-cache.js';

/** Finds whom a record named in a request belongs to, for the policy: its organisation, or missing. */
export type TargetResolver = (type: TargetRef['type'], ref: string) => Promise<Target>;

export function createTargetResolver(deps: {
  processors: ProcessorStore;
  evaluations: EvaluationStore;
  organisations: OrganisationStore;
  apiKeys: ApiKeyStore;
  memberships: MembershipStore;
  scans: Pick<ScanStore, 'find'>;
  /** Where processors' organisations are remembered between requests (see main/services.ts); none: always asked. */
  processorOwners?: TtlCache<string, Target>;
}): TargetResolver {
  const uuidOr = async <T>(ref: string, find: (id: string) => Promise<T | null>): Promise<T | null> => (isUuid(ref) ? find(ref.toLowerCase()) : null);
  return async (type, ref) => {
    switch (type) {
      case 'processor': {
        const cached = deps.processorOwners?.get(ref);
        if (cached !== undefined) return cached;
        const found = isUuid(ref) ? await deps.processors.findById(ref.toLowerCase()) : await deps.processors.findBySlug(ref);
        if (!found) return 'missing'; // not remembered: the processor may be registered a moment later
        const target = { organisation_id: found.organisation_id };
        deps.processorOwners?.set(ref, target);
        return target;
      }
      case 'evaluation': {
        const evaluation = await uuidOr(ref, deps.evaluations.find);
        const processor = evaluation ? await deps.processors.findById(evaluation.processor_id) : null;
        return processor ? { organisation_id: processor.organisation_id } : 'missing';
      }
      case 'organisation': {
        const found = isUuid(ref) ? await deps.organisations.findById(ref.toLowerCase()) : await deps.organisations.findBySlug(ref);
        return found ? { organisation_id: found.id } : 'missing';
      }
      case 'api_key': {
        const found = await uuidOr(ref, deps.apiKeys.findById);
        return found ? { organisation_id: found.organisation_id } : 'missing';
      }
      case 'membership': {
        const found = await uuidOr(ref, deps.memberships.findById);
        return found ? { organisation_id: found.organisation_id } : 'missing';
      }
      case 'scan': {
        const scan = await uuidOr(ref, deps.scans.find);
        const processor = scan ? await deps.processors.findById(scan.processor_id) : null;
        return processor ? { organisation_id: processor.organisation_id } : 'missing';
      }
    }
  };
}
