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

export function deriveActivityFacts(processorFacts: ProcessorFacts, declaration: Declaration, activity: Activity): ActivityFacts {
  const appType = declaration.processor.app_type;
  const necessary = appType === null ? null : necessaryPiOf(appType);
  const names = (role: string) => activity.recipients.filter((r) => r.role === role).map((r) => r.name);
  const cnSensitiveData = cnSensitive(activity);
  const foreign = activity.recipients.filter((r) => r.country !== null && r.country !== 'CN').map((r) => r.name);
  return {
    ...processorFacts,
    cn_sensitive_data: cnSensitiveData,
    us_sensitive_data: activity.data.filter((d) => US_CA_SENSITIVE_IDS.has(d)),
    minors_under_14: isUnder14(activity),
    minors_under_13: activity.minors === 'under_13',
    excess_data: necessary === null ? [] : activity.data.filter((d) => !necessary.has(d)),
    criminal_50_data: activity.data.filter((d) => criminalClassOf(d) === 50),
    criminal_500_data: activity.data.filter((d) => criminalClassOf(d) === 500),
    third_party_recipients: names('third_party'),
    entrusted_recipients: names('entrusted'),
    joint_recipients: names('joint'),
    uncontracted_recipients: activity.recipients.filter((r) => !r.contract).map((r) => r.name),
    foreign_recipients: foreign,
    retention_days: activity.retention === null ? -1 : durationDays(activity.retention),
    pipia_triggers: pipiaTriggers(activity, cnSensitiveData, foreign),
  };
}
