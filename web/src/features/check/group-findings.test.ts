import { describe, expect, it } from 'vitest';
import type { Finding } from './api/check-declaration';
import { groupFindings } from './group-findings';

const text = { en: 'x', zh: '某' };
const finding = (rule: string, activity: string | null, jurisdiction: string, severity: Finding['severity'] = 'violation'): Finding => ({
  rule,
  severity,
  citation: { law: 'PIPL', article: '29' },
  activity,
  layer: 'law',
  jurisdiction,
  pack: 'p',
  title: text,
  message: text,
  remedy: text,
  tightened_by: [],
});

describe('groupFindings', () => {
  it('puts processor-level findings first, then activities in report order', () => {
    const groups = groupFindings([finding('A', 'ads', 'CN'), finding('B', null, 'US'), finding('C', 'face-login', 'US-CA'), finding('D', 'ads', 'US')]);
    expect(groups.map((g) => g.activity)).toEqual([null, 'ads', 'face-login']);
  });

  it('splits a group by the country its jurisdiction starts with', () => {
    const [ads] = groupFindings([finding('A', 'ads', 'CN-44'), finding('B', 'ads', 'US-CA'), finding('C', 'ads', 'CN')]);
    expect(ads?.byCountry.CN.map((f) => f.rule)).toEqual(['A', 'C']);
    expect(ads?.byCountry.US.map((f) => f.rule)).toEqual(['B']);
  });

  it('lists the most severe findings first within a column', () => {
    const [ads] = groupFindings([finding('A', 'ads', 'CN', 'info'), finding('B', 'ads', 'CN', 'violation'), finding('C', 'ads', 'CN', 'warning')]);
    expect(ads?.byCountry.CN.map((f) => f.rule)).toEqual(['B', 'C', 'A']);
  });

  it('returns no groups when there are no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});
