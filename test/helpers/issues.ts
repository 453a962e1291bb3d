import assert from 'node:assert/strict';
import type { Issue, Result } from '@s11kit/schema';

/** The issue codes of a result, in order. */
export const codes = (result: Result<unknown>): string[] => result.issues.map((issue) => issue.code);

/** Assert that a result failed with exactly one issue of this code, and return it. */
export function onlyIssue(result: Result<unknown>, code: string): Issue {
  assert.equal(result.ok, false, 'expected the check to fail');
  assert.deepEqual(codes(result), [code], result.issues.map((i) => i.message).join('\n'));
  return result.issues[0]!;
}

/** Assert that a result passed, showing the messages when it did not. */
export function assertOk(result: Result<unknown>): void {
  assert.equal(result.ok, true, result.issues.map((i) => `${i.code}: ${i.message}`).join('\n'));
}
