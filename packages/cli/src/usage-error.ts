/** A problem with how the command was called, or a file it could not read: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes, as documented in `s11 --help`. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
