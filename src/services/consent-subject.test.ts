import { describe, expect, it } from 'vitest';
import { accountSubject, checkSubject } from './consent-subject.js';

describe('checkSubject', () => {
  it("accepts every PISA account's subject, even a UUID whose last group is all digits", () => {
    const id = '72462f41-3a12-4563-9467-972815640312';
    expect(checkSubject(accountSubject(id))).toBe(`pisa:${id}`);
    expect(checkSubject(accountSubject(crypto.randomUUID()))).toMatch(/^pisa:/);
  });

  it('refuses ids that look like personal information or are malformed', () => {
    for (const bad of ['13800138000', 'user-13800138000', 'someone@mail.example', '', 'pisa:13800138000', 'x'.repeat(129)]) {
      expect(() => checkSubject(bad), bad).toThrow(expect.objectContaining({ code: 'CONSENT_SUBJECT_INVALID' }));
    }
    expect(checkSubject('u_0946576')).toBe('u_0946576');
  });
});
