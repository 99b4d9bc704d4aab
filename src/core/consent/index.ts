/** The public face of src/core/consent: decisions, events, state, "may I process?", GPC and receipts. */
export { CN_CHILD_AGE, childRules, isGuardian, isVerifiedParent, US_CHILD_AGE } from './children.js';
export { commitReceipt, RECEIPT_SALT_BYTES } from './commitment.js';
export { type ConsentState, type ConsentStateEntry, type ConsentStatus, consentStatusOf, foldConsentState, type NoticeHistory } from './fold.js';
export { applyGlobalPrivacyControl, GPC_JURISDICTIONS, type GpcSignal } from './gpc.js';
export { type ItemAnswer, type MayProcessAnswer, type MayProcessReason, mayProcess } from './may-process.js';
export {
  buildReceipt,
  canonicalReceiptBytes,
  RECEIPT_ENVELOPE_FIELDS,
  RECEIPT_SCHEMA,
  type Receipt,
  type ReceiptLog,
  type ReceiptParty,
} from './receipt.js';
export { type EventSource, toConsentEvents } from './to-events.js';
export {
  CONSENT_ACTIONS,
  CONSENT_METHODS,
  type ConsentAction,
  type ConsentActor,
  type ConsentDecision,
  type ConsentEvent,
  type ConsentMethod,
  type ConsentRequest,
  type SubjectContext,
  VPC_METHODS,
  type VpcMethod,
} from './types.js';
export { type CurrentNotice, expandDecisions, validateConsentDecision } from './validate-decision.js';
