/** The public face of src/core/notice: layered notices, purposes, readability, content hash and diff. */
export { buildNotice } from './build-notice.js';
export { type ConsentImpact, consentImpact, type FreshConsent, type ImpactReason, type NoticeOnlyChange } from './consent-impact.js';
export { NOTICE_HASH_PATTERN, type NoticeHash, noticeContentHash } from './content-hash.js';
export { type Change, diffNotices, type NoticeDiff, type PurposeDiff } from './diff.js';
export { findTerms, type TermMatch } from './find-terms.js';
export { GLOSSARY, type GlossaryTerm } from './glossary.js';
export { diffLines, diffNoticeText, type LineDiff } from './line-diff.js';
export { durationInWords } from './plain-words.js';
export { derivePurposes, recipientSlug } from './purposes.js';
export { LAYER1_BUDGET, type LayerFigures, type LocatedTerm, READING_SPEED, type Readability, type ReadabilityWarning, readability } from './readability.js';
export { layer1Lines, layer2Lines, renderNoticeText } from './render.js';
export type {
  Layer1,
  Layer1Choice,
  Layer1Purpose,
  Layer1Sensitive,
  Layer2,
  Layer2Item,
  Layer2Section,
  Notice,
  NoticeCitation,
  NoticeContext,
  NoticeLocale,
  NoticeOptions,
  NoticeProcessor,
  NoticeRecipient,
  ProcessingMethod,
  Purpose,
  SeparateItem,
  SeparateKind,
} from './types.js';
