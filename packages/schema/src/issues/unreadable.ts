import type { Issue } from './issue.js';

/**
 * The last line of defence behind "never throws": input whose very reading fails (a getter that
 * throws, a revoked proxy) becomes one issue instead of an exception.
 */
export function unreadable(what: string, cause: unknown): Issue {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return {
    path: [],
    code: 'invalid_type',
    severity: 'error',
    message: `The ${what} could not be read (${reason.slice(0, 120)}): pass plain JSON data`,
  };
}
