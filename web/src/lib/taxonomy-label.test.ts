import { describe, expect, it } from 'vitest';
import { taxonomyLabel } from './taxonomy-label';

describe('taxonomyLabel', () => {
  it('labels a known category in both languages', () => {
    expect(taxonomyLabel('email', 'en')).toMatch(/mail/i);
    expect(taxonomyLabel('email', 'zh')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows an unknown id as it is', () => {
    expect(taxonomyLabel('not_a_category', 'en')).toBe('not_a_category');
  });
});
