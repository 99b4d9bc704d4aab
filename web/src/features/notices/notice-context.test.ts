import { describe, expect, it } from 'vitest';
import type { NoticeProcessor } from '../../../../src/core/notice/types.js';
import { contextFormValues, foldUnchanged, toNoticeContext } from './notice-context';

const PROCESSOR: NoticeProcessor = {
  name: 'Shop',
  legal_name: 'Shop Ltd.',
  address: '1 Road',
  email: 'privacy@shop.example',
  phone: null,
  officer: { name: 'Li Lei', email: null, phone: null },
  representative: null,
  rights_url: 'https://shop.example/rights',
  withdraw_url: 'https://shop.example/withdraw',
  opt_out_url: 'https://shop.example/withdraw',
  limit_url: 'https://shop.example/limit',
};

describe('contextFormValues', () => {
  it('starts from the latest version, leaving links that only repeat the withdraw link empty', () => {
    expect(contextFormValues(PROCESSOR)).toMatchObject({
      legal_name: 'Shop Ltd.',
      phone: '',
      officer_name: 'Li Lei',
      opt_out_url: '',
      limit_url: 'https://shop.example/limit',
    });
  });

  it('is empty for a first notice', () => {
    expect(Object.values(contextFormValues(null)).every((v) => v === '')).toBe(true);
  });
});

describe('toNoticeContext', () => {
  it('trims and leaves out what was not given', () => {
    const values = { ...contextFormValues(PROCESSOR), legal_name: '  Shop Ltd. ', officer_name: '' };
    expect(toNoticeContext(values)).toEqual({
      legal_name: 'Shop Ltd.',
      address: '1 Road',
      email: 'privacy@shop.example',
      rights_url: 'https://shop.example/rights',
      withdraw_url: 'https://shop.example/withdraw',
      limit_url: 'https://shop.example/limit',
    });
  });

  it('sends the officer with the e-mail when given', () => {
    expect(toNoticeContext({ ...contextFormValues(PROCESSOR), officer_email: 'li@shop.example' }).officer).toEqual({
      name: 'Li Lei',
      email: 'li@shop.example',
    });
  });
});

describe('foldUnchanged', () => {
  const eq = (line: string) => ({ op: 'equal' as const, line });
  it('keeps changes with their context and folds long unchanged runs', () => {
    const lines = [
      eq('a'),
      eq('b'),
      eq('c'),
      eq('d'),
      { op: 'remove' as const, line: 'e' },
      { op: 'add' as const, line: 'E' },
      eq('f'),
      eq('g'),
      eq('h'),
      eq('i'),
    ];
    expect(foldUnchanged(lines, 1)).toEqual([
      { kind: 'skip', count: 3 },
      { kind: 'line', op: 'equal', line: 'd' },
      { kind: 'line', op: 'remove', line: 'e' },
      { kind: 'line', op: 'add', line: 'E' },
      { kind: 'line', op: 'equal', line: 'f' },
      { kind: 'skip', count: 3 },
    ]);
  });

  it('folds a diff without changes into one row', () => {
    expect(foldUnchanged([eq('a'), eq('b')])).toEqual([{ kind: 'skip', count: 2 }]);
  });
});
