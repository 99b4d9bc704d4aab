import { describe, expect, it } from 'vitest';
import { VPC_METHODS } from '../../../src/core/consent/types.js';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import { readDecidedBy } from './consent-actor';

describe('readDecidedBy', () => {
  it('reads a guardian with how they were verified (PIPL art. 31)', () => {
    expect(readDecidedBy({ kind: 'guardian', verification: ' ID card checked in store ' })).toEqual({
      kind: 'guardian',
      verification: 'ID card checked in store',
    });
  });

  it('reads a parent with the verifiable parental consent method of 16 CFR 312.5(b)', () => {
    expect(readDecidedBy({ kind: 'parent', verification: 'signed_form' })).toEqual({ kind: 'parent', verification: 'signed_form', method: 'signed_form' });
    expect(readDecidedBy({ kind: 'parent', verification: 'a letter' })).toEqual({ kind: 'parent', verification: 'a letter', method: null });
  });

  it('reads a history row’s kind alone, with the verification unknown', () => {
    expect(readDecidedBy({ kind: 'guardian' })).toEqual({ kind: 'guardian', verification: '' });
  });

  it('takes anything else for the person themselves (receipts are parsed defensively)', () => {
    for (const odd of [undefined, null, 'guardian', { kind: 'self' }, { kind: 'robot', verification: 'x' }])
      expect(readDecidedBy(odd)).toEqual({ kind: 'self' });
    expect(readDecidedBy({ kind: 'parent', verification: 7 })).toEqual({ kind: 'parent', verification: '', method: null });
  });

  it('has a label for every method in both languages', () => {
    for (const method of VPC_METHODS) {
      expect(en.vpcMethod[method], method).toBeTruthy();
      expect(zhCN.vpcMethod[method], method).toBeTruthy();
    }
  });
});
