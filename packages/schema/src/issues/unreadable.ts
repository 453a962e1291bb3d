import type { Issue } from './issue.js';

/**
 * The words of what was thrown, when it has any: the message of an Error, or a thrown string.
 * Anything else (undefined, a symbol, an object with no prototype, a proxy whose traps throw)
 * has nothing worth showing, and looking at it may throw again, so every look is guarded.
 */
export function causeText(cause: unknown): string | undefined {
  try {
    const text = typeof cause === 'string' ? cause : cause instanceof Error ? cause.message : undefined;
    return typeof text === 'string' && text.trim() !== '' ? text.slice(0, 120) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The last line of defence behind "never throws": input whose very reading fails (a getter that
 * throws, a revoked proxy) becomes one issue instead of an exception. It never throws itself,
 * whatever was thrown.
 */
export function unreadable(what: string, cause: unknown): Issue {
  const reason = causeText(cause);
  return {
    path: [],
    code: 'invalid_type',
    severity: 'error',
    message: `The ${what} could not be read${reason === undefined ? '' : ` (${reason})`}: pass plain JSON data`,
  };
}
