import type { ReceiptBundle } from './api/types';

const KEY = 'pisa.receipt-to-open';

/** Hands a receipt from "My receipts" to the receipt page (same tab, kept out of the URL and the server's logs). */
export function stashReceipt(receipt: ReceiptBundle): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(receipt));
  } catch {
    // storage disabled: the page opens empty and the person pastes the receipt
  }
}

/** The receipt handed over, as JSON text; `forgetStashedReceipt` once the page has it. */
export function peekStashedReceipt(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function forgetStashedReceipt(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
