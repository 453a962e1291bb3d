import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTION_REQUIRED_FIELDS, validateReturn, type AuditReturn } from '@s11kit/schema';
import { NOW, testFramework, validReturn } from '../helpers/fixtures.js';
import { assertOk, codes, onlyIssue } from '../helpers/issues.js';

const framework = testFramework();
const check = (ret: unknown, options: Parameters<typeof validateReturn>[2] = { now: NOW }) => validateReturn(framework, ret, options);
const edit = (change: (ret: AuditReturn) => void): AuditReturn => {
  const ret = validReturn(framework);
  change(ret);
  return ret;
};

describe('validateReturn: a complete return', () => {
  it('accepts a complete submitted return and gives back the value', () => {
    const result = check(validReturn(framework));
    assertOk(result);
    assert.ok(result.ok && result.value.responses.length === 3);
  });

  it('uses the return status to choose the mode: a draft with nothing filled in passes', () => {
    const draft = edit((ret) => {
      ret.status = 'draft';
      ret.submittedAt = null;
      for (const response of ret.responses) Object.assign(response, { rating: null, evidence: '', explanation: '', actions: [] });
    });
    assertOk(check(draft));
    assert.equal(check(draft, { mode: 'submit', now: NOW }).ok, false);
  });
});

describe('validateReturn: every applicable standard is rated before submit', () => {
  it('asks for a rating that is null, naming the standard', () => {
    const issue = onlyIssue(check(edit((ret) => (ret.responses[0]!.rating = null))), 'rating_required');
    assert.equal(issue.message, 'Select a rating for standard 1, Leadership');
    assert.deepEqual(issue.path, ['responses', 0, 'rating']);
    assert.equal(issue.standardId, 'leadership');
    assert.equal(issue.severity, 'error');
  });

  it('asks for a rating when the response is missing altogether', () => {
    const issue = onlyIssue(check(edit((ret) => ret.responses.splice(1, 1))), 'rating_required');
    assert.equal(issue.standardId, 'safe-recruitment');
    assert.deepEqual(issue.path, ['responses']);
  });

  it('does not ask for standards that do not apply to the sector', () => {
    const ret = edit((ret) => {
      ret.organisation.sector = 'education';
      ret.responses.pop();
    });
    assertOk(check(ret));
  });

  it('names the standard in the sector’s wording', () => {
    const ret = edit((ret) => {
      ret.organisation.sector = 'education';
      ret.responses.pop();
      ret.responses[0]!.rating = null;
    });
    assert.equal(onlyIssue(check(ret), 'rating_required').message, 'Select a rating for standard 1, Leadership and governance');
  });

  it('keeps an answer for a standard that does not apply, with a warning, and still accepts', () => {
    const result = check(edit((ret) => (ret.organisation.sector = 'education')));
    assert.equal(result.ok, true);
    assert.deepEqual(codes(result), ['standard_not_applicable']);
    assert.equal(result.issues[0]!.severity, 'warning');
    assert.equal(result.ok && result.value.responses.length, 3);
  });
});

