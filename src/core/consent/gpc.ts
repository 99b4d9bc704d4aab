import type { Purpose } from '../notice/types.js';
import { appliesIn } from '../rules/jurisdiction.js';
import { type ConsentState, consentStatusOf } from './fold.js';
import type { ConsentEvent } from './types.js';

/** Where PISA honours `Sec-GPC: 1` as an opt-out of sale and sharing: California (11 CCR § 7025). */
export const GPC_JURISDICTIONS = ['US-CA'] as const;

/** The request that carried the signal; the caller supplies time and ids (the core has no clock). */
export type GpcSignal = {
  readonly subject: string;
  readonly processorId: string;
  readonly time: string;
  readonly noticeHash: string;
  readonly newId: () => string;
};

/**
 * The opt-out events to record when a request carries `Sec-GPC: 1`: one per sale/share item
 * (Cal. Civ. Code §§ 1798.120, 1798.135(b); 11 CCR § 7025) where California law applies, skipping
 * items the person has already refused or withdrawn (`current`). A grant is withdrawn, anything
 * else refused; the signal wins over an earlier opt-in until the person confirms again
 * (§ 7025(c)(3) lets the business ask). The limit on sensitive PI is not part of the signal.
 */
export function applyGlobalPrivacyControl(
  purposes: readonly Purpose[],
  jurisdictions: readonly string[],
  signal: GpcSignal,
  current?: ConsentState,
): ConsentEvent[] {
  if (!GPC_JURISDICTIONS.some((j) => appliesIn(j, jurisdictions))) return [];
  const scope = { subject: signal.subject, processorId: signal.processorId };
  return purposes
    .flatMap((p) => p.separate.filter((item) => item.kind === 'sale-share'))
    .flatMap((item): ConsentEvent[] => {
      const status = current === undefined ? 'not_asked' : consentStatusOf(current, scope, item.id).status;
      if (status === 'refused' || status === 'withdrawn') return [];
      return [
        {
          id: signal.newId(),
          subject: signal.subject,
          processorId: signal.processorId,
          purposeId: item.id,
          action: status === 'granted' || status === 'superseded' ? 'withdraw' : 'refuse',
          time: signal.time,
          noticeHash: signal.noticeHash,
          method: 'gpc',
          actor: { kind: 'self' },
        },
      ];
    });
}
