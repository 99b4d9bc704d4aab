import { suggest } from '../declaration/suggest.js';
import type { Issue } from '../errors/codes.js';
import type { Purpose, SeparateItem } from '../notice/types.js';
import { CN_CHILD_AGE, childRules, isGuardian, isVerifiedParent, US_CHILD_AGE } from './children.js';
import { type ConsentAction, type ConsentRequest, type SubjectContext, VPC_METHODS } from './types.js';

/** The notice a decision is checked against: its content hash and its purposes. */
export type CurrentNotice = { readonly hash: string; readonly purposes: readonly Purpose[] };

type Target = { purpose: Purpose; item: SeparateItem | null };

function targetsOf(purposes: readonly Purpose[]): Map<string, Target> {
  const out = new Map<string, Target>();
  for (const purpose of purposes) {
    out.set(purpose.id, { purpose, item: null });
    for (const item of purpose.separate) out.set(item.id, { purpose, item });
  }
  return out;
}

/**
 * Every id the request decides and how: the explicit decisions, then what `all` reaches — the
 * consent-based purposes not listed and, for refuse and withdraw only, their separate items too.
 * A separate item is never granted by `all` (PIPL arts. 23, 25, 29, 39: consent on its own).
 */
export function expandDecisions(request: ConsentRequest, purposes: readonly Purpose[]): { purposeId: string; action: ConsentAction; explicit: boolean }[] {
  const out = request.decisions.map((d) => ({ purposeId: d.purposeId, action: d.action, explicit: true }));
  const all = request.all;
  if (all === undefined) return out;
  const listed = new Set(request.decisions.map((d) => d.purposeId));
  for (const purpose of purposes) {
    if (purpose.consent_required && !listed.has(purpose.id)) out.push({ purposeId: purpose.id, action: all, explicit: false });
    if (all === 'grant') continue;
    for (const item of purpose.separate) if (!listed.has(item.id)) out.push({ purposeId: item.id, action: all, explicit: false });
  }
  return out;
}

function decisionIssues(request: ConsentRequest, targets: Map<string, Target>): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  request.decisions.forEach((decision, index) => {
    const path = ['decisions', index, 'purposeId'];
    const value = decision.purposeId;
    if (seen.has(value)) issues.push({ code: 'CONSENT_DECISION_DUPLICATE', path, params: { value } });
    seen.add(value);
    const target = targets.get(value);
    if (target === undefined) {
      issues.push({ code: 'CONSENT_PURPOSE_UNKNOWN', path, params: { value, suggestion: suggest(value, [...targets.keys()]) } });
    } else if (target.item === null && !target.purpose.consent_required) {
      // PIPL art. 13(2): a purpose on another legal basis needs no consent, so a "no" would mislead.
      issues.push({ code: 'CONSENT_NOT_REQUIRED', path, params: { value, basis: target.purpose.legal_basis } });
    }
    if (request.method === 'gpc' && decision.action === 'grant') {
      // 11 CCR § 7025: the signal only ever opts out.
      issues.push({ code: 'VALUE_INVALID', path: ['decisions', index, 'action'], params: { value: 'grant', allowed: 'refuse, withdraw', suggestion: '' } });
    }
  });
  return issues;
}

function bundledIssues(request: ConsentRequest, purposes: readonly Purpose[]): Issue[] {
  if (request.all !== 'grant') return [];
  const explicit = new Map(request.decisions.map((d) => [d.purposeId, d.action]));
  // The purposes this "accept all" says yes to: granted by it, or not needing consent at all.
  const saidYes = (p: Purpose): boolean => !p.consent_required || (explicit.get(p.id) ?? 'grant') === 'grant';
  return purposes
    .filter(saidYes)
    .flatMap((p) => p.separate.filter((item) => item.mode === 'opt_in' && !explicit.has(item.id)))
    .map((item) => ({ code: 'CONSENT_BUNDLED' as const, path: ['all'], params: { value: item.id } }));
}

function childIssues(request: ConsentRequest, targets: Map<string, Target>, purposes: readonly Purpose[], subject: SubjectContext): Issue[] {
  const granted = expandDecisions(request, purposes).filter((d) => d.action === 'grant');
  const rules = granted.flatMap((d) => {
    const target = targets.get(d.purposeId);
    return target === undefined ? [] : [childRules(target.purpose, subject)];
  });
  const issues: Issue[] = [];
  // Refusing and withdrawing are accepted from the child: they can only reduce processing.
  if (rules.some((r) => r.guardian) && !isGuardian(request.actor)) {
    issues.push({ code: 'CONSENT_GUARDIAN_REQUIRED', path: ['actor'], params: { age: CN_CHILD_AGE } });
  }
  if (rules.some((r) => r.parental) && !isVerifiedParent(request.actor)) {
    issues.push({ code: 'CONSENT_PARENTAL_REQUIRED', path: ['actor'], params: { age: US_CHILD_AGE, allowed: VPC_METHODS.join(', ') } });
  }
  return issues;
}

/**
 * Every problem with a consent request against the current notice, all at once (empty: record
 * it): the notice hash is not the current one (PIPL art. 14: informed consent is given on the
 * notice shown); unknown ids; a purpose decided twice; consent asked for a purpose on another
 * legal basis (art. 13(2)); a separate-consent item "accepted" by accept-all (arts. 23, 25, 29,
 * 39); a child's grant without a guardian (art. 31) or verifiable parental consent (16 CFR 312.5).
 */
export function validateConsentDecision(request: ConsentRequest, notice: CurrentNotice, subject: SubjectContext): Issue[] {
  const targets = targetsOf(notice.purposes);
  const issues: Issue[] = [];
  if (request.noticeHash !== notice.hash) {
    issues.push({ code: 'CONSENT_NOTICE_OUTDATED', path: ['noticeHash'], params: { value: request.noticeHash, current: notice.hash } });
  }
  issues.push(...decisionIssues(request, targets), ...bundledIssues(request, notice.purposes), ...childIssues(request, targets, notice.purposes, subject));
  return issues;
}