describe('validateReturn: what each level requires', () => {
  it('Amber needs at least one action', () => {
    const issue = onlyIssue(check(edit((ret) => (ret.responses[1]!.actions = []))), 'action_required');
    assert.equal(issue.message, 'Add at least one action for standard 2, Safe recruitment: a rating of Amber needs an action plan');
    assert.deepEqual(issue.path, ['responses', 1, 'actions']);
  });

  it('a blank action row does not count as an action, and the message points at it', () => {
    const result = check(edit((ret) => (ret.responses[1]!.actions = [{ id: 'a1', action: '', lead: '', due: '', status: 'not-started', notes: '' }])));
    assert.deepEqual(codes(result), ['action_required']);
    assert.deepEqual(result.issues[0]!.path, ['responses', 1, 'actions', 0, 'action']);
  });

  it('Red needs an action too; Green and Blue do not, but every rated level needs evidence', () => {
    assert.equal(
      onlyIssue(check(edit((ret) => (ret.responses[0]!.evidence = ''))), 'evidence_required').message,
      'Enter evidence of impact for standard 1, Leadership: a rating of Green needs it',
    );
    assert.equal(onlyIssue(check(edit((ret) => Object.assign(ret.responses[1]!, { rating: 'red', actions: [] }))), 'action_required').standardId, 'safe-recruitment');
    assertOk(check(edit((ret) => Object.assign(ret.responses[1]!, { rating: 'blue', actions: [] }))));
  });

  it('N/A needs an explanation', () => {
    const issue = onlyIssue(check(edit((ret) => (ret.responses[2]!.explanation = '  '))), 'explanation_required');
    assert.equal(issue.message, 'Explain why standard 3, Contracting does not apply to your organisation');
  });

  it('a level that requires evidence asks for it (Fully met on the met scale)', async () => {
    const { metScale, parseFramework } = await import('@s11kit/schema');
    const parsed = parseFramework({ ...structuredClone((await import('../helpers/fixtures.js')).testFrameworkData), scale: metScale });
    assert.ok(parsed.ok);
    const ret = validReturn(framework);
    ret.responses = ret.responses.map((r) => ({ ...r, rating: 'fully-met', evidence: '', explanation: '', actions: [] }));
    const result = validateReturn(parsed.value, ret, { now: NOW });
    assert.deepEqual(codes(result), ['evidence_required', 'evidence_required', 'evidence_required']);
    assert.equal(result.issues[0]!.message, 'Enter evidence of impact for standard 1, Leadership: a rating of Fully met needs it');
    ret.responses.forEach((r) => (r.evidence = 'Evidence.'));
    assertOk(validateReturn(parsed.value, ret, { now: NOW }));
  });

  it('rejects a rating that is not on the scale, in draft as well', () => {
    const ret = edit((ret) => (ret.responses[0]!.rating = 'outstanding'));
    const issue = onlyIssue(check(ret), 'unknown_rating');
    assert.equal(
      issue.message,
      'Select a rating for standard 1, Leadership from Blue, Green, Amber, Red or N/A: “outstanding” is not a level id of the scale; use “blue”, “green”, “amber”, “red” or “not-applicable”',
    );
    // A label where the id belongs: say which id it is.
    const label = onlyIssue(check(edit((ret) => (ret.responses[0]!.rating = 'Green'))), 'invalid_format');
    assert.match(label.message, /not “Green”: use its id “green”$/);
    assert.equal(label.standardId, 'leadership');
    assert.deepEqual(codes(check({ ...ret, status: 'draft', submittedAt: null })), ['unknown_rating']);
  });

  it('evidence longer than the framework allows is an error at submit', () => {
    const issue = onlyIssue(check(edit((ret) => (ret.responses[0]!.evidence = 'x'.repeat(501)))), 'evidence_too_long');
    assert.equal(issue.message, 'The evidence for standard 1, Leadership must be 500 characters or fewer (it has 501)');
    assertOk(check(edit((ret) => (ret.responses[0]!.evidence = 'x'.repeat(500)))));
  });
});

