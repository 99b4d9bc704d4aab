import type { ReceiptBundle } from './api/types';
import { receiptFileName, receiptJson } from './receipt-text';

/** Saves a receipt as a JSON file (made in the browser: nothing is sent anywhere). */
export function downloadReceipt(receipt: ReceiptBundle): void {
  const url = URL.createObjectURL(new Blob([receiptJson(receipt)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = receiptFileName(receipt);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
