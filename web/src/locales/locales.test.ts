import { describe, expect, it } from 'vitest';
import { LAW_CODES, LAYERS, SEVERITIES } from '../../../src/core/rules/vocabulary.js';
import en from './en.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const EN = new Map(leaves(en));
const ZH = new Map(leaves(zhCN));

describe('locale files', () => {
  it('have exactly the same keys in en.json and zh-CN.json', () => {
    expect([...ZH.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  it('have no empty values', () => {
    for (const [key, value] of [...EN, ...ZH]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same interpolation placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of EN) expect(placeholders(ZH.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('name every law code, layer and severity of the rule vocabulary', () => {
    for (const law of LAW_CODES) {
      expect(EN.has(`law.${law}.short`), law).toBe(true);
      expect(EN.has(`law.${law}.name`), law).toBe(true);
    }
    for (const layer of LAYERS) expect(EN.has(`layer.${layer}`), layer).toBe(true);
    for (const severity of SEVERITIES) expect(EN.has(`severity.${severity}`), severity).toBe(true);
  });
});