describe('validateReturn: SMART actions', () => {
  const action = (change: Partial<AuditReturn['responses'][number]['actions'][number]>) => edit((ret) => Object.assign(ret.responses[1]!.actions[0]!, change));

  it('requires exactly the fields ACTION_REQUIRED_FIELDS names, which the elements mark required', () => {
    const required = (['action', 'lead', 'due', 'notes'] as const).filter((field) => {
      const result = check(action({ [field]: '' }));
      return result.issues.some((issue) => issue.path.at(-1) === field);
    });
    assert.deepEqual(required, [...ACTION_REQUIRED_FIELDS]);
  });

  it('needs what will be done', () => {
    assert.equal(onlyIssue(check(action({ action: ' ' })), 'action_text_required').message, 'Enter what will be done for action 1 of standard 2, Safe recruitment');
  });

  it('needs a lead', () => {
    const issue = onlyIssue(check(action({ lead: '' })), 'action_lead_required');
    assert.equal(issue.message, 'Enter the lead for action 1 of standard 2, Safe recruitment');
    assert.deepEqual(issue.path, ['responses', 1, 'actions', 0, 'lead']);
  });

  it('needs a due date', () => {
    assert.equal(onlyIssue(check(action({ due: '' })), 'action_due_required').message, 'Enter a due date for action 1 of standard 2, Safe recruitment');
  });

  it('needs a real calendar date at submit; a draft keeps a date typed halfway, as typed', () => {
    const issue = onlyIssue(check(action({ due: '2026-02-30' })), 'action_due_invalid');
    assert.equal(issue.message, 'The due date for action 1 of standard 2, Safe recruitment must be a real date');
    assertOk(check(action({ due: '2028-02-29' })));
    assert.equal(onlyIssue(check(action({ due: '2027-3-' })), 'action_due_invalid').message, 'The due date for action 1 of standard 2, Safe recruitment must include a day');
    assert.equal(onlyIssue(check(action({ due: '-3-' })), 'action_due_invalid').message, 'The due date for action 1 of standard 2, Safe recruitment must include a day and a year');
    assert.equal(
      onlyIssue(check(action({ due: '27-3-31' })), 'action_due_invalid').message,
      'The due date for action 1 of standard 2, Safe recruitment must include a year of 4 numbers, like 2027',
    );
    assert.equal(check(action({ due: '2027-3-' }), { mode: 'draft' }).ok, true);
    // Not a date entry at all: the structure check names it.
    assert.equal(onlyIssue(check(action({ due: '31/03/2027' }), { mode: 'draft' }), 'invalid_format').path.at(-1), 'due');
  });

  it('must not be in the past at submit time, judged at an injected now', () => {
    const ret = action({ due: '2026-04-30' });
    const issue = onlyIssue(check(ret), 'action_due_past');
    assert.equal(issue.message, 'The due date for action 1 of standard 2, Safe recruitment must be today or in the future');
    assertOk(check(ret, { now: '2026-04-01T09:00:00Z' }));
    assertOk(check(action({ due: '2026-05-01' })));
  });

  it('by default judges a submitted return at the day it was submitted, so old returns stay valid', () => {
    const ret = action({ due: '2026-04-30' });
    assert.match(onlyIssue(check(ret, {}), 'action_due_past').message, /must not be before the return was submitted, on 1 May 2026$/);
    ret.submittedAt = '2026-04-20T10:00:00Z';
    assertOk(check(ret, {}));
  });

  it('lets a completed action keep a past date', () => {
    assertOk(check(action({ due: '2026-01-10', status: 'complete' })));
  });

  it('does not ask for missing action fields in a draft', () => {
    const ret = action({ lead: '', due: '' });
    assertOk(check({ ...ret, status: 'draft', submittedAt: null }));
  });

  it('accepts the same action id in two standards: ids are unique within a response', () => {
    const ret = edit((ret) => ret.responses[0]!.actions.push({ ...ret.responses[1]!.actions[0]! }));
    assert.ok(!codes(check(ret)).includes('duplicate_action_id'));
  });

  it('rejects two actions of one standard with the same id', () => {
    const ret = edit((ret) => ret.responses[1]!.actions.push({ ...ret.responses[1]!.actions[0]!, action: 'Train the panel' }));
    const issue = onlyIssue(check(ret), 'duplicate_action_id');
    assert.deepEqual(issue.path, ['responses', 1, 'actions', 1, 'id']);
    assert.equal(issue.standardId, 'safe-recruitment');
    assert.equal(issue.message, 'Actions 1 and 2 of standard 2, Safe recruitment have the same id “a1”: give each action of a standard its own id');
  });
});

describe('validateReturn: ids that do not exist in the framework', () => {
  it('an unknown standard id is an error, in draft too, and nothing is dropped', () => {
    const ret = edit((ret) => ret.responses.push({ standardId: 'made-up', rating: 'green', evidence: 'x', explanation: '', actions: [] }));
    const issue = onlyIssue(check(ret), 'unknown_standard');
    assert.deepEqual(issue.path, ['responses', 3, 'standardId']);
    assert.match(issue.message, /answers a standard “made-up” that is not in version 2026.1 of Test tool/);
    assert.deepEqual(codes(check({ ...ret, status: 'draft' })), ['unknown_standard']);
  });

  it('a second answer for the same standard is an error', () => {
    assert.ok(codes(check(edit((ret) => ret.responses.push({ ...ret.responses[0]! })))).includes('duplicate_response'));
  });

  it('an unknown sector, partnership or cover field is an error', () => {
    assert.deepEqual(codes(check(edit((ret) => (ret.organisation.sector = 'police')))), ['unknown_sector']);
    assert.deepEqual(codes(check(edit((ret) => ret.organisation.partnerships.push('east')))), ['unknown_partnership']);
    assert.deepEqual(codes(check(edit((ret) => (ret.cover['favourite-colour'] = 'blue')))), ['unknown_cover_field']);
  });
});

