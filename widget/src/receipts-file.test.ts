import { describe, expect, it } from 'vitest';
import type { Receipt } from '../../src/core/consent/receipt.js';
import { receiptsFile } from './receipts-file.js';

const receipt = (id: string): Receipt =>
  ({
    schema: 'pisa-receipt/1',
    receipt_id: id,
    subject: 'u-1',
    event: { type: 'explicit', state: 'given', time: '2026-11-27T12:00:00.000Z', method: 'widget', by: { kind: 'self' } },
    sig: 'x.y.z',
  }) as unknown as Receipt;

describe('receiptsFile', () => {
  it('offers one receipt as the signed object itself', () => {
    const file = receiptsFile([receipt('0b9c3e1a-1')], 'shopping');
    expect(file.name).toBe('pisa-receipt-0b9c3e1a-1.json');
    expect(JSON.parse(file.text)).toEqual(receipt('0b9c3e1a-1'));
  });

  it('offers several as an array, named after the processor and the day', () => {
    const file = receiptsFile([receipt('a'), receipt('b')], 'shopping');
    expect(file.name).toBe('pisa-receipts-shopping-2026-11-27.json');
    expect(JSON.parse(file.text)).toEqual([receipt('a'), receipt('b')]);
  });

  it('keeps file names plain whatever the ids and slugs hold', () => {
    expect(receiptsFile([receipt('../../etc/passwd')], 'x').name).toBe('pisa-receipt-..-..-etc-passwd.json');
    expect(receiptsFile([receipt('a'), receipt('b')], 'a/b c').name).toBe('pisa-receipts-a-b-c-2026-11-27.json');
  });
});
