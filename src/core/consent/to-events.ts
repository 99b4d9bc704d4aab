import type { Purpose } from '../notice/types.js';
import type { ConsentEvent, ConsentRequest } from './types.js';
import { expandDecisions } from './validate-decision.js';

/** What the caller supplies that the core must not make up: the time and fresh random ids. */
export type EventSource = { readonly time: string; readonly newId: () => string };

/**
 * The events to record for a request that `validateConsentDecision` accepted: one per id it
 * decides (explicit decisions first, then what `all` reaches), all with the same time, notice,
 * method and actor.
 */
export function toConsentEvents(request: ConsentRequest, purposes: readonly Purpose[], source: EventSource): ConsentEvent[] {
  return expandDecisions(request, purposes).map((decision) => ({
    id: source.newId(),
    subject: request.subject,
    processorId: request.processorId,
    purposeId: decision.purposeId,
    action: decision.action,
    time: source.time,
    noticeHash: request.noticeHash,
    method: request.method,
    actor: request.actor,
  }));
}