describe('validateReturn: organisation, respondent and cover sheet at submit', () => {
  it('asks for the organisation name, sector and at least one partnership', () => {
    const ret = edit((ret) => {
      ret.organisation = { name: '', sector: '', partnerships: [] };
    });
    assert.deepEqual(codes(check(ret)), ['organisation_name_required', 'sector_required', 'partnership_required']);
  });

  it('asks for the respondent’s name and a well-formed email', () => {
    assert.deepEqual(codes(check(edit((ret) => (ret.respondent = { name: '', role: '', email: '' })))), ['respondent_name_required', 'respondent_email_required']);
    assert.equal(
      onlyIssue(check(edit((ret) => (ret.respondent.email = 'lead.example.org'))), 'respondent_email_invalid').message,
      'Enter your email address in the correct format, like name@example.com',
    );
  });

  it('asks for required cover answers and checks emails and dates', () => {
    assert.equal(onlyIssue(check(edit((ret) => (ret.cover['senior-lead'] = ''))), 'cover_field_required').message, 'Enter an answer for “Senior lead” on the cover sheet');
    assert.deepEqual(codes(check(edit((ret) => (ret.cover['lead-email'] = 'nope')))), ['cover_field_invalid']);
    assert.deepEqual(codes(check(edit((ret) => (ret.cover['date-completed'] = '2026-13-01')))), ['cover_field_invalid']);
    assertOk(check(edit((ret) => (ret.cover['date-completed'] = ''))));
  });

  it('treats a cover answer that is missing from the object like an empty one', () => {
    assert.deepEqual(codes(check(edit((ret) => delete ret.cover['senior-lead']))), ['cover_field_required']);
  });
});

describe('validateReturn: framework id and version', () => {
  it('reports a return made with another framework, clearly', () => {
    const issue = onlyIssue(check(edit((ret) => (ret.framework.id = 'other-tool'))), 'framework_mismatch');
    assert.match(issue.message, /made with the framework “other-tool”, not “test-tool” \(Test tool\)/);
  });

  it('reports a version mismatch and keeps every answer', () => {
    const ret = edit((ret) => (ret.framework.version = '2019.1'));
    const result = check(ret);
    const issue = onlyIssue(result, 'framework_version_mismatch');
    assert.match(issue.message, /made with version “2019.1” of Test tool, but this is version “2026.1”/);
    assert.equal(ret.responses.length, 3, 'the input is not changed');
  });
});

describe('validateReturn: structure', () => {
  it('explains a wrong type at the exact field, in words', () => {
    const ret = edit((ret) => ((ret.responses[0] as unknown as { rating: number }).rating = 3));
    const issue = onlyIssue(check(ret), 'invalid_type');
    assert.equal(issue.message, 'The rating for standard 1, Leadership must be text, not a whole number');
    assert.deepEqual(issue.path, ['responses', 0, 'rating']);
  });

  it('tells a missing field from a wrong one', () => {
    const ret = edit((ret) => delete (ret.respondent as Partial<AuditReturn['respondent']>).email);
    assert.equal(onlyIssue(check(ret), 'missing_field').message, 'Your email address is missing: add it');
  });

  it('names a field that does not belong, so that a typo is not silently dropped', () => {
    const ret = { ...validReturn(framework), evidance: 'typo' };
    const issue = onlyIssue(check(ret), 'unknown_field');
    assert.deepEqual(issue.path, ['evidance']);
  });

  it('lists the allowed values of a closed list', () => {
    const ret = { ...validReturn(framework), status: 'done' };
    assert.equal(onlyIssue(check(ret), 'invalid_value').message, 'The status must be “draft” or “submitted”');
  });
});
