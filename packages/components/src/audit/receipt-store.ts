import { readReceipt, type Receipt } from './send-return.js';

/**
 * The last receipt of an audit, kept in the browser once its draft is gone, so that a reload of
 * the confirmation page still shows the reference. A reference and a time: no answers.
 */
const receiptKey = (frameworkId: string, storageKey: string) => `s11kit:receipt:${frameworkId}:${storageKey}`;

export function keepReceipt(storage: () => Storage, frameworkId: string, storageKey: string, receipt: Receipt): void {
  try {
    storage().setItem(receiptKey(frameworkId, storageKey), JSON.stringify(receipt));
  } catch {
    // Only a convenience for a reload: the confirmation is already on screen.
  }
}

export function lastReceipt(storage: () => Storage, frameworkId: string, storageKey: string): Receipt | undefined {
  try {
    return readReceipt(JSON.parse(storage().getItem(receiptKey(frameworkId, storageKey)) ?? 'null'));
  } catch {
    return undefined;
  }
}
