import type { Citation } from '../rules/pack-schema.js';
import { criminalClassOf, type TaxonomyId } from '../taxonomy/taxonomy.js';
import type { CriminalClass } from '../taxonomy/types.js';
import type { CategoryCount } from './summary.js';

export type ClassCount = {
  /** Items at which trading this class is "serious" (2017 interpretation art. 5(1) items 3-5). */
  readonly threshold: CriminalClass;
  readonly items: number;
  readonly categories: readonly TaxonomyId[];
  /** items / threshold: this class's share of the proportional sum (item 6). */
  readonly ratio: number;
};

export type CriminalAssessment = {
  readonly classes: readonly ClassCount[];
  /** Σ items / threshold over the classes (art. 5(1) item 6: categories added up in proportion). */
  readonly proportional_sum: number;
  /** 情节严重: the proportional sum reaches 1 (any class at its threshold reaches it alone). */
  readonly serious: boolean;
  /** 情节特别严重: ten times the thresholds (art. 5(2) item 3), proportional sum included. */
  readonly especially_serious: boolean;
  /** True when an item count is a HyperLogLog estimate (above 65,536 distinct values). */
  readonly estimated: boolean;
  readonly citations: readonly Citation[];
  readonly note: { readonly en: string; readonly zh: string };
};

const CLASSES: readonly CriminalClass[] = [50, 500, 5000];

export const CRIMINAL_CITATIONS: readonly Citation[] = [
  { law: 'CRIMINAL_LAW', article: '253-1' },
  {
    law: 'CRIMINAL_LAW',
    article: '5',
    document: {
      en: "SPC/SPP Interpretation on Criminal Cases of Infringing Citizens' PI (Fa Shi [2017] No. 10)",
      zh: '最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释（法释〔2017〕10号）',
    },
  },
];

const NOTE = {
  en: 'Item counts are distinct identifier values per category, as found in the data. Whether the data was illegally obtained, sold or provided, the illegal gains (RMB 5,000), duty-related halving (item 8) and duplicates proven by the defence (art. 11) are for the case, not the scanner.',
  zh: '条数为各类别在数据中出现的不同标识值数量。是否属于非法获取、出售或者提供，违法所得（5000元）、履职中获取减半计算（第八项）以及经查证重复的信息（第十一条）等，需结合案情认定，扫描结果不作判断。',
};

/**
 * Counts a dataset against Criminal Law art. 253-1 and the 2017 interpretation art. 5: items per
 * class (50 / 500 / 5,000), the proportional sum (item 6), "serious" at a sum of 1 and
 * "especially serious" at ten times (art. 5(2)(3)).
 * @example assessCriminalThresholds([{ category: 'bank_account', items: 60, ... }]).serious // true
 */
export function assessCriminalThresholds(categories: readonly CategoryCount[]): CriminalAssessment {
  const classes = CLASSES.map((threshold) => {
    const members = categories.filter((c) => criminalClassOf(c.category) === threshold);
    const items = members.reduce((n, c) => n + c.items, 0);
    return { threshold, items, categories: members.map((c) => c.category), ratio: items / threshold };
  });
  const sum = classes.reduce((n, c) => n + c.ratio, 0);
  return {
    classes,
    proportional_sum: Math.round(sum * 10_000) / 10_000,
    serious: sum >= 1,
    especially_serious: sum >= 10,
    estimated: categories.some((c) => c.estimated),
    citations: CRIMINAL_CITATIONS,
    note: NOTE,
  };
}
