/** What a server (or a page's `waitUntil` promise) gives back once it has kept a return. */
export interface Receipt {
  /** The reference a person quotes: shown on the confirmation page. */
  readonly reference: string;
  /** When it was received, ISO 8601. */
  readonly receivedAt: string;
}

/** A receipt, if the value is one: a reference and a time, both short non-empty strings. */
export function readReceipt(value: unknown): Receipt | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { reference, receivedAt } = value as Record<string, unknown>;
  if (typeof reference !== 'string' || !reference.trim() || reference.length > 200) return undefined;
  if (typeof receivedAt !== 'string' || !Number.isFinite(Date.parse(receivedAt))) return undefined;
  return { reference, receivedAt };
}

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
