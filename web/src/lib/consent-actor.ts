import { useTranslation } from 'react-i18next';
import { VPC_METHODS, type VpcMethod } from '../../../src/core/consent/types.js';

/**
 * Who decided, read defensively from a receipt's `event.by` (a pasted receipt can hold anything)
 * or a history row's `actor_kind`: the person; a guardian and how they were verified (PIPL art.
 * 31); a parent and the verifiable parental consent method (16 CFR 312.5(b)), `method` null when
 * the verification is not one of the listed methods. `verification` is '' when not known.
 */
export type DecidedBy =
  | { readonly kind: 'self' }
  | { readonly kind: 'guardian'; readonly verification: string }
  | { readonly kind: 'parent'; readonly verification: string; readonly method: VpcMethod | null };

const isVpcMethod = (value: string): value is VpcMethod => (VPC_METHODS as readonly string[]).includes(value);

export function readDecidedBy(actor: unknown): DecidedBy {
  const value = (actor ?? {}) as { kind?: unknown; verification?: unknown };
  const verification = typeof value.verification === 'string' ? value.verification.trim() : '';
  if (value.kind === 'guardian') return { kind: 'guardian', verification };
  if (value.kind === 'parent') return { kind: 'parent', verification, method: isVpcMethod(verification) ? verification : null };
  return { kind: 'self' };
}

/** "yourself", "a guardian (verified by: ID card checked)", "a parent (verifiable parental consent: a signed consent form)". */
export function useDescribeDecidedBy(): (actor: unknown) => string {
  const { t } = useTranslation();
  return (actor) => {
    const by = readDecidedBy(actor);
    if (by.kind === 'self') return t('receipts.by.self');
    if (by.verification === '') return t(`receipts.by.${by.kind}`);
    if (by.kind === 'guardian') return t('receipts.by.guardianVerified', { verification: by.verification });
    return t('receipts.by.parentVerified', { method: by.method === null ? by.verification : t(`vpcMethod.${by.method}`) });
  };
}
