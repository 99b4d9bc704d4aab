import { z } from 'zod';
import type { ReceiptBundle } from './api/types';
import type { Check } from './receipt-checks';

// A receipt pasted or uploaded by anyone: parsed defensively before anything is shown. The
// verifier checks the signed bytes; this only makes sure the readable view has what it shows.

const ReceiptShapeSchema = z.looseObject({
  schema: z.literal('pisa-receipt/1'),
  receipt_id: z.string().min(1).max(64),
  subject: z.string().max(200),
  processor: z.looseObject({ id: z.string().max(100), name: z.string().max(300) }),
  notice_hash: z.string().max(100),
  purposes: z.array(z.looseObject({ id: z.string().max(220), data: z.array(z.string().max(100)).max(100) })).max(50),
  sensitive: z.array(z.string().max(100)).max(100),
  recipients: z.array(z.looseObject({ name: z.string().max(300) })).max(100),
  event: z.looseObject({ state: z.enum(['given', 'refused', 'withdrawn']), time: z.string().max(40), method: z.string().max(20) }),
  salt: z.string().max(100),
  sig: z.string().max(20_000),
  log: z.looseObject({ index: z.string().max(20), checkpoint: z.string().max(10_000), inclusion_proof: z.array(z.string()).max(64) }).nullable(),
});

export type ParsedReceipt = { ok: true; receipt: ReceiptBundle } | { ok: false; reason: 'json' | 'shape' };

/** A receipt from pasted or uploaded text, or why it is not one (not JSON; not a pisa-receipt/1 bundle). */
export function parseReceiptText(text: string): ParsedReceipt {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  return ReceiptShapeSchema.safeParse(value).success ? { ok: true, receipt: value as ReceiptBundle } : { ok: false, reason: 'shape' };
}

/** The file a receipt is downloaded as. */
export const receiptFileName = (receipt: Pick<ReceiptBundle, 'receipt_id'>): string => `pisa-receipt-${receipt.receipt_id.replace(/[^A-Za-z0-9_-]/g, '')}.json`;

/** The downloaded JSON: the bundle as the API gave it, indented (whitespace is not part of what is signed). */
export const receiptJson = (receipt: ReceiptBundle): string => `${JSON.stringify(receipt, null, 2)}\n`;

/** The overall verdict of a set of checks: any failure fails; every check passed passes; otherwise incomplete (not yet in the log). */
export function overallOf(checks: readonly Check[]): 'pass' | 'fail' | 'incomplete' {
  if (checks.some((c) => c.status === 'fail')) return 'fail';
  return checks.every((c) => c.status === 'pass') ? 'pass' : 'incomplete';
}
