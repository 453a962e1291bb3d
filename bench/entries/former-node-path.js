// What `validateReturn` ran in Node before the structure checker was generated from the models:
// zod's compiled parser (`compile` from zod/v4/core, which builds code with `new Function`), which
// copies the value, then the framework's rules on the copy. Kept here, with today's rules and
// today's issue wording, as the baseline the generated checker's speed is judged against. Bundled
// on its own by bench/lib/build.mjs, so that it has its own copy of the rules: sharing them with
// validateReturn would make both call sites polymorphic (zod's copies are other objects).
import { compile, safeParse } from 'zod/v4/core';
import { AuditReturnSchema } from '../../packages/schema/dist/models/return.js';
import { checkReturnRules } from '../../packages/schema/dist/return/validate-return.js';
import { IssueCollector } from '../../packages/schema/dist/issues/collector.js';
import { fromStructureIssue } from '../../packages/schema/dist/issues/from-structure.js';
import { returnPathDescriber } from '../../packages/schema/dist/return/describe-return-path.js';

let compiled;

/** The former Node `validateReturn`: zod compiled (compiled on first use, as it was) + the rules. */
export function formerValidateReturn(framework, input, options = {}) {
  compiled ??= compile(AuditReturnSchema);
  const result = safeParse(compiled, input);
  if (!result.success) {
    const collector = new IssueCollector();
    const describe = returnPathDescriber(framework, input);
    for (const issue of result.error.issues) collector.addAll(fromStructureIssue(issue, input, describe));
    return { ok: false, issues: collector.finish() };
  }
  return checkReturnRules(framework, result.data, input, options);
}

/** The former Node structure check alone: zod's compiled parser. */
export function formerStructure(input) {
  compiled ??= compile(AuditReturnSchema);
  return safeParse(compiled, input).success;
}
