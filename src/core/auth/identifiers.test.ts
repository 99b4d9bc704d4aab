import { describe, expect, it } from 'vitest';
import { maskIdentifier, normaliseEmail, normaliseMainlandMobile } from './identifiers.js';

describe('normaliseEmail', () => {
  it.each([
    ['  Ling.Wu@Example.COM ', 'ling.wu@example.com'],
    ['a+tag@sub.example.cn', 'a+tag@sub.example.cn'],
  ])('%s -> %s', (raw, email) => expect(normaliseEmail(raw)).toBe(email));

  it.each(['plain', 'a@b', 'a@@example.com', 'a b@example.com', '<a@example.com>', `${'a'.repeat(65)}@example.com`, 'a@-example.com'])('refuses %s', (raw) => {
    expect(normaliseEmail(raw)).toBeNull();
  });
});

describe('normaliseMainlandMobile', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['0086-199-1234-5678', '+8619912345678'],
  ])('%s -> %s', (raw, phone) => expect(normaliseMainlandMobile(raw)).toBe(phone));

  it.each(['12800138000', '1380013800', '+1 415 555 0100', '138001380001', '+85291234567'])('refuses %s', (raw) => {
    expect(normaliseMainlandMobile(raw)).toBeNull();
  });
});

describe('maskIdentifier', () => {
  it('keeps enough to tell test accounts apart, not to contact anyone', () => {
    expect(maskIdentifier({ kind: 'email', value: 'ling.wu@example.com' })).toBe('l***@e***.com');
    expect(maskIdentifier({ kind: 'phone', value: '+8613800138000' })).toBe('+86 138****8000');
  });
});
