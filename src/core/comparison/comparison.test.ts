import { describe, expect, it } from 'vitest';
import { COMPARISON } from './comparison.js';

const CJK = /[\u4e00-\u9fff]/;
const texts = COMPARISON.flatMap((row) => [row.topic, row.cn, row.us].map((text) => ({ id: row.id, text })));

describe('COMPARISON', () => {
  it('has one row per question of the law reference', () => {
    expect(COMPARISON).toHaveLength(18);
  });

  it('uses unique snake_case ids', () => {
    const ids = COMPARISON.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('has every text in both languages', () => {
    for (const { id, text } of texts) {
      expect(text.en.trim(), `${id} en`).not.toBe('');
      expect(text.zh.trim(), `${id} zh`).not.toBe('');
    }
  });

  it('writes the Chinese texts in Chinese', () => {
    for (const { id, text } of texts) expect(text.zh, id).toMatch(CJK);
  });

  it('keeps the citations of the reference, e.g. PIPL art. 13 and CCPA § 1798.120', () => {
    const byId = new Map(COMPARISON.map((row) => [row.id, row]));
    expect(byId.get('basis_for_processing')?.cn.en).toContain('PIPL art. 13');
    expect(byId.get('consent_model')?.us.en).toContain('CCPA § 1798.120');
    expect(byId.get('minors')?.us.en).toContain('16 CFR § 312.5');
  });
});
