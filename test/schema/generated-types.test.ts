import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {
  Action,
  ActionCompletion,
  ActionInput,
  AuditReturn,
  AuditReturnInput,
  ResponseInput,
  DueDateRevision,
  Framework,
  FrameworkMapping,
  HistoryEntry,
  ProgressNote,
  RatingScale,
  Standard,
  StatementOfCompliance,
} from '@s11kit/schema';
import type * as Generated from '@s11kit/schema/types';

// Type-level proof that the declarations generated from the JSON Schema files (for JSON-only
// consumers) describe exactly the types zod infers for what may be written (its input types:
// fields with a default may be left out). If the models and the generated files drift apart, this
// file stops compiling and `npm test` fails at its type-check step.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type Checks = [
  Assert<Same<Generated.Framework, Framework>>,
  Assert<Same<Generated.AuditReturn, AuditReturnInput>>,
  Assert<Same<Generated.RatingScale, RatingScale>>,
  Assert<Same<Generated.Standard, Standard>>,
  Assert<Same<Generated.Action, ActionInput>>,
  // A key set check, stricter than assignability: no field may be missing on either side.
  Assert<Equal<keyof Generated.AuditReturn, keyof AuditReturn>>,
  Assert<Equal<keyof Generated.Framework, keyof Framework>>,
  Assert<Equal<keyof Generated.Response, keyof AuditReturn['responses'][number]>>,
  Assert<Same<Generated.Response, ResponseInput>>,
  // What validation gives back is complete: every field with a default is filled in.
  Assert<Equal<AuditReturn['responses'][number]['evidence'], string>>,
  Assert<Equal<Action['notes'], string>>,
  Assert<Equal<Same<Generated.Response, AuditReturn['responses'][number]>, false>>,
  Assert<Equal<keyof Generated.Action, keyof Action>>,
  Assert<Equal<Generated.Action['status'], Action['status']>>,
  Assert<Equal<Generated.RatingLevel['requires'], RatingScale['levels'][number]['requires']>>,
  // Year 2: action records and the return's history.
  Assert<Same<Generated.ProgressNote, ProgressNote>>,
  Assert<Same<Generated.DueDateRevision, DueDateRevision>>,
  Assert<Same<Generated.ActionCompletion, ActionCompletion>>,
  Assert<Same<Generated.StatementOfCompliance, HistoryEntry>>,
  Assert<Same<Generated.StatementOfCompliance, StatementOfCompliance>>,
  Assert<Equal<keyof Generated.StatementOfCompliance, keyof StatementOfCompliance>>,
  Assert<Equal<Generated.StatementOfCompliance['kind'], StatementOfCompliance['kind']>>,
  // Mappings between frameworks.
  Assert<Same<Generated.FrameworkMapping, FrameworkMapping>>,
  Assert<Equal<keyof Generated.FrameworkMapping, keyof FrameworkMapping>>,
  Assert<Equal<keyof Generated.StandardMapping, keyof FrameworkMapping['standards'][number]>>,
];

// And the check can fail: a type with one field fewer is not the same.
export type CanFail = Assert<Equal<Same<Omit<Generated.Action, 'lead'>, ActionInput>, false>>;

describe('generated TypeScript declarations', () => {
  it('agree with the zod models (checked when this file compiles)', () => {
    const checks: Checks['length'] = 25;
    assert.equal(checks, 25);
  });
});
