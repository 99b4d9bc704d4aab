import { necessaryPiOf } from '../app-types/app-types.js';
import type { Activity, Declaration } from '../declaration/schema.js';
import { CN_SENSITIVE_IDS, criminalClassOf, US_CA_SENSITIVE_IDS } from '../taxonomy/taxonomy.js';
import { daysBetween, durationDays } from './dates.js';

/**
 * Facts derived from a declaration with the taxonomy and app-type tables, so that rule
 * conditions stay short: `size(facts.cn_sensitive_data) > 0 && !activity.consent.separate`.
 * Documented for rule authors in docs/rules.md.
 */
export type ProcessorFacts = {
  readonly days_since_audit: number;
  readonly any_cn_sensitive: boolean;
  readonly any_us_sensitive: boolean;
  readonly any_cross_border: boolean;
  readonly any_minors_under_14: boolean;
  readonly any_minors_under_13: boolean;
  readonly any_sale_or_share: boolean;
  readonly any_automated_decision: boolean;
  readonly activity_count: number;
  readonly all_data: readonly string[];
};

export type ActivityFacts = ProcessorFacts & {
  readonly cn_sensitive_data: readonly string[];
  readonly us_sensitive_data: readonly string[];
  readonly minors_under_14: boolean;
  readonly minors_under_13: boolean;
  readonly excess_data: readonly string[];
  readonly criminal_50_data: readonly string[];
  readonly criminal_500_data: readonly string[];
  readonly third_party_recipients: readonly string[];
  readonly entrusted_recipients: readonly string[];
  readonly joint_recipients: readonly string[];
  readonly uncontracted_recipients: readonly string[];
  readonly foreign_recipients: readonly string[];
  readonly retention_days: number;
  readonly pipia_triggers: readonly string[];
};

const isUnder14 = (a: Activity) => a.minors === 'under_14' || a.minors === 'under_13';

function cnSensitive(a: Activity): string[] {
  // PIPL art. 28: all PI of minors under 14 is sensitive.
  return isUnder14(a) ? [...a.data] : a.data.filter((d) => CN_SENSITIVE_IDS.has(d));
}

export function deriveProcessorFacts(declaration: Declaration, asOf: string): ProcessorFacts {
  const { processor, activities } = declaration;
  return {
    days_since_audit: processor.last_compliance_audit === null ? -1 : daysBetween(processor.last_compliance_audit, asOf),
    any_cn_sensitive: activities.some((a) => cnSensitive(a).length > 0),
    any_us_sensitive: activities.some((a) => a.data.some((d) => US_CA_SENSITIVE_IDS.has(d))),
    any_cross_border: activities.some((a) => a.cross_border !== null),
    any_minors_under_14: activities.some(isUnder14),
    any_minors_under_13: activities.some((a) => a.minors === 'under_13'),
    any_sale_or_share: activities.some((a) => a.sale_or_share),
    any_automated_decision: activities.some((a) => a.automated_decision.used),
    activity_count: activities.length,
    all_data: [...new Set(activities.flatMap((a) => a.data))].sort(),
  };
}

function pipiaTriggers(a: Activity, cnSensitiveData: readonly string[], foreign: readonly string[]): string[] {
  // PIPL art. 55 items 1-4.
  const triggers: string[] = [];
  if (cnSensitiveData.length > 0) triggers.push('sensitive');
  if (a.automated_decision.used) triggers.push('automated_decision');
  if (a.recipients.some((r) => r.role === 'entrusted')) triggers.push('entrusted');
  if (a.recipients.some((r) => r.role !== 'entrusted')) triggers.push('provision');
  if (a.public_disclosure) triggers.push('public_disclosure');
  if (a.cross_border !== null || foreign.length > 0) triggers.push('cross_border');
  return triggers;
}

/**
 * Facts of one activity, merged with the processor's. Written out field by field rather than
 * with a spread: V8 gives the spread result a slow dictionary shape, which made this the hot
 * spot of `npm run bench` (measured: 37 µs per activity with the spread).
 */
export function deriveActivityFacts(p: ProcessorFacts, declaration: Declaration, activity: Activity): ActivityFacts {
  const appType = declaration.processor.app_type;
  const necessary = appType === null ? null : necessaryPiOf(appType);
  const under14 = isUnder14(activity);
  const usSensitive: string[] = [];
  const excess: string[] = [];
  const criminal50: string[] = [];
  const criminal500: string[] = [];
  const cnSensitiveData: string[] = under14 ? [...activity.data] : [];
  for (const d of activity.data) {
    if (!under14 && CN_SENSITIVE_IDS.has(d)) cnSensitiveData.push(d);
    if (US_CA_SENSITIVE_IDS.has(d)) usSensitive.push(d);
    if (necessary !== null && !necessary.has(d)) excess.push(d);
    const criminalClass = criminalClassOf(d);
    if (criminalClass === 50) criminal50.push(d);
    else if (criminalClass === 500) criminal500.push(d);
  }
  const thirdParty: string[] = [];
  const entrusted: string[] = [];
  const joint: string[] = [];
  const uncontracted: string[] = [];
  const foreign: string[] = [];
  for (const r of activity.recipients) {
    (r.role === 'third_party' ? thirdParty : r.role === 'entrusted' ? entrusted : joint).push(r.name);
    if (!r.contract) uncontracted.push(r.name);
    if (r.country !== null && r.country !== 'CN') foreign.push(r.name);
  }
  return {
    days_since_audit: p.days_since_audit,
    any_cn_sensitive: p.any_cn_sensitive,
    any_us_sensitive: p.any_us_sensitive,
    any_cross_border: p.any_cross_border,
    any_minors_under_14: p.any_minors_under_14,
    any_minors_under_13: p.any_minors_under_13,
    any_sale_or_share: p.any_sale_or_share,
    any_automated_decision: p.any_automated_decision,
    activity_count: p.activity_count,
    all_data: p.all_data,
    cn_sensitive_data: cnSensitiveData,
    us_sensitive_data: usSensitive,
    minors_under_14: under14,
    minors_under_13: activity.minors === 'under_13',
    excess_data: excess,
    criminal_50_data: criminal50,
    criminal_500_data: criminal500,
    third_party_recipients: thirdParty,
    entrusted_recipients: entrusted,
    joint_recipients: joint,
    uncontracted_recipients: uncontracted,
    foreign_recipients: foreign,
    retention_days: activity.retention === null ? -1 : durationDays(activity.retention),
    pipia_triggers: pipiaTriggers(activity, cnSensitiveData, foreign),
  };
}
