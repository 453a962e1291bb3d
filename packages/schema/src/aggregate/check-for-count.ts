import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import type { Issue } from '../issues/issue.js';
import { validateReturn } from '../return/validate-return.js';
import { peek } from '../issues/from-structure.js';
import { causeText } from '../issues/unreadable.js';
import { excerpt } from './excerpt.js';
import { reasonFrom } from './rejection.js';

/**
 * Turns a value that cannot be counted as it is (another framework or version, the wrong shape,
 * a rule broken) into a return of this framework, or gives `undefined` to leave it rejected.
 * It is given the issues `validateReturn` found. What it returns is checked like any return.
 */
export type Translate = (value: unknown, issues: readonly Issue[]) => AuditReturn | undefined;

export type CheckedForCount = { readonly counted: AuditReturn; readonly translated: boolean } | { readonly reason: string; readonly issues: readonly Issue[] };

const DRAFT = 'It is still a draft: only submitted returns are counted';

/**
 * Whether a value can be counted: it must pass `validateReturn` in submit mode (warnings are
 * fine) and have been submitted. Due dates are judged on the day each return was submitted, as
 * `validateReturn` does by default, so an action that fell overdue since still counts.
 */
export function checkForCount(framework: Framework, value: unknown, translate?: Translate): CheckedForCount {
  const checked = validateReturn(framework, value, { mode: 'submit' });
  // An unfinished draft is expected to fail: saying it is a draft is the useful reason.
  if (peek(value, ['status']) === 'draft') return { reason: DRAFT, issues: checked.issues };
  if (checked.ok) return { counted: checked.value, translated: false };
  if (!translate) return { reason: reasonFrom(checked.issues), issues: checked.issues };

  let translation: AuditReturn | undefined;
  try {
    translation = translate(value, checked.issues);
  } catch (cause) {
    const message = causeText(cause);
    return { reason: message ? `It could not be translated: ${excerpt(message, 200)}` : 'It could not be translated', issues: checked.issues };
  }
  if (translation === undefined) return { reason: reasonFrom(checked.issues), issues: checked.issues };
  const again = validateReturn(framework, translation, { mode: 'submit' });
  if (!again.ok) return { reason: `Its translation is not valid either: ${reasonFrom(again.issues)}`, issues: again.issues };
  if (again.value.status !== 'submitted') return { reason: DRAFT, issues: [] };
  return { counted: again.value, translated: true };
}

/**
 * For returns that were checked with `validateReturn` when they were stored: only what the
 * figures depend on is looked at (framework, version, status, the shape of the parts read), so a
 * partnership re-running its reports does not pay for checking every return again.
 */
export function checkStored(framework: Framework, value: unknown): CheckedForCount {
  const ret = value as Partial<AuditReturn> | null;
  if (!ret || typeof ret !== 'object' || !Array.isArray(ret.responses) || !ret.organisation || !ret.framework) {
    return { reason: 'It is not an audit return', issues: [] };
  }
  if (ret.framework.id !== framework.id || ret.framework.version !== framework.version) {
    return { reason: `It was made with ${ret.framework.id} ${ret.framework.version}, not ${framework.id} ${framework.version}`, issues: [] };
  }
  if (ret.status !== 'submitted') return { reason: DRAFT, issues: [] };
  return { counted: ret as AuditReturn, translated: false };
}
