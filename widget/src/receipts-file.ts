import type { Receipt } from '../../src/core/consent/receipt.js';

/** A file to offer for download: its name and its text (JSON). */
export type DownloadFile = { readonly name: string; readonly text: string };

const safe = (part: string): string => part.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80);

/**
 * The receipts as a JSON file, exactly as PISA signed them, so `pisa verify` and the receipt
 * page check them as they are: one receipt as an object, several as an array.
 */
export function receiptsFile(receipts: readonly Receipt[], processor: string): DownloadFile {
  const [first] = receipts;
  if (receipts.length === 1 && first !== undefined) return { name: `pisa-receipt-${safe(first.receipt_id)}.json`, text: `${JSON.stringify(first, null, 2)}\n` };
  const day = safe((first?.event.time ?? '').slice(0, 10));
  return { name: `pisa-receipts-${safe(processor)}${day === '' ? '' : `-${day}`}.json`, text: `${JSON.stringify(receipts, null, 2)}\n` };
}
